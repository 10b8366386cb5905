import { useEffect } from 'react';
import { Stack } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MeetingsPanel } from './MeetingsPanel';
import { ArendenPanel } from './ArendenPanel';

/** #/beslut/arende/<id> and #/beslut/sammantrade/<id> (links from reminders) open the page at that card. */
const DECISION_KINDS = ['sammantrade', 'arende', 'beslut', 'aterrapportering', 'insats_version'];

export function DecisionsPage({ route }: { route: string[] }) {
  // Live: another person's ärende, beslut or protocol shows without a reload (forms keep what is typed).
  const meetings = useApiData(() => api('sammantraden/list', {}), [], { live: DECISION_KINDS });
  const arenden = useApiData(() => api('arenden/list', {}), [], { live: DECISION_KINDS });
  const [kind, id] = route;
  const loaded = meetings.data !== null && arenden.data !== null;
  useEffect(() => {
    if (!loaded || (kind !== 'arende' && kind !== 'sammantrade') || !id) return;
    const card = document.getElementById(`${kind}-${id}`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  }, [loaded, kind, id]);
  const refresh = () => {
    void meetings.refresh();
    void arenden.refresh();
  };
  return (
    <Stack gap="xl">
      <PageTitle>Sammanträden och beslut</PageTitle>
      <ErrorAlert message={meetings.error ?? arenden.error} />
      <ArendenPanel arenden={arenden.data ?? []} meetings={meetings.data ?? []} onChange={refresh} />
      <MeetingsPanel meetings={meetings.data ?? []} onChange={refresh} />
    </Stack>
  );
}
