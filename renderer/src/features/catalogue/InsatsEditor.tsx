// The draft editor: @mantine/form validated by the same zod schema the main process uses, as you type.
// A bad field stops the save with a Swedish message and keeps everything typed; leaving with unsaved
// changes asks first.
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Checkbox, Fieldset, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm, schemaResolver } from '@mantine/form';
import type { VersionDto } from '../../../../shared/api/catalogue-contract';
import {
  AKTUALISERING_KANALER,
  AKTUALISERING_LABELS,
  DOKUMENTATION_LABELS,
  DOKUMENTATION_REGIMES,
  FORMS,
  FORM_LABELS,
  insatsContentSchema,
  UPPFOLJNING_LABELS,
  UPPFOLJNING_TYPES,
  VILLKOR_LABELS,
  VILLKOR_TYPES,
  type InsatsContent,
  type Villkor,
} from '../../../../shared/domain/insats';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import { setLeaveGuard } from '../../router';

export interface EditorExtras {
  /** Findings per field path, shown under the field (legal checks). */
  fieldNotes?: (field: string) => ReactNode;
  /** Every change of the form's values, e.g. to check unsaved content as the user types. */
  onValuesChange?: (content: InsatsContent) => void;
}

const emptyVillkor = (typ: Villkor['typ']): Villkor => ({
  typ,
  text: '',
  motivering: '',
  alderMin: null,
  alderMax: null,
  kommun: '',
  undantag: '',
  tidigareInsats: '',
  dokument: '',
});

export function InsatsEditor({ version, onSaved, fieldNotes, onValuesChange, children }: { version: VersionDto; onSaved(v: VersionDto): void; children?: ReactNode } & EditorExtras) {
  const org = useApiData(() => api('organisation/get', {}), []);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const form = useForm<InsatsContent>({
    initialValues: version.content,
    validate: schemaResolver(insatsContentSchema, { sync: true }),
    validateInputOnChange: true,
    onValuesChange: (values) => onValuesChange?.(values),
  });

  useEffect(() => {
    const guard = () => !form.isDirty() || window.confirm('Du har ändringar som inte är sparade. Vill du lämna sidan ändå?');
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (form.isDirty()) e.preventDefault();
    };
    setLeaveGuard(guard);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  });

  const notes = (field: string) => fieldNotes?.(field);
  const values = form.values;
  const enhetOptions = (org.data?.enheter ?? []).map((e) => ({
    value: String(e.id),
    label: `${e.namn} (${org.data?.sektorer.find((s) => s.id === e.sektorId)?.namn ?? ''})`,
  }));

  async function save(content: InsatsContent) {
    try {
      const saved = await api('versions/save', { versionId: version.versionId, content });
      form.setInitialValues(saved.content);
      form.resetDirty(saved.content);
      setError(null);
      setSavedAt(new Date().toLocaleTimeString('sv-SE'));
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiCallError && e.error.issues) {
        for (const issue of e.error.issues) form.setFieldError(issue.path.replace(/^content\./, ''), issue.message);
      }
      setError(errorMessage(e));
    }
  }

  return (
    <form
      onSubmit={form.onSubmit(save, () => setError('Utkastet sparades inte: rätta de markerade fälten. Inget av det du skrivit har försvunnit.'))}
      aria-label="Redigera insats"
    >
      <Stack>
        <ErrorAlert message={error} title="Inte sparat" />
        {children}
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label="Namn" withAsterisk {...form.getInputProps('namn')} description={notes('namn')} />
            <TextInput label="Utförare" {...form.getInputProps('utforare')} />
            <Select
              label="Enhet"
              clearable
              searchable
              data={enhetOptions}
              value={values.enhetId === null ? null : String(values.enhetId)}
              onChange={(v) => form.setFieldValue('enhetId', v ? Number(v) : null)}
            />
            <Select
              label="Kategori"
              clearable
              data={(org.data?.kategorier ?? []).map((k) => ({ value: String(k.id), label: k.namn }))}
              value={values.kategoriId === null ? null : String(values.kategoriId)}
              onChange={(v) => form.setFieldValue('kategoriId', v ? Number(v) : null)}
              description={notes('kategoriId')}
            />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">Innehåll och genomförande</Title>
          <Stack>
            <Textarea label="Innehåll och genomförande" autosize minRows={4} {...form.getInputProps('innehall')} description={notes('innehall')} />
            <Select
              label="Form"
              clearable
              data={FORMS.map((f) => ({ value: f, label: FORM_LABELS[f] }))}
              value={values.form}
              onChange={(v) => form.setFieldValue('form', (v as InsatsContent['form']) ?? null)}
            />
            <Fieldset legend="Metoder">
              <Stack>
                {values.metoder.map((_, i) => (
                  <Paper key={i} withBorder p="sm">
                    <SimpleGrid cols={{ base: 1, md: 2 }}>
                      <TextInput label={`Metod ${i + 1}, namn`} withAsterisk {...form.getInputProps(`metoder.${i}.namn`)} />
                      <TextInput label="Omfattning" {...form.getInputProps(`metoder.${i}.omfattning`)} />
                      <Textarea label="Beskrivning" autosize {...form.getInputProps(`metoder.${i}.beskrivning`)} />
                      <Textarea label="Målgrupp för metoden" autosize {...form.getInputProps(`metoder.${i}.malgrupp`)} />
                    </SimpleGrid>
                    <Button variant="subtle" color="red.9" c="red.9" size="xs" mt="xs" onClick={() => form.removeListItem('metoder', i)}>
                      Ta bort metod {i + 1}
                    </Button>
                  </Paper>
                ))}
                <Button variant="light" onClick={() => form.insertListItem('metoder', { namn: '', beskrivning: '', malgrupp: '', omfattning: '' })}>
                  Lägg till metod
                </Button>
              </Stack>
            </Fieldset>
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">Målgrupp och villkor</Title>
          <Stack>
            <Textarea label="Målgrupp" autosize minRows={2} {...form.getInputProps('malgrupp')} />
            <Group>
              <NumberInput
                label="Målgruppens ålder från"
                min={0}
                max={120}
                value={values.malgruppAlder?.min ?? ''}
                onChange={(v) => form.setFieldValue('malgruppAlder', ageRange(v, values.malgruppAlder?.max ?? null))}
                error={form.errors['malgruppAlder.min']}
              />
              <NumberInput
                label="till och med"
                min={0}
                max={120}
                value={values.malgruppAlder?.max ?? ''}
                onChange={(v) => form.setFieldValue('malgruppAlder', ageRange(values.malgruppAlder?.min ?? null, v))}
                error={form.errors['malgruppAlder.max'] ?? form.errors['malgruppAlder']}
              />
            </Group>
            {notes('malgruppAlder')}
            <Fieldset legend="Villkor">
              <Stack>
                {notes('villkor')}
                {values.villkor.map((v, i) => (
                  <Paper key={i} withBorder p="sm" data-testid="villkor">
                    <Stack gap="xs">
                      <Select
                        label={`Villkor ${i + 1}, typ`}
                        allowDeselect={false}
                        data={VILLKOR_TYPES.map((t) => ({ value: t, label: VILLKOR_LABELS[t] }))}
                        {...form.getInputProps(`villkor.${i}.typ`)}
                      />
                      {v.typ === 'alder' && (
                        <Group>
                          <NumberInput label="Från ålder" min={0} max={120} {...numberProps(form.getInputProps(`villkor.${i}.alderMin`))} />
                          <NumberInput label="Till och med ålder" min={0} max={120} {...numberProps(form.getInputProps(`villkor.${i}.alderMax`))} />
                        </Group>
                      )}
                      {v.typ === 'folkbokford' && (
                        <SimpleGrid cols={{ base: 1, md: 2 }}>
                          <TextInput label="Kommun" {...form.getInputProps(`villkor.${i}.kommun`)} />
                          <TextInput label="Undantag" description="t.ex. en natt för den som inte är folkbokförd" {...form.getInputProps(`villkor.${i}.undantag`)} />
                        </SimpleGrid>
                      )}
                      {v.typ === 'tidigareInsats' && <TextInput label="Insats som personen ska ha haft" {...form.getInputProps(`villkor.${i}.tidigareInsats`)} />}
                      {v.typ === 'dokument' && <TextInput label="Dokument att visa upp" {...form.getInputProps(`villkor.${i}.dokument`)} />}
                      <Textarea label={v.typ === 'lamplighetsbedomning' ? 'Nämndens lämplighetsbedömning' : 'Villkor (text)'} autosize {...form.getInputProps(`villkor.${i}.text`)} />
                      {notes(`villkor.${i}.text`)}
                      <Textarea label="Motivering" autosize {...form.getInputProps(`villkor.${i}.motivering`)} />
                      {notes(`villkor.${i}.motivering`)}
                      <Button variant="subtle" color="red.9" c="red.9" size="xs" onClick={() => form.removeListItem('villkor', i)} w="fit-content">
                        Ta bort villkor {i + 1}
                      </Button>
                    </Stack>
                  </Paper>
                ))}
                <AddVillkor onAdd={(typ) => form.insertListItem('villkor', emptyVillkor(typ))} />
              </Stack>
            </Fieldset>
            <Checkbox.Group
              label="Aktualisering – hur personen kommer till insatsen"
              value={values.aktualisering.kanaler}
              onChange={(v) => form.setFieldValue('aktualisering.kanaler', v as InsatsContent['aktualisering']['kanaler'])}
            >
              <Group mt="xs">
                {AKTUALISERING_KANALER.map((k) => (
                  <Checkbox key={k} value={k} label={AKTUALISERING_LABELS[k]} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea label="Aktualisering, beskrivning" autosize {...form.getInputProps('aktualisering.text')} />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">Dokumentation och uppföljning</Title>
          <Stack>
            <Select
              label="Dokumentation"
              allowDeselect={false}
              data={DOKUMENTATION_REGIMES.map((r) => ({ value: r, label: DOKUMENTATION_LABELS[r] }))}
              {...form.getInputProps('dokumentation.regim')}
              description={notes('dokumentation.regim')}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput label="Dokumentationssystem" placeholder="t.ex. Lifecare IFO" {...form.getInputProps('dokumentation.system')} />
              <Select
                label="Uppföljning"
                clearable
                data={UPPFOLJNING_TYPES.map((t) => ({ value: t, label: UPPFOLJNING_LABELS[t] }))}
                value={values.uppfoljning.typ}
                onChange={(v) => form.setFieldValue('uppfoljning.typ', (v as InsatsContent['uppfoljning']['typ']) ?? null)}
                description={notes('uppfoljning')}
              />
            </SimpleGrid>
            <Textarea label="Dokumentation, anteckningar" autosize {...form.getInputProps('dokumentation.anteckningar')} />
            <Textarea label="Uppföljning, beskrivning" autosize {...form.getInputProps('uppfoljning.text')} />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Textarea
            label="Ändringssammanfattning"
            description="Vad som ändrats jämfört med föregående version. Krävs innan en ny version lämnas som förslag."
            autosize
            {...form.getInputProps('andringssammanfattning')}
          />
          {notes('andringssammanfattning')}
        </Paper>

        <Group>
          <Button type="submit">Spara utkast</Button>
          <Text size="sm" role="status">
            {form.isDirty() ? 'Osparade ändringar' : savedAt ? `Sparat ${savedAt}` : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

function ageRange(min: number | string | null, max: number | string | null): InsatsContent['malgruppAlder'] {
  const a = typeof min === 'number' ? min : null;
  const b = typeof max === 'number' ? max : null;
  return a === null && b === null ? null : { min: a, max: b };
}

/** NumberInput gives '' for an empty field; the model stores null. */
function numberProps(props: { value?: unknown; onChange: (v: unknown) => void; error?: ReactNode }) {
  return { error: props.error, value: (props.value as number | null) ?? '', onChange: (v: number | string) => props.onChange(typeof v === 'number' ? v : null) };
}

function AddVillkor({ onAdd }: { onAdd(typ: Villkor['typ']): void }) {
  const [typ, setTyp] = useState<string | null>('alder');
  return (
    <Group align="flex-end">
      <Select label="Nytt villkor av typen" data={VILLKOR_TYPES.map((t) => ({ value: t, label: VILLKOR_LABELS[t] }))} value={typ} onChange={setTyp} allowDeselect={false} />
      <Button variant="light" onClick={() => typ && onAdd(typ as Villkor['typ'])}>
        Lägg till villkor
      </Button>
    </Group>
  );
}
