// A tjänsteskrivelse proposes a decision: its numbered "Förslag till beslut", shown so the secretary can
// take the points over as the ärende's beslutstext (copied as one text, numbered as in the memo).
import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ImportProposal } from '../../../../shared/import/proposal';

function proposedDecisionText(points: readonly string[]): string {
  return points.map((p, k) => `${k + 1}. ${p}`).join('\n');
}

export function ProposedDecision({ proposal }: { proposal: ImportProposal }) {
  const [copied, setCopied] = useState<string | null>(null);
  const points = proposal.forslagTillBeslut ?? [];
  if (!proposal.tjansteskrivelse || points.length === 0) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(proposedDecisionText(points));
      setCopied('Förslaget till beslut är kopierat. Klistra in det som beslutstext när ärendet registreras.');
    } catch {
      setCopied('Det gick inte att kopiera automatiskt. Markera texten och kopiera den.');
    }
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="forslag-till-beslut">
      <Stack gap="xs">
        <Title order={3} size="h4" id="forslag-till-beslut">
          Förslag till beslut
        </Title>
        <Text size="sm">Dokumentet är en tjänsteskrivelse. Förvaltningen föreslår att nämnden beslutar</Text>
        <List type="ordered" size="sm" spacing={4} data-testid="forslag-till-beslut">
          {points.map((p, k) => (
            <List.Item key={k}>{p}</List.Item>
          ))}
        </List>
        <div>
          <Button variant="light" size="xs" onClick={() => void copy()}>
            Kopiera som beslutstext
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {copied && <Text size="sm">{copied}</Text>}
        </div>
      </Stack>
    </Paper>
  );
}
