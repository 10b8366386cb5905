// The ärende's documents: the tjänsteskrivelse (from the start) and the protokollsutdrag (once the ärende has a §),
// each as PDF or DOCX, saved through the download helper. With `beslut`: only the protokollsutdrag of that beslut's §
// (an earlier återremiss has its own § in its own protocol).
import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import type { ArendeDto, BeslutDto } from '../../../../shared/api/decisions-contract';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';

type Kind = 'tjansteskrivelse' | 'protokollsutdrag';
const LABELS: Record<Kind, string> = { tjansteskrivelse: 'Tjänsteskrivelse', protokollsutdrag: 'Protokollsutdrag' };

export function DocumentButtons({ arende, beslut }: { arende: ArendeDto; beslut?: BeslutDto }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kinds: Kind[] = beslut ? ['protokollsutdrag'] : arende.paragraf === null ? ['tjansteskrivelse'] : ['tjansteskrivelse', 'protokollsutdrag'];
  const paragrafLabel = beslut?.paragraf != null ? ` § ${beslut.paragraf}` : '';
  async function get(kind: Kind, format: 'pdf' | 'docx') {
    setBusy(`${kind}-${format}`);
    try {
      downloadFile(await api(`arenden/${kind}`, { arendeId: arende.id, format, ...(beslut?.sammantradeId ? { sammantradeId: beslut.sammantradeId } : {}) }));
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
      <Group gap="xs" role="group" aria-label={beslut ? `Protokollsutdrag för ${beslut.beteckning}` : `Dokument för ärende ${arende.diarienummer}`}>
        {!beslut && (
          <Text size="sm" fw={600}>
            Dokument:
          </Text>
        )}
        {kinds.flatMap((kind) =>
          (['pdf', 'docx'] as const).map((format) => (
            <Button
              key={`${kind}-${format}`}
              size={beslut ? 'compact-xs' : 'xs'}
              variant="default"
              loading={busy === `${kind}-${format}`}
              onClick={() => get(kind, format)}
            >
              {LABELS[kind]}
              {paragrafLabel} ({format.toUpperCase()})
            </Button>
          )),
        )}
        {!beslut && arende.paragraf !== null && !arende.beslut && <Text size="xs">Protokollsutdraget är ett utkast tills beslutet är registrerat.</Text>}
      </Group>
    </div>
  );
}
