// Påminnelser: every reminder with filters (what to show, kind, enhet), the same actions as Översikt,
// and the calendar file of all deadlines for the secretariat's shared calendar.
import { useCallback, useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { NO_ENHET, REMINDER_KIND_LABELS, REMINDER_KINDS, type Reminder, type ReminderKind } from '../../../../shared/reminders';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { ReminderList } from './ReminderList';
import { useRemindersChanged } from './reminder-events';

const VIEWS = {
  aktuella: { label: 'Aktuella', test: (r: Reminder) => r.state === 'aktuell' },
  dolda: { label: 'Kvitterade och uppskjutna', test: (r: Reminder) => r.state === 'kvitterad' || r.state === 'uppskjuten' },
  kommande: { label: 'Kommande (ännu inte aktuella)', test: (r: Reminder) => r.state === 'kommande' },
  alla: { label: 'Alla', test: () => true },
} as const;
type View = keyof typeof VIEWS;

export function RemindersPage(_props: { route: string[] }) {
  const { data, error, refresh } = useApiData(() => api('paminnelser/list', {}), []);
  const [view, setView] = useState<View>('aktuella');
  const [kind, setKind] = useState<ReminderKind | null>(null);
  const [enhet, setEnhet] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const reload = useCallback(() => void refresh(), [refresh]);
  useRemindersChanged(reload);

  const all = data?.reminders ?? [];
  const enheter = [...new Set(all.flatMap((r) => (r.enheter.length ? r.enheter : [NO_ENHET])))].sort((a, b) => a.localeCompare(b, 'sv'));
  const shown = all.filter(
    (r) => VIEWS[view].test(r) && (!kind || r.kind === kind) && (!enhet || (r.enheter.length ? r.enheter.includes(enhet) : enhet === NO_ENHET)),
  );

  async function downloadCalendar() {
    setDownloading(true);
    try {
      downloadFile(await api('paminnelser/calendar', {}));
      setDownloadError(null);
      setMessage('Kalenderfilen är skapad.');
    } catch (e) {
      setDownloadError(errorMessage(e));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Stack gap="lg">
      <PageTitle>Påminnelser</PageTitle>
      <Paper withBorder p="md" component="section" aria-labelledby="kalender-rubrik">
        <Title order={3} id="kalender-rubrik" mb="xs">
          Kalenderfil
        </Title>
        <Text size="sm" mb="sm">
          Alla deadlines, tjänsteskrivelsedatum och sammanträden som en kalenderfil (.ics) för sekretariatets delade kalender. Importera en ny fil när något
          ändrats: händelserna uppdateras i stället för att dubbleras, och det som åtgärdats markeras som inställt.
        </Text>
        <ErrorAlert message={downloadError} />
        <Button onClick={downloadCalendar} loading={downloading}>
          Ladda ner kalenderfil (.ics)
        </Button>
      </Paper>
      <section aria-labelledby="lista-rubrik">
        <Title order={3} id="lista-rubrik" mb="xs">
          Lista
        </Title>
        <Group align="flex-end" mb="md">
          <Select
            label="Visa"
            allowDeselect={false}
            value={view}
            onChange={(v) => v && setView(v as View)}
            data={Object.entries(VIEWS).map(([value, v]) => ({ value, label: v.label }))}
            w={260}
          />
          <Select
            label="Typ"
            placeholder="Alla typer"
            clearable
            value={kind}
            onChange={(v) => setKind(v as ReminderKind | null)}
            data={REMINDER_KINDS.map((k) => ({ value: k, label: REMINDER_KIND_LABELS[k] }))}
            w={240}
          />
          <Select label="Enhet" placeholder="Alla enheter" clearable value={enhet} onChange={setEnhet} data={enheter} w={240} />
        </Group>
        <div role="status" aria-live="polite">
          {message && (
            <Alert color="green" variant="light" mb="sm">
              {message}
            </Alert>
          )}
        </div>
        <ErrorAlert message={error} />
        {data && (
          <>
            <Text size="sm" mb="xs">
              Visar {shown.length} av {all.length} påminnelser.
            </Text>
            <ReminderList reminders={shown} today={data.today} empty="Inga påminnelser med de valen." onChanged={setMessage} />
          </>
        )}
      </section>
    </Stack>
  );
}
