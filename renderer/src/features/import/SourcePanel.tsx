// The document text a proposal came from, with what the import recognised in it and what it did not.
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ProposedInsats } from '../../../../shared/import/proposal';

export function SourceText({ label, source }: { label: string; source: ProposedInsats['source'] }) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h5">
        Källtext, rad {source.fromLine}–{source.toLine}
      </Title>
      <div
        role="region"
        aria-label={`Källtext för ${label}`}
        tabIndex={0}
        style={{
          whiteSpace: 'pre-wrap',
          maxHeight: 460,
          overflow: 'auto',
          padding: '8px 10px',
          background: 'var(--mantine-color-gray-0)',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 4,
          fontSize: 13,
          lineHeight: 1.45,
        }}
      >
        {source.text || '(Ingen text under rubriken.)'}
      </div>
    </Stack>
  );
}

export function RecognitionLists({ insats }: { insats: Pick<ProposedInsats, 'recognised' | 'unrecognised'> }) {
  return (
    <Stack gap="sm">
      <Paper p="xs" style={{ borderLeft: '4px solid var(--mantine-color-green-7)' }}>
        <Title order={4} size="h5">
          Känt igen ({insats.recognised.length})
        </Title>
        {insats.recognised.length === 0 ? (
          <Text size="sm">Inget.</Text>
        ) : (
          <List size="sm" spacing={2} listStyleType="none">
            {insats.recognised.map((r, k) => (
              <List.Item key={k}>
                <span aria-hidden>✓ </span>
                {r.label}
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper p="xs" style={{ borderLeft: '4px solid var(--mantine-color-orange-7)' }}>
        <Title order={4} size="h5">
          Inte tolkat – kontrollera ({insats.unrecognised.length})
        </Title>
        {insats.unrecognised.length === 0 ? (
          <Text size="sm">Inget.</Text>
        ) : (
          <List size="sm" spacing={4} listStyleType="none">
            {insats.unrecognised.map((u, k) => (
              <List.Item key={k}>
                <span aria-hidden>⚠ </span>
                {u.reason}
                {u.text && (
                  <Text size="sm" component="q" display="block" fs="italic">
                    {u.text.length > 240 ? `${u.text.slice(0, 240)}…` : u.text}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </Stack>
  );
}
