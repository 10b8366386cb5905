// The catalogue document's title and introduction: the default legal introduction until the user writes their
// own, and a way back to the default.
import { useEffect, useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

export function IntroductionEditor({ generation, onSaved }: { generation: number; onSaved(): void }) {
  const texts = useApiData(() => api('exports/documentSettings', {}), [generation]);
  const [titel, setTitel] = useState('');
  const [inledning, setInledning] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = texts.data;

  useEffect(() => {
    if (!t) return;
    setTitel(t.titel);
    setInledning(t.inledning);
  }, [t]);

  const dirty = !!t && (titel !== t.titel || inledning !== t.inledning);

  async function save(input: { titel: string; inledning: string | null }, message: string) {
    setBusy(true);
    try {
      const next = await api('exports/saveDocumentSettings', input);
      texts.setData(next);
      setError(null);
      setStatus(message);
      onSaved();
    } catch (e) {
      setStatus(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="inledning-rubrik">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={3} id="inledning-rubrik">
          Titel och inledning i katalogdokumentet
        </Title>
        {t && (
          <Badge variant="light" color={t.egenInledning ? 'blue' : 'gray'} size="lg">
            {t.egenInledning ? 'Egen inledning' : 'Standardinledning'}
          </Badge>
        )}
      </Group>
      <Stack>
        <Text size="sm" maw={760}>
          Inledningen skrivs under ”1. Inledning” i katalogdokumentet. Standardtexten beskriver 11 kap. 5 § socialtjänstlagen, rätten att ansöka
          om behovsprövade insatser och dokumentationen enligt 14 kap. 3–5 §§. Tomma rader skiljer stycken, rader som börjar med ## blir
          numrerade underrubriker (1.1, 1.2 …) och rader som börjar med - blir punkter.
        </Text>
        <ErrorAlert message={texts.error ?? error} />
        <TextInput label="Titel" description="Lämna tomt för standardtiteln" value={titel} onChange={(e) => setTitel(e.currentTarget.value)} maw={760} />
        <Textarea label="Inledning" value={inledning} onChange={(e) => setInledning(e.currentTarget.value)} autosize minRows={8} maxRows={22} maw={760} />
        <Group>
          <Button onClick={() => save({ titel, inledning }, 'Titeln och inledningen är sparade.')} loading={busy} disabled={!dirty}>
            Spara texten
          </Button>
          <Button
            variant="default"
            disabled={!t || (!t.egenInledning && inledning === t.standardInledning)}
            onClick={() => {
              if (window.confirm('Ersätta inledningen med standardtexten? Din egen text försvinner.')) {
                void save({ titel, inledning: null }, 'Inledningen är återställd till standardtexten.');
              }
            }}
          >
            Återställ standardinledningen
          </Button>
          {status && <Text role="status">{status}</Text>}
        </Group>
      </Stack>
    </Paper>
  );
}
