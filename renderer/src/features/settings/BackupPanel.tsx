// Säkerhetskopior: take one now, see the kept ones, restore one (the current file is copied first).
import { useState } from 'react';
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import { restoreConfirmationText } from '../../../../shared/domain/restore-confirmation';

export function BackupPanel() {
  const backups = useApiData(() => api('backups/list', {}), []);
  const current = useApiData(() => api('backups/current', {}), []);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  async function run<T>(action: () => Promise<T>, done: (value: T) => string) {
    try {
      const value = await action();
      setError(null);
      setMessage(done(value));
      await Promise.all([backups.refresh(), current.refresh()]);
    } catch (e) {
      setMessage(null);
      setError(errorMessage(e));
    }
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-rubrik">
      <Title order={3} id="backup-rubrik" mb="sm">
        Säkerhetskopior
      </Title>
      <Text size="sm" mb="sm">
        En säkerhetskopia tas automatiskt när appen startar och före varje uppgradering av databasen. Vid återställning sparas först en kopia av nuvarande
        databas.
      </Text>
      <ErrorAlert message={error ?? backups.error} />
      {message && (
        <Text role="status" mb="sm">
          {message}
        </Text>
      )}
      <Button
        variant="light"
        onClick={() =>
          run(
            () => api('backups/create', {}),
            (b) => `Säkerhetskopian ${b.name} är sparad.`,
          )
        }
      >
        Ta en säkerhetskopia nu
      </Button>
      <Table mt="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Säkerhetskopia</Table.Th>
            <Table.Th>Storlek</Table.Th>
            <Table.Th>Åtgärd</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(backups.data ?? []).map((b) => (
            <Table.Tr key={b.name}>
              <Table.Td>{b.name}</Table.Td>
              <Table.Td>{Math.ceil(b.size / 1024)} kB</Table.Td>
              <Table.Td>
                <Group>
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={`Återställ ${b.name}`}
                    onClick={() => {
                      if (window.confirm(restoreConfirmationText(b.name, current.data, b))) {
                        void run(
                          () => api('backups/restore', { name: b.name }),
                          (r) => `Databasen är återställd från ${r.restoredFrom}. Kopia av den tidigare: ${r.safetyCopy ?? 'ingen'}.`,
                        );
                      }
                    }}
                  >
                    Återställ
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
