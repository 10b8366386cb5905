// Choose what to print (document, format, grouping, decided on a date or draft), see what it will hold, download.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  CATALOGUE_MODE_LABELS,
  GROUPING_LABELS,
  GROUPINGS,
  type CatalogueMode,
  type ExportOverview,
  type Grouping,
} from '../../../../shared/api/exports-contract';
import type { GeneratedFile } from '../../../../shared/api/files';
import { api, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { downloadFile } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

/** Alert titles in the body text colour: the coloured light-variant titles are below 4.5:1 on their backgrounds. */
export const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } };

type DocumentKind = 'katalog' | 'checklista' | 'publik' | 'oppnadata';

const DOCUMENTS: Array<{ value: DocumentKind; label: string; description: string }> = [
  { value: 'katalog', label: 'Katalogdokument', description: 'Förteckningen för nämnden: beslutsuppgifter, innehållsförteckning, inledning och varje insats.' },
  {
    value: 'checklista',
    label: 'Checklista för utförare',
    description: 'Villkoren att kontrollera vid första kontakten, vad man gör vid osäkerhet och informationsplikten.',
  },
  { value: 'publik', label: 'Publik text för webbplatsen', description: 'En HTML-sida per insats och en startsida, i klarspråk och utan interna uppgifter.' },
  { value: 'oppnadata', label: 'Öppna data', description: 'Hela katalogen som JSON (med publicerat schema) eller CSV.' },
];

const FORMATS: Record<DocumentKind, Array<{ value: string; label: string }>> = {
  katalog: [
    { value: 'pdf', label: 'PDF' },
    { value: 'docx', label: 'Word (DOCX)' },
  ],
  checklista: [
    { value: 'pdf', label: 'PDF' },
    { value: 'docx', label: 'Word (DOCX)' },
  ],
  publik: [{ value: 'zip', label: 'HTML-sidor i en zip-fil' }],
  oppnadata: [
    { value: 'json', label: 'JSON' },
    { value: 'csv', label: 'CSV (semikolonseparerad)' },
  ],
};

function summary(o: ExportOverview): string {
  if (o.mode === 'utkast') {
    const changes =
      o.nya + o.andrade === 0
        ? 'Inga insatser är nya eller ändrade'
        : `${o.nya} ${o.nya === 1 ? 'är ny' : 'är nya'} och ${o.andrade} ${o.andrade === 1 ? 'är ändrad' : 'är ändrade'}`;
    return `Utkastet har ${o.antal} ${o.antal === 1 ? 'insats' : 'insatser'}. ${changes} jämfört med det som gäller ${o.datum}.`;
  }
  const b = o.beslut;
  return `${o.antal} ${o.antal === 1 ? 'insats gällde' : 'insatser gällde'} ${o.datum}${b ? ` enligt beslut ${b.beteckning} den ${b.beslutsdatum}` : ''}.`;
}

export function ExportDocumentForm({ generation }: { generation: number }) {
  const [kind, setKind] = useState<DocumentKind>('katalog');
  const [format, setFormat] = useState('pdf');
  const [mode, setMode] = useState<CatalogueMode>('beslutad');
  const [datum, setDatum] = useState('');
  const [grouping, setGrouping] = useState<Grouping | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const selection = { mode, datum: mode === 'beslutad' && datum ? datum : null };
  const overview = useApiData(() => api('exports/overview', selection), [mode, datum, generation]);
  const o = overview.data;

  // The date field starts at the day the app counts as today, as the server sees it.
  useEffect(() => {
    if (o && o.mode === 'beslutad' && !datum) setDatum(o.datum);
  }, [o, datum]);

  const chosenGrouping = grouping ?? o?.gruppering ?? 'kategori';
  const empty = !!o && o.mode === 'beslutad' && o.antal === 0;

  function chooseKind(value: string) {
    const next = value as DocumentKind;
    setKind(next);
    setFormat(FORMATS[next][0].value);
    setDone(null);
  }

  async function download() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      let file: GeneratedFile;
      if (kind === 'katalog' || kind === 'checklista') {
        const input = { ...selection, format: format as 'pdf' | 'docx', grouping: chosenGrouping };
        file = await api(kind === 'katalog' ? 'exports/catalogue' : 'exports/checklist', input);
      } else if (kind === 'publik') {
        file = await api('exports/publicText', { ...selection, grouping: chosenGrouping });
      } else {
        file = await api('exports/openData', { ...selection, format: format as 'json' | 'csv' });
      }
      downloadFile(file);
      setDone(`Filen ${file.fileName} är skapad och nedladdad.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-rubrik">
      <Title order={3} id="export-rubrik" mb="md">
        Skriv ut
      </Title>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Radio.Group label="Dokument" value={kind} onChange={chooseKind}>
            <Stack gap="sm" mt="xs">
              {DOCUMENTS.map((d) => (
                <Radio key={d.value} value={d.value} label={d.label} description={d.description} />
              ))}
            </Stack>
          </Radio.Group>
          <Stack gap="lg">
            <Radio.Group label="Format" value={format} onChange={setFormat}>
              <Group gap="lg" mt="xs">
                {FORMATS[kind].map((f) => (
                  <Radio key={f.value} value={f.value} label={f.label} />
                ))}
              </Group>
            </Radio.Group>
            <Radio.Group label="Innehåll" value={mode} onChange={(v) => setMode(v as CatalogueMode)}>
              <Stack gap="sm" mt="xs">
                <Radio value="beslutad" label={CATALOGUE_MODE_LABELS.beslutad} description="De versioner som gällde den dagen, med uppgifterna om beslutet." />
                <Radio value="utkast" label={CATALOGUE_MODE_LABELS.utkast} description="Den senaste versionen av varje insats; nya och ändrade markeras." />
              </Stack>
            </Radio.Group>
            {mode === 'beslutad' && (
              <DateField label="Datum" description="Katalogen som den gällde den här dagen" value={datum} onChange={(e) => setDatum(e.currentTarget.value)} />
            )}
            {kind !== 'oppnadata' && (
              <Radio.Group label="Gruppering" value={chosenGrouping} onChange={(v) => setGrouping(v as Grouping)}>
                <Group gap="lg" mt="xs">
                  {GROUPINGS.map((g) => (
                    <Radio key={g} value={g} label={GROUPING_LABELS[g]} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          </Stack>
        </SimpleGrid>
        <ErrorAlert message={overview.error} title="Kunde inte läsa katalogen" />
        {o && !empty && (
          <Text role="status" data-testid="export-sammanfattning">
            {summary(o)}
          </Text>
        )}
        {empty && (
          <Alert color="yellow" variant="light" title="Inget att skriva ut" role="status" styles={READABLE_TITLE}>
            Inga insatser gällde enligt beslut den {o!.datum}. Välj ett datum då katalogen gällde, eller välj utkast till nästa revision.
          </Alert>
        )}
        <ErrorAlert message={error} title="Filen kunde inte skapas" />
        <Group>
          <Button onClick={download} loading={busy} disabled={!o || empty}>
            Ladda ned
          </Button>
          {done && (
            <Text role="status" fw={500}>
              {done}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
