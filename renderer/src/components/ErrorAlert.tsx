import { Alert } from '@mantine/core';

export function ErrorAlert({ message, title = 'Något gick fel' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    // The light variant's default red title is below AA contrast on its tinted background; shade 9 is not.
    <Alert color="red" title={title} role="alert" mb="md" variant="light" styles={{ title: { color: 'var(--mantine-color-red-9)' } }}>
      {message}
    </Alert>
  );
}
