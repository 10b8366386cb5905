// Översikt's legal check: the catalogue in force ("Gällande katalog: 2 spärrar") apart from the versions
// under work, as `iub check` reports them. A spärr in force is fixed by a new version the nämnd decides.
import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { GALLANDE_BLOCK_ADVICE, gallandeSummary, underWorkSummary } from '../../../../shared/domain/check-summary';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

export function CheckSummary() {
  const { data, error } = useApiData(() => api('checks/overview', {}), []);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="kontroll-rubrik">
      <Title order={3} id="kontroll-rubrik" mb="xs">
        Kontroll mot SoL
      </Title>
      <ErrorAlert message={error} />
      {!data ? (
        !error && <Text size="sm">Hämtar…</Text>
      ) : (
        <>
          {data.gallande.versions === 0 ? (
            <Text size="sm">Gällande katalog: ingen beslutad version ännu.</Text>
          ) : (
            <Text size="sm" fw={data.gallande.blocking > 0 ? 700 : undefined}>
              {gallandeSummary(data.gallande.blocking, data.gallande.versions)}
            </Text>
          )}
          {data.gallande.items.length > 0 && (
            <>
              <List size="sm" my="xs" aria-label="Spärrar i den gällande katalogen">
                {data.gallande.items.map((i, index) => (
                  <List.Item key={`${i.versionId}-${index}`}>
                    <Anchor href={`#/katalog/insats/${i.insatsId}/${i.versionId}`}>{`${i.nummer ? `${i.nummer} ` : ''}${i.namn}`}</Anchor>: {i.message} (
                    {i.reference})
                  </List.Item>
                ))}
              </List>
              <Text size="sm">{GALLANDE_BLOCK_ADVICE}</Text>
            </>
          )}
          <Text size="sm" mt="xs">
            {underWorkSummary(data.underWork.blocking, data.underWork.versions)}
          </Text>
        </>
      )}
    </Paper>
  );
}
