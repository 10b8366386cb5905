// After a `conflict` on one of the smaller edits: someone else saved first. The notice says who and when
// (the service's message) and shows the other person's values beside the form, which keeps what the user
// typed; saving again then goes against the other's revision, knowingly.
import { Alert, List, Text } from '@mantine/core';
import { ApiCallError } from '../api/client';

export interface ConflictInfo {
  message: string;
  /** The fields where the stored value differs from what the user has typed: the other person's value. */
  fields: Array<{ label: string; theirs: string }>;
}

export const isConflict = (e: unknown): e is ApiCallError => e instanceof ApiCallError && e.error.code === 'conflict';

const asText = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.map(asText).join('\n') : v === null || v === undefined ? '' : JSON.stringify(v);

/** The labelled fields whose stored value differs from the user's, as text. */
export function conflictFields(labels: Record<string, string>, mine: Record<string, unknown>, theirs: Record<string, unknown>): ConflictInfo['fields'] {
  return Object.entries(labels)
    .filter(([key]) => asText(mine[key]) !== asText(theirs[key]))
    .map(([key, label]) => ({ label, theirs: asText(theirs[key]) || '(tomt)' }));
}

export function ConflictNotice({ conflict }: { conflict: ConflictInfo | null }) {
  if (!conflict) return null;
  return (
    <Alert color="orange" variant="light" role="alert" title="Någon annan hann före" data-testid="konflikt" styles={{ title: { color: '#7a2e00' } }}>
      <Text size="sm">{conflict.message}</Text>
      {conflict.fields.length > 0 && (
        <>
          <Text size="sm" mt="xs" fw={600}>
            Den andras ändring (det du skrivit står kvar i formuläret; spara igen för att låta ditt gälla):
          </Text>
          <List size="sm">
            {conflict.fields.map((f) => (
              <List.Item key={f.label}>
                {f.label}: <span style={{ whiteSpace: 'pre-wrap' }}>{f.theirs}</span>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
