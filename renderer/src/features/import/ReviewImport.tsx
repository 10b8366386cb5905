// Step 2: every proposed insats beside its source text, editable; the decision; the warnings. Nothing
// is written until "Importera" — then the whole import is one transaction, and Katalog opens.
import { useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { Accordion, Badge, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AppliedProfile } from '../../../../shared/import/import-profile';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProposedDecision } from './ProposedDecision';
import { kommunNamn } from '../../../../shared/domain/kommun-namn';
import { navigate } from '../../router';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { DecisionReview } from './DecisionReview';
import { ImportWarnings } from './ImportWarnings';
import { ReviewInsatsPanel } from './ReviewInsatsPanel';
import { initialReview, insatsLabel, insatserWithErrors, reviewedCatalogue, validateReview, type ReviewValues } from './review-form';

const FORMAT_LABELS: Record<ImportProposal['format'], string> = { docx: 'Word', pdf: 'PDF', text: 'text', xlsx: 'Excel', csv: 'CSV', html: 'webbsida' };

export interface ReviewImportProps {
  proposal: ImportProposal;
  /** The mapping choices to save as the kommun's import profile with the import. */
  profile?: AppliedProfile;
  /** The mapping step (MappingPanel), shown under the warnings. */
  mapping?: ReactNode;
  onCancel(): void;
}

export function ReviewImport({ proposal, profile, mapping, onCancel }: ReviewImportProps) {
  const form = useForm<ReviewValues>({ initialValues: initialReview(proposal), validate: validateReview });
  const [open, setOpen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Until the import is confirmed, leaving (in the app, or closing/reloading the window) asks first.
  const imported = useRef(false);
  useLeaveGuard(() => !imported.current, 'Importen är inte sparad. Vill du lämna sidan ändå?');

  const included = form.values.insatser.filter((i) => i.include).length;
  const total = form.values.insatser.length;

  async function confirm(values: ReviewValues) {
    setSaving(true);
    setError(null);
    try {
      await api('import/confirm', { catalogue: reviewedCatalogue(proposal, values), fileName: proposal.fileName, prose: proposal.prose, profile });
      imported.current = true;
      navigate('/katalog');
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error.message : errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  function showErrors(errors: Record<string, unknown>) {
    const indices = insatserWithErrors(errors);
    setOpen((o) => [...new Set([...o, ...indices.map((i) => form.values.insatser[i].source.fromLine.toString())])]);
    const names = indices.map((i) => insatsLabel(form.values.insatser[i]));
    const parts = [
      errors.insatser ? String(errors.insatser) : '',
      errors.annanKommun ? String(errors.annanKommun) : '',
      names.length ? `Rätta de markerade fälten i ${names.join(', ')}.` : '',
      Object.keys(errors).some((k) => k.startsWith('beslut.')) ? 'Rätta beslutsuppgifterna eller välj bort beslutet.' : '',
    ];
    setError(`Inget har importerats. ${parts.filter(Boolean).join(' ')}`);
  }

  return (
    // Mantine's default error red is below AA contrast on white; the darker red keeps field errors readable.
    <form
      onSubmit={form.onSubmit(confirm, showErrors)}
      aria-label="Granska importen"
      style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties}
    >
      <Stack>
        <Paper withBorder p="md">
          <Text>
            <strong>{proposal.fileName}</strong> ({FORMAT_LABELS[proposal.format]}): {total} insatser hittades, grupperade efter{' '}
            {proposal.grouping === 'sektor' ? 'sektor och enhet' : 'kategori'}.
          </Text>
          {proposal.titel && <Text size="sm">Dokumentets titel: {proposal.titel}</Text>}
          <Text size="sm">Granska varje insats mot texten den kommer ifrån. Ingenting sparas förrän du väljer Importera.</Text>
        </Paper>
        <ImportWarnings warnings={proposal.warnings} />
        {proposal.warnings.some((w) => w.code === 'other_kommun') && (
          <Checkbox
            label={`Dokumentet ska importeras till den här katalogen fast det gäller ${proposal.namedKommun ? kommunNamn(proposal.namedKommun) : 'en annan kommun'}`}
            {...form.getInputProps('annanKommunBekraftad', { type: 'checkbox' })}
          />
        )}
        <ProposedDecision proposal={proposal} />
        {mapping}
        <DecisionReview form={form} proposal={proposal} />
        <Group justify="space-between">
          <Text fw={600} id="insatser-rubrik">
            Insatser ({included} av {total} tas med)
          </Text>
          <Group gap="xs">
            <Button variant="subtle" size="xs" onClick={() => setOpen(form.values.insatser.map((i) => i.source.fromLine.toString()))}>
              Visa alla
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setOpen([])}>
              Dölj alla
            </Button>
          </Group>
        </Group>
        <Accordion multiple value={open} onChange={setOpen} variant="separated" aria-labelledby="insatser-rubrik">
          {form.values.insatser.map((insats, index) => {
            const key = insats.source.fromLine.toString();
            const problems = insats.unrecognised.length + (insats.empty ? 1 : 0);
            return (
              <Accordion.Item key={key} value={key} data-testid="import-insats">
                <Accordion.Control>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} td={insats.include ? undefined : 'line-through'}>
                      {insatsLabel(insats)}
                    </Text>
                    <Text size="sm">14 kap. {insats.content.dokumentation.regim.slice(3)} §</Text>
                    <Text size="sm">· {insats.content.villkor.length} villkor</Text>
                    {!insats.include && (
                      <Badge color="gray.8" variant="filled">
                        Tas inte med
                      </Badge>
                    )}
                    {insats.empty && (
                      <Badge color="red.9" variant="filled">
                        Ingen text i dokumentet
                      </Badge>
                    )}
                    {problems > 0 && !insats.empty && (
                      <Badge color="dark" variant="outline">
                        {problems} att kontrollera
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>{open.includes(key) && <ReviewInsatsPanel form={form} index={index} grouping={proposal.grouping} />}</Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
        <ErrorAlert message={error} title="Inte importerat" />
        <Group>
          <Button type="submit" loading={saving} disabled={included === 0}>
            Importera {included} {included === 1 ? 'insats' : 'insatser'}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              if (window.confirm('Avbryta importen? Inget har sparats.')) onCancel();
            }}
          >
            Avbryt
          </Button>
          <Text size="sm">
            {form.values.registreraBeslut ? 'Beslutet registreras från diariet.' : 'Inget beslut registreras; insatserna importeras som utkast.'}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
