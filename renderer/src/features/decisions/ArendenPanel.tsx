// Ärenden: a diarienummer (suggested or typed from the diarium), the insats versions proposed, the
// sammanträde and §, and the recorded beslut.
import { useEffect, useState } from 'react';
import { Badge, Button, Group, MultiSelect, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ArendeDto, SammantradeDto } from '../../../../shared/api/decisions-contract';
import { UTFALL_LABELS } from '../../../../shared/api/decisions-contract';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import { BeslutForm } from './BeslutForm';
import { TaskList } from './TaskList';
import { DocumentButtons } from './DocumentButtons';

export function ArendenPanel({ arenden, meetings, onChange }: { arenden: ArendeDto[]; meetings: SammantradeDto[]; onChange(): void }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="arenden-rubrik">
      <Title order={3} id="arenden-rubrik" mb="sm">Ärenden</Title>
      <NewArendeForm onCreated={onChange} />
      <Stack mt="md">
        {arenden.length === 0 && <Text size="sm">Inga ärenden ännu.</Text>}
        {arenden.map((a) => (
          <Arende key={a.id} arende={a} meetings={meetings} onChange={onChange} />
        ))}
      </Stack>
    </Paper>
  );
}

function NewArendeForm({ onCreated }: { onCreated(): void }) {
  const ready = useApiData(() => api('insatser/list', { status: 'redo_for_beslut' }), []);
  const [diarienummer, setDiarienummer] = useState('');
  const [rubrik, setRubrik] = useState('');
  const [handlaggare, setHandlaggare] = useState('');
  const [versionIds, setVersionIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const suggest = () => api('arenden/suggestDiarienummer', {}).then((r) => setDiarienummer(r.diarienummer), () => undefined);
  useEffect(() => {
    void suggest();
  }, []);
  return (
    <form
      aria-label="Nytt ärende"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await api('arenden/create', { diarienummer: diarienummer.trim() || undefined, rubrik, handlaggare, beskrivning: '', versionIds: versionIds.map(Number) });
          setRubrik('');
          setVersionIds([]);
          setError(null);
          await suggest();
          await ready.refresh();
          onCreated();
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <Title order={4} mb="xs">Nytt ärende</Title>
      <ErrorAlert message={error} />
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Diarienummer" description="Föreslaget nästa nummer, eller skriv ett från diariet" value={diarienummer} onChange={(e) => setDiarienummer(e.currentTarget.value)} />
        <TextInput label="Rubrik" withAsterisk value={rubrik} onChange={(e) => setRubrik(e.currentTarget.value)} w={360} />
        <TextInput label="Handläggare" value={handlaggare} onChange={(e) => setHandlaggare(e.currentTarget.value)} />
      </Group>
      <MultiSelect
        mt="sm"
        label="Insatser som är redo för beslut"
        data={(ready.data ?? []).map((r) => ({ value: String(r.versionId), label: `${r.namn} (version ${r.versionNo})` }))}
        value={versionIds}
        onChange={setVersionIds}
        searchable
        nothingFoundMessage="Inga insatser är redo för beslut"
      />
      <Group mt="sm">
        <Button type="submit">Skapa ärende</Button>
        {ready.data && ready.data.length > 0 && (
          <Button variant="subtle" onClick={() => setVersionIds(ready.data!.map((r) => String(r.versionId)))}>
            Välj alla {ready.data.length}
          </Button>
        )}
      </Group>
    </form>
  );
}

function Arende({ arende, meetings, onChange }: { arende: ArendeDto; meetings: SammantradeDto[]; onChange(): void }) {
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showBeslut, setShowBeslut] = useState(false);
  const open = meetings.filter((m) => m.status !== 'justerat');
  return (
    <Paper withBorder p="sm" data-testid="arende">
      <Group justify="space-between">
        <Title order={4}>
          {arende.diarienummer} {arende.rubrik}
        </Title>
        {arende.beslut ? (
          <Badge color={arende.beslut.utfall === 'bifall' ? 'green' : 'orange'} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
            {UTFALL_LABELS[arende.beslut.utfall]} · {arende.beslut.beteckning}
          </Badge>
        ) : arende.paragraf ? (
          <Badge variant="light" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
            {arende.sammantradesdatum} § {arende.paragraf}
          </Badge>
        ) : null}
      </Group>
      <ErrorAlert message={error} />
      <Text size="sm">Insatser: {arende.versioner.map((v) => `${v.namn} (v${v.versionNo})`).join(', ') || 'inga'}</Text>
      {arende.beslut && (
        <Stack gap={4} mt="xs">
          <Text size="sm">
            Beslutsdatum {arende.beslut.beslutsdatum}
            {arende.beslut.giltigFran && ` · Giltighetstid ${arende.beslut.giltigFran} – ${arende.beslut.giltigTill ?? ''}`}
            {arende.beslut.reviderasSenast && ` · Revideras senast ${arende.beslut.reviderasSenast}`}
          </Text>
          {arende.beslut.motivering && <Text size="sm">Nämndens skäl: {arende.beslut.motivering}</Text>}
          <Text size="sm">
            {arende.beslut.vunnitLagaKraft
              ? 'Beslutet har vunnit laga kraft.'
              : arende.beslut.overklagandeTidSlut
                ? `Överklagandetiden löper ut ${arende.beslut.overklagandeTidSlut}.`
                : 'Överklagandetiden börjar när justeringen anslås.'}
          </Text>
          <TaskList beslut={arende.beslut} onChange={onChange} />
        </Stack>
      )}
      <Group mt="sm" align="flex-end">
        {!arende.sammantradeId && (
          <>
            <Select label="Sammanträde" data={open.map((m) => ({ value: String(m.id), label: m.datum }))} value={meetingId} onChange={setMeetingId} placeholder="Välj" />
            <Button
              variant="light"
              disabled={!meetingId}
              onClick={async () => {
                try {
                  await api('arenden/schedule', { arendeId: arende.id, sammantradeId: Number(meetingId) });
                  setError(null);
                  onChange();
                } catch (e) {
                  setError(errorMessage(e));
                }
              }}
            >
              Lägg på dagordningen
            </Button>
          </>
        )}
        {arende.sammantradeId && !arende.beslut && (
          <Button variant="light" onClick={() => setShowBeslut(true)}>
            Registrera beslut
          </Button>
        )}
        <DocumentButtons arende={arende} />
      </Group>
      {showBeslut && (
        <BeslutForm
          arende={arende}
          onClose={() => setShowBeslut(false)}
          onSaved={() => {
            setShowBeslut(false);
            onChange();
          }}
        />
      )}
    </Paper>
  );
}

