// The desktop notification's schedule and summary (the Electron Notification itself is handed in).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextDailyRun, summaryDue } from '../../electron/main/notification-schedule';
import { startDailyNotifications } from '../../electron/main/notifications';
import type { ServiceContext } from '../../electron/services/context';
import { loadFixture } from '../fixtures/load-fixture';
import { importCatalogue } from '../../electron/services/portable';
import { testServices } from '../support/services';

describe('schedule', () => {
  it('runs next at 08:00 local time, tomorrow when 08:00 has passed', () => {
    expect(nextDailyRun(new Date(2026, 9, 2, 7, 30))).toEqual(new Date(2026, 9, 2, 8, 0));
    expect(nextDailyRun(new Date(2026, 9, 2, 8, 0))).toEqual(new Date(2026, 9, 3, 8, 0));
    expect(nextDailyRun(new Date(2026, 11, 31, 12, 0))).toEqual(new Date(2027, 0, 1, 8, 0));
  });

  it('shows one summary per day', () => {
    expect(summaryDue(null, new Date(2026, 9, 2, 9))).toBe(true);
    expect(summaryDue('2026-10-02', new Date(2026, 9, 2, 23))).toBe(false);
    expect(summaryDue('2026-10-02', new Date(2026, 9, 3, 0, 1))).toBe(true);
  });
});

describe('daily notifications', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('notifies at start and once a day after, only when something is due', async () => {
    vi.setSystemTime(new Date(2026, 9, 2, 10, 0));
    const counts = [
      { shown: 2, overdue: 1, soon: 0, later: 1 },
      { shown: 0, overdue: 0, soon: 0, later: 0 },
      { shown: 1, overdue: 0, soon: 1, later: 0 },
    ];
    const summary = vi.fn(async () => counts.shift()!);
    const shown: string[] = [];
    const stop = startDailyNotifications({} as ServiceContext, (_title, body) => shown.push(body), { summary });
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['2 påminnelser: 1 försenad, 1 senare. Öppna Översikt i IUB-katalogen.']);
    await vi.advanceTimersByTimeAsync(21 * 60 * 60 * 1000); // 07:00 next day: not yet
    expect(summary).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000); // 08:00: nothing due, nothing shown
    expect(summary).toHaveBeenCalledTimes(2);
    expect(shown).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(shown.at(-1)).toBe('1 påminnelse: 1 inom 30 dagar. Öppna Översikt i IUB-katalogen.');
    stop();
    await vi.advanceTimersByTimeAsync(3 * 24 * 60 * 60 * 1000);
    expect(summary).toHaveBeenCalledTimes(3);
  });

  it('summarises the real reminders of the database', async () => {
    vi.useRealTimers();
    const s = await testServices({ today: '2026-10-02' });
    try {
      await importCatalogue(s.ctx, loadFixture('alingsas'));
      const shown: string[] = [];
      const stop = startDailyNotifications(s.ctx, (_t, body) => shown.push(body));
      // Revision due 2026-12-31 and no sammanträde planned before it: late (issue 17.5), not "senare".
      await vi.waitFor(() => expect(shown).toEqual(['1 påminnelse: 1 försenad. Öppna Översikt i IUB-katalogen.']));
      stop();
    } finally {
      await s.cleanup();
    }
  });
});
