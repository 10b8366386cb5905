// A list of reminders, each with its link, its deadline and what to do, and the actions: acknowledge
// (hidden until the next lead time), snooze to a date with a reason, or show again.
import { useId, useState, type CSSProperties } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { REMINDER_KIND_LABELS, SOON_DAYS, type Reminder, type ReminderKind } from '../../../../shared/reminders';
import type { ListedReminder } from '../../../../shared/api/reminders-contract';
import { addDays } from '../../../../shared/reminders/dates';
import { api, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useReturnFocus } from '../../components/focus';
import { notifyRemindersChanged } from './reminder-events';
import { RoleGate } from '../session/permissions';

const LINK_LABEL: Record<ReminderKind, string> = {
  revidering: 'Öppna beslutet',
  giltighet: 'Öppna beslutet',
  forslag: 'Öppna förslaget',
  rka: 'Öppna insatsen',
  justering: 'Öppna sammanträdet',
  aterrapportering: 'Öppna beslutet',
};

/** Mantine's default error red (#fa5252) is below WCAG AA on white; red 9 is not. */
export const ERROR_CONTRAST = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;

export function dueText(r: Reminder): string {
  if (r.overdue) return `Försenad ${-r.daysLeft} ${r.daysLeft === -1 ? 'dag' : 'dagar'}`;
  if (r.daysLeft === 0) return 'I dag';
  return `${r.daysLeft} ${r.daysLeft === 1 ? 'dag' : 'dagar'} kvar`;
}

function stateText(r: Reminder): string | null {
  if (r.state === 'kommande') return `Visas från ${r.visibleFrom}.`;
  if (!r.ack) return null;
  const reason = r.ack.reason ? ` Skäl: ${r.ack.reason.replace(/[.!?]?$/, '.')}` : '';
  return r.ack.mode === 'kvitterad'
    ? `Kvitterad av ${r.ack.actor}; visas igen ${r.ack.until}.${reason}`
    : `Uppskjuten till ${r.ack.until} av ${r.ack.actor}.${reason}`;
}

export function ReminderList({
  reminders,
  today,
  empty,
  onChanged,
}: {
  reminders: ListedReminder[];
  today: string;
  empty: string;
  onChanged(message: string): void;
}) {
  const [snoozing, setSnoozing] = useState<ListedReminder | null>(null);
  if (reminders.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {reminders.map((r) => (
          <ReminderItem key={r.key} reminder={r} onSnooze={() => setSnoozing(r)} onChanged={onChanged} />
        ))}
      </Stack>
      {snoozing && (
        <SnoozeDialog
          reminder={snoozing}
          today={today}
          onClose={() => setSnoozing(null)}
          onDone={(message) => {
            setSnoozing(null);
            onChanged(message);
          }}
        />
      )}
    </>
  );
}

function ReminderItem({ reminder: r, onSnooze, onChanged }: { reminder: ListedReminder; onSnooze(): void; onChanged(message: string): void }) {
  const subjectId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = stateText(r);

  async function run(action: () => Promise<Reminder>, message: (after: Reminder) => string) {
    setBusy(true);
    try {
      const after = await action();
      setError(null);
      notifyRemindersChanged();
      onChanged(message(after));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-testid="paminnelse"
      data-key={r.key}
      style={r.overdue ? { borderLeft: '4px solid var(--mantine-color-red-9)' } : undefined}
    >
      <Group gap="xs" mb={4}>
        <Badge variant="outline" color="gray.8">
          {REMINDER_KIND_LABELS[r.kind]}
        </Badge>
        <Badge variant={r.overdue ? 'filled' : 'outline'} color={r.overdue || r.daysLeft <= SOON_DAYS ? 'red.9' : 'blue.9'}>
          {dueText(r)}
        </Badge>
        <Text size="sm">Deadline {r.due}</Text>
      </Group>
      <Text id={subjectId} fw={500}>
        {r.subject}
      </Text>
      <Group gap="md" mt={4}>
        {r.enheter.length > 0 && <Text size="sm">Enhet: {r.enheter.join(', ')}</Text>}
        {r.insatser.length > 1 && <Text size="sm">{r.insatser.length} insatser</Text>}
        <Anchor href={`#${r.link}`} size="sm" aria-describedby={subjectId}>
          {LINK_LABEL[r.kind]}
        </Anchor>
      </Group>
      {state && (
        <Text size="sm" mt={4} c="gray.8">
          {state}
        </Text>
      )}
      <ErrorAlert message={error} />
      <RoleGate action="paminnelser" describedBy={subjectId}>
        {(gate) => (
          <Group gap="xs" mt="xs">
            {r.state === 'aktuell' && (
              <Button
                size="xs"
                variant="default"
                loading={busy}
                {...gate}
                onClick={() =>
                  run(
                    () => api('paminnelser/acknowledge', { key: r.key, reason: '', revision: r.revision }),
                    (a) => `Påminnelsen är kvitterad och visas igen ${a.ack?.until}.`,
                  )
                }
              >
                Kvittera
              </Button>
            )}
            {(r.state === 'aktuell' || r.state === 'kvitterad') && (
              <Button size="xs" variant="default" {...gate} onClick={onSnooze}>
                Skjut upp…
              </Button>
            )}
            {(r.state === 'kvitterad' || r.state === 'uppskjuten') && (
              <Button
                size="xs"
                variant="default"
                loading={busy}
                {...gate}
                onClick={() =>
                  run(
                    () => api('paminnelser/reopen', { key: r.key, revision: r.revision }),
                    () => 'Påminnelsen visas igen.',
                  )
                }
              >
                Visa igen nu
              </Button>
            )}
          </Group>
        )}
      </RoleGate>
    </Paper>
  );
}

function SnoozeDialog({ reminder, today, onClose, onDone }: { reminder: ListedReminder; today: string; onClose(): void; onDone(message: string): void }) {
  // Mounted while open: focus goes back to the button that opened it when it closes.
  useReturnFocus();
  const [until, setUntil] = useState(addDays(today, 14));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ until?: string; reason?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit() {
    const errors: { until?: string; reason?: string } = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) errors.until = 'Ange ett datum.';
    else if (until <= today) errors.until = `Välj ett datum efter i dag (${today}).`;
    if (!reason.trim()) errors.reason = 'Ange varför påminnelsen skjuts upp.';
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    try {
      const after = await api('paminnelser/snooze', { key: reminder.key, until, reason, revision: reminder.revision });
      notifyRemindersChanged();
      onDone(`Påminnelsen är uppskjuten till ${after.ack?.until}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Skjut upp påminnelsen" size="lg" closeButtonProps={{ 'aria-label': 'Stäng' }}>
      <form
        style={ERROR_CONTRAST}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{reminder.subject}</Text>
          <ErrorAlert message={error} />
          <DateField
            label="Visa igen den"
            withAsterisk
            value={until}
            min={addDays(today, 1)}
            onChange={(e) => {
              setUntil(e.currentTarget.value);
              setFieldErrors((f) => ({ ...f, until: undefined }));
            }}
            error={fieldErrors.until}
          />
          <Textarea
            label="Varför skjuts den upp?"
            description="Sparas i granskningsloggen med ditt namn."
            withAsterisk
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setFieldErrors((f) => ({ ...f, reason: undefined }));
            }}
            error={fieldErrors.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Avbryt
            </Button>
            <Button type="submit" loading={busy}>
              Skjut upp
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
