// Step 1: the user picks the catalogue document; the main process reads it and proposes insatser.
// Nothing is saved here.
import { useState } from 'react';
import { FileInput, Loader, Group, Paper, Stack, Text } from '@mantine/core';
import type { UploadedFile } from '../../../../shared/api/files';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readFileAsBase64 } from '../../components/download';

const MAX_BYTES = 20 * 1024 * 1024;

export function PickDocument({ onProposal }: { onProposal(p: ImportProposal, file: UploadedFile): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function read(picked: File | null) {
    setFile(picked);
    setError(null);
    if (!picked) return;
    if (picked.size > MAX_BYTES) {
      setError('Filen är för stor (högst 20 MB).');
      return;
    }
    setBusy(true);
    try {
      const uploaded = { fileName: picked.name, base64: await readFileAsBase64(picked) };
      onProposal(await api('import/parse', { file: uploaded }), uploaded);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="valj-dokument">
      <Stack>
        <Text id="valj-dokument" fw={600}>
          Välj dokumentet med nämndens förteckning över insatser
        </Text>
        <Text size="sm">
          Word (.docx), PDF med text, textfil, webbsida (.html), Excel (.xlsx) eller CSV. Dokumentet läses och varje insats föreslås med texten den kommer
          ifrån. Inget sparas förrän du har granskat förslaget och bekräftat importen.
        </Text>
        <FileInput
          label="Katalogdokument"
          placeholder="Välj fil…"
          accept=".docx,.pdf,.txt,.html,.htm,.xlsx,.csv,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/plain,text/csv,text/html"
          value={file}
          onChange={read}
          disabled={busy}
          clearable
          clearButtonProps={{ 'aria-label': 'Ta bort vald fil' }}
          w={{ base: '100%', sm: 420 }}
        />
        <Group gap="xs" role="status" aria-live="polite" mih={24}>
          {busy && (
            <>
              <Loader size="sm" aria-hidden />
              <Text size="sm">Läser {file?.name}…</Text>
            </>
          )}
        </Group>
        <ErrorAlert message={error} title="Dokumentet kunde inte importeras" />
      </Stack>
    </Paper>
  );
}
