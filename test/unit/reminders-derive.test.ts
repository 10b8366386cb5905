// Reminder derivation with the clock injected: each kind appears at its lead times, disappears when
// resolved, and acknowledging or snoozing hides it until its next stage or date, then it comes back.
import { describe, expect, it } from 'vitest';
import {
  acknowledgedUntil,
  countsPerEnhet,
  deriveReminders,
  groupForOverview,
  noMeetingLeftBefore,
  planForDeadline,
  stageDates,
  summarize,
  summaryText,
  timeline,
  type DecisionFacts,
  type Reminder,
  type ReminderFacts,
  type StoredAck,
} from '../../shared/reminders';

/** Alingsås's nämnd in 2026: meetings and their deadlines for ärenden (three weeks before). */
const PLAN = [
  { datum: '2026-09-22', arendeDeadline: '2026-09-01' },
  { datum: '2026-10-20', arendeDeadline: '2026-09-29' },
  { datum: '2026-11-24', arendeDeadline: '2026-11-03' },
  { datum: '2027-01-26', arendeDeadline: '2027-01-05' },
];

const SEED_002: DecisionFacts = {
  beslutId: 1,
  arendeId: 1,
  rubrik: 'Insatser utan individuell behovsprövning',
  beteckning: '2025.053 SN § 37',
  beslutsdatum: '2025-09-16',
  giltigTill: null,
  reviderasSenast: '2026-12-31',
  insatser: [
    { insatsId: 1, namn: 'Familjerådgivning', enhet: 'Familjestöd' },
    { insatsId: 2, namn: 'Aktivitetshus Gläntan', enhet: 'Öppenvård' },
  ],
};

function facts(today: string, over: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    today,
    leadDays: [90, 30, 7],
    proposalWaitDays: 60,
    plan: PLAN,
    decisions: [],
    proposals: [],
    rkas: [],
    meetings: [],
    tasks: [],
    acks: [],
    ...over,
  };
}

const shownOn = (today: string, over: Partial<ReminderFacts>) => deriveReminders(facts(today, over)).filter((r) => r.state === 'aktuell');
const one = (list: Reminder[], key: string) => list.find((r) => r.key === key);

describe('stages', () => {
  it('starts at each lead time and once more the day after the deadline', () => {
    expect(stageDates('2026-12-31', [90, 30, 7])).toEqual(['2026-10-02', '2026-12-01', '2026-12-24', '2027-01-01']);
    expect(stageDates('2026-12-31', [7, 30, 30, 90])).toEqual(['2026-10-02', '2026-12-01', '2026-12-24', '2027-01-01']);
  });

  it('collapses lead times before the day the reminder can first exist onto that day', () => {
    expect(stageDates('2026-10-06', [90, 30, 7], '2026-09-22')).toEqual(['2026-09-22', '2026-09-29', '2026-10-07']);
  });
});

describe('planning backwards from the sammanträdesplan', () => {
  it('names the last meeting before the deadline and its beredning date', () => {
    expect(planForDeadline(PLAN, '2026-12-31', '2026-10-02')).toEqual({
      sammantrade: '2026-11-24',
      beredning: '2026-11-03',
      beredningPassed: false,
      basis: 'deadline',
    });
  });

  it('says when the beredning date has passed, and falls back to the next open meeting when none is left', () => {
    expect(planForDeadline(PLAN, '2026-12-31', '2026-11-10')).toMatchObject({ sammantrade: '2026-11-24', beredningPassed: true });
    expect(planForDeadline(PLAN, '2026-12-31', '2026-11-25')).toEqual({
      sammantrade: '2027-01-26',
      beredning: '2027-01-05',
      beredningPassed: false,
      basis: 'next',
    });
    expect(planForDeadline([], '2026-12-31', '2026-10-02')).toBeNull();
  });
});

describe('revideras senast', () => {
  const key = 'revidering:beslut-1';

  it('appears 90, 30 and 7 days before and when passed, naming the last meeting and the beredning date', () => {
    expect(shownOn('2026-10-01', { decisions: [SEED_002] })).toEqual([]);
    const at90 = one(shownOn('2026-10-02', { decisions: [SEED_002] }), key)!;
    expect(at90).toMatchObject({
      kind: 'revidering',
      due: '2026-12-31',
      overdue: false,
      daysLeft: 90,
      stageFrom: '2026-10-02',
      nextStage: '2026-12-01',
      link: '/beslut/arende/1',
      enheter: ['Familjestöd', 'Öppenvård'],
      plan: { sammantrade: '2026-11-24', beredning: '2026-11-03' },
    });
    expect(at90.subject).toBe(
      'Insatser utan individuell behovsprövning (2025.053 SN § 37), 2 insatser, ska revideras senast 2026-12-31: ta upp på sammanträdet 2026-11-24, tjänsteskrivelsen senast 2026-11-03.',
    );
    expect(one(shownOn('2026-12-01', { decisions: [SEED_002] }), key)).toMatchObject({ stageFrom: '2026-12-01', nextStage: '2026-12-24' });
    expect(one(shownOn('2026-12-24', { decisions: [SEED_002] }), key)).toMatchObject({ stageFrom: '2026-12-24', nextStage: '2027-01-01', daysLeft: 7 });
    const passed = one(shownOn('2027-01-01', { decisions: [SEED_002] }), key)!;
    expect(passed).toMatchObject({ overdue: true, daysLeft: -1, nextStage: null });
    expect(passed.subject).toContain('skulle ha reviderats senast 2026-12-31');
  });

  it('follows the lead times set in Inställningar', () => {
    expect(shownOn('2026-10-02', { decisions: [SEED_002], leadDays: [60, 14] })).toEqual([]);
    expect(one(shownOn('2026-11-01', { decisions: [SEED_002], leadDays: [60, 14] }), key)).toMatchObject({ nextStage: '2026-12-17' });
  });

  it('disappears when a new decision covers the insatser, and narrows when it covers some of them', () => {
    const renewal: DecisionFacts = {
      ...SEED_002,
      beslutId: 2,
      arendeId: 2,
      beteckning: '2026.101 SN § 80',
      beslutsdatum: '2026-11-24',
      reviderasSenast: '2028-12-31',
    };
    const today = '2026-12-01';
    expect(one(shownOn(today, { decisions: [SEED_002, renewal] }), key)).toBeUndefined();
    const partial = { ...renewal, insatser: [SEED_002.insatser[0]] };
    const narrowed = one(shownOn(today, { decisions: [SEED_002, partial] }), key)!;
    expect(narrowed.insatser).toEqual(['Aktivitetshus Gläntan']);
    expect(narrowed.enheter).toEqual(['Öppenvård']);
    expect(narrowed.subject).toContain('1 av 2 insatser');
  });

  it('disappears when the decided versions are upphävda', () => {
    const revoked = { ...SEED_002, insatser: SEED_002.insatser.map((i) => ({ ...i, revoked: true })) };
    expect(shownOn('2026-12-01', { decisions: [revoked] })).toEqual([]);
  });

  it('acknowledged: hidden until the next lead time, then back', () => {
    const today = '2026-10-02';
    const shown = one(deriveReminders(facts(today, { decisions: [SEED_002] })), key)!;
    const until = acknowledgedUntil(shown, today);
    expect(until).toBe('2026-12-01');
    const ack: StoredAck = { key, due: '2026-12-31', mode: 'kvitterad', until, actor: 'Sara', reason: '', at: '2026-10-02T08:00:00Z' };
    const hidden = one(deriveReminders(facts('2026-11-30', { decisions: [SEED_002], acks: [ack] })), key)!;
    expect(hidden.state).toBe('kvitterad');
    expect(hidden.ack).toMatchObject({ actor: 'Sara', until: '2026-12-01' });
    expect(shownOn('2026-11-30', { decisions: [SEED_002], acks: [ack] })).toEqual([]);
    expect(one(shownOn('2026-12-01', { decisions: [SEED_002], acks: [ack] }), key)).toMatchObject({ state: 'aktuell', ack: null });
  });

  it('acknowledged when overdue: back after a week', () => {
    const today = '2027-01-05';
    const shown = one(deriveReminders(facts(today, { decisions: [SEED_002] })), key)!;
    expect(acknowledgedUntil(shown, today)).toBe('2027-01-12');
  });

  it('snoozed: hidden until the chosen date, then back; a moved deadline brings it back at once', () => {
    const ack: StoredAck = {
      key,
      due: '2026-12-31',
      mode: 'uppskjuten',
      until: '2026-10-15',
      actor: 'Sara',
      reason: 'Väntar på ny organisation',
      at: '2026-10-02T08:00:00Z',
    };
    expect(one(deriveReminders(facts('2026-10-14', { decisions: [SEED_002], acks: [ack] })), key)!.state).toBe('uppskjuten');
    expect(one(shownOn('2026-10-15', { decisions: [SEED_002], acks: [ack] }), key)).toBeDefined();
    const moved = { ...SEED_002, reviderasSenast: '2026-12-15' };
    expect(one(shownOn('2026-10-10', { decisions: [moved], acks: [ack] }), key)).toMatchObject({ due: '2026-12-15', state: 'aktuell' });
  });
});

describe('giltig till', () => {
  const decision = { ...SEED_002, reviderasSenast: null, giltigTill: '2027-06-30' };
  const key = 'giltighet:beslut-1';

  it('appears at each lead time and says the insatser may not be offered once it has passed', () => {
    // A meeting is left before the end (without one the reminder is late at once, see below).
    const plan = [...PLAN, { datum: '2027-06-29', arendeDeadline: '2027-06-08' }];
    expect(one(shownOn('2027-03-31', { decisions: [decision], plan }), key)).toBeUndefined();
    expect(one(shownOn('2027-04-01', { decisions: [decision], plan }), key)).toMatchObject({ daysLeft: 90, overdue: false });
    expect(one(shownOn('2027-05-31', { decisions: [decision], plan }), key)).toMatchObject({ daysLeft: 30, overdue: false });
    expect(one(shownOn('2027-06-23', { decisions: [decision], plan }), key)).toMatchObject({ daysLeft: 7, overdue: false });
    const passed = one(shownOn('2027-07-01', { decisions: [decision], plan }), key)!;
    expect(passed.overdue).toBe(true);
    expect(passed.subject).toContain('gällde till 2027-06-30 och har gått ut');
  });

  it('disappears when a new decision covers the insatser', () => {
    const renewal = { ...decision, beslutId: 2, beslutsdatum: '2027-05-25', giltigTill: null };
    expect(one(shownOn('2027-06-23', { decisions: [decision, renewal] }), key)).toBeUndefined();
  });
});

describe('förslag waiting for a decision', () => {
  const proposal = {
    versionId: 7,
    insatsId: 3,
    versionNo: 2,
    namn: 'Medling',
    enhet: 'Familjestöd',
    status: 'forslag',
    since: '2026-08-01',
    scheduledOn: null,
  };
  const key = 'forslag:version-7';

  it('appears when it has waited longer than the set time and names the next open meeting', () => {
    expect(shownOn('2026-09-30', { proposals: [proposal] })).toEqual([]);
    const r = one(shownOn('2026-10-01', { proposals: [proposal] }), key)!;
    expect(r).toMatchObject({ due: '2026-09-30', overdue: true, link: '/katalog/insats/3/7', enheter: ['Familjestöd'] });
    expect(r.subject).toBe(
      'Förslaget Medling (version 2) har väntat på beslut sedan 2026-08-01 (61 dagar, längre än 60 dagar): nästa sammanträde som tar emot ärenden är 2026-11-24, tjänsteskrivelsen senast 2026-11-03.',
    );
    expect(one(shownOn('2026-10-01', { proposals: [proposal], proposalWaitDays: 90 }), key)).toBeUndefined();
  });

  it('mentions the meeting it is scheduled for, and disappears once decided', () => {
    expect(one(shownOn('2026-10-01', { proposals: [{ ...proposal, status: 'redo_for_beslut', scheduledOn: '2026-10-20' }] }), key)!.subject).toContain(
      'står på dagordningen för sammanträdet 2026-10-20',
    );
    expect(shownOn('2026-10-01', { proposals: [{ ...proposal, status: 'beslutad' }] })).toEqual([]);
  });

  it('acknowledged: back after a week', () => {
    const ack: StoredAck = { key, due: '2026-09-30', mode: 'kvitterad', until: '2026-10-08', actor: 'Sara', reason: '', at: '' };
    expect(shownOn('2026-10-07', { proposals: [proposal], acks: [ack] })).toEqual([]);
    expect(shownOn('2026-10-08', { proposals: [proposal], acks: [ack] })).toHaveLength(1);
  });
});

describe('RKA flagged for review', () => {
  const rka = {
    versionId: 9,
    insatsId: 4,
    versionNo: 2,
    namn: 'Aktivitetshus Gläntan',
    enhet: null,
    versionStatus: 'utkast',
    needsReview: true,
    complete: false,
    flaggedOn: '2026-09-10',
  };
  const key = 'rka:version-9';

  it('appears the day it is flagged, again a week before its review date, and when late', () => {
    expect(shownOn('2026-09-09', { rkas: [rka] })).toEqual([]);
    expect(one(shownOn('2026-09-10', { rkas: [rka] }), key)).toMatchObject({
      due: '2026-10-10',
      stageFrom: '2026-09-10',
      nextStage: '2026-10-03',
      link: '/katalog/insats/4/9',
    });
    expect(one(shownOn('2026-10-03', { rkas: [rka] }), key)).toMatchObject({ nextStage: '2026-10-11' });
    expect(one(shownOn('2026-10-11', { rkas: [rka] }), key)).toMatchObject({ overdue: true });
  });

  it('disappears when the RKA is completed or reviewed, or the version is no longer worked on', () => {
    expect(shownOn('2026-09-20', { rkas: [{ ...rka, complete: true }] })).toEqual([]);
    expect(shownOn('2026-09-20', { rkas: [{ ...rka, needsReview: false }] })).toEqual([]);
    expect(shownOn('2026-09-20', { rkas: [{ ...rka, versionStatus: 'beslutad' }] })).toEqual([]);
  });
});

describe('protocol not justerat within 14 days', () => {
  const meeting = { sammantradeId: 5, datum: '2026-09-22', status: 'hallet', justeringSenast: '2026-10-06', enheter: ['Familjestöd'] };
  const key = 'justering:sammantrade-5';

  it('appears on the meeting day, a week before the deadline and when it has passed', () => {
    expect(shownOn('2026-09-21', { meetings: [meeting] })).toEqual([]);
    expect(one(shownOn('2026-09-22', { meetings: [meeting] }), key)).toMatchObject({ due: '2026-10-06', nextStage: '2026-09-29' });
    expect(one(shownOn('2026-10-07', { meetings: [meeting] }), key)!.subject).toBe(
      'Protokollet från sammanträdet 2026-09-22 skulle ha justerats senast 2026-10-06 (inom 14 dagar).',
    );
  });

  it('disappears when the protocol is justerat', () => {
    expect(shownOn('2026-10-07', { meetings: [{ ...meeting, status: 'justerat' }] })).toEqual([]);
  });

  it('snoozed to a date comes back on that date', () => {
    const ack: StoredAck = { key, due: '2026-10-06', mode: 'uppskjuten', until: '2026-10-10', actor: 'Sara', reason: 'Ordföranden är sjuk', at: '' };
    expect(shownOn('2026-10-09', { meetings: [meeting], acks: [ack] })).toEqual([]);
    expect(shownOn('2026-10-10', { meetings: [meeting], acks: [ack] })).toHaveLength(1);
  });
});

describe('återrapportering', () => {
  const task = {
    taskId: 3,
    beslutId: 1,
    arendeId: 1,
    beteckning: '2025.053 SN § 37',
    text: 'Utvärdering av Gläntan',
    dueFrom: '2026-08-01',
    dueTo: '2026-12-31',
    done: false,
    insatser: [{ insatsId: 2, namn: 'Aktivitetshus Gläntan', enhet: 'Öppenvård' }],
  };
  const key = 'aterrapportering:uppgift-3';

  it('appears at each lead time before the end of its period, planned backwards to a meeting', () => {
    expect(shownOn('2026-10-01', { tasks: [task] })).toEqual([]);
    const r = one(shownOn('2026-10-02', { tasks: [task] }), key)!;
    expect(r).toMatchObject({ enheter: ['Öppenvård'], plan: { sammantrade: '2026-11-24' } });
    expect(r.subject).toContain('(perioden 2026-08-01 – 2026-12-31): ta upp på sammanträdet 2026-11-24, tjänsteskrivelsen senast 2026-11-03');
    expect(one(shownOn('2026-12-24', { tasks: [task] }), key)).toMatchObject({ daysLeft: 7 });
  });

  it('disappears when done', () => {
    expect(shownOn('2026-12-24', { tasks: [{ ...task, done: true }] })).toEqual([]);
  });
});

describe('Översikt', () => {
  const today = '2026-12-10';
  const all = deriveReminders(
    facts(today, {
      decisions: [
        SEED_002,
        {
          ...SEED_002,
          beslutId: 3,
          arendeId: 3,
          beslutsdatum: '2025-01-01',
          reviderasSenast: '2027-02-28',
          insatser: [{ insatsId: 8, namn: 'Boendecoachning', enhet: null }],
        },
      ],
      meetings: [{ sammantradeId: 5, datum: '2026-11-24', status: 'hallet', justeringSenast: '2026-12-08', enheter: ['Familjestöd'] }],
      // A December meeting is left before 2026-12-31 (without it that revision would be late, see above).
      plan: [...PLAN, { datum: '2026-12-15', arendeDeadline: '2026-11-24' }],
    }),
  );

  it('puts overdue first, then due within 30 days, then later', () => {
    const g = groupForOverview(all);
    expect(g.overdue.map((r) => r.key)).toEqual(['justering:sammantrade-5']);
    expect(g.soon.map((r) => r.key)).toEqual(['revidering:beslut-1']);
    expect(g.later.map((r) => r.key)).toEqual(['revidering:beslut-3']);
    expect(all.map((r) => r.key)).toEqual(['justering:sammantrade-5', 'revidering:beslut-1', 'revidering:beslut-3']);
    expect(summarize(all)).toEqual({ shown: 3, overdue: 1, soon: 1, later: 1 });
    expect(summaryText(summarize(all))).toBe('3 påminnelser: 1 försenad, 1 inom 30 dagar, 1 senare. Öppna Översikt i IUB-katalogen.');
    expect(summaryText(summarize([]))).toBeNull();
  });

  it('counts per enhet, each enhet a reminder concerns', () => {
    expect(countsPerEnhet(all)).toEqual([
      { enhet: 'Familjestöd', total: 2, overdue: 1 },
      { enhet: 'Öppenvård', total: 1, overdue: 0 },
      { enhet: 'Ingen enhet angiven', total: 1, overdue: 0 },
    ]);
  });

  it('lays out the coming year by month with deadlines, beredning dates and meetings', () => {
    const months = timeline(all, PLAN, today);
    expect(months).toHaveLength(12);
    expect(months[0]).toMatchObject({ month: '2026-12', label: 'december 2026' });
    expect(months[0].entries.map((e) => [e.date, e.type])).toEqual([['2026-12-31', 'deadline']]);
    expect(months[1].entries.map((e) => [e.date, e.type])).toEqual([
      ['2027-01-05', 'beredning'],
      ['2027-01-05', 'arenden'],
      ['2027-01-26', 'sammantrade'],
    ]);
    expect(months[2].entries.map((e) => e.text)).toEqual(['Revideras senast: Insatser utan individuell behovsprövning (2025.053 SN § 37)']);
  });
});

describe('acknowledge and snooze, for every kind', () => {
  const cases: Array<[string, string, Partial<ReminderFacts>]> = [
    ['revidering', '2026-10-02', { decisions: [SEED_002] }],
    ['giltighet', '2026-10-02', { decisions: [{ ...SEED_002, reviderasSenast: null, giltigTill: '2026-12-31' }] }],
    [
      'forslag',
      '2026-10-01',
      { proposals: [{ versionId: 7, insatsId: 3, versionNo: 2, namn: 'Medling', enhet: null, status: 'forslag', since: '2026-08-01', scheduledOn: null }] },
    ],
    [
      'rka',
      '2026-09-10',
      {
        rkas: [
          {
            versionId: 9,
            insatsId: 4,
            versionNo: 2,
            namn: 'Gläntan',
            enhet: null,
            versionStatus: 'utkast',
            needsReview: true,
            complete: false,
            flaggedOn: '2026-09-10',
          },
        ],
      },
    ],
    ['justering', '2026-09-22', { meetings: [{ sammantradeId: 5, datum: '2026-09-22', status: 'hallet', justeringSenast: '2026-10-06', enheter: [] }] }],
    [
      'aterrapportering',
      '2026-10-02',
      {
        tasks: [
          { taskId: 3, beslutId: 1, arendeId: 1, beteckning: 'x', text: 'Rapport', dueFrom: '2026-12-31', dueTo: '2026-12-31', done: false, insatser: [] },
        ],
      },
    ],
  ];

  it.each(cases)('%s: hidden after acknowledging until its next stage, after snoozing until the date, then back', (kind, today, over) => {
    const [reminder] = shownOn(today, over);
    expect(reminder.kind).toBe(kind);
    const until = acknowledgedUntil(reminder, today);
    expect(until > today).toBe(true);
    const acked: StoredAck = { key: reminder.key, due: reminder.due, mode: 'kvitterad', until, actor: 'Sara', reason: '', at: '' };
    const dayBefore = new Date(Date.parse(`${until}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(shownOn(dayBefore, { ...over, acks: [acked] })).toEqual([]);
    expect(shownOn(until, { ...over, acks: [acked] }).map((r) => r.key)).toEqual([reminder.key]);

    const snoozed: StoredAck = { ...acked, mode: 'uppskjuten', until: '2027-02-01', reason: 'Väntar' };
    expect(deriveReminders(facts('2027-01-31', { ...over, acks: [snoozed] })).find((r) => r.key === reminder.key)!.state).toBe('uppskjuten');
    expect(shownOn('2027-02-01', { ...over, acks: [snoozed] }).map((r) => r.key)).toEqual([reminder.key]);
  });
});

describe('no meeting left before the deadline', () => {
  const key = 'revidering:beslut-1';
  /** The December meeting was held (and justerat); the next one is after the revision deadline. */
  const HELD_PLAN = [
    { datum: '2026-11-24', arendeDeadline: '2026-11-03', held: true },
    { datum: '2026-12-15', arendeDeadline: '2026-11-24', held: true },
    { datum: '2027-01-26', arendeDeadline: '2027-01-05' },
  ];

  it('never proposes a held meeting, neither before the deadline nor as the next one', () => {
    expect(planForDeadline(HELD_PLAN, '2026-12-31', '2026-12-15')).toEqual({
      sammantrade: '2027-01-26',
      beredning: '2027-01-05',
      beredningPassed: false,
      basis: 'next',
    });
    expect(noMeetingLeftBefore(HELD_PLAN, '2026-12-31', '2026-12-15')).toBe(true);
    expect(noMeetingLeftBefore(PLAN, '2026-12-31', '2026-11-10')).toBe(false);
    expect(noMeetingLeftBefore(HELD_PLAN, '2026-12-31', '2027-01-01')).toBe(false);
  });

  it('is overdue (Försenade), not due soon, and says what can still be done', () => {
    const r = one(shownOn('2026-12-15', { decisions: [SEED_002], plan: HELD_PLAN }), key)!;
    expect(r).toMatchObject({ overdue: true, daysLeft: 16, state: 'aktuell', plan: { sammantrade: '2027-01-26', basis: 'next' } });
    expect(r.subject).toBe(
      'Insatser utan individuell behovsprövning (2025.053 SN § 37), 2 insatser, ska revideras senast 2026-12-31, men inget sammanträde återstår före dess – ' +
        'kalla till ett extra sammanträde, låt ordföranden besluta i brådskande fall (ordförandebeslut) eller besluta om ett nytt revideringsdatum; ' +
        'nästa sammanträde som tar emot ärenden är 2027-01-26.',
    );
    expect(r.subject).not.toContain('2026-12-15');
    const groups = groupForOverview(deriveReminders(facts('2026-12-15', { decisions: [SEED_002], plan: HELD_PLAN })));
    expect(groups.overdue.map((x) => x.key)).toEqual([key]);
    expect(groups.soon).toEqual([]);
    expect(summarize(deriveReminders(facts('2026-12-15', { decisions: [SEED_002], plan: HELD_PLAN })))).toMatchObject({ overdue: 1, soon: 0 });
  });

  it('is overdue when no meeting at all is planned within the lead time', () => {
    const r = one(shownOn('2026-12-01', { decisions: [SEED_002], plan: [] }), key)!;
    expect(r.overdue).toBe(true);
    expect(r.subject).toContain('inget sammanträde återstår före dess');
    expect(r.subject).toContain('det finns inget kommande sammanträde i sammanträdesplanen');
  });

  it('is shown at once when the plan reaches past the deadline with no meeting before it, and not before its time otherwise', () => {
    const early = [
      { datum: '2026-06-16', arendeDeadline: '2026-05-26', held: true },
      { datum: '2027-02-02', arendeDeadline: '2027-01-12' },
    ];
    expect(one(shownOn('2026-06-20', { decisions: [SEED_002], plan: early }), key)).toMatchObject({ overdue: true, state: 'aktuell' });
    // A plan that does not reach the deadline yet: the plan is simply not entered, nothing is late.
    expect(one(shownOn('2026-06-20', { decisions: [SEED_002], plan: [early[0]] }), key)).toBeUndefined();
  });

  it('applies to giltighetstid too, without offering a new revision date', () => {
    const decision = { ...SEED_002, reviderasSenast: null, giltigTill: '2026-12-31' };
    const r = one(shownOn('2026-12-15', { decisions: [decision], plan: HELD_PLAN }), 'giltighet:beslut-1')!;
    expect(r.overdue).toBe(true);
    expect(r.subject).toContain('ordförandebeslut');
    expect(r.subject).not.toContain('revideringsdatum');
  });

  it('is a plain reminder again while a meeting is left', () => {
    const open = HELD_PLAN.map((m) => (m.datum === '2026-12-15' ? { ...m, held: false } : m));
    const r = one(shownOn('2026-12-10', { decisions: [SEED_002], plan: open }), key)!;
    expect(r).toMatchObject({ overdue: false, plan: { sammantrade: '2026-12-15', basis: 'deadline' } });
  });
});
