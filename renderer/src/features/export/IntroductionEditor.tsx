// The catalogue document's own texts: title, nämnd, the prose chapters (the default legal introduction until the
// user writes their own or imports a document with its own) and the förteckning's heading, and a way back to the
// default introduction.
import { useEffect, useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

export function IntroductionEditor({ generation, onSaved }: { generation: number; onSaved(): void }) {
  const texts = useApiData(() => api('exports/documentSettings', {}), [generation]);
  const [titel, setTitel] = useState('');
  const [inledning, setInledning] = useState('');
  const [namnd, setNamnd] = useState('');
  const [forteckningRubrik, setForteckningRubrik] = useState('');
  const [forteckningText, setForteckningText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = texts.data;

  useEffect(() => {
    if (!t) return;
    setTitel(t.titel);
    setInledning(t.inledning);
    setNamnd(t.namnd);
    setForteckningRubrik(t.forteckningRubrik);
    setForteckningText(t.forteckningText);
  }, [t]);

  const dirty =
    !!t &&
    (titel !== t.titel || inledning !== t.inledning || namnd !== t.namnd || forteckningRubrik !== t.forteckningRubrik || forteckningText !== t.forteckningText);

  async function save(input: { titel: string; inledning: string | null; namnd: string; forteckningRubrik: string; forteckningText: string }, message: string) {
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
          Inledningen skrivs under ”1. Inledning” i katalogdokumentet. Standardtexten beskriver 11 kap. 5 § socialtjänstlagen, rätten att ansöka om
          behovsprövade insatser och dokumentationen enligt 14 kap. 3–5 §§. Tomma rader skiljer stycken, rader som börjar med # blir numrerade kapitel (1., 2.
          …), rader som börjar med ## underrubriker (1.1, 1.2 …) och ### rubriker under dem (2.2.1), och rader som börjar med - blir punkter. Ett importerat
          dokuments egna kapitel sparas här, och insatserna numreras efter kapitlen.
        </Text>
        <ErrorAlert message={texts.error ?? error} />
        <TextInput label="Titel" description="Lämna tomt för standardtiteln" value={titel} onChange={(e) => setTitel(e.currentTarget.value)} maw={760} />
        <TextInput
          label="Nämnd under titeln"
          description="Lämna tomt för nämnden i Inställningar"
          value={namnd}
          onChange={(e) => setNamnd(e.currentTarget.value)}
          maw={760}
        />
        <Textarea label="Inledning" value={inledning} onChange={(e) => setInledning(e.currentTarget.value)} autosize minRows={8} maxRows={22} maw={760} />
        <TextInput
          label="Rubrik för förteckningen"
          description="Kapitlet med insatserna vid gruppering efter kategori; lämna tomt för ”Förteckning över insatser”"
          value={forteckningRubrik}
          onChange={(e) => setForteckningRubrik(e.currentTarget.value)}
          maw={760}
        />
        <Textarea
          label="Text under förteckningens rubrik"
          description="Lämna tomt för standardmeningen"
          value={forteckningText}
          onChange={(e) => setForteckningText(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          maw={760}
        />
        <Group>
          <Button
            onClick={() => save({ titel, inledning, namnd, forteckningRubrik, forteckningText }, 'Titeln och inledningen är sparade.')}
            loading={busy}
            disabled={!dirty}
          >
            Spara texten
          </Button>
          <Button
            variant="default"
            disabled={!t || (!t.egenInledning && inledning === t.standardInledning)}
            onClick={() => {
              if (window.confirm('Ersätta inledningen med standardtexten? Din egen text försvinner.')) {
                void save({ titel, inledning: null, namnd, forteckningRubrik, forteckningText }, 'Inledningen är återställd till standardtexten.');
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
