// Granskningslogg: who did what to this insats and when (its versions, ärenden, beslut and RKA), oldest
// first, with export to CSV and JSON. The trail is append-only; nothing here changes it.
import { useState } from 'react';
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { InsatsAuditEntry } from '../../../../shared/api/audit-contract';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import { changedFieldsText } from '../../../../shared/domain/audit-labels';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
}

/** The fields an entry changed, when it recorded both before and after (the export has everything). */
const details = (entry: InsatsAuditEntry): string => changedFieldsText(entry.before, entry.after);

export function AuditPanel({ insatsId }: { insatsId: number }) {
  const entries = useApiData(() => api('audit/insats', { insatsId }), [insatsId]);
  const [error, setError] = useState<string | null>(null);

  async function exportAs(format: 'csv' | 'json') {
    try {
      downloadFile(await api('audit/exportInsats', { insatsId, format }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="granskningslogg-rubrik">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="granskningslogg-rubrik">
          Granskningslogg
        </Title>
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => void exportAs('csv')}>
            Exportera som CSV
          </Button>
          <Button variant="light" size="xs" onClick={() => void exportAs('json')}>
            Exportera som JSON
          </Button>
        </Group>
      </Group>
      <Text size="sm" mb="sm">
        Varje ändring av insatsen, dess versioner, ärenden, beslut och risk- och konsekvensanalyser loggas med vem, när och vad. Loggen kan inte ändras eller
        tas bort.
      </Text>
      <ErrorAlert message={error ?? entries.error} />
      {entries.data === null ? (
        <Text>Hämtar…</Text>
      ) : entries.data.length === 0 ? (
        <Text>Inga poster ännu.</Text>
      ) : (
        <Table striped>
          <Table.Caption>{entries.data.length} poster, äldst först</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>När</Table.Th>
              <Table.Th>Vem</Table.Th>
              <Table.Th>Vad</Table.Th>
              <Table.Th>Detaljer</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.data.map((e) => (
              <Table.Tr key={e.id} data-testid="granskningspost">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(e.at)}</Table.Td>
                <Table.Td>
                  {e.actor}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({e.osUser})
                  </Text>
                </Table.Td>
                <Table.Td>{e.beskrivning}</Table.Td>
                <Table.Td>
                  <Text size="sm">{details(e)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
