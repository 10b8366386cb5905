// A readable redline between any two versions: removed words struck through, added words underlined.
import { useState } from 'react';
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { InsatsDetail } from '../../../../shared/api/catalogue-contract';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

export function VersionDiff({ versions }: { versions: InsatsDetail['versions'] }) {
  const [from, setFrom] = useState<string | null>(versions.length > 1 ? String(versions.at(-2)!.versionId) : null);
  const [to, setTo] = useState<string | null>(String(versions.at(-1)!.versionId));
  const diff = useApiData(
    () => (from && to ? api('versions/diff', { fromVersionId: Number(from), toVersionId: Number(to) }) : Promise.resolve([])),
    [from, to],
  );
  const options = versions.map((v) => ({ value: String(v.versionId), label: `Version ${v.versionNo}` }));
  if (versions.length < 2) return <Text>Det finns bara en version. Jämförelsen visas när en ny version skapas.</Text>;
  return (
    <Stack>
      <Group>
        <Select label="Från version" data={options} value={from} onChange={setFrom} allowDeselect={false} />
        <Select label="Till version" data={options} value={to} onChange={setTo} allowDeselect={false} />
      </Group>
      <ErrorAlert message={diff.error} />
      {diff.data && diff.data.length === 0 && <Text>Inga skillnader.</Text>}
      {diff.data?.map((change) => (
        <Paper key={change.field} withBorder p="sm" data-testid="diff-falt">
          <Title order={3} size="h5" mb={4}>{change.label}</Title>
          <Text className="preserve-lines">
            {change.parts.map((p, i) =>
              p.added ? (
                <ins key={i} className="diff-added">{p.value}</ins>
              ) : p.removed ? (
                <del key={i} className="diff-removed">{p.value}</del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
