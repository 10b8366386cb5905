import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { focusHeadingIfRequested } from './focus';

/** The page's h2 and the window title, so screen readers and the task bar say where the user is. */
export function PageTitle({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – IUB-katalogen`;
  }, [children]);
  // After a navigation the heading takes focus: the new page is announced and Tab starts there.
  useEffect(() => focusHeadingIfRequested(ref.current), []);
  return (
    <Title order={2} mb="md" ref={ref} tabIndex={-1} className="page-title">
      {children}
    </Title>
  );
}
