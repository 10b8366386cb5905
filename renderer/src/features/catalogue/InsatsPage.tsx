// One insats: its versions, the editor for the version being worked on, the diff between versions
// and the lifecycle timeline.
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { STATUS_LABELS, type VersionStatus } from '../../../../shared/domain/status';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { navigate } from '../../router';
import { CheckedInsatsEditor } from './CheckedInsatsEditor';
import { FindingsPanel } from './FindingsPanel';
import { LifecycleActions } from './LifecycleActions';
import { VersionDiff } from './VersionDiff';
import { StatusBadge } from './status-badge';
import { VersionView } from './VersionView';
import { RkaPanel } from '../rka/RkaPanel';
import { AuditPanel } from '../audit/AuditPanel';
import { RoleGate } from '../session/permissions';
import { OPEN_STATUSES } from './locked-message';
import { AterremissNotice } from './AterremissNotice';

const INSATS_KINDS = ['insats', 'insats_version', 'beslut', 'arende'];

export function InsatsPage({ insatsId, versionId }: { insatsId: number; versionId?: number }) {
  // Live: another person's save, proposal or decision shows without a reload (the editor keeps unsaved edits).
  const detail = useApiData(() => api('insatser/get', { insatsId }), [insatsId], { live: INSATS_KINDS });
  const [error, setError] = useState<string | null>(null);
  const versions = detail.data?.versions ?? [];
  const selected = versions.find((v) => v.versionId === versionId) ?? versions.at(-1);
  const version = useApiData(
    () => (selected ? api('versions/get', { versionId: selected.versionId }) : Promise.resolve(null)),
    [selected?.versionId, selected?.status],
    { live: INSATS_KINDS },
  );

  if (detail.error) return <ErrorAlert message={detail.error} />;
  if (!detail.data || !selected) return <Text>Hämtar…</Text>;

  async function createNewVersion() {
    try {
      const v = await api('versions/newDraft', { insatsId });
      await detail.refresh();
      navigate(`/katalog/insats/${insatsId}/${v.versionId}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const openVersion = versions.find((v) => OPEN_STATUSES.includes(v.status)) ?? null;
  const hasOpenVersion = openVersion !== null;

  return (
    <Stack>
      <Anchor href="#/katalog">← Tillbaka till katalogen</Anchor>
      {/* The insats's own number, as in the list, the protokollsutdrag and every export. */}
      <PageTitle>{[detail.data.nummer, selected.namn || 'Namnlös insats'].filter(Boolean).join(' ')}</PageTitle>
      <Group>
        <Select
          label="Version"
          allowDeselect={false}
          value={String(selected.versionId)}
          data={versions.map((v) => ({ value: String(v.versionId), label: `Version ${v.versionNo} – ${STATUS_LABELS[v.status as VersionStatus]}` }))}
          onChange={(v) => v && navigate(`/katalog/insats/${insatsId}/${v}`)}
        />
        <StatusBadge status={selected.status} />
        {!hasOpenVersion && (
          <RoleGate action="utkast">
            {(gate) => (
              <Button variant="light" onClick={createNewVersion} mt="lg" {...gate}>
                Ändra (ny version)
              </Button>
            )}
          </RoleGate>
        )}
      </Group>
      {OPEN_STATUSES.includes(selected.status) && <AterremissNotice key={`aterremiss-${selected.versionId}`} versionId={selected.versionId} />}
      <LifecycleActions key={selected.versionId} versionId={selected.versionId} status={selected.status} onChanged={() => void detail.refresh()} />
      <ErrorAlert message={error ?? version.error} />
      {/* Panels with unsaved work (the editor, the RKA form) stay mounted while hidden, their effects running
          (display-none, not React Activity), so a look at another tab keeps the edits and the leave guard;
          the other panels mount when shown and so show fresh data. */}
      <Tabs defaultValue="innehall" keepMounted={false} keepMountedMode="display-none">
        <Tabs.List>
          <Tabs.Tab value="innehall">Innehåll</Tabs.Tab>
          <Tabs.Tab value="granskning">Lagkontroll</Tabs.Tab>
          {version.data?.content.dokumentation.regim === '14:5' && <Tabs.Tab value="rka">Riskanalys (RKA)</Tabs.Tab>}
          <Tabs.Tab value="jamfor">Jämför versioner</Tabs.Tab>
          <Tabs.Tab value="historik">Historik</Tabs.Tab>
          <Tabs.Tab value="granskningslogg">Granskningslogg</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="innehall" pt="md" keepMounted>
          {version.data &&
            (version.data.editable ? (
              <CheckedInsatsEditor
                key={version.data.versionId}
                version={version.data}
                onSaved={() => {
                  // the saved content may change which tabs apply (14:5 → Riskanalys)
                  void detail.refresh();
                  void version.refresh();
                }}
              />
            ) : (
              <VersionView version={version.data} openVersion={openVersion} />
            ))}
        </Tabs.Panel>
        <Tabs.Panel value="granskning" pt="md">
          <FindingsPanel versionId={selected.versionId} status={selected.status} />
        </Tabs.Panel>
        <Tabs.Panel value="rka" pt="md" keepMounted>
          {version.data && <RkaPanel key={version.data.versionId} versionId={version.data.versionId} />}
        </Tabs.Panel>
        <Tabs.Panel value="jamfor" pt="md">
          <VersionDiff versions={versions} />
        </Tabs.Panel>
        <Tabs.Panel value="historik" pt="md">
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="sm">
              Tidslinje
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>När</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Händelse</Table.Th>
                  <Table.Th>Vem</Table.Th>
                  <Table.Th>Skäl</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.data.timeline.map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{e.at.slice(0, 16).replace('T', ' ')}</Table.Td>
                    <Table.Td>{e.versionNo}</Table.Td>
                    <Table.Td>
                      {e.fromStatus ? `${STATUS_LABELS[e.fromStatus as VersionStatus] ?? e.fromStatus} → ` : 'Skapad som '}
                      {STATUS_LABELS[e.toStatus as VersionStatus] ?? e.toStatus}
                    </Table.Td>
                    <Table.Td>{e.actor}</Table.Td>
                    <Table.Td>{e.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="granskningslogg" pt="md">
          <AuditPanel insatsId={insatsId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
