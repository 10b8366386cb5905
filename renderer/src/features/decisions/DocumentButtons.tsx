// The ärende's documents: the tjänsteskrivelse (from the start) and the protokollsutdrag (once the ärende has a §),
// each as PDF or DOCX, saved through the download helper.
import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import type { ArendeDto } from '../../../../shared/api/decisions-contract';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';

type Kind = 'tjansteskrivelse' | 'protokollsutdrag';
const LABELS: Record<Kind, string> = { tjansteskrivelse: 'Tjänsteskrivelse', protokollsutdrag: 'Protokollsutdrag' };

export function DocumentButtons({ arende }: { arende: ArendeDto }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kinds: Kind[] = arende.paragraf === null ? ['tjansteskrivelse'] : ['tjansteskrivelse', 'protokollsutdrag'];
  async function get(kind: Kind, format: 'pdf' | 'docx') {
    setBusy(`${kind}-${format}`);
    try {
      downloadFile(await api(`arenden/${kind}`, { arendeId: arende.id, format }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }
  return (
    <div>
      <ErrorAlert message={error} title="Dokumentet kunde inte skapas" />
      <Group gap="xs" role="group" aria-label={`Dokument för ärende ${arende.diarienummer}`}>
        <Text size="sm" fw={600}>
          Dokument:
        </Text>
        {kinds.flatMap((kind) =>
          (['pdf', 'docx'] as const).map((format) => (
            <Button
              key={`${kind}-${format}`}
              size="xs"
              variant="default"
              loading={busy === `${kind}-${format}`}
              onClick={() => get(kind, format)}
            >
              {LABELS[kind]} ({format.toUpperCase()})
            </Button>
          )),
        )}
        {arende.paragraf !== null && !arende.beslut && (
          <Text size="xs">
            Protokollsutdraget är ett utkast tills beslutet är registrerat.
          </Text>
        )}
      </Group>
    </div>
  );
}
