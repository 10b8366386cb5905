// Dates around the nämnd's protocol: justering within 14 days, the three-week appeal period
// (laglighetsprövning, 13 kap. 5 § kommunallagen) counted from the anslag of the justering, and
// återrapportering due dates written as a date, a month or a season. Pure: `today` is passed in.
import dayjs from 'dayjs';
import { SWEDISH_MONTHS } from './dates';

const ISO = 'YYYY-MM-DD';
const addDays = (date: string, days: number) => dayjs(date).add(days, 'day').format(ISO);

/** Kommunallagen asks for the protocol to be justerat within 14 days of the meeting. */
export const JUSTERING_DAGAR = 14;
/** A decision may be appealed within three weeks from the day the justering was announced. */
export const OVERKLAGANDE_DAGAR = 21;

export function justeringDeadline(sammantradesdatum: string): string {
  return addDays(sammantradesdatum, JUSTERING_DAGAR);
}

/**
 * A protocol records what happened: a sammanträde is held on or after its date, and it is justerat and its
 * justering anslagen on days that have come. Returns the Swedish problem with a field, or null.
 */
export function protokollDateProblem(p: {
  datum: string;
  status: 'planerat' | 'hallet' | 'justerat';
  justeringsdatum: string | null;
  anslagsdatum: string | null;
  today: string;
}): { path: string; message: string; field: string } | null {
  if (p.status !== 'planerat' && p.datum > p.today) {
    return {
      path: 'status',
      message: `Sammanträdet ${p.datum} har inte ägt rum än och kan inte markeras som hållet eller justerat före sitt datum.`,
      field: 'Sammanträdet har inte ägt rum.',
    };
  }
  if (p.justeringsdatum && p.justeringsdatum > p.today) {
    return {
      path: 'justeringsdatum',
      message: `Justeringsdatum ${p.justeringsdatum} har inte kommit än. Protokollet justeras när det har skrivits under.`,
      field: 'Datumet har inte kommit.',
    };
  }
  if (p.anslagsdatum && p.anslagsdatum > p.today) {
    return {
      path: 'anslagsdatum',
      message: `Anslagsdatum ${p.anslagsdatum} har inte kommit än. Ange dagen då justeringen anslogs.`,
      field: 'Datumet har inte kommit.',
    };
  }
  return null;
}

/** Easter Sunday (Gregorian computus), the anchor of the movable holidays. */
function easterSunday(year: number): dayjs.Dayjs {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayjs(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** The day falls on a Saturday between 20 and 26 of the month (midsommardagen, alla helgons dag). */
function saturdayBetween(year: number, month: number, from: number): string {
  let d = dayjs(`${year}-${String(month).padStart(2, '0')}-${String(from).padStart(2, '0')}`);
  while (d.day() !== 6) d = d.add(1, 'day');
  return d.format(ISO);
}

/**
 * Days on which a time limit does not end (lag (1930:173) om beräkning av lagstadgad tid): allmänna
 * helgdagar, midsommarafton, julafton and nyårsafton. Saturdays and Sundays are handled by the caller.
 */
export function swedishNonWorkingDays(year: number): Set<string> {
  const easter = easterSunday(year);
  const midsommardagen = saturdayBetween(year, 6, 20);
  return new Set([
    `${year}-01-01`,
    `${year}-01-06`,
    easter.subtract(2, 'day').format(ISO), // långfredagen
    easter.format(ISO),
    easter.add(1, 'day').format(ISO), // annandag påsk
    `${year}-05-01`,
    easter.add(39, 'day').format(ISO), // Kristi himmelsfärds dag
    easter.add(49, 'day').format(ISO), // pingstdagen
    `${year}-06-06`,
    dayjs(midsommardagen).subtract(1, 'day').format(ISO), // midsommarafton
    midsommardagen,
    saturdayBetween(year, 10, 31), // alla helgons dag (31 Oct – 6 Nov)
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ]);
}

/** A time limit that ends on a weekend or holiday runs to the next working day. */
export function nextWorkingDay(date: string): string {
  let d = dayjs(date);
  while (d.day() === 0 || d.day() === 6 || swedishNonWorkingDays(d.year()).has(d.format(ISO))) d = d.add(1, 'day');
  return d.format(ISO);
}

/** The last day to appeal: three weeks after the anslag, moved past weekends and holidays. */
export function overklagandeTidSlut(anslagsdatum: string): string {
  return nextWorkingDay(addDays(anslagsdatum, OVERKLAGANDE_DAGAR));
}

/** The decision has vunnit laga kraft when the appeal period has run out and no appeal was made. */
export function vunnitLagaKraft(a: { anslagsdatum: string; today: string; overklagad: boolean }): boolean {
  return !a.overklagad && a.today > overklagandeTidSlut(a.anslagsdatum);
}

/** Seasons as Swedish municipal planning uses them: våren is the spring term, hösten the autumn term. */
const SEASONS: Record<string, [string, string]> = {
  varen: ['01-01', '06-30'],
  sommaren: ['06-01', '08-31'],
  hosten: ['08-01', '12-31'],
  'forsta halvaret': ['01-01', '06-30'],
  'andra halvaret': ['07-01', '12-31'],
  'borjan av': ['01-01', '04-30'],
  'mitten av': ['05-01', '08-31'],
  'slutet av': ['09-01', '12-31'],
};
const QUARTERS: Record<string, [string, string]> = {
  '1': ['01-01', '03-31'],
  '2': ['04-01', '06-30'],
  '3': ['07-01', '09-30'],
  '4': ['10-01', '12-31'],
};

const fold = (s: string) => s.toLowerCase().replace(/å|ä/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, ' ').trim();

/**
 * A due date as people write it in a beslut, as a date range: "2026-10-01" (one day), "mars 2026"
 * (the month), "hösten 2026" / "våren 2027" / "första halvåret 2026" / "slutet av 2026", "kvartal 3 2026"
 * or "Q3 2026", "2026" (the year). Null when the text is not understood.
 */
export function parseSeason(text: string): { from: string; to: string } | null {
  const t = fold(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    return dayjs(t, ISO).format(ISO) === t ? { from: t, to: t } : null;
  }
  const year = t.match(/(\d{4})$/)?.[1];
  if (!year) return null;
  const head = t
    .slice(0, -4)
    .trim()
    .replace(/^(under|senast|till|i)\s+/, '')
    .replace(/\s+ar$/, '');
  if (head === '') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const month = SWEDISH_MONTHS.map(fold).indexOf(head);
  if (month >= 0) {
    const start = dayjs(`${year}-${String(month + 1).padStart(2, '0')}-01`);
    return { from: start.format(ISO), to: start.endOf('month').format(ISO) };
  }
  const season = SEASONS[head];
  if (season) return { from: `${year}-${season[0]}`, to: `${year}-${season[1]}` };
  const quarter = head.match(/^(?:kvartal|q)\s?([1-4])$/)?.[1];
  if (quarter) return { from: `${year}-${QUARTERS[quarter][0]}`, to: `${year}-${QUARTERS[quarter][1]}` };
  return null;
}
