// A new ärende (diarienummer suggested or typed from the diarium, rubrik, beskrivning, handläggare, the insats
// versions proposed) and the same form to correct an ärende before its beslut: then also the beslutsunderlag and
// to whom the protokollsutdrag is sent, which the documents print.
import { useEffect, useState } from 'react';
import { Button, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import type { ArendeDto } from '../../../../shared/api/decisions-contract';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConflictNotice, conflictFields, isConflict, type ConflictInfo } from '../../components/ConflictNotice';
import { useApiData } from '../../components/useApiData';
import { VersionPicker } from './VersionPicker';

const toLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function NewArendeForm({ onCreated, onCancel }: { onCreated(arende: ArendeDto): void; onCancel(): void }) {
  const ready = useApiData(() => api('insatser/list', { status: 'redo_for_beslut' }), []);
  const [diarienummer, setDiarienummer] = useState('');
  const [rubrik, setRubrik] = useState('');
  const [beskrivning, setBeskrivning] = useState('');
  const [handlaggare, setHandlaggare] = useState('');
  const [versionIds, setVersionIds] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const suggest = () =>
    api('arenden/suggestDiarienummer', {}).then(
      (r) => setDiarienummer(r.diarienummer),
      () => undefined,
    );
  useEffect(() => {
    void suggest();
  }, []);
  return (
    <form
      aria-labelledby="nytt-arende-rubrik"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!rubrik.trim()) {
          setFieldErrors({ rubrik: 'Ange ärendets rubrik.' });
          return;
        }
        try {
          const created = await api('arenden/create', { diarienummer: diarienummer.trim() || undefined, rubrik, handlaggare, beskrivning, versionIds });
          setRubrik('');
          setBeskrivning('');
          setVersionIds([]);
          setError(null);
          setFieldErrors({});
          await suggest();
          await ready.refresh();
          onCreated(created);
        } catch (err) {
          if (err instanceof ApiCallError) setFieldErrors(Object.fromEntries((err.error.issues ?? []).map((i) => [i.path, i.message])));
          setError(errorMessage(err));
        }
      }}
    >
      <Title order={4} id="nytt-arende-rubrik" mb="xs">
        Nytt ärende
      </Title>
      <ErrorAlert message={error} title="Ärendet skapades inte" />
      <Stack gap="sm">
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label="Diarienummer"
            description="Nästa lediga nummer föreslås. Skriv över det med ett nummer från diariet."
            value={diarienummer}
            onChange={(e) => setDiarienummer(e.currentTarget.value)}
            error={fieldErrors.diarienummer}
            w={260}
          />
          <TextInput label="Rubrik" withAsterisk value={rubrik} onChange={(e) => setRubrik(e.currentTarget.value)} error={fieldErrors.rubrik} w={420} />
          <TextInput label="Handläggare" value={handlaggare} onChange={(e) => setHandlaggare(e.currentTarget.value)} error={fieldErrors.handlaggare} />
        </Group>
        <Textarea
          label="Beskrivning av ärendet"
          description="Skrivs i tjänsteskrivelsen och i protokollsutdraget."
          autosize
          minRows={2}
          value={beskrivning}
          onChange={(e) => setBeskrivning(e.currentTarget.value)}
          error={fieldErrors.beskrivning}
        />
        <ErrorAlert message={ready.error} />
        <VersionPicker legend="Insatser som är redo för beslut" rows={ready.data ?? []} value={versionIds} onChange={setVersionIds} />
        <Group>
          <Button type="submit">Skapa ärende</Button>
          <Button variant="default" onClick={onCancel}>
            Avbryt
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditArendeForm({ arende, onSaved, onCancel }: { arende: ArendeDto; onSaved(): void; onCancel(): void }) {
  const decided = arende.beslut !== null;
  const ready = useApiData(() => (decided ? Promise.resolve([]) : api('insatser/list', { status: 'redo_for_beslut' })), [decided]);
  const [rubrik, setRubrik] = useState(arende.rubrik);
  const [handlaggare, setHandlaggare] = useState(arende.handlaggare);
  const [beskrivning, setBeskrivning] = useState(arende.beskrivning);
  const [underlag, setUnderlag] = useState(arende.beslutsunderlag.join('\n'));
  const [expedieras, setExpedieras] = useState(arende.expedierasTill.join('\n'));
  const [versionIds, setVersionIds] = useState(arende.versioner.map((v) => v.versionId));
  const [error, setError] = useState<string | null>(null);
  // The revision the form is based on; after a conflict, the other's (whose values the notice shows).
  const [revision, setRevision] = useState(arende.revision);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  // The versions already in the ärende stay choosable even if another list would not show them.
  const rows = [...(ready.data ?? [])];
  return (
    <form
      aria-label={`Ändra ärende ${arende.diarienummer}`}
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await api('arenden/update', {
            arendeId: arende.id,
            revision,
            rubrik,
            handlaggare,
            beskrivning,
            beslutsunderlag: toLines(underlag),
            expedierasTill: toLines(expedieras),
            ...(decided ? {} : { versionIds }),
          });
          onSaved();
        } catch (err) {
          if (isConflict(err)) {
            const theirs = (await api('arenden/list', {}).catch(() => [])).find((a) => a.id === arende.id);
            if (theirs) {
              setRevision(theirs.revision);
              setConflict({
                message: err.message,
                fields: conflictFields(
                  {
                    rubrik: 'Rubrik',
                    handlaggare: 'Handläggare',
                    beskrivning: 'Beskrivning',
                    beslutsunderlag: 'Beslutsunderlag',
                    expedierasTill: 'Expedieras till',
                  },
                  { rubrik, handlaggare, beskrivning, beslutsunderlag: toLines(underlag), expedierasTill: toLines(expedieras) },
                  theirs,
                ),
              });
              setError(null);
              return;
            }
          }
          setError(errorMessage(err));
        }
      }}
    >
      <Stack gap="sm" mt="sm">
        <ConflictNotice conflict={conflict} />
        <ErrorAlert message={error} title="Ärendet sparades inte" />
        <Group align="flex-start" wrap="wrap">
          <TextInput label="Rubrik" withAsterisk value={rubrik} onChange={(e) => setRubrik(e.currentTarget.value)} w={420} />
          <TextInput label="Handläggare" value={handlaggare} onChange={(e) => setHandlaggare(e.currentTarget.value)} />
        </Group>
        <Textarea label="Beskrivning av ärendet" autosize minRows={2} value={beskrivning} onChange={(e) => setBeskrivning(e.currentTarget.value)} />
        <Group grow align="flex-start">
          <Textarea
            label="Beslutsunderlag"
            description="Ett underlag per rad. Tomt: tjänsteskrivelsen."
            autosize
            minRows={2}
            value={underlag}
            onChange={(e) => setUnderlag(e.currentTarget.value)}
          />
          <Textarea
            label="Expedieras till"
            description="En mottagare per rad. Tomt: förvaltningen och dokumentansvarig."
            autosize
            minRows={2}
            value={expedieras}
            onChange={(e) => setExpedieras(e.currentTarget.value)}
          />
        </Group>
        {!decided && (
          <VersionPicker
            legend="Insatser i ärendet"
            rows={[
              ...rows,
              ...arende.versioner
                .filter((v) => !rows.some((r) => r.versionId === v.versionId))
                .map((v) => ({
                  insatsId: v.insatsId,
                  versionId: v.versionId,
                  versionNo: v.versionNo,
                  nummer: null,
                  namn: v.namn,
                  status: 'redo_for_beslut' as const,
                  sektorNamn: null,
                  enhetId: null,
                  enhetNamn: null,
                  kategoriId: null,
                  kategoriNamn: 'Redan i ärendet',
                  regim: '14:3' as const,
                  alderMin: null,
                  alderMax: null,
                  updatedAt: '',
                })),
            ]}
            value={versionIds}
            onChange={setVersionIds}
          />
        )}
        <Group>
          <Button type="submit">Spara ärendet</Button>
          <Button variant="default" onClick={onCancel}>
            Avbryt
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
