// What the import wants the user to look at before confirming.
import { List } from '@mantine/core';
import { NoteAlert } from './NoteAlert';
import type { ImportWarning } from '../../../../shared/import/proposal';

export function ImportWarnings({ warnings }: { warnings: ImportWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <NoteAlert color="yellow" title={`Att kontrollera (${warnings.length})`} component="section" aria-label="Att kontrollera">
      <List size="sm" spacing={4}>
        {warnings.map((w, k) => (
          <List.Item key={k}>{w.message}</List.Item>
        ))}
      </List>
    </NoteAlert>
  );
}
