// Choosing the insats versions an ärende proposes for decision: one, several, a whole kategori or enhet, or the
// whole catalogue at once ("Välj alla"), as seed 002 adopted 25 insatser in one decision.
import { Checkbox, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { InsatsListRow } from '../../../../shared/api/catalogue-contract';

function groupName(r: InsatsListRow): string {
  if (r.enhetNamn) return r.sektorNamn ? `${r.sektorNamn} – ${r.enhetNamn}` : r.enhetNamn;
  return r.kategoriNamn ?? 'Utan kategori';
}

export function VersionPicker({ rows, value, onChange, legend }: { rows: InsatsListRow[]; value: number[]; onChange(ids: number[]): void; legend: string }) {
  const chosen = new Set(value);
  const groups = new Map<string, InsatsListRow[]>();
  for (const r of rows) groups.set(groupName(r), [...(groups.get(groupName(r)) ?? []), r]);
  const setMany = (ids: number[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(rows.map((r) => r.versionId).filter((id) => next.has(id)));
  };
  const allIds = rows.map((r) => r.versionId);
  const allOn = allIds.length > 0 && allIds.every((id) => chosen.has(id));
  const someOn = allIds.some((id) => chosen.has(id));
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" px={4}>
        {legend}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">Inga insatser är redo för beslut. En version blir redo för beslut i Katalog när alla kontroller är gjorda.</Text>
      ) : (
        <Stack gap="sm">
          <Checkbox
            label={`Välj alla (${rows.length} insatser)`}
            checked={allOn}
            indeterminate={someOn && !allOn}
            onChange={(e) => setMany(allIds, e.currentTarget.checked)}
            fw={600}
          />
          <Text size="sm" aria-live="polite">
            {value.length} av {rows.length} valda
          </Text>
          {[...groups.entries()].map(([name, members]) => {
            const ids = members.map((m) => m.versionId);
            const on = ids.every((id) => chosen.has(id));
            const some = ids.some((id) => chosen.has(id));
            return (
              <Stack key={name} gap={4}>
                <Checkbox
                  label={`Alla i ${name}`}
                  checked={on}
                  indeterminate={some && !on}
                  onChange={(e) => setMany(ids, e.currentTarget.checked)}
                  fw={600}
                  size="sm"
                />
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing={4} verticalSpacing={4} pl="lg">
                  {members.map((r) => (
                    <Checkbox
                      key={r.versionId}
                      size="sm"
                      label={`${r.nummer ? `${r.nummer} ` : ''}${r.namn} (version ${r.versionNo})`}
                      checked={chosen.has(r.versionId)}
                      onChange={(e) => setMany([r.versionId], e.currentTarget.checked)}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
