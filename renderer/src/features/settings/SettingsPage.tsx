import { Stack } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { OrganisationEditor } from './OrganisationEditor';
import { BackupPanel } from './BackupPanel';
import { MeetingPlanEditor } from './MeetingPlanEditor';

export function SettingsPage() {
  return (
    <Stack gap="xl">
      <PageTitle>Inställningar</PageTitle>
      <GeneralSettingsForm />
      <MeetingPlanEditor />
      <OrganisationEditor />
      <BackupPanel />
    </Stack>
  );
}
