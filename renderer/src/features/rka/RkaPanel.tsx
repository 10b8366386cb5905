// The "Riskanalys (RKA)" tab of a 14 kap. 5 § version: the notices (carried over for review, complete,
// read-only), the form while the analysis can be changed, otherwise the analysis as it stands, and its
// report as PDF or DOCX.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { RkaDto } from '../../../../shared/api/rka-contract';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import { RkaForm } from './RkaForm';
import { RkaView } from './RkaView';

export function RkaPanel({ versionId }: { versionId: number }) {
  const rka = useApiData(() => api('rka/get', { versionId }), [versionId]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (rka.error) return <ErrorAlert message={rka.error} />;
  if (!rka.data) return <Text>Hämtar analysen…</Text>;
  const dto = rka.data;

  async function act(fn: () => Promise<void>) {
    setBusy(true);
    try {
      await fn();
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const download = (format: 'pdf' | 'docx') => act(async () => downloadFile(await api('rka/export', { versionId, format })));
  const reopen = () => act(async () => rka.setData(await api('rka/reopen', { versionId })));

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>Risk- och konsekvensanalys</Title>
          <Text size="sm">Undantag från dokumentation av uppgifter som kan röja identitet, 14 kap. 5 § socialtjänstlagen.</Text>
        </div>
        <Group gap="xs">
          <Button variant="light" onClick={() => void download('pdf')} disabled={!dto.exists || busy}>
            Ladda ner PDF
          </Button>
          <Button variant="subtle" onClick={() => void download('docx')} disabled={!dto.exists || busy}>
            Ladda ner DOCX
          </Button>
        </Group>
      </Group>
      {!dto.exists && dto.editable && (
        <Text size="sm">Ingen analys är sparad ännu. Fyll i avsnitten nedan och spara; nedladdning blir möjlig när analysen är sparad.</Text>
      )}
      <Notices dto={dto} onReopen={reopen} busy={busy} />
      <ErrorAlert message={error} />
      {dto.editable && !dto.complete ? <RkaForm key={dto.versionId} dto={dto} onChange={rka.setData} /> : <RkaView dto={dto} />}
    </Stack>
  );
}

function Notices({ dto, onReopen, busy }: { dto: RkaDto; onReopen(): void; busy: boolean }) {
  return (
    <>
      {dto.needsReview && (
        <Alert color="orange" variant="light" title="Granska analysen igen" data-testid="rka-granska" styles={{ title: { color: '#7a2e00' } }}>
          Insatsen har ändrats i version {dto.versionNo}. Analysen har förts över
          {dto.carriedFromVersionNo ? ` från version ${dto.carriedFromVersionNo}` : ''} som utkast
          {dto.flaggedOn ? ` den ${dto.flaggedOn}` : ''} och gäller inte förrän den har granskats. Gå igenom varje avsnitt mot den nya versionen och markera
          analysen som klar igen.
        </Alert>
      )}
      {dto.complete && (
        <Alert color="green" variant="light" title="Analysen är klar" styles={{ title: { color: '#0b4a17' } }}>
          <Stack gap="xs">
            <Text size="sm">Analysen är markerad som klar. Dess slutsats blir ”Bedömning särskilda skäl” i katalogen och i tjänsteskrivelsen.</Text>
            {dto.editable && (
              <Button variant="default" size="xs" w="fit-content" onClick={onReopen} disabled={busy}>
                Öppna analysen igen för ändringar
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {!dto.editable && dto.applies && (
        <Text size="sm">
          Versionen kan inte ändras, och därför inte heller analysen. Ändringar görs i en ny version av insatsen; analysen följer då med för granskning.
        </Text>
      )}
      {!dto.applies && (
        <Alert color="gray" variant="light" title="Ingen analys behövs">
          Versionen dokumenteras inte enligt 14 kap. 5 §. En risk- och konsekvensanalys behövs bara för undantag enligt 14 kap. 5 §.
        </Alert>
      )}
    </>
  );
}
