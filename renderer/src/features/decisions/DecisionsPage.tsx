import { Stack } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MeetingsPanel } from './MeetingsPanel';
import { ArendenPanel } from './ArendenPanel';

export function DecisionsPage(_props: { route: string[] }) {
  const meetings = useApiData(() => api('sammantraden/list', {}), []);
  const arenden = useApiData(() => api('arenden/list', {}), []);
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
