// The number of reminders to act on (shown, not acknowledged or snoozed), beside "Påminnelser" in the
// menu. The badge itself is hidden from screen readers: the link is described by the count instead,
// so its name stays "Påminnelser".
import { useCallback, useEffect, useState } from 'react';
import { Badge } from '@mantine/core';
import type { ReminderSummary } from '../../../../shared/reminders';
import { api } from '../../api/client';
import { useRemindersChanged } from './reminder-events';

export const REMINDER_BADGE_DESCRIPTION_ID = 'paminnelser-antal';

export function ReminderBadge() {
  const [summary, setSummary] = useState<ReminderSummary | null>(null);
  const load = useCallback(() => {
    api('paminnelser/summary', {}).then(setSummary, () => setSummary(null));
  }, []);
  useEffect(() => {
    load();
    window.addEventListener('hashchange', load);
    window.addEventListener('focus', load);
    return () => {
      window.removeEventListener('hashchange', load);
      window.removeEventListener('focus', load);
    };
  }, [load]);
  useRemindersChanged(load);

  // The description element must exist whenever the link points at it.
  const description =
    !summary || summary.shown === 0
      ? 'Inga aktuella påminnelser'
      : `${summary.shown} aktuella${summary.overdue ? `, varav ${summary.overdue} ${summary.overdue === 1 ? 'försenad' : 'försenade'}` : ''}`;
  return (
    <>
      <span id={REMINDER_BADGE_DESCRIPTION_ID} hidden>
        {description}
      </span>
      {summary && summary.shown > 0 && (
        <Badge
          aria-hidden="true"
          color={summary.overdue ? 'red.9' : 'blue.9'}
          variant="filled"
          size="sm"
          circle={summary.shown < 10}
          data-testid="paminnelser-badge"
        >
          {summary.shown}
        </Badge>
      )}
    </>
  );
}
