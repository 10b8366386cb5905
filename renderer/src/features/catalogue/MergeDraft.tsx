// The merge screen after a conflict: someone else saved the draft while the user was editing it. Every
// field where the two differ is shown with "Din ändring" beside "Den andras ändring"; a field only one
// side changed is preselected to that side, a field both changed must be chosen. Saving stores the
// merged content against the other person's revision; nothing either person wrote disappears unseen.
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { VersionDto } from '../../../../shared/api/catalogue-contract';
import type { NameLookup } from '../../../../shared/domain/diff';
import type { InsatsContent } from '../../../../shared/domain/insats';
import { applyMerge, mergeRows, unresolved, type MergeChoice, type MergeField } from '../../../../shared/domain/merge';

export interface Conflict {
  /** What the user's form was based on, what they have now, and the version as the other person saved it. */
  base: InsatsContent;
  mine: InsatsContent;
  theirs: VersionDto;
  message: string;
}

const CHANGED_BY: Record<'both' | 'mine' | 'theirs', string> = {
  both: 'Ni har båda ändrat fältet: välj vilken ändring som ska gälla.',
  mine: 'Bara du har ändrat fältet.',
  theirs: 'Bara den andra har ändrat fältet.',
};

export function MergeDraft({
  conflict,
  names,
  saving,
  onSave,
  onCancel,
}: {
  conflict: Conflict;
  names: NameLookup;
  saving: boolean;
  onSave(content: InsatsContent, revision: number): void;
  onCancel(): void;
}) {
  const rows = useMemo(() => mergeRows(conflict.base, conflict.mine, conflict.theirs.content, names), [conflict, names]);
  const [choices, setChoices] = useState<Partial<Record<MergeField, MergeChoice>>>(() =>
    Object.fromEntries(rows.filter((r) => r.suggested).map((r) => [r.field, r.suggested])),
  );
  const [attempted, setAttempted] = useState(false);
  const open = unresolved(rows, choices);

  function save() {
    setAttempted(true);
    if (open.length > 0) return;
    onSave(applyMerge(conflict.mine, conflict.theirs.content, choices), conflict.theirs.revision);
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="merge-title" data-testid="sammanslagning">
      <Stack>
        <Title order={3} size="h4" id="merge-title">
          Slå ihop med den andras ändring
        </Title>
        <Alert color="orange" variant="light" role="alert" title="Någon annan har sparat utkastet" styles={{ title: { color: '#7a2e00' } }}>
          <Text size="sm">{conflict.message}</Text>
        </Alert>
        {rows.length === 0 ? (
          <Text size="sm">Era ändringar är likadana. Spara för att bekräfta.</Text>
        ) : (
          <Text size="sm">
            {rows.length === 1 ? 'Ett fält skiljer sig' : `${rows.length} fält skiljer sig`}. Välj för varje fält vilken ändring som ska gälla. Du kan fortsätta
            redigera efteråt.
          </Text>
        )}
        {rows.map((r) => (
          <Paper key={r.field} withBorder p="sm" data-testid={`merge-${r.field}`}>
            <Radio.Group
              label={r.label}
              description={CHANGED_BY[r.changedBy]}
              value={choices[r.field] ?? null}
              onChange={(v) => setChoices((c) => ({ ...c, [r.field]: v as MergeChoice }))}
              error={attempted && !choices[r.field] ? 'Välj din ändring eller den andras.' : undefined}
            >
              <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
                <Stack gap={4}>
                  <Radio value="mine" label="Din ändring" />
                  <Text size="sm" className="merge-text" data-testid="din-andring">
                    {r.mine || '(tomt)'}
                  </Text>
                </Stack>
                <Stack gap={4}>
                  <Radio value="theirs" label="Den andras ändring" />
                  <Text size="sm" className="merge-text" data-testid="den-andras-andring">
                    {r.theirs || '(tomt)'}
                  </Text>
                </Stack>
              </SimpleGrid>
            </Radio.Group>
          </Paper>
        ))}
        {attempted && open.length > 0 && (
          <Text size="sm" c="red.9" role="status">
            Välj vilken ändring som ska gälla i: {open.map((r) => r.label).join(', ')}.
          </Text>
        )}
        <Group>
          <Button onClick={save} loading={saving}>
            Spara sammanslagningen
          </Button>
          <Button variant="default" onClick={onCancel} disabled={saving}>
            Tillbaka till mina ändringar
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
