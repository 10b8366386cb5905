// The steps an official takes with a version (Lämna som förslag, Markera redo för beslut, Återta till
// utkast). The service decides: a refused step shows its Swedish reasons here. The nämnd's decision is
// recorded elsewhere (Sammanträden och beslut), so it is only pointed to.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { transitionsFrom, type Transition } from '../../../../shared/domain/lifecycle';
import { STATUS_LABELS, type VersionStatus } from '../../../../shared/domain/status';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { useUnsaved } from './version-state';
import { RoleGate } from '../session/permissions';

const HINTS: Partial<Record<VersionStatus, string>> = {
  utkast: 'Utkastet kan ändras. När det är klart lämnas det som förslag för beredning.',
  aterremitterad: 'Nämnden har återremitterat förslaget. Ändra det och lämna det som förslag igen.',
  forslag: 'Förslaget bereds och kan inte ändras. När granskningen saknar spärrar markeras det redo för beslut.',
  redo_for_beslut: 'Förslaget väntar på nämndens beslut, som registreras under Sammanträden och beslut.',
};

interface Refusal {
  label: string;
  message: string;
  reasons: string[];
}

export function LifecycleActions({ versionId, status, onChanged }: { versionId: number; status: VersionStatus; onChanged(): void }) {
  const unsaved = useUnsaved(versionId);
  const [pending, setPending] = useState<Transition | null>(null);
  // The dialog keeps its text while it fades out after closing.
  const [shown, setShown] = useState<Transition | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [needsSave, setNeedsSave] = useState(false);

  const steps = transitionsFrom(status).filter((t) => t.trigger === 'user');
  const awaitsDecision = transitionsFrom(status).some((t) => t.trigger === 'decision');
  if (steps.length === 0 && !awaitsDecision) return null;

  function start(step: Transition) {
    setRefusal(null);
    setDone(null);
    if (unsaved) {
      setNeedsSave(true);
      return;
    }
    setNeedsSave(false);
    setReason('');
    setPending(step);
    setShown(step);
  }

  async function confirm() {
    if (!pending) return;
    const step = pending;
    setBusy(true);
    try {
      const v = await api('versions/transition', { versionId, to: step.to, reason: reason.trim() || undefined });
      setDone(`Klart: versionen är nu ”${STATUS_LABELS[v.status]}”.`);
      setPending(null);
      onChanged();
    } catch (e) {
      const issues = e instanceof ApiCallError ? (e.error.issues ?? []) : [];
      setRefusal({
        label: step.label,
        message: issues.length > 0 ? `”${step.label}” gick inte.` : errorMessage(e),
        reasons: issues.map((i) => i.message),
      });
      setPending(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="sm" data-testid="arbetsgang">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Text fw={700}>Arbetsgång</Text>
          {steps.map((step) => (
            <RoleGate key={step.to} action="utkast">
              {(gate) => (
                <Button variant={step.to === 'utkast' ? 'default' : 'filled'} onClick={() => start(step)} {...gate}>
                  {step.label}
                </Button>
              )}
            </RoleGate>
          ))}
          {awaitsDecision && <Anchor href="#/beslut">Till Sammanträden och beslut</Anchor>}
        </Group>
        {HINTS[status] && <Text size="sm">{HINTS[status]}</Text>}
        {needsSave && unsaved && (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title="Spara utkastet först"
            styles={{ title: { color: '#212529' }, message: { color: '#212529' } }}
          >
            Du har ändringar som inte är sparade. Lagkontrollen och förslaget gäller den sparade versionen.
          </Alert>
        )}
        {refusal && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={refusal.message}
            data-testid="steg-nekat"
            styles={{ title: { color: '#212529' }, message: { color: '#212529' } }}
          >
            {refusal.reasons.length > 0 && (
              <List size="sm" spacing={4}>
                {refusal.reasons.map((r, i) => (
                  <List.Item key={i}>{r}</List.Item>
                ))}
              </List>
            )}
            <Text size="sm" mt="xs">
              Se fliken Lagkontroll för alla fynd.
            </Text>
          </Alert>
        )}
        {done && (
          <Text size="sm" role="status">
            {done}
          </Text>
        )}
      </Stack>
      <Modal opened={pending !== null} onClose={() => setPending(null)} title={shown?.label ?? ''} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <Stack>
            <Text size="sm">
              Versionen går från ”{shown ? STATUS_LABELS[shown.from] : ''}” till ”{shown ? STATUS_LABELS[shown.to] : ''}”. Steget registreras i tidslinjen och
              granskningsloggen med ditt namn.
            </Text>
            <Textarea label="Kommentar till tidslinjen (valfri)" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                Avbryt
              </Button>
              <Button type="submit" loading={busy}>
                {shown?.label ?? ''}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
