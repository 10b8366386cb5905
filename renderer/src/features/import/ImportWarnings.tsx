// What the import wants the user to look at before confirming. A spärr (a blanket exemption in the
// proposed decision: 14 kap. 5 § is decided per insats) stands apart, in red, before the rest.
import { List } from '@mantine/core';
import { NoteAlert } from './NoteAlert';
import type { ImportWarning } from '../../../../shared/import/proposal';

const BLOCKING: ReadonlySet<ImportWarning['code']> = new Set(['blanket_exemption']);

function WarningList({ color, title, items }: { color: 'red' | 'yellow'; title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <NoteAlert color={color} title={`${title} (${items.length})`} component="section" aria-label={title}>
      <List size="sm" spacing={4}>
        {items.map((text, k) => (
          <List.Item key={k}>{text}</List.Item>
        ))}
      </List>
    </NoteAlert>
  );
}

export function ImportWarnings({ warnings }: { warnings: ImportWarning[] }) {
  return (
    <>
      <WarningList color="red" title="Spärrar" items={warnings.filter((w) => BLOCKING.has(w.code)).map((w) => w.message.replace(/^Spärr:\s*/u, ''))} />
      <WarningList color="yellow" title="Att kontrollera" items={warnings.filter((w) => !BLOCKING.has(w.code)).map((w) => w.message)} />
    </>
  );
}
