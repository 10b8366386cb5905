import { Title } from '@mantine/core';
import { useEffect } from 'react';

/** The page's h2 and the window title, so screen readers and the task bar say where the user is. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} – IUB-katalogen`;
  }, [children]);
  return (
    <Title order={2} mb="md">
      {children}
    </Title>
  );
}
