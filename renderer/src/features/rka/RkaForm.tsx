// The analysis as a form: @mantine/form validated by the same zod schema the main process uses, every
// section with its label and guidance, what is still missing listed live (the same rule the service and the
// legal checks apply), the risk matrix of the risks as they are typed, save and "Markera som klar".
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Checkbox, Group, List, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { RkaDto } from '../../../../shared/api/rka-contract';
import {
  AVIDENTIFIERADE_UPPGIFTER,
  AVIDENTIFIERADE_UPPGIFTER_LABELS,
  AVVAGNING_UTFALL,
  AVVAGNING_UTFALL_LABELS,
  KONSEKVENS_LABELS,
  RISK_LEVELS,
  RISK_NIVA_LABELS,
  RKA_SECTION_LABELS,
  RKA_SECTIONS,
  SANNOLIKHET_LABELS,
  SARSKILDA_SKAL,
  SARSKILDA_SKAL_LABELS,
  highRiskConfirmation,
  riskId,
  riskNiva,
  riskScore,
  rkaContentSchema,
  rkaMissingSections,
  type AvvagningUtfall,
  type Risk,
  type RkaContent,
  type RkaSection,
} from '../../../../shared/domain/rka';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConflictNotice, conflictFields, isConflict, type ConflictInfo } from '../../components/ConflictNotice';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { RiskMatrix } from './RiskMatrix';
import { NIVA_COLORS, RKA_GUIDANCE, SUGGESTED_RISKS } from './rka-texts';
import { RoleGate } from '../session/permissions';

/** Unsaved edits survive switching tabs (the tab panels unmount); cleared when saved. */
const unsaved = new Map<number, RkaContent>();

const sectionId = (s: RkaSection) => `rka-avsnitt-${s}`;
const blankRisk = (): Risk => ({ beskrivning: '', sannolikhet: 2, konsekvens: 2, atgard: '' });

/** The analysis's parts by their content keys, for the conflict notice. */
const RKA_CONFLICT_LABELS: Record<string, string> = Object.fromEntries(RKA_SECTIONS.map((k) => [k, RKA_SECTION_LABELS[k]]));

export function RkaForm({ dto, onChange }: { dto: RkaDto; onChange(dto: RkaDto): void }) {
  // The revision the form is based on (0: no analysis saved yet); after a conflict, the other's.
  const [revision, setRevision] = useState(dto.revision);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [suggestion, setSuggestion] = useState(SUGGESTED_RISKS[0].key);
  const form = useForm<RkaContent>({
    initialValues: dto.content,
    validate: schemaResolver(rkaContentSchema, { sync: true }),
    validateInputOnChange: true,
    // A refusal describes the analysis as it was; once the user edits, the live list below takes over.
    onValuesChange: () => setError(null),
  });
  const values = form.values;
  const missing = rkaMissingSections(values, { reachesUnder18: dto.reachesUnder18 });

  useEffect(() => {
    const draft = unsaved.get(dto.versionId);
    if (draft) form.setValues(draft);
    // Restore once, on mount.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (form.isDirty()) unsaved.set(dto.versionId, values);
    else unsaved.delete(dto.versionId);
  });

  useLeaveGuard(() => form.isDirty(), 'Du har ändringar i analysen som inte är sparade. Vill du lämna sidan ändå?');

  function showError(e: unknown) {
    setConflict(null);
    if (e instanceof ApiCallError && e.error.code === 'invalid_input' && e.error.issues) {
      for (const issue of e.error.issues) form.setFieldError(issue.path.replace(/^content\./, ''), issue.message);
    }
    setError(errorMessage(e));
  }

  async function save(content: RkaContent): Promise<RkaDto | null> {
    setBusy(true);
    try {
      const saved = await api('rka/save', { versionId: dto.versionId, revision, content });
      setRevision(saved.revision);
      setConflict(null);
      form.setInitialValues(saved.content);
      form.resetDirty(saved.content);
      unsaved.delete(dto.versionId);
      setError(null);
      setSavedAt(new Date().toLocaleTimeString('sv-SE'));
      onChange(saved);
      return saved;
    } catch (e) {
      if (isConflict(e)) {
        // Someone else saved the analysis: show their text beside the form, which keeps the user's.
        const theirs = await api('rka/get', { versionId: dto.versionId }).catch(() => null);
        if (theirs) {
          setRevision(theirs.revision);
          setError(null);
          setConflict({ message: e.message, fields: conflictFields(RKA_CONFLICT_LABELS, content, theirs.content) });
          return null;
        }
      }
      showError(e);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function markComplete() {
    const check = form.validate();
    if (check.hasErrors) {
      setError('Analysen sparades inte: rätta de markerade fälten. Inget av det du skrivit har försvunnit.');
      return;
    }
    if (missing.length > 0) {
      setError(
        `Analysen kan inte markeras som klar förrän allt är ifyllt. ${missing.length === 1 ? 'Ett avsnitt saknas' : `${missing.length} saker saknas`} – se listan ovanför knappen.`,
      );
      return;
    }
    // Two or more high risks: the åtgärder are confirmed to suffice before the analysis is klar.
    const question = highRiskConfirmation(values.risker);
    if (question && !window.confirm(question)) return;
    if ((form.isDirty() || !dto.exists) && !(await save(values))) return;
    setBusy(true);
    try {
      const done = await api('rka/complete', { versionId: dto.versionId, ...(question ? { atgarderRacker: true } : {}) });
      unsaved.delete(dto.versionId);
      setError(null);
      onChange(done);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  }

  const section = (s: RkaSection, children: ReactNode, required = true) => (
    <Paper withBorder p="md" component="section" aria-labelledby={`${sectionId(s)}-rubrik`}>
      <Title order={4} id={`${sectionId(s)}-rubrik`} mb={4}>
        {RKA_SECTION_LABELS[s]}
        {!required && (
          <Text span size="sm" fw={400}>
            {' '}
            (krävs inte för den här insatsen)
          </Text>
        )}
      </Title>
      <Text size="sm" mb="sm" id={`${sectionId(s)}-vagledning`}>
        {RKA_GUIDANCE[s]}
      </Text>
      {children}
    </Paper>
  );

  return (
    <form
      onSubmit={form.onSubmit(
        (v) => void save(v),
        () => setError('Analysen sparades inte: rätta de markerade fälten. Inget av det du skrivit har försvunnit.'),
      )}
      aria-label="Risk- och konsekvensanalys"
    >
      <Stack>
        <Text size="sm" role="status" data-testid="rka-sammanfattning">
          {missing.length === 0
            ? 'Alla avsnitt är ifyllda. Analysen kan markeras som klar.'
            : `${missing.length === 1 ? 'En sak saknas' : `${missing.length} saker saknas`} innan analysen kan markeras som klar – se listan längst ned.`}
        </Text>

        {section(
          'syfteOchKaraktar',
          <Textarea
            label={RKA_SECTION_LABELS.syfteOchKaraktar}
            withAsterisk
            autosize
            minRows={3}
            id={sectionId('syfteOchKaraktar')}
            {...form.getInputProps('syfteOchKaraktar')}
          />,
        )}

        {section(
          'malgruppOchAnonymitet',
          <Textarea
            label={RKA_SECTION_LABELS.malgruppOchAnonymitet}
            withAsterisk
            autosize
            minRows={3}
            id={sectionId('malgruppOchAnonymitet')}
            {...form.getInputProps('malgruppOchAnonymitet')}
          />,
        )}

        {section(
          'sarskildaSkal',
          <Stack>
            <Checkbox.Group
              label="Särskilda skäl enligt lagens förarbeten"
              description="Välj minst ett skäl eller beskriv skälet med egen text."
              value={values.sarskildaSkal.val}
              onChange={(v) => form.setFieldValue('sarskildaSkal.val', v as RkaContent['sarskildaSkal']['val'])}
              error={form.errors['sarskildaSkal.val']}
            >
              <Stack gap="xs" mt="xs">
                {SARSKILDA_SKAL.map((s) => (
                  <Checkbox key={s} value={s} label={SARSKILDA_SKAL_LABELS[s]} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label="Skälen med egna ord"
              description="Andra särskilda skäl, eller hur de valda skälen gäller just den här insatsen."
              autosize
              minRows={2}
              id={sectionId('sarskildaSkal')}
              {...form.getInputProps('sarskildaSkal.egenText')}
            />
          </Stack>,
        )}

        {section(
          'behovIndividuppfoljning',
          <Textarea
            label={RKA_SECTION_LABELS.behovIndividuppfoljning}
            withAsterisk
            autosize
            minRows={3}
            id={sectionId('behovIndividuppfoljning')}
            {...form.getInputProps('behovIndividuppfoljning')}
          />,
        )}

        {section(
          'risker',
          <Stack>
            {values.risker.length === 0 && <Text size="sm">Inga risker har lagts till ännu.</Text>}
            {values.risker.map((risk, i) => {
              const score = riskScore(risk);
              const niva = riskNiva(score);
              return (
                <Paper key={i} withBorder p="sm" data-testid="rka-risk" component="fieldset" style={{ margin: 0 }}>
                  <Text component="legend" fw={700} px={4}>
                    Risk {riskId(i)}
                  </Text>
                  <Stack gap="xs">
                    <Textarea label={`Risk ${riskId(i)}: beskrivning`} withAsterisk autosize {...form.getInputProps(`risker.${i}.beskrivning`)} />
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <NativeSelect
                        label={`Risk ${riskId(i)}: sannolikhet`}
                        data={RISK_LEVELS.map((l) => ({ value: String(l), label: `${l} – ${SANNOLIKHET_LABELS[l]}` }))}
                        value={String(risk.sannolikhet)}
                        onChange={(e) => form.setFieldValue(`risker.${i}.sannolikhet`, Number(e.currentTarget.value))}
                        error={form.errors[`risker.${i}.sannolikhet`]}
                      />
                      <NativeSelect
                        label={`Risk ${riskId(i)}: konsekvens`}
                        data={RISK_LEVELS.map((l) => ({ value: String(l), label: `${l} – ${KONSEKVENS_LABELS[l]}` }))}
                        value={String(risk.konsekvens)}
                        onChange={(e) => form.setFieldValue(`risker.${i}.konsekvens`, Number(e.currentTarget.value))}
                        error={form.errors[`risker.${i}.konsekvens`]}
                      />
                      <div>
                        <Text size="sm" fw={500}>
                          Risknivå
                        </Text>
                        <Text
                          size="sm"
                          fw={700}
                          px="xs"
                          py={6}
                          data-testid="rka-risk-niva"
                          style={{
                            background: NIVA_COLORS[niva].background,
                            borderLeft: `4px solid ${NIVA_COLORS[niva].border}`,
                            color: '#1a1b1e',
                            borderRadius: 4,
                          }}
                        >
                          {RISK_NIVA_LABELS[niva]} (värde {score})
                        </Text>
                      </div>
                    </SimpleGrid>
                    <Textarea
                      label={`Risk ${riskId(i)}: åtgärd`}
                      description="Vad görs för att minska eller hantera risken?"
                      autosize
                      {...form.getInputProps(`risker.${i}.atgard`)}
                    />
                    <Button variant="outline" color="red.9" size="xs" w="fit-content" onClick={() => form.removeListItem('risker', i)}>
                      Ta bort risk {riskId(i)}
                    </Button>
                  </Stack>
                </Paper>
              );
            })}
            <Group align="flex-end">
              <Button variant="light" onClick={() => form.insertListItem('risker', blankRisk())}>
                Lägg till risk
              </Button>
              <NativeSelect
                label="Eller utgå från en vanlig risk"
                data={SUGGESTED_RISKS.map((s) => ({ value: s.key, label: s.label }))}
                value={suggestion}
                onChange={(e) => setSuggestion(e.currentTarget.value)}
              />
              <Button
                variant="default"
                onClick={() => {
                  const s = SUGGESTED_RISKS.find((r) => r.key === suggestion);
                  if (s) form.insertListItem('risker', { ...s.risk });
                }}
              >
                Lägg till förslaget
              </Button>
            </Group>
            <RiskMatrix risker={values.risker} />
          </Stack>,
        )}

        {section(
          'barnetsBasta',
          <Textarea
            label={RKA_SECTION_LABELS.barnetsBasta}
            withAsterisk={dto.reachesUnder18}
            description={
              dto.reachesUnder18
                ? 'Insatsens målgrupp når barn under 18 år: bedömningen krävs.'
                : 'Insatsens målgrupp når inte barn under 18 år: avsnittet är frivilligt.'
            }
            autosize
            minRows={2}
            id={sectionId('barnetsBasta')}
            {...form.getInputProps('barnetsBasta')}
          />,
          dto.reachesUnder18,
        )}

        {section(
          'avvagning',
          <Stack>
            <Radio.Group
              label="Ställningstagande"
              withAsterisk
              value={values.avvagning.utfall ?? ''}
              onChange={(v) => form.setFieldValue('avvagning.utfall', (v || null) as AvvagningUtfall | null)}
              error={form.errors['avvagning.utfall']}
            >
              <Stack gap="xs" mt="xs">
                {AVVAGNING_UTFALL.map((u) => (
                  <Radio key={u} value={u} label={AVVAGNING_UTFALL_LABELS[u]} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label="Slutsats (Bedömning särskilda skäl)"
              description="Texten blir ”Bedömning särskilda skäl” i katalogen och i tjänsteskrivelsen."
              withAsterisk
              autosize
              minRows={3}
              id={sectionId('avvagning')}
              {...form.getInputProps('avvagning.text')}
            />
          </Stack>,
        )}

        {section(
          'avidentifieradeUppgifter',
          <Checkbox.Group
            label="Uppgifter som dokumenteras utan att röja identitet"
            value={values.avidentifieradeUppgifter}
            onChange={(v) => form.setFieldValue('avidentifieradeUppgifter', v as RkaContent['avidentifieradeUppgifter'])}
            error={form.errors['avidentifieradeUppgifter']}
          >
            <Stack gap="xs" mt="xs">
              {AVIDENTIFIERADE_UPPGIFTER.map((u) => (
                <Checkbox key={u} value={u} label={AVIDENTIFIERADE_UPPGIFTER_LABELS[u]} />
              ))}
            </Stack>
          </Checkbox.Group>,
        )}

        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {section(
            'deltagare',
            <Textarea
              label={RKA_SECTION_LABELS.deltagare}
              withAsterisk
              autosize
              minRows={3}
              id={sectionId('deltagare')}
              {...form.getInputProps('deltagare')}
            />,
          )}
          {section('datum', <DateField label="Datum för analysen" withAsterisk id={sectionId('datum')} {...form.getInputProps('datum')} />)}
        </SimpleGrid>

        <Paper withBorder p="md" component="section" aria-labelledby="rka-saknas-rubrik" data-testid="rka-saknas">
          <Title order={4} id="rka-saknas-rubrik" mb="xs">
            {missing.length ? 'Det här saknas innan analysen kan markeras som klar' : 'Allt är ifyllt'}
          </Title>
          {missing.length ? (
            <List spacing={4}>
              {missing.map((m, i) => (
                <List.Item key={i}>
                  <Text span fw={600}>
                    {RKA_SECTION_LABELS[m.section]}:
                  </Text>{' '}
                  {m.message}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">Analysen kan markeras som klar. Den kan sedan inte ändras förrän den öppnas igen.</Text>
          )}
        </Paper>

        <ConflictNotice conflict={conflict} />
        <ErrorAlert message={error} title="Inte klart" />
        <Group>
          <RoleGate action="rka">
            {(gate) => (
              <>
                <Button type="submit" variant="light" loading={busy} {...gate}>
                  Spara utkast
                </Button>
                <Button onClick={() => void markComplete()} disabled={busy || gate.disabled} aria-describedby={gate['aria-describedby']}>
                  Markera som klar
                </Button>
              </>
            )}
          </RoleGate>
          <Text size="sm" role="status">
            {form.isDirty() ? 'Osparade ändringar' : savedAt ? `Sparat ${savedAt}` : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
