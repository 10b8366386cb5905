// A readable redline between any two versions: removed words struck through, added words underlined,
// metoder and villkor compared one by one.
import { useEffect, useState } from 'react';
import { Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { FieldChange, InsatsDetail } from '../../../../shared/api/catalogue-contract';
import { STATUS_LABELS } from '../../../../shared/domain/status';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import './catalogue.css';

/** One changed field: its label, whether it is new or gone, and the text with the changes marked. */
export function Redline({ change, headingLevel = 3 }: { change: FieldChange; headingLevel?: 3 | 4 | 5 }) {
  // Metoder and villkor are items: a whole one can be new or gone.
  const item = change.field.includes(':');
  const kind = !item ? null : change.before === '' ? 'Tillagt' : change.after === '' ? 'Borttaget' : null;
  return (
    <Paper withBorder p="sm" data-testid="diff-falt">
      <Group gap="xs" mb={4}>
        <Title order={headingLevel} size="h5">
          {change.label}
        </Title>
        {kind && (
          <Badge variant="light" color={kind === 'Tillagt' ? 'green' : 'red'} styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
            {kind}
          </Badge>
        )}
      </Group>
      <Text className="preserve-lines">
        {change.parts.map((p, i) =>
          p.added ? (
            <ins key={i} className="diff-added">
              <span className="visually-hidden">[tillagt: </span>
              {p.value}
              <span className="visually-hidden">]</span>
            </ins>
          ) : p.removed ? (
            <del key={i} className="diff-removed">
              <span className="visually-hidden">[borttaget: </span>
              {p.value}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </Text>
    </Paper>
  );
}

export function RedlineLegend() {
  return (
    <Text size="sm">
      <del className="diff-removed">Överstruken text</del> har tagits bort, <ins className="diff-added">understruken text</ins> har lagts till.
    </Text>
  );
}

export function VersionDiff({ versions }: { versions: InsatsDetail['versions'] }) {
  const [from, setFrom] = useState<string | null>(versions.length > 1 ? String(versions.at(-2)!.versionId) : null);
  const [to, setTo] = useState<string | null>(String(versions.at(-1)!.versionId));
  // The page may keep this tab mounted: a new version moves the comparison to the newest two, and a
  // saved draft (a new updatedAt) fetches the redline again.
  const versionIds = versions.map((v) => v.versionId).join(',');
  const savedAt = versions.map((v) => v.updatedAt).join(',');
  useEffect(() => {
    setFrom(versions.length > 1 ? String(versions.at(-2)!.versionId) : null);
    setTo(String(versions.at(-1)!.versionId));
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [versionIds]);
  const diff = useApiData(
    () => (from && to ? api('versions/diff', { fromVersionId: Number(from), toVersionId: Number(to) }) : Promise.resolve([])),
    [from, to, savedAt],
  );
  const options = versions.map((v) => ({ value: String(v.versionId), label: `Version ${v.versionNo} – ${STATUS_LABELS[v.status]}` }));
  if (versions.length < 2) return <Text>Det finns bara en version. Jämförelsen visas när en ny version skapas.</Text>;
  const toVersion = versions.find((v) => String(v.versionId) === to);
  // The newer version's ändringssammanfattning is shown whole above; the list is what it summarises.
  const changes = (diff.data ?? []).filter((c) => !(c.field === 'andringssammanfattning' && toVersion?.andringssammanfattning));
  return (
    <Stack>
      <Group align="flex-end">
        <Select label="Från version" data={options} value={from} onChange={setFrom} allowDeselect={false} w={260} />
        <Select label="Till version" data={options} value={to} onChange={setTo} allowDeselect={false} w={260} />
      </Group>
      {toVersion?.andringssammanfattning && (
        <Paper withBorder p="sm" bg="gray.0">
          <Text size="sm" fw={600}>
            Ändringssammanfattning, version {toVersion.versionNo}
          </Text>
          <Text className="preserve-lines">{toVersion.andringssammanfattning}</Text>
        </Paper>
      )}
      <ErrorAlert message={diff.error} />
      {from === to ? (
        <Text>Välj två olika versioner.</Text>
      ) : (
        diff.data && (
          <>
            <Text size="sm" role="status">
              {changes.length === 0 ? 'Inga skillnader i innehållet.' : `${changes.length} ${changes.length === 1 ? 'ändrat fält' : 'ändrade fält'}.`}
            </Text>
            {changes.length > 0 && <RedlineLegend />}
            {changes.map((change) => (
              <Redline key={change.field} change={change} />
            ))}
          </>
        )
      )}
    </Stack>
  );
}
