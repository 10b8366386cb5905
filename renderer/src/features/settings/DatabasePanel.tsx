// Inställningar → Databas: which database the app works on (a local file or the förvaltning's shared
// PostgreSQL database), who the user is there and with which role. On the shared database backups and
// restore belong to IT (pg_dump, point-in-time recovery), so the app offers none: it says so and shows
// when the catalogue was last copied in with `iub copy`, if known.
import { Paper, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import type { Output } from '../../../../shared/api/contract';
import { DatabaseChoiceForm } from './DatabaseChoiceForm';

export type SessionInfo = Output<'session/info'>;

export function useSessionInfo() {
  return useApiData(() => api('session/info', {}), []);
}

const dateTime = (iso: string) => new Date(iso).toLocaleString('sv-SE', { dateStyle: 'long', timeStyle: 'short' });

export function DatabasePanel({ session }: { session: ReturnType<typeof useSessionInfo> }) {
  const info = session.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="databas-rubrik">
      <Title order={3} id="databas-rubrik" mb="sm">
        Databas
      </Title>
      <ErrorAlert message={session.error} />
      {info && (
        <>
          <Text size="sm">
            {info.motor === 'postgres' ? 'Gemensam databas (PostgreSQL): ' : 'Lokal databasfil: '}
            <Text span ff="monospace">
              {info.databas}
            </Text>
          </Text>
          <Text size="sm" mt="xs">
            Inloggad som <strong>{info.anvandare}</strong> – {info.rollNamn}.
          </Text>
          {info.motor === 'postgres' && (
            <>
              <Text size="sm" mt="sm">
                Säkerhetskopior av den gemensamma databasen sköts av IT (pg_dump och återställning till en valfri tidpunkt). Programmet tar inga egna kopior och
                erbjuder ingen återställning här; kontakta IT om något behöver återställas.
              </Text>
              <Text size="sm" mt="xs">
                {info.senasteKopiering
                  ? `Senaste kopiering med "iub copy": ${dateTime(info.senasteKopiering.at)} från ${info.senasteKopiering.from}.`
                  : 'Ingen kopiering med "iub copy" är känd för den här databasen.'}
              </Text>
            </>
          )}
          <DatabaseChoiceForm />
        </>
      )}
    </Paper>
  );
}
