// Sammanträdesplan: the nämnd's meeting dates for the year and each meeting's last day for ärenden.
// Påminnelser are planned backwards from it ("ta upp på sammanträdet …, tjänsteskrivelsen senast …").
import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { MeetingPlanList, PlannedMeetingDto } from '../../../../shared/api/reminders-contract';
import { daysBetween } from '../../../../shared/reminders/dates';
import { defaultArendeDeadline } from '../../../../shared/reminders/plan';
import { api, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import { notifyRemindersChanged } from '../reminders/reminder-events';
import { ERROR_CONTRAST } from '../reminders/ReminderList';
import { RoleGate } from '../session/permissions';

interface FieldErrors {
  datum?: string;
  arendeDeadline?: string;
}

function validate(datum: string, arendeDeadline: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!datum) errors.datum = 'Ange sammanträdets datum.';
  if (!arendeDeadline) errors.arendeDeadline = 'Ange sista dag för ärenden.';
  else if (datum && arendeDeadline >= datum) errors.arendeDeadline = 'Sista dag för ärenden måste vara före sammanträdet.';
  return errors;
}

export function MeetingPlanEditor() {
  const { data, error, setData } = useApiData(() => api('sammantradesplan/list', {}), []);
  const [year, setYear] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | null>(null);

  const thisYear = data ? Number(data.today.slice(0, 4)) : new Date().getFullYear();
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, ...(data?.meetings ?? []).map((m) => Number(m.datum.slice(0, 4)))])].sort();
  const selectedYear = year ?? String(thisYear);
  const meetings = (data?.meetings ?? []).filter((m) => m.datum.startsWith(selectedYear));

  /** `shownDatum`: the meeting saved, whose year the selector then shows (a meeting added for next year is seen). */
  async function run(action: () => Promise<MeetingPlanList>, done: string, shownDatum?: string): Promise<boolean> {
    try {
      setData(await action());
      setActionError(null);
      setStatus(done);
      if (shownDatum) setYear(shownDatum.slice(0, 4));
      notifyRemindersChanged();
      return true;
    } catch (e) {
      // The last success no longer describes the state beside a new error.
      setStatus('');
      setActionError(errorMessage(e));
      return false;
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sammantradesplan-rubrik">
      <Title order={3} id="sammantradesplan-rubrik" mb="xs">
        Sammanträdesplan
      </Title>
      <Text size="sm" mb="sm">
        Nämndens sammanträden och sista dag för ärenden till varje sammanträde. Det är samma sammanträden som ärenden läggs på under Beslut. Påminnelserna
        planeras bakåt härifrån: för att hinna före en deadline ska ärendet upp på sista sammanträdet före den, och tjänsteskrivelsen vara klar till dess sista
        dag för ärenden.
      </Text>
      <ErrorAlert message={error ?? actionError} />
      <div role="status" aria-live="polite">
        {status && (
          <Text size="sm" mb="xs">
            {status}
          </Text>
        )}
      </div>
      <Stack>
        <Select label="År" allowDeselect={false} value={selectedYear} onChange={setYear} data={years.map(String)} w={140} />
        {meetings.length === 0 ? (
          <Text size="sm">Inga sammanträden inlagda för {selectedYear}.</Text>
        ) : (
          <Table aria-label={`Sammanträden ${selectedYear}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Sammanträde</Table.Th>
                <Table.Th scope="col">Sista dag för ärenden</Table.Th>
                <Table.Th scope="col">Beredningstid</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Åtgärder</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meetings.map((m) =>
                editing === m.datum ? (
                  <EditRow
                    key={m.datum}
                    meeting={m}
                    onCancel={() => setEditing(null)}
                    onSave={async (next) => {
                      if (
                        await run(() => api('sammantradesplan/save', { ...next, previousDatum: m.datum }), `Sammanträdet ${next.datum} är sparat.`, next.datum)
                      )
                        setEditing(null);
                    }}
                  />
                ) : (
                  <Table.Tr key={m.datum}>
                    <Table.Td>{m.datum}</Table.Td>
                    <Table.Td>{m.arendeDeadline}</Table.Td>
                    <Table.Td>{daysBetween(m.arendeDeadline, m.datum)} dagar</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end">
                        <Button size="xs" variant="default" aria-label={`Ändra sammanträdet ${m.datum}`} onClick={() => setEditing(m.datum)}>
                          Ändra
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={`Ta bort sammanträdet ${m.datum}`}
                          onClick={() => {
                            if (window.confirm(`Ta bort sammanträdet ${m.datum} ur planen?`))
                              void run(() => api('sammantradesplan/delete', { datum: m.datum }), `Sammanträdet ${m.datum} är borttaget ur planen.`);
                          }}
                        >
                          Ta bort
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        )}
        <AddMeeting
          onAdd={(m) =>
            run(() => api('sammantradesplan/save', m), `Sammanträdet ${m.datum} är tillagt i planen och kan väljas för ärenden under Beslut.`, m.datum)
          }
        />
      </Stack>
    </Paper>
  );
}

function AddMeeting({ onAdd }: { onAdd(m: PlannedMeetingDto): Promise<boolean> }) {
  const [datum, setDatum] = useState('');
  const [arendeDeadline, setArendeDeadline] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <form
      aria-label="Lägg till sammanträde i planen"
      style={ERROR_CONTRAST}
      onSubmit={async (e) => {
        e.preventDefault();
        const found = validate(datum, arendeDeadline);
        setErrors(found);
        if (Object.keys(found).length) return;
        if (await onAdd({ datum, arendeDeadline })) {
          setDatum('');
          setArendeDeadline('');
        }
      }}
    >
      <Group align="flex-start">
        <DateField
          label="Nytt sammanträde"
          value={datum}
          error={errors.datum}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setDatum(value);
            if (value && !arendeDeadline) setArendeDeadline(defaultArendeDeadline(value));
          }}
        />
        <DateField
          label="Sista dag för ärenden"
          value={arendeDeadline}
          error={errors.arendeDeadline}
          onChange={(e) => setArendeDeadline(e.currentTarget.value)}
        />
        <RoleGate action="sammantraden">
          {(gate) => (
            <Button type="submit" mt={25} {...gate}>
              Lägg till
            </Button>
          )}
        </RoleGate>
      </Group>
    </form>
  );
}

function EditRow({ meeting, onSave, onCancel }: { meeting: PlannedMeetingDto; onSave(m: PlannedMeetingDto): void; onCancel(): void }) {
  const [datum, setDatum] = useState(meeting.datum);
  const [arendeDeadline, setArendeDeadline] = useState(meeting.arendeDeadline);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = () => {
    const found = validate(datum, arendeDeadline);
    setErrors(found);
    if (!Object.keys(found).length) onSave({ datum, arendeDeadline });
  };
  return (
    <Table.Tr style={ERROR_CONTRAST}>
      <Table.Td>
        <DateField label="Sammanträde" size="xs" value={datum} error={errors.datum} onChange={(e) => setDatum(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td>
        <DateField
          label="Sista dag för ärenden"
          size="xs"
          value={arendeDeadline}
          error={errors.arendeDeadline}
          onChange={(e) => setArendeDeadline(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td />
      <Table.Td>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" onClick={save}>
            Spara
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            Avbryt
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
