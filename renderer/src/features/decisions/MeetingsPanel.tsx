// Sammanträden: date, protocol status (planerat, hållet, justerat), the agenda's §§ in order, justering within 14
// days (kommunallagen), the anslag on the digital anslagstavla and the end of the three-week appeal period.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { PROTOKOLL_LABELS, UTFALL_LABELS, type SammantradeDto } from '../../../../shared/api/decisions-contract';
import { isConflict } from '../../components/ConflictNotice';
import { api, errorMessage, type ApiCallError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RoleGate } from '../session/permissions';

const badgeStyles = { label: { color: 'var(--mantine-color-dark-9)' } };

export function MeetingsPanel({ meetings, onChange }: { meetings: SammantradeDto[]; onChange(): void }) {
  const [datum, setDatum] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sammantraden-rubrik">
      <Title order={3} id="sammantraden-rubrik" mb="sm">
        Sammanträden
      </Title>
      <ErrorAlert message={error} title="Sammanträdet lades inte till" />
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!datum) {
            setError('Ange sammanträdets datum.');
            return;
          }
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
          <RoleGate action="sammantraden">
            {(gate) => (
              <Button type="submit" variant="light" {...gate}>
                Lägg till sammanträde
              </Button>
            )}
          </RoleGate>
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
  const [confirming, setConfirming] = useState(false);
  const locked = meeting.status === 'justerat';
  const titleId = `sammantrade-${meeting.id}-rubrik`;
  async function update(patch: Parameters<typeof api<'sammantraden/update'>>[1]) {
    try {
      await api('sammantraden/update', { revision: meeting.revision, ...patch });
      setError(null);
      setConfirming(false);
      onChange();
    } catch (e) {
      setError(errorMessage(e as ApiCallError));
      // Someone else saved first: reload their values (and revision); the fields keep what was typed.
      if (isConflict(e)) onChange();
    }
  }
  const dates = locked
    ? { anslagsdatum: anslagsdatum || null }
    : { justeringsdatum: justeringsdatum || null, anslagsdatum: anslagsdatum || null, ordforande, justerare };
  return (
    <Paper withBorder p="sm" data-testid="sammantrade" component="article" aria-labelledby={titleId} id={`sammantrade-${meeting.id}`} tabIndex={-1}>
      <Group justify="space-between">
        <Title order={4} id={titleId}>
          {meeting.namnd} {meeting.datum}
        </Title>
        <Badge variant="light" color={locked ? 'green' : 'blue'} styles={badgeStyles}>
          Protokoll: {PROTOKOLL_LABELS[meeting.status]}
        </Badge>
      </Group>
      {meeting.status === 'planerat' && (
        <Text size="sm">Sista dag för ärenden: {meeting.arendeDeadline} (ändras i sammanträdesplanen under Inställningar)</Text>
      )}
      <ErrorAlert message={error} title="Sammanträdet sparades inte" />
      {meeting.paragrafer.length === 0 ? (
        <Text size="sm" my="xs">
          Inga ärenden på dagordningen.
        </Text>
      ) : (
        <Table mt="xs" mb="xs" aria-label={`Dagordning ${meeting.datum}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>§</Table.Th>
              <Table.Th w={130}>Dnr</Table.Th>
              <Table.Th>Ärende</Table.Th>
              <Table.Th>Beslut</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.paragrafer.map((p) => (
              <Table.Tr key={`${p.arendeId}-${p.paragraf}`}>
                <Table.Td>{p.paragraf === null ? '–' : `§ ${p.paragraf}`}</Table.Td>
                <Table.Td>{p.diarienummer}</Table.Td>
                <Table.Td>
                  <a href={`#/beslut/arende/${p.arendeId}`}>{p.rubrik}</a>
                </Table.Td>
                <Table.Td>{p.beslut ? `${UTFALL_LABELS[p.beslut.utfall]} · ${p.beslut.beteckning}` : 'Inte beslutat'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap={4} mb="xs">
        <Text size="sm">
          Justering senast {meeting.justeringSenast} (inom 14 dagar enligt kommunallagen)
          {meeting.justeringsdatum ? ` · justerat ${meeting.justeringsdatum}` : ''}.
        </Text>
        {meeting.justeringForsenad && (
          <Text size="sm" c="red.9" fw={600}>
            Justeringen är försenad: protokollet skulle ha justerats senast {meeting.justeringSenast}.
          </Text>
        )}
        <Text size="sm">
          {meeting.anslagsdatum
            ? `Anslaget på den digitala anslagstavlan ${meeting.anslagsdatum}. Överklagandetiden (tre veckor) löper ut ${meeting.overklagandeTidSlut}.`
            : 'Överklagandetiden börjar när justeringen anslås på den digitala anslagstavlan.'}
        </Text>
      </Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Ordförande" value={ordforande} onChange={(e) => setOrdforande(e.currentTarget.value)} readOnly={locked} />
        <TextInput label="Justerare" value={justerare} onChange={(e) => setJusterare(e.currentTarget.value)} readOnly={locked} />
        <DateField label="Justeringsdatum" value={justeringsdatum} onChange={(e) => setJusteringsdatum(e.currentTarget.value)} readOnly={locked} />
        <DateField label="Anslaget på anslagstavlan" value={anslagsdatum} onChange={(e) => setAnslagsdatum(e.currentTarget.value)} />
      </Group>
      <Group mt="sm">
        {meeting.status === 'planerat' && (
          <Button variant="light" onClick={() => update({ id: meeting.id, status: 'hallet', ordforande, justerare })}>
            Markera som hållet
          </Button>
        )}
        {!locked && !confirming && (
          <Button variant="light" onClick={() => setConfirming(true)}>
            Justera protokollet
          </Button>
        )}
        <Button variant="default" onClick={() => update({ id: meeting.id, ...dates })}>
          Spara uppgifterna
        </Button>
      </Group>
      {confirming && (
        <Alert color="yellow" mt="sm" title="Justera protokollet?" variant="light" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Text size="sm" mb="xs">
            När protokollet är justerat låses besluten på sammanträdet. En rättelse görs därefter genom ett nytt beslut.
          </Text>
          <Group>
            <Button
              onClick={() =>
                update({
                  id: meeting.id,
                  status: 'justerat',
                  justeringsdatum: justeringsdatum || null,
                  anslagsdatum: anslagsdatum || null,
                  ordforande,
                  justerare,
                })
              }
            >
              Bekräfta justeringen
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              Avbryt
            </Button>
          </Group>
        </Alert>
      )}
    </Paper>
  );
}
