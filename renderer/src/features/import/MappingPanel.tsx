// "Tolkning": what the import did not recognise, for the user to name — an unknown label means Målgrupp,
// a column is Villkor, a heading level is an insats. Each choice re-reads the document at once; the
// choices are saved as the kommun's import profile when the import is confirmed.
import { Loader, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportProfile } from '../../../../shared/import/import-profile';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { NoteAlert } from './NoteAlert';
import { COLUMN_OPTIONS, LABEL_OPTIONS, headingLevelsOf, labelRows, withColumn, withLabel } from './import-mapping';

export interface MappingProps {
  proposal: ImportProposal;
  profile: ImportProfile;
  /** The kommun whose saved profile was applied when the document was first read, or null. */
  appliedKommun: string | null;
  /** Each label's spelling as first seen, also once the profile has made it known. */
  labelNames: ReadonlyMap<string, string>;
  busy: boolean;
  onChange(profile: ImportProfile): void;
}

export function MappingPanel({ proposal, profile, appliedKommun, labelNames, busy, onChange }: MappingProps) {
  const labels = labelRows(proposal, profile, labelNames);
  const columns = proposal.tableColumns ?? [];
  const levels = headingLevelsOf(proposal);
  const kommun = proposal.kommun || appliedKommun || '';
  const hasChoices = labels.length > 0 || columns.length > 0 || levels.length > 0;

  if (!hasChoices && !appliedKommun) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tolkning-rubrik">
      <Stack gap="sm">
        <Text fw={600} id="tolkning-rubrik">
          Tolkning av dokumentet
        </Text>
        {appliedKommun && (
          <NoteAlert color="blue" title={`Importprofil för ${appliedKommun} används`}>
            Dokumentet har lästs med de val som sparades vid en tidigare import från {appliedKommun}. Du kan ändra dem här.
          </NoteAlert>
        )}
        {hasChoices && (
          <Text size="sm">
            Ange vad det som inte kändes igen betyder. Förslaget läses om direkt, och valen sparas som importprofil{kommun ? ` för ${kommun}` : ''} när du
            importerar, så att nästa dokument med samma uppställning läses in utan att du behöver välja igen.
          </Text>
        )}
        {labels.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} role="group" aria-label="Etiketter">
            {labels.map((row) => (
              <NativeSelect
                key={row.key}
                label={`Etiketten ”${row.label}:”${row.lineNo ? ` (rad ${row.lineNo})` : ''} betyder`}
                data={LABEL_OPTIONS}
                value={row.value}
                disabled={busy}
                onChange={(e) => onChange(withLabel(profile, row.key, e.currentTarget.value))}
              />
            ))}
          </SimpleGrid>
        )}
        {columns.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} role="group" aria-label="Kolumner">
            {columns
              .filter((c) => c.header)
              .map((c) => (
                <NativeSelect
                  key={c.key}
                  label={`Kolumnen ”${c.header}” innehåller`}
                  data={COLUMN_OPTIONS}
                  value={profile.columns[c.key] ?? c.meaning ?? ''}
                  disabled={busy}
                  onChange={(e) => onChange(withColumn(profile, c.key, e.currentTarget.value))}
                />
              ))}
          </SimpleGrid>
        )}
        {levels.length > 0 && (
          <NativeSelect
            label="Rubriknivån som är en insats"
            data={[{ value: '', label: 'Välj automatiskt' }, ...levels.map((l) => ({ value: l.level, label: l.label }))]}
            value={profile.insatsLevel ?? ''}
            disabled={busy}
            onChange={(e) => onChange({ ...profile, insatsLevel: e.currentTarget.value || null })}
            w={{ base: '100%', sm: 420 }}
          />
        )}
        <div role="status" aria-live="polite">
          {busy && (
            <Text size="sm">
              <Loader size="xs" aria-hidden /> Läser om dokumentet med dina val…
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
