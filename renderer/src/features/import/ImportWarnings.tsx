// What the import wants the user to look at before confirming. A spärr (a blanket exemption in the
// proposed decision: 14 kap. 5 § is decided per insats) stands apart, in red, before the rest.
import { List } from '@mantine/core';
import { NoteAlert } from './NoteAlert';
import type { ImportWarning } from '../../../../shared/import/proposal';

const BLOCKING: ReadonlySet<ImportWarning['code']> = new Set(['blanket_exemption']);

export function ImportWarnings({ warnings }: { warnings: ImportWarning[] }) {
  const blocking = warnings.filter((w) => BLOCKING.has(w.code));
  const rest = warnings.filter((w) => !BLOCKING.has(w.code));
  return (
    <>
      {blocking.length > 0 && (
        <NoteAlert color="red" title={`Spärrar (${blocking.length})`} component="section" aria-label="Spärrar">
          <List size="sm" spacing={4}>
            {blocking.map((w, k) => (
              <List.Item key={k}>{w.message.replace(/^Spärr:\s*/u, '')}</List.Item>
            ))}
          </List>
        </NoteAlert>
      )}
      {rest.length > 0 && (
        <NoteAlert color="yellow" title={`Att kontrollera (${rest.length})`} component="section" aria-label="Att kontrollera">
          <List size="sm" spacing={4}>
            {rest.map((w, k) => (
              <List.Item key={k}>{w.message}</List.Item>
            ))}
          </List>
        </NoteAlert>
      )}
    </>
  );
}
