import { Alert } from '@mantine/core';

export function ErrorAlert({ message, title = 'Något gick fel' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" title={title} role="alert" mb="md" variant="light">
      {message}
    </Alert>
  );
}
