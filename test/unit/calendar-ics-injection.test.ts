// Issue 16, finding 6, and issue 17 (alarms, the nämnd in titles): CR, LF and CRLF in every field that
// reaches the .ics (the nämnd and kommun in the calendar's name and the titles, SUMMARY, DESCRIPTION,
// UID, CATEGORIES) never start a line of their own, so no extra VEVENT or URL can be injected; ical.js
// reads back exactly one event per reminder, each with its alarms.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ALARM_TRIGGERS, buildIcs, type IcsEvent } from '../../electron/services/calendar-ics';
import { testServices } from '../support/services';

const INJECTION = 'END:VEVENT\nBEGIN:VEVENT\nUID:injicerad\nSUMMARY:Falsk\nURL:https://evil.example/\nEND:VEVENT';
const BREAKS = ['\r', '\n', '\r\n'] as const;
const withBreak = (br: string, text: string) => text.replace(/\n/g, br);

function event(br: string, overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: withBreak(br, `paminnelse-1\n${INJECTION}@kommun`),
    date: '2026-12-31',
    summary: withBreak(br, `Revideras senast\n${INJECTION}`),
    description: withBreak(br, `Första stycket.\n\nAndra stycket\n${INJECTION}`),
    categories: [withBreak(br, `IUB\n${INJECTION}`)],
    sequence: 0,
    lastModified: new Date('2026-10-01T08:00:00Z'),
    cancelled: false,
    ...overrides,
  };
}

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

describe.each(BREAKS.map((b) => [JSON.stringify(b), b] as const))('radbrytning %s i varje fält', (_label, br) => {
  const ics = buildIcs({
    name: withBreak(br, `Påminnelser – Social\n${INJECTION}`),
    namnd: withBreak(br, `Socialnämnden\n${INJECTION}`),
    events: [event(br)],
    now: new Date('2026-10-02T00:00:00Z'),
  });

  it('skriver bara CRLF som radslut och ingen rad börjar med en injicerad egenskap', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    // an unfolded line that starts with a property name from the injection would be a new property
    expect(lines.filter((l) => /^(URL|BEGIN:VEVENT|UID:injicerad|SUMMARY:Falsk)/.test(l))).toEqual(['BEGIN:VEVENT']);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('ical.js läser exakt en händelse med texten kvar som text', () => {
    const cal = parse(ics);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toContain('Social');
    expect(String(cal.getFirstPropertyValue('x-wr-calname'))).not.toMatch(/[\r\n]/);
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const [ev] = events;
    expect(ev.getAllProperties('url')).toHaveLength(0);
    for (const name of ['uid', 'summary']) expect(String(ev.getFirstPropertyValue(name)), name).not.toMatch(/[\r\n]/);
    expect(String(ev.getFirstPropertyValue('summary'))).toMatch(/^Socialnämnden END:VEVENT BEGIN:VEVENT .* – Revideras senast/);
    const description = String(ev.getFirstPropertyValue('description'));
    expect(description).toContain('Första stycket.\n\nAndra stycket\nEND:VEVENT');
    expect(description).not.toContain('\r');
    expect(
      ev
        .getFirstProperty('categories')!
        .getValues()
        .every((c: unknown) => !/[\r\n]/.test(String(c))),
    ).toBe(true);
    const alarms = ev.getAllSubcomponents('valarm');
    expect(alarms.map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual([...ALARM_TRIGGERS]);
    expect(
      alarms.every((a) => a.getFirstPropertyValue('action') === 'DISPLAY' && String(a.getFirstPropertyValue('description')).startsWith('Socialnämnden')),
    ).toBe(true);
  });
});

it('en inställd händelse får inga larm', () => {
  const ics = buildIcs({ name: 'P', namnd: 'Socialnämnden', events: [event('\n', { cancelled: true })], now: new Date() });
  expect(parse(ics).getFirstSubcomponent('vevent')!.getAllSubcomponents('valarm')).toHaveLength(0);
});

it('nämnd och kommun med radbrytningar i inställningarna injicerar ingen händelse i den exporterade kalendern', async () => {
  const s = await testServices();
  try {
    for (const br of BREAKS) {
      await s.sqlite
        .prepare("INSERT INTO settings (key, value) VALUES ('namnd', ?), ('kommun', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .run(JSON.stringify(`Social${br}${withBreak(br, INJECTION)}`), JSON.stringify(`Alingsås${br}${withBreak(br, INJECTION)}`));
      const file = await s.call('paminnelser/calendar', {});
      const ics = Buffer.from(file.base64, 'base64').toString('utf8');
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const cal = parse(ics);
      expect(cal.getAllSubcomponents('vevent').every((e) => e.getFirstPropertyValue('uid') !== 'injicerad' && e.getAllProperties('url').length === 0)).toBe(
        true,
      );
      expect(String(cal.getFirstPropertyValue('x-wr-calname'))).not.toMatch(/[\r\n]/);
    }
  } finally {
    await s.cleanup();
  }
});
