// Återrapportering: tasks a decision carries, due on a date or in a season ("hösten 2026").
import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { BeslutDto } from '../../../../shared/api/decisions-contract';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

export function TaskList({ beslut, onChange }: { beslut: BeslutDto; onChange(): void }) {
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Återrapportering
      </Text>
      {beslut.uppgifter.map((t) => (
        <Checkbox
          key={t.id}
          checked={t.done}
          label={`${t.text} (${t.dueFrom === t.dueTo ? t.dueTo : `${t.dueFrom} – ${t.dueTo}`})`}
          onChange={(e) => api('beslut/completeTask', { taskId: t.id, done: e.currentTarget.checked }).then(onChange, (err) => setError(errorMessage(err)))}
        />
      ))}
      <ErrorAlert message={error} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await api('beslut/addTask', { beslutId: beslut.id, text, due });
            setText('');
            setDue('');
            setError(null);
            onChange();
          } catch (err) {
            setError(errorMessage(err));
          }
        }}
      >
        <Group align="flex-end">
          <TextInput label="Ny uppgift" placeholder="t.ex. Utvärdering till nämnden" value={text} onChange={(e) => setText(e.currentTarget.value)} size="xs" />
          <TextInput label="Senast" placeholder="2026-10-01 eller hösten 2026" value={due} onChange={(e) => setDue(e.currentTarget.value)} size="xs" />
          <Button type="submit" size="xs" variant="light">
            Lägg till
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
