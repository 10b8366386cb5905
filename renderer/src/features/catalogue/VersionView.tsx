// A decided (or proposed) version, read-only, in the seeds' order of headings.
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { VersionDto } from '../../../../shared/api/catalogue-contract';
import { describeContent } from '../../../../shared/domain/diff';
import { api } from '../../api/client';
import { useApiData } from '../../components/useApiData';
import { VersionDecision } from './VersionDecision';

export function VersionView({ version }: { version: VersionDto }) {
  const org = useApiData(() => api('organisation/get', {}), []);
  const names = {
    enhet: (id: number | null) => org.data?.enheter.find((e) => e.id === id)?.namn ?? '',
    kategori: (id: number | null) => org.data?.kategorier.find((k) => k.id === id)?.namn ?? '',
  };
  return (
    <Stack>
      <Text size="sm">Den här versionen kan inte ändras. Välj ”Ändra (ny version)” för att arbeta fram en ny version.</Text>
      <VersionDecision versionId={version.versionId} />
      {describeContent(version.content, names)
        .filter((f) => f.text)
        .map((f) => (
          <Paper key={f.field} withBorder p="sm">
            <Title order={3} size="h5">{f.label}</Title>
            <Text className="preserve-lines">{f.text}</Text>
          </Paper>
        ))}
    </Stack>
  );
}
