import { Stack } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { OrganisationEditor } from './OrganisationEditor';
import { BackupPanel } from './BackupPanel';
import { MeetingPlanEditor } from './MeetingPlanEditor';
import { DatabasePanel, useSessionInfo } from './DatabasePanel';

export function SettingsPage() {
  const session = useSessionInfo();
  return (
    <Stack gap="xl">
      <PageTitle>Inställningar</PageTitle>
      <GeneralSettingsForm />
      <MeetingPlanEditor />
      <OrganisationEditor />
      <DatabasePanel session={session} />
      {/* On the shared database backups are IT's: no backup or restore offered here. */}
      {session.data?.motor === 'sqlite' && <BackupPanel />}
    </Stack>
  );
}
