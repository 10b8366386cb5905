// Översikt, the start page: what is due, overdue first, then within 30 days, then later; how many per
// enhet; the legal check of the catalogue in force; and the coming year's deadlines month by month.
import { useCallback, useState } from 'react';
import { Alert, Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { countsPerEnhet, groupForOverview, SOON_DAYS, timeline } from '../../../../shared/reminders';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { ReminderList } from '../reminders/ReminderList';
import { useRemindersChanged } from '../reminders/reminder-events';
import { CheckSummary } from './CheckSummary';
import { YearTimeline } from './YearTimeline';

export function OverviewPage(_props: { route: string[] }) {
  const { data, error, refresh } = useApiData(() => api('paminnelser/list', {}), []);
  const [message, setMessage] = useState('');
  const reload = useCallback(() => void refresh(), [refresh]);
  useRemindersChanged(reload);

  if (error)
    return (
      <>
        <PageTitle>Översikt</PageTitle>
        <ErrorAlert message={error} />
      </>
    );
  if (!data)
    return (
      <>
        <PageTitle>Översikt</PageTitle>
        <Text>Hämtar…</Text>
      </>
    );

  const groups = groupForOverview(data.reminders);
  const perEnhet = countsPerEnhet(data.reminders);
  const shown = groups.overdue.length + groups.soon.length + groups.later.length;
  const hidden = data.reminders.filter((r) => r.state === 'kvitterad' || r.state === 'uppskjuten').length;
  const sections = [
    { id: 'forsenade', title: 'Försenade', list: groups.overdue, empty: 'Inget är försenat.' },
    { id: 'snart', title: `Inom ${SOON_DAYS} dagar`, list: groups.soon, empty: `Inget har deadline inom ${SOON_DAYS} dagar.` },
    { id: 'senare', title: 'Senare', list: groups.later, empty: 'Inga fler aktuella påminnelser.' },
  ];

  return (
    <Stack gap="lg">
      <PageTitle>Översikt</PageTitle>
      <Text>
        I dag {data.today}: {shown === 0 ? 'inga aktuella påminnelser' : shown === 1 ? '1 aktuell påminnelse' : `${shown} aktuella påminnelser`}
        {hidden > 0 && ` (${hidden} kvitterade eller uppskjutna)`}. <Anchor href="#/paminnelser">Alla påminnelser</Anchor>
      </Text>
      <div role="status" aria-live="polite">
        {message && (
          <Alert color="green" variant="light">
            {message}
          </Alert>
        )}
      </div>
      {data.plan.length === 0 && (
        <Alert color="yellow" variant="light">
          <strong>Ingen sammanträdesplan.</strong> Lägg in nämndens sammanträden och sista dag för ärenden under{' '}
          <Anchor href="#/installningar">Inställningar</Anchor>, så planeras påminnelserna bakåt från sammanträdena.
        </Alert>
      )}
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`${s.id}-rubrik`}>
          <Title order={3} id={`${s.id}-rubrik`} mb="xs">
            {s.title} ({s.list.length})
          </Title>
          <ReminderList reminders={s.list} today={data.today} empty={s.empty} onChanged={setMessage} />
        </section>
      ))}
      <CheckSummary />
      <Paper withBorder p="md" component="section" aria-labelledby="per-enhet-rubrik">
        <Title order={3} id="per-enhet-rubrik" mb="xs">
          Per enhet
        </Title>
        {perEnhet.length === 0 ? (
          <Text size="sm">Inga aktuella påminnelser.</Text>
        ) : (
          <Table maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Enhet</Table.Th>
                <Table.Th scope="col" ta="right">
                  Aktuella
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Försenade
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {perEnhet.map((c) => (
                <Table.Tr key={c.enhet}>
                  <Table.Th scope="row" fw={400}>
                    {c.enhet}
                  </Table.Th>
                  <Table.Td ta="right">{c.total}</Table.Td>
                  <Table.Td ta="right">{c.overdue}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="tidslinje-rubrik">
        <Title order={3} id="tidslinje-rubrik" mb="xs">
          Kommande år
        </Title>
        <YearTimeline months={timeline(data.reminders, data.plan, data.today)} />
      </Paper>
    </Stack>
  );
}
