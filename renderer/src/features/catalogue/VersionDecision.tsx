// On the insats page: the nämnd's decision that covers the shown version ("2025.053 SN § 37", giltighetstid,
// revideras senast), or the ärende it waits in, and earlier outcomes (återremiss with the nämnd's reason, avslag).
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { UTFALL_LABELS } from '../../../../shared/api/decisions-contract';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

export function VersionDecision({ versionId }: { versionId: number }) {
  const data = useApiData(() => api('beslut/forVersion', { versionId }), [versionId]);
  if (data.error) return <ErrorAlert message={data.error} />;
  if (!data.data) return null;
  const { covering, arenden } = data.data;
  // Every other handling: an earlier återremiss (also of the ärende that later adopted the version), an avslag,
  // or an ärende where the version awaits a beslut.
  const others = arenden.filter((a) => !covering || a.beslutId !== covering.id);
  if (!covering && others.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`beslut-${versionId}`} data-testid="version-beslut">
      <Title order={3} size="h5" id={`beslut-${versionId}`} mb={4}>
        Nämndens beslut
      </Title>
      {covering ? (
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            {(
              [
                ['Diarienummer', covering.beteckning],
                ['Ärende', covering.rubrik],
                ['Datum för beslut', covering.beslutsdatum],
                ['Beslutande instans', covering.beslutandeInstans],
                ['Giltighetstid', `${covering.giltigFran ?? ''} –${covering.giltigTill ? ` ${covering.giltigTill}` : ''}`],
                ['Revideras senast', covering.reviderasSenast ?? '–'],
                ['Dokumentansvarig', covering.dokumentansvarig || '–'],
                [
                  'Laga kraft',
                  covering.franDiarium
                    ? 'Enligt diariet'
                    : covering.vunnitLagaKraft
                      ? 'Vunnit laga kraft'
                      : covering.overklagandeTidSlut
                        ? `Överklagandetiden löper ut ${covering.overklagandeTidSlut}`
                        : 'Ej anslaget än',
                ],
              ] as Array<[string, string]>
            ).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={180}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm">Inget beslut omfattar den här versionen ännu.</Text>
      )}
      {others.length > 0 && (
        <Stack gap={2} mt="xs">
          {others.map((a) => (
            <Text size="sm" key={a.arendeId}>
              {a.utfall
                ? `${UTFALL_LABELS[a.utfall]}${a.sammantradesdatum ? ` ${a.sammantradesdatum}` : ''}: `
                : a.paragraf !== null
                  ? `På dagordningen ${a.sammantradesdatum}: `
                  : 'I ärende: '}
              {a.beteckning} {a.rubrik}
              {a.motivering ? ` – ${a.motivering}` : ''}
            </Text>
          ))}
          <Anchor href="#/beslut" size="sm">
            Till sammanträden och beslut
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
