// "Importera öppna data (JSON)": a catalogue exported as open data, read into an empty catalogue in one go.
import { useState } from 'react';
import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ImportOpenDataResult } from '../../../../shared/api/exports-contract';
import { api, errorMessage } from '../../api/client';
import { readFileAsBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { READABLE_TITLE } from './ExportDocumentForm';

export function OpenDataImport({ onImported }: { onImported(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportOpenDataResult | null>(null);

  async function importFile() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const value = await api('exports/importOpenData', { file: { fileName: file.name, base64: await readFileAsBase64(file) } });
      setResult(value);
      setFile(null);
      onImported();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-rubrik">
      <Title order={3} id="import-rubrik" mb="sm">
        Importera öppna data (JSON)
      </Title>
      <Stack>
        <Text size="sm" maw={760}>
          Läser in en katalog som har exporterats som öppna data (JSON) från IUB-katalogen, till exempel från en annan dator: insatserna, sektorer, enheter och
          kategorier, beslutet om filen har det och bedömningarna av särskilda skäl. Katalogen här måste vara tom. Allt läses in på en gång; är något fel i
          filen läses ingenting in.
        </Text>
        <ErrorAlert message={error} title="Filen kunde inte importeras" />
        {result && (
          <Alert color="green" variant="light" title="Katalogen är importerad" role="status" styles={READABLE_TITLE}>
            {result.insatser} {result.insatser === 1 ? 'insats' : 'insatser'} från ”{result.titel}” är inlästa
            {result.beslut ? `, med beslut ${result.beslut}` : ' som utkast'}.{result.varning ? ` ${result.varning}` : ''}
          </Alert>
        )}
        <Group align="flex-end">
          <FileInput label="JSON-fil" placeholder="Välj fil" accept=".json,application/json" value={file} onChange={setFile} clearable w={320} />
          <Button onClick={importFile} loading={busy} disabled={!file}>
            Importera
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
