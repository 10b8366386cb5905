// The coming year's deadlines: a bar per month for the eye (hidden from screen readers), and the same
// dates as lists by month for everyone.
import { Anchor, Badge, Box, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TimelineEntryKind, TimelineMonth } from '../../../../shared/reminders';

const TYPE_LABEL: Record<TimelineEntryKind, string> = {
  deadline: 'Deadline',
  beredning: 'Tjänsteskrivelse',
  arenden: 'Ärenden senast',
  sammantrade: 'Sammanträde',
};
const TYPE_COLOR: Record<TimelineEntryKind, string> = { deadline: 'red.9', beredning: 'violet.9', arenden: 'gray.8', sammantrade: 'blue.9' };

export function YearTimeline({ months }: { months: TimelineMonth[] }) {
  const max = Math.max(1, ...months.map((m) => m.entries.filter((e) => e.type === 'deadline').length));
  return (
    <Stack>
      <Box aria-hidden="true" style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: 4, alignItems: 'end', height: 72 }}>
        {months.map((m) => {
          const deadlines = m.entries.filter((e) => e.type === 'deadline').length;
          const meetings = m.entries.filter((e) => e.type === 'sammantrade').length;
          return (
            <Box key={m.month} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'flex-end', height: '100%' }}>
              <Box
                style={{
                  width: '70%',
                  height: `${(deadlines / max) * 44}px`,
                  minHeight: deadlines ? 6 : 0,
                  background: 'var(--mantine-color-red-9)',
                  borderRadius: 2,
                }}
              />
              <Box
                style={{
                  width: '70%',
                  height: 4,
                  marginTop: 2,
                  background: meetings ? 'var(--mantine-color-blue-9)' : 'var(--mantine-color-gray-3)',
                  borderRadius: 2,
                }}
              />
              <Text size="xs" mt={2}>
                {m.label.slice(0, 3)}
              </Text>
            </Box>
          );
        })}
      </Box>
      <Group gap="md" aria-hidden="true">
        <Group gap={4}>
          <Box w={12} h={12} style={{ background: 'var(--mantine-color-red-9)', borderRadius: 2 }} />
          <Text size="xs">Deadlines</Text>
        </Group>
        <Group gap={4}>
          <Box w={12} h={4} style={{ background: 'var(--mantine-color-blue-9)', borderRadius: 2 }} />
          <Text size="xs">Sammanträde</Text>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
        {months.map((m) => (
          <Box key={m.month} component="section" aria-labelledby={`manad-${m.month}`}>
            <Title order={4} size="h5" id={`manad-${m.month}`} tt="capitalize" mb={4}>
              {m.label}
            </Title>
            {m.entries.length === 0 ? (
              <Text size="sm">Inga datum.</Text>
            ) : (
              <Stack component="ul" gap={8} p={0} m={0} style={{ listStyle: 'none' }}>
                {m.entries.map((e) => (
                  <li key={`${e.key}-${e.type}`}>
                    <Group gap={6}>
                      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {e.date}
                      </Text>
                      <Badge size="xs" variant="outline" color={TYPE_COLOR[e.type]}>
                        {TYPE_LABEL[e.type]}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {e.link ? (
                        <Anchor href={`#${e.link}`} size="sm">
                          {e.text}
                        </Anchor>
                      ) : (
                        e.text
                      )}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Box>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
