// "Lagkontroll": the checklist of one version against SoL (2025:400). Every finding with its severity,
// field and legal reference; false alarms of the rules that allow it can be dismissed with a reason
// (and the dismissal undone); and every rule of the check with its result, so the reader sees what
// was checked, not only what failed.
import { useState } from 'react';
import { Alert, Button, Group, Paper, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type { FindingDto, VersionFindings } from '../../../../shared/api/checks-contract';
import type { VersionStatus } from '../../../../shared/domain/status';
import { RULE_IDS, RULE_TITLES, ruleTitle } from '../../../../shared/rules/rule-info';
import type { ExcludedKindId } from '../../../../shared/rules/excluded-kind-ids';
import { EXCLUDED_KINDS } from '../../../../shared/rules/excluded-kinds';

const kindLabel = (kindId: string) => EXCLUDED_KINDS.find((k) => k.id === kindId)?.label ?? kindId;
import { api, ApiCallError, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';
import { SEVERITY_STYLE, SeverityLabel } from './finding-notes';
import { fieldLabel } from './finding-slots';
import { checksChanged, useChecksRevision } from './version-state';

type Severity = FindingDto['severity'];
const HEADINGS: Record<Severity, string> = { block: 'Spärrar', warn: 'Varningar', info: 'Information' };
const EMPTY: Record<Severity, string> = {
  block: 'Inga spärrar.',
  warn: 'Inga varningar.',
  info: 'Ingen information.',
};

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function summary(status: VersionStatus, blocks: number): string {
  const count = `${blocks} ${blocks === 1 ? 'spärr' : 'spärrar'}`;
  switch (status) {
    case 'utkast':
    case 'aterremitterad':
      return blocks > 0
        ? `${count} måste åtgärdas innan förslaget kan markeras redo för beslut.`
        : 'Inga spärrar: förslaget kan markeras redo för beslut när det har lämnats som förslag.';
    case 'forslag':
      return blocks > 0 ? `${count} hindrar ”Markera redo för beslut”.` : 'Inga spärrar: förslaget kan markeras redo för beslut.';
    case 'redo_for_beslut':
      return blocks > 0 ? `${count}: återta förslaget till utkast och rätta det innan nämnden beslutar.` : 'Inga spärrar: förslaget väntar på nämndens beslut.';
    default:
      // Decided versions never change; what the checks say now concerns the next version.
      return blocks > 0 ? `${count} enligt dagens kontroll. Versionen är redan behandlad av nämnden och ändras inte; rätta i en ny version.` : 'Inga spärrar.';
  }
}

export function FindingsPanel({ versionId, status }: { versionId: number; status: VersionStatus }) {
  const revision = useChecksRevision(versionId);
  const checked = useApiData(() => api('findings/forVersion', { versionId }), [versionId, status, revision]);
  const data = checked.data;
  if (checked.error) return <ErrorAlert message={checked.error} />;
  if (!data) return <Text>Kontrollerar…</Text>;

  const blocks = data.findings.filter((f) => f.severity === 'block').length;
  return (
    <Stack data-testid="granskning">
      <Title order={3} size="h4">
        Lagkontroll mot socialtjänstlagen
      </Title>
      <Text size="sm">
        Kontrollen gäller den sparade versionen. Spärrar hindrar att förslaget markeras redo för beslut. Varningar bör ses över. Ett fynd som bygger på ordval
        kan avfärdas som falskt larm med en motivering; det visas då som information med motiveringen, så att nämnden ser vad som avfärdats och varför.
      </Text>
      <Alert color={blocks > 0 ? 'red' : 'green'} variant="light" styles={{ message: { color: '#212529' } }} data-testid="granskning-summering">
        {summary(status, blocks)}
      </Alert>
      {(['block', 'warn', 'info'] as const).map((severity) => (
        <FindingGroup
          key={severity}
          severity={severity}
          data={data}
          onChanged={(next) => {
            checked.setData(next);
            checksChanged(versionId);
          }}
        />
      ))}
      <RuleChecklist findings={data.findings} />
    </Stack>
  );
}

function FindingGroup({ severity, data, onChanged }: { severity: Severity; data: VersionFindings; onChanged(next: VersionFindings): void }) {
  const list = data.findings.filter((f) => f.severity === severity);
  const headingId = `granskning-${severity}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {HEADINGS[severity]} ({list.length})
      </Title>
      {list.length === 0 ? (
        <Text size="sm">{EMPTY[severity]}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((f, i) => (
            <li key={`${f.ruleId}-${f.field}-${i}`}>
              <FindingItem finding={f} data={data} onChanged={onChanged} />
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

function FindingItem({ finding, data, onChanged }: { finding: FindingDto; data: VersionFindings; onChanged(next: VersionFindings): void }) {
  const style = SEVERITY_STYLE[finding.severity];
  const dismissal = finding.dismissed ? data.dismissals.find((d) => d.ruleId === finding.ruleId) : undefined;
  const sameRule = data.findings.filter((f) => f.ruleId === finding.ruleId).length;
  const answer = finding.kindId ? (data.kindAnswers ?? []).find((a) => a.kindId === finding.kindId) : undefined;
  return (
    <Paper withBorder p="sm" style={{ borderLeft: `6px solid ${style.border}` }} data-testid="fynd" data-rule={finding.ruleId} data-severity={finding.severity}>
      <Stack gap={4}>
        <Text fw={700}>
          <SeverityLabel severity={finding.severity} /> {ruleTitle(finding.ruleId)}
        </Text>
        <Text size="sm">{finding.message}</Text>
        <Text size="sm">
          <strong>Gäller:</strong> {fieldLabel(finding.field)} · <strong>Lagrum:</strong> {finding.reference}
        </Text>
        {dismissal && (
          <Group gap="sm" align="center">
            <Text size="sm">
              Avfärdat av {dismissal.actor} {when(dismissal.at)}.
            </Text>
            {data.canDismiss && <UndoDismissal versionId={data.versionId} finding={finding} onChanged={onChanged} />}
          </Group>
        )}
        {!finding.dismissed && finding.dismissible && data.canDismiss && (
          <DismissForm versionId={data.versionId} finding={finding} sameRule={sameRule} onChanged={onChanged} />
        )}
        {finding.ruleId === 'excluded-kind-unanswered' && finding.kindId && data.canDismiss && (
          <AnswerKindForm versionId={data.versionId} kindId={finding.kindId} onChanged={onChanged} />
        )}
        {finding.ruleId === 'excluded-kind' && answer && (
          <Group gap="sm" align="center">
            <Text size="sm">
              Besvarat av {answer.actor} {when(answer.at)}.
            </Text>
            {data.canDismiss && <WithdrawAnswer versionId={data.versionId} kindId={answer.kindId} onChanged={onChanged} />}
          </Group>
        )}
        {!finding.dismissed && !finding.dismissible && finding.severity !== 'info' && finding.ruleId !== 'excluded-kind-unanswered' && (
          <Text size="sm">Kan inte avfärdas: regeln gäller uppgifter som saknas. Rätta uppgifterna i utkastet.</Text>
        )}
      </Stack>
    </Paper>
  );
}

function DismissForm({
  versionId,
  finding,
  sameRule,
  onChanged,
}: {
  versionId: number;
  finding: FindingDto;
  sameRule: number;
  onChanged(next: VersionFindings): void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = ruleTitle(finding.ruleId);

  if (!open) {
    return (
      <Button variant="light" size="xs" w="fit-content" onClick={() => setOpen(true)} aria-label={`Avfärda som falskt larm: ${title}`}>
        Avfärda som falskt larm…
      </Button>
    );
  }

  async function submit() {
    setBusy(true);
    try {
      onChanged(await api('findings/dismiss', { versionId, ruleId: finding.ruleId as (typeof RULE_IDS)[number], reason }));
    } catch (e) {
      setError(e instanceof ApiCallError && e.error.issues?.[0] ? e.error.issues[0].message : errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-label={`Avfärda ${title}`}
    >
      <Stack gap="xs">
        <Textarea
          label="Varför är det ett falskt larm?"
          description={
            sameRule > 1
              ? `Motiveringen sparas i granskningsloggen och visas för nämnden. Avfärdandet gäller alla ${sameRule} fynd av typen ”${title}”.`
              : 'Motiveringen sparas i granskningsloggen och visas för nämnden.'
          }
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          // Mantine's default error red is too light for small text on white (WCAG AA).
          styles={{ error: { color: SEVERITY_STYLE.block.color }, input: { color: '#212529' } }}
          data-autofocus
          autoFocus
        />
        <Group gap="sm">
          <Button type="submit" size="xs" loading={busy}>
            Avfärda fyndet
          </Button>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setOpen(false);
              setReason('');
              setError(null);
            }}
          >
            Avbryt
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The user states what the insats is (11 kap. 5 §): a content-only hit is answered, not dismissed. */
function AnswerKindForm({ versionId, kindId, onChanged }: { versionId: number; kindId: string; onChanged(next: VersionFindings): void }) {
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<'ar' | 'ar_inte' | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = kindLabel(kindId);

  if (!open) {
    return (
      <Button variant="light" size="xs" w="fit-content" onClick={() => setOpen(true)}>
        Ange vad insatsen är…
      </Button>
    );
  }

  async function submit() {
    if (answer === '') {
      setError('Välj om insatsen är av typen eller inte.');
      return;
    }
    setBusy(true);
    try {
      onChanged(await api('findings/answerKind', { versionId, kindId: kindId as ExcludedKindId, answer, reason }));
    } catch (e) {
      setError(e instanceof ApiCallError && e.error.issues?.[0] ? e.error.issues[0].message : errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-label={`Ange vad insatsen är: ${label}`}
    >
      <Stack gap="xs">
        <Radio.Group label="Vad är insatsen?" withAsterisk value={answer} onChange={(v) => setAnswer(v as 'ar' | 'ar_inte')}>
          <Stack gap={4} mt={4}>
            <Radio value="ar_inte" label={`Insatsen är inte ${label}`} />
            <Radio value="ar" label={`Insatsen är ${label}`} />
          </Stack>
        </Radio.Group>
        <Textarea
          label="Motivering"
          description="Motiveringen sparas i granskningsloggen och visas för nämnden."
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          styles={{ error: { color: SEVERITY_STYLE.block.color }, input: { color: '#212529' } }}
        />
        <Group gap="sm">
          <Button type="submit" size="xs" loading={busy}>
            Spara svaret
          </Button>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setOpen(false);
              setAnswer('');
              setReason('');
              setError(null);
            }}
          >
            Avbryt
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function WithdrawAnswer({ versionId, kindId, onChanged }: { versionId: number; kindId: string; onChanged(next: VersionFindings): void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="subtle"
        size="xs"
        onClick={async () => {
          try {
            onChanged(await api('findings/withdrawKindAnswer', { versionId, kindId: kindId as ExcludedKindId }));
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
      >
        Ångra svaret
      </Button>
      {error && (
        <Text size="sm" role="alert" c="red.9">
          {error}
        </Text>
      )}
    </>
  );
}

function UndoDismissal({ versionId, finding, onChanged }: { versionId: number; finding: FindingDto; onChanged(next: VersionFindings): void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="subtle"
        size="xs"
        onClick={async () => {
          try {
            onChanged(await api('findings/undismiss', { versionId, ruleId: finding.ruleId as (typeof RULE_IDS)[number] }));
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
        aria-label={`Ångra avfärdandet: ${ruleTitle(finding.ruleId)}`}
      >
        Ångra avfärdandet
      </Button>
      {error && (
        <Text size="sm" role="alert" c="red.9">
          {error}
        </Text>
      )}
    </>
  );
}

const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

function RuleChecklist({ findings }: { findings: FindingDto[] }) {
  return (
    <section aria-labelledby="granskning-kontrollpunkter">
      <Title order={4} size="h5" id="granskning-kontrollpunkter" mb="xs">
        Kontrollpunkter
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kontroll</Table.Th>
            <Table.Th>Resultat</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RULE_IDS.map((id) => {
            const own = findings.filter((f) => f.ruleId === id).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
            const worst = own[0];
            return (
              <Table.Tr key={id} data-testid="kontrollpunkt" data-rule={id}>
                <Table.Td>{RULE_TITLES[id]}</Table.Td>
                <Table.Td>
                  {!worst ? (
                    <span>
                      <span aria-hidden="true">✓ </span>Inga anmärkningar
                    </span>
                  ) : worst.dismissed ? (
                    <SeverityLabel severity="info" text="Avfärdad som falskt larm" colon={false} />
                  ) : (
                    <span>
                      <SeverityLabel severity={worst.severity} colon={false} />
                      {own.length > 1 ? ` (${own.length} fynd)` : ''}
                    </span>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
