// A light alert whose title and text keep AA contrast (Mantine's light yellow/blue titles do not).
import { Alert, type AlertProps } from '@mantine/core';

export function NoteAlert(props: AlertProps & { component?: 'section' | 'div'; 'aria-label'?: string }) {
  return <Alert variant="light" {...props} styles={{ title: { color: 'var(--mantine-color-dark-9)' }, message: { color: 'var(--mantine-color-dark-9)' } }} />;
}
