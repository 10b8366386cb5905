// The draft editor: @mantine/form checked by the same zod schema the main process uses, as you type.
// A bad field stops the whole save (nothing is half-written) with Swedish messages, and everything
// typed stays in the form; leaving with unsaved changes asks first (in the app and when closing).
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm, schemaResolver } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import type { VersionDto } from '../../../../shared/api/catalogue-contract';
import {
  AKTUALISERING_KANALER,
  AKTUALISERING_LABELS,
  DOKUMENTATION_LABELS,
  DOKUMENTATION_REGIMES,
  emptyVillkor,
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
import { useApiData } from '../../components/useApiData';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import type { NameLookup } from '../../../../shared/domain/diff';
import { MergeDraft, type Conflict } from './MergeDraft';
import './catalogue.css';
import { RoleGate } from '../session/permissions';

export interface EditorExtras {
  /** Findings per field path, shown under the field (legal checks). */
  fieldNotes?: (field: string) => ReactNode;
  /** Every change of the form's values, e.g. to check unsaved content as the user types. */
  onValuesChange?: (content: InsatsContent) => void;
}

const FORM_NAME = 'insats';

/** Keeps what is common to every kind (text, motivering) and drops the fields the new kind has no use for. */
function changeVillkorTyp(v: Villkor, typ: Villkor['typ']): Villkor {
  return { ...emptyVillkor(typ), text: v.text, motivering: v.motivering, ...(typ === v.typ ? v : {}) };
}

const METOD_FIELDS: Record<string, string> = { namn: 'namn', beskrivning: 'beskrivning', malgrupp: 'målgrupp', omfattning: 'omfattning' };
const VILLKOR_FIELDS: Record<string, string> = {
  typ: 'typ',
  text: 'text',
  motivering: 'motivering',
  alderMin: 'från ålder',
  alderMax: 'till och med ålder',
  kommun: 'kommun',
  undantag: 'undantag',
  tidigareInsats: 'tidigare insats',
  dokument: 'dokument',
};
const TOP_FIELDS: Record<string, string> = {
  namn: 'Namn',
  utforare: 'Utförare',
  enhetId: 'Enhet',
  kategoriId: 'Kategori',
  innehall: 'Innehåll och genomförande',
  form: 'Form',
  metoder: 'Metoder',
  malgrupp: 'Målgrupp',
  malgruppAlder: 'Målgruppens ålder',
  villkor: 'Villkor',
  'aktualisering.kanaler': 'Aktualisering',
  'aktualisering.text': 'Aktualisering, beskrivning',
  'dokumentation.regim': 'Dokumentation',
  'dokumentation.system': 'Dokumentationssystem',
  'dokumentation.anteckningar': 'Dokumentation, anteckningar',
  'uppfoljning.typ': 'Uppföljning',
  'uppfoljning.text': 'Uppföljning, beskrivning',
  andringssammanfattning: 'Ändringssammanfattning',
};

/** The Swedish name of a field path, as the error summary shows it. */
export function fieldLabel(path: string): string {
  const [head, index, rest] = path.split('.');
  if (head === 'metoder' && index !== undefined) return `Metod ${Number(index) + 1}${rest ? `, ${METOD_FIELDS[rest] ?? rest}` : ''}`;
  if (head === 'villkor' && index !== undefined) return `Villkor ${Number(index) + 1}${rest ? `, ${VILLKOR_FIELDS[rest] ?? rest}` : ''}`;
  if (head === 'malgruppAlder') return 'Målgruppens ålder';
  return TOP_FIELDS[path] ?? TOP_FIELDS[head] ?? path;
}

const parentPath = (path: string) => path.split('.').slice(0, -1).join('.') || path;

function focusField(path: string) {
  const el = document.querySelector<HTMLElement>(`[data-path="${FORM_NAME}-${CSS.escape(path)}"]`);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}

export function InsatsEditor({
  version,
  onSaved,
  fieldNotes,
  onValuesChange,
  children,
}: { version: VersionDto; onSaved(v: VersionDto): void; children?: ReactNode } & EditorExtras) {
  const org = useApiData(() => api('organisation/get', {}), []);
  const [error, setError] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The revision and content the form is based on: a save sends the revision, a conflict is merged against the content.
  const [base, setBase] = useState({ revision: version.revision, content: version.content });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** Someone else saved while this form had unsaved edits: shown as a notice, never written over the edits. */
  const [outdated, setOutdated] = useState<VersionDto | null>(null);
  const resolver = useMemo(() => schemaResolver(insatsContentSchema, { sync: true }), []);
  const form = useForm<InsatsContent>({
    name: FORM_NAME,
    initialValues: version.content,
    validate: resolver,
    // Validation runs on every change below (the whole schema, so a rule spanning two fields, like
    // an age range, updates whichever of them is typed in); Mantine's own per-field pass is off.
    clearInputErrorOnChange: false,
    onValuesChange: (values) => onValuesChange?.(values),
  });
  const values = form.values;

  // As you type: the errors of the fields (or list items) you have touched, all of them after a save attempt.
  useEffect(() => {
    const all = resolver(values) as Record<string, ReactNode>;
    const visible = Object.fromEntries(Object.entries(all).filter(([path]) => attempted || form.isTouched(path) || form.isTouched(parentPath(path))));
    const current = form.errors;
    const same = Object.keys(visible).length === Object.keys(current).length && Object.entries(visible).every(([k, v]) => current[k] === v);
    if (!same) form.setErrors(visible);
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [values, attempted]);

  // A live refresh brought a newer revision saved by someone else: take it into an untouched form,
  // but a form with unsaved edits keeps them and says so.
  useEffect(() => {
    if (version.revision <= base.revision) return;
    if (form.isDirty()) {
      setOutdated(version);
      return;
    }
    form.setValues(version.content);
    form.setInitialValues(version.content);
    form.resetDirty(version.content);
    setBase({ revision: version.revision, content: version.content });
    setOutdated(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version.revision]);

  useLeaveGuard(() => form.isDirty(), 'Du har ändringar som inte är sparade. Vill du lämna sidan ändå? Ändringarna försvinner.');

  const submit = form.onSubmit(
    (values) => save(values),
    () => {
      setAttempted(true);
      setError('Utkastet sparades inte. Inget av det du skrivit har försvunnit: rätta fälten nedan och spara igen.');
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  );
  useHotkeys([['mod+S', () => submit()]], []);

  const notes = (field: string) => fieldNotes?.(field);
  const enhetOptions = (org.data?.sektorer ?? [])
    .map((s) => ({
      group: s.namn,
      items: (org.data?.enheter ?? []).filter((e) => e.sektorId === s.id).map((e) => ({ value: String(e.id), label: e.namn })),
    }))
    .filter((g) => g.items.length > 0);
  const needsSummary = version.versionNo > 1;
  const names = useMemo<NameLookup>(
    () => ({
      enhet: (id) => (id === null ? '' : (org.data?.enheter.find((e) => e.id === id)?.namn ?? '')),
      kategori: (id) => (id === null ? '' : (org.data?.kategorier.find((k) => k.id === id)?.namn ?? '')),
    }),
    [org.data],
  );

  /** Opens the merge screen against the version as it is stored now. */
  async function openMerge(mine: InsatsContent, message: string, mergeBase = base.content) {
    const theirs = await api('versions/get', { versionId: version.versionId });
    setOutdated(null);
    setError(null);
    setConflict({ base: mergeBase, mine, theirs, message });
  }

  async function save(content: InsatsContent, revision = base.revision) {
    setSaving(true);
    try {
      const saved = await api('versions/save', { versionId: version.versionId, revision, content });
      setBase({ revision: saved.revision, content: saved.content });
      setConflict(null);
      setOutdated(null);
      form.setValues(saved.content);
      form.setInitialValues(saved.content);
      form.resetDirty(saved.content);
      form.resetTouched();
      setAttempted(false);
      setError(null);
      setSavedAt(new Date().toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' }));
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiCallError && e.error.code === 'conflict') {
        // Merge against what the other person saved; after a failed merge save, against the version merged with.
        await openMerge(content, e.error.message, conflict ? conflict.theirs.content : base.content).catch((err: unknown) =>
          setError(`Utkastet sparades inte: ${errorMessage(err)} Det du skrivit finns kvar.`),
        );
        return;
      }
      if (e instanceof ApiCallError && e.error.issues) {
        for (const issue of e.error.issues) form.setFieldError(issue.path.replace(/^content\./, ''), issue.message);
      }
      setError(`Utkastet sparades inte: ${errorMessage(e)} Det du skrivit finns kvar.`);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSaving(false);
    }
  }

  const errorEntries = Object.entries(form.errors).filter(([, message]) => message);

  return (
    <form onSubmit={submit} aria-label="Redigera insats" noValidate>
      <Stack>
        {error && (
          <Alert color="red" title="Inte sparat" role="alert" variant="light" ref={summaryRef} tabIndex={-1} data-testid="fel-sammanfattning">
            <Text size="sm">{error}</Text>
            {errorEntries.length > 0 && (
              <List size="sm" mt="xs">
                {errorEntries.map(([path, message]) => (
                  <List.Item key={path}>
                    <Anchor component="button" type="button" size="sm" c="red.9" fw={600} underline="always" onClick={() => focusField(path)}>
                      {fieldLabel(path)}
                    </Anchor>
                    : {message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {outdated && !conflict && (
          <Alert
            color="orange"
            variant="light"
            role="status"
            title="Någon annan har sparat utkastet"
            data-testid="andrat-av-annan"
            styles={{ title: { color: '#7a2e00' } }}
          >
            <Text size="sm">
              Utkastet har sparats av någon annan medan du redigerade (revision {outdated.revision}). Dina ändringar är inte sparade och finns kvar här; de har
              inte skrivits över.
            </Text>
            <Button
              mt="xs"
              size="xs"
              variant="default"
              onClick={() => void openMerge(form.getValues(), 'Jämför dina ändringar med den andras och välj fält för fält.')}
            >
              Jämför och slå ihop
            </Button>
          </Alert>
        )}
        {conflict && (
          <MergeDraft
            key={conflict.theirs.revision}
            conflict={conflict}
            names={names}
            saving={saving}
            onSave={(content, revision) => void save(content, revision)}
            onCancel={() => {
              // back to the form with the user's values; the next save merges again
              setConflict(null);
            }}
          />
        )}
        {children}
        <Paper withBorder p="md" component="section">
          <Title order={3} size="h4" mb="sm">
            Grunduppgifter
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label="Namn" withAsterisk {...form.getInputProps('namn')} description={notes('namn')} />
            <TextInput label="Utförare" description={notes('utforare') ?? 'Enheten eller verksamheten som ger insatsen'} {...form.getInputProps('utforare')} />
            <Select
              label="Enhet"
              clearable
              searchable
              data={enhetOptions}
              nothingFoundMessage="Ingen enhet med det namnet"
              {...form.getInputProps('enhetId')}
              value={values.enhetId === null ? null : String(values.enhetId)}
              onChange={(v) => form.setFieldValue('enhetId', v ? Number(v) : null)}
              description={notes('enhetId')}
            />
            <Select
              label="Kategori"
              clearable
              data={(org.data?.kategorier ?? []).map((k) => ({ value: String(k.id), label: k.namn }))}
              {...form.getInputProps('kategoriId')}
              value={values.kategoriId === null ? null : String(values.kategoriId)}
              onChange={(v) => form.setFieldValue('kategoriId', v ? Number(v) : null)}
              description={notes('kategoriId')}
            />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p="md" component="section">
          <Title order={3} size="h4" mb="sm">
            Innehåll och genomförande
          </Title>
          <Stack>
            <Textarea label="Innehåll och genomförande" autosize minRows={4} {...form.getInputProps('innehall')} description={notes('innehall')} />
            <Select
              label="Form"
              clearable
              data={FORMS.map((f) => ({ value: f, label: FORM_LABELS[f] }))}
              {...form.getInputProps('form')}
              value={values.form}
              onChange={(v) => form.setFieldValue('form', (v as InsatsContent['form']) ?? null)}
              description={notes('form')}
              w={{ base: '100%', md: 320 }}
            />
            <Fieldset legend={`Metoder (${values.metoder.length})`}>
              <Stack>
                {notes('metoder')}
                {values.metoder.map((m, i) => (
                  <Paper key={i} withBorder p="sm" data-testid="metod">
                    <Group justify="space-between" mb="xs">
                      <Text fw={600}>
                        Metod {i + 1}
                        {m.namn.trim() ? `: ${m.namn.trim()}` : ''}
                      </Text>
                      <MoveButtons
                        what={`metod ${i + 1}`}
                        index={i}
                        count={values.metoder.length}
                        onMove={(to) => form.reorderListItem('metoder', { from: i, to })}
                        onRemove={() => form.removeListItem('metoder', i)}
                      />
                    </Group>
                    <SimpleGrid cols={{ base: 1, md: 2 }}>
                      <TextInput label={`Metod ${i + 1}, namn`} withAsterisk {...form.getInputProps(`metoder.${i}.namn`)} />
                      <TextInput label={`Metod ${i + 1}, omfattning`} placeholder="t.ex. 8–10 träffar" {...form.getInputProps(`metoder.${i}.omfattning`)} />
                      <Textarea label={`Metod ${i + 1}, beskrivning`} autosize {...form.getInputProps(`metoder.${i}.beskrivning`)} />
                      <Textarea label={`Metod ${i + 1}, målgrupp`} autosize {...form.getInputProps(`metoder.${i}.malgrupp`)} />
                    </SimpleGrid>
                  </Paper>
                ))}
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => form.insertListItem('metoder', { namn: '', beskrivning: '', malgrupp: '', omfattning: '' })}
                >
                  Lägg till metod
                </Button>
              </Stack>
            </Fieldset>
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section">
          <Title order={3} size="h4" mb="sm">
            Målgrupp och villkor
          </Title>
          <Stack>
            <Textarea label="Målgrupp" autosize minRows={2} {...form.getInputProps('malgrupp')} description={notes('malgrupp')} />
            <Group align="flex-start">
              <NumberInput
                label="Målgruppens ålder från"
                min={0}
                max={120}
                w={220}
                data-path={`${FORM_NAME}-malgruppAlder.min`}
                value={values.malgruppAlder?.min ?? ''}
                onChange={(v) => form.setFieldValue('malgruppAlder', ageRange(v, values.malgruppAlder?.max ?? null))}
                error={form.errors['malgruppAlder.min']}
              />
              <NumberInput
                label="Målgruppens ålder till och med"
                min={0}
                max={120}
                w={260}
                data-path={`${FORM_NAME}-malgruppAlder.max`}
                value={values.malgruppAlder?.max ?? ''}
                onChange={(v) => form.setFieldValue('malgruppAlder', ageRange(values.malgruppAlder?.min ?? null, v))}
                error={form.errors['malgruppAlder.max'] ?? form.errors['malgruppAlder']}
              />
              <Text size="sm" mt={30} maw={320}>
                I hela år. Lämna en gräns tom om den inte finns, t.ex. ”från 18” för vuxna.
              </Text>
            </Group>
            {notes('malgruppAlder')}
            <Fieldset legend={`Villkor (${values.villkor.length})`}>
              <Stack>
                {notes('villkor')}
                {values.villkor.map((v, i) => (
                  <Paper key={i} withBorder p="sm" data-testid="villkor">
                    <Stack gap="xs">
                      <Group justify="space-between" align="flex-end">
                        <Select
                          label={`Villkor ${i + 1}, typ`}
                          allowDeselect={false}
                          data={VILLKOR_TYPES.map((t) => ({ value: t, label: VILLKOR_LABELS[t] }))}
                          {...form.getInputProps(`villkor.${i}.typ`)}
                          onChange={(t) => t && form.setFieldValue(`villkor.${i}`, changeVillkorTyp(v, t as Villkor['typ']))}
                          w={{ base: '100%', md: 380 }}
                        />
                        <MoveButtons
                          what={`villkor ${i + 1}`}
                          index={i}
                          count={values.villkor.length}
                          onMove={(to) => form.reorderListItem('villkor', { from: i, to })}
                          onRemove={() => form.removeListItem('villkor', i)}
                        />
                      </Group>
                      {v.typ === 'alder' && (
                        <Group align="flex-start">
                          <NumberInput
                            label={`Villkor ${i + 1}, från ålder`}
                            min={0}
                            max={120}
                            w={200}
                            {...numberProps(form.getInputProps(`villkor.${i}.alderMin`))}
                          />
                          <NumberInput
                            label={`Villkor ${i + 1}, till och med ålder`}
                            min={0}
                            max={120}
                            w={240}
                            {...numberProps(form.getInputProps(`villkor.${i}.alderMax`))}
                          />
                        </Group>
                      )}
                      {v.typ === 'folkbokford' && (
                        <SimpleGrid cols={{ base: 1, md: 2 }}>
                          <TextInput label={`Villkor ${i + 1}, kommun`} {...form.getInputProps(`villkor.${i}.kommun`)} />
                          <TextInput
                            label={`Villkor ${i + 1}, undantag`}
                            description="t.ex. en natt för den som inte är folkbokförd"
                            {...form.getInputProps(`villkor.${i}.undantag`)}
                          />
                        </SimpleGrid>
                      )}
                      {v.typ === 'tidigareInsats' && (
                        <TextInput
                          label={`Villkor ${i + 1}, insats som personen ska ha haft`}
                          placeholder="t.ex. Bostad Först"
                          {...form.getInputProps(`villkor.${i}.tidigareInsats`)}
                        />
                      )}
                      {v.typ === 'dokument' && (
                        <TextInput
                          label={`Villkor ${i + 1}, dokument att visa upp`}
                          placeholder="t.ex. hyreskontrakt"
                          {...form.getInputProps(`villkor.${i}.dokument`)}
                        />
                      )}
                      <Textarea
                        label={
                          v.typ === 'lamplighetsbedomning'
                            ? `Villkor ${i + 1}, nämndens lämplighetsbedömning`
                            : `Villkor ${i + 1}, villkoret som det står i dokumentet`
                        }
                        autosize
                        {...form.getInputProps(`villkor.${i}.text`)}
                      />
                      {notes(`villkor.${i}.text`)}
                      <Textarea label={`Villkor ${i + 1}, motivering`} autosize {...form.getInputProps(`villkor.${i}.motivering`)} />
                      {notes(`villkor.${i}.motivering`)}
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
              error={form.errors['aktualisering.kanaler']}
            >
              <Group mt="xs">
                {AKTUALISERING_KANALER.map((k) => (
                  <Checkbox key={k} value={k} label={AKTUALISERING_LABELS[k]} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea label="Aktualisering, beskrivning" autosize {...form.getInputProps('aktualisering.text')} description={notes('aktualisering')} />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section">
          <Title order={3} size="h4" mb="sm">
            Dokumentation och uppföljning
          </Title>
          <Stack>
            <Select
              label="Dokumentation"
              allowDeselect={false}
              data={DOKUMENTATION_REGIMES.map((r) => ({ value: r, label: DOKUMENTATION_LABELS[r] }))}
              {...form.getInputProps('dokumentation.regim')}
              description={notes('dokumentation.regim')}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label="Dokumentationssystem"
                placeholder="t.ex. Lifecare IFO"
                {...form.getInputProps('dokumentation.system')}
                description={notes('dokumentation.system')}
              />
              <Select
                label="Uppföljning"
                clearable
                data={UPPFOLJNING_TYPES.map((t) => ({ value: t, label: UPPFOLJNING_LABELS[t] }))}
                {...form.getInputProps('uppfoljning.typ')}
                value={values.uppfoljning.typ}
                onChange={(v) => form.setFieldValue('uppfoljning.typ', (v as InsatsContent['uppfoljning']['typ']) ?? null)}
                description={notes('uppfoljning')}
              />
            </SimpleGrid>
            <Textarea label="Dokumentation, anteckningar" autosize {...form.getInputProps('dokumentation.anteckningar')} />
            <Textarea label="Uppföljning, beskrivning" autosize {...form.getInputProps('uppfoljning.text')} />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section">
          <Title order={3} size="h4" mb="sm">
            Ändringssammanfattning
          </Title>
          <Textarea
            label="Vad har ändrats jämfört med föregående version?"
            withAsterisk={needsSummary}
            description={
              needsSummary ? 'Krävs innan versionen lämnas som förslag. Ett par meningar räcker.' : 'Den första versionen behöver ingen ändringssammanfattning.'
            }
            autosize
            minRows={2}
            {...form.getInputProps('andringssammanfattning')}
          />
          {needsSummary && !values.andringssammanfattning.trim() && (
            <Text size="sm" mt={4} c="orange.9">
              Ändringssammanfattningen är tom. Utkastet går att spara, men inte att lämna som förslag.
            </Text>
          )}
          {notes('andringssammanfattning')}
        </Paper>

        <Group className="spara-rad">
          <RoleGate action="utkast">
            {(gate) => (
              <Button type="submit" loading={saving} {...gate}>
                Spara utkast
              </Button>
            )}
          </RoleGate>
          <Button
            variant="default"
            disabled={!form.isDirty() || saving}
            onClick={() => {
              form.reset();
              setAttempted(false);
              setError(null);
            }}
          >
            Ångra ändringarna
          </Button>
          <Text size="sm" role="status" data-testid="spara-status">
            {form.isDirty() ? 'Ändringar som inte är sparade (Ctrl+S sparar)' : savedAt ? `Sparat ${savedAt}` : 'Allt är sparat'}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

function MoveButtons({ what, index, count, onMove, onRemove }: { what: string; index: number; count: number; onMove(to: number): void; onRemove(): void }) {
  return (
    <Group gap={4}>
      <ActionIcon variant="subtle" color="gray.8" aria-label={`Flytta upp ${what}`} disabled={index === 0} onClick={() => onMove(index - 1)}>
        ↑
      </ActionIcon>
      <ActionIcon variant="subtle" color="gray.8" aria-label={`Flytta ner ${what}`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        ↓
      </ActionIcon>
      <Button variant="subtle" color="red" c="red.9" size="xs" onClick={onRemove}>
        Ta bort {what}
      </Button>
    </Group>
  );
}

function ageRange(min: number | string | null, max: number | string | null): InsatsContent['malgruppAlder'] {
  const a = typeof min === 'number' ? min : null;
  const b = typeof max === 'number' ? max : null;
  return a === null && b === null ? null : { min: a, max: b };
}

/** NumberInput gives '' for an empty field; the model stores null. */
function numberProps<P extends { value?: unknown; onChange: (v: unknown) => void }>(props: P) {
  return { ...props, value: (props.value as number | null) ?? '', onChange: (v: number | string) => props.onChange(typeof v === 'number' ? v : null) };
}

function AddVillkor({ onAdd }: { onAdd(typ: Villkor['typ']): void }) {
  const [typ, setTyp] = useState<string | null>('alder');
  return (
    <Group align="flex-end">
      <Select
        label="Nytt villkor av typen"
        data={VILLKOR_TYPES.map((t) => ({ value: t, label: VILLKOR_LABELS[t] }))}
        value={typ}
        onChange={setTyp}
        allowDeselect={false}
        w={{ base: '100%', md: 380 }}
      />
      <Button variant="default" onClick={() => typ && onAdd(typ as Villkor['typ'])}>
        Lägg till villkor
      </Button>
    </Group>
  );
}
