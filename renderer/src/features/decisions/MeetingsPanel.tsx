// Sammanträden: date, protocol status (planerat, hållet, justerat), justering and anslag, §§ in order.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { PROTOKOLL_LABELS, type SammantradeDto } from '../../../../shared/api/decisions-contract';
import { api, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';

export function MeetingsPanel({ meetings, onChange }: { meetings: SammantradeDto[]; onChange(): void }) {
  const [datum, setDatum] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sammantraden-rubrik">
      <Title order={3} id="sammantraden-rubrik" mb="sm">Sammanträden</Title>
      <ErrorAlert message={error} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await api('sammantraden/create', { datum });
            setDatum('');
            setError(null);
            onChange();
          } catch (err) {
            setError(errorMessage(err));
          }
        }}
      >
        <Group align="flex-end" mb="md">
          <DateField label="Nytt sammanträde, datum" value={datum} onChange={(e) => setDatum(e.currentTarget.value)} />
          <Button type="submit" variant="light">Lägg till sammanträde</Button>
        </Group>
      </form>
      <Stack>
        {meetings.length === 0 && <Text size="sm">Inga sammanträden ännu.</Text>}
        {meetings.map((m) => (
          <Meeting key={m.id} meeting={m} onChange={onChange} />
        ))}
      </Stack>
    </Paper>
  );
}

function Meeting({ meeting, onChange }: { meeting: SammantradeDto; onChange(): void }) {
  const [justeringsdatum, setJusteringsdatum] = useState(meeting.justeringsdatum ?? '');
  const [anslagsdatum, setAnslagsdatum] = useState(meeting.anslagsdatum ?? '');
  const [ordforande, setOrdforande] = useState(meeting.ordforande);
  const [justerare, setJusterare] = useState(meeting.justerare);
  const [error, setError] = useState<string | null>(null);
  const locked = meeting.status === 'justerat';
  async function update(patch: Parameters<typeof api<'sammantraden/update'>>[1]) {
    try {
      await api('sammantraden/update', patch);
      setError(null);
      onChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Paper withBorder p="sm" data-testid="sammantrade">
      <Group justify="space-between">
        <Title order={4}>
          {meeting.namnd} {meeting.datum}
        </Title>
        <Badge variant="light" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
          Protokoll: {PROTOKOLL_LABELS[meeting.status]}
        </Badge>
      </Group>
      <ErrorAlert message={error} />
      <Table mt="xs" mb="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>§</Table.Th>
            <Table.Th>Dnr</Table.Th>
            <Table.Th>Ärende</Table.Th>
            <Table.Th>Beslut</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meeting.arenden.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>§ {a.paragraf}</Table.Td>
              <Table.Td>{a.diarienummer}</Table.Td>
              <Table.Td>{a.rubrik}</Table.Td>
              <Table.Td>{a.beslut ? a.beslut.beteckning : 'Inte beslutat'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mb="xs">
        Justering senast {meeting.justeringSenast} (14 dagar).
      </Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Ordförande" value={ordforande} onChange={(e) => setOrdforande(e.currentTarget.value)} disabled={locked} />
        <TextInput label="Justerare" value={justerare} onChange={(e) => setJusterare(e.currentTarget.value)} disabled={locked} />
        <DateField label="Justeringsdatum" value={justeringsdatum} onChange={(e) => setJusteringsdatum(e.currentTarget.value)} disabled={locked} />
        <DateField label="Anslaget på anslagstavlan" value={anslagsdatum} onChange={(e) => setAnslagsdatum(e.currentTarget.value)} />
      </Group>
      <Group mt="sm">
        {meeting.status === 'planerat' && (
          <Button variant="light" onClick={() => update({ id: meeting.id, status: 'hallet', ordforande, justerare })}>
            Markera som hållet
          </Button>
        )}
        {!locked && (
          <Button variant="light" onClick={() => update({ id: meeting.id, status: 'justerat', justeringsdatum: justeringsdatum || null, anslagsdatum: anslagsdatum || null, ordforande, justerare })}>
            Markera protokollet som justerat
          </Button>
        )}
        <Button variant="subtle" onClick={() => update({ id: meeting.id, anslagsdatum: anslagsdatum || null, ...(locked ? {} : { justeringsdatum: justeringsdatum || null, ordforande, justerare }) })}>
          Spara datum
        </Button>
      </Group>
    </Paper>
  );
}
