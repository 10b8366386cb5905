// Writes an iCalendar file (RFC 5545) of all-day events with ical.js: CRLF line ends, lines folded at
// 75 octets (continuation lines included), DTSTAMP in UTC, DATE values, stable UIDs.
import ICAL from 'ical.js';

export interface IcsEvent {
  uid: string;
  /** All-day event on this date (YYYY-MM-DD). */
  date: string;
  summary: string;
  description: string;
  categories: string[];
  sequence: number;
  /** When this event's content last changed. */
  lastModified: Date;
  cancelled: boolean;
}

// RFC 5545 allows no control character in a value but HTAB; a line break is written as "\n" by
// ical.js only for LF, so CR and CRLF become LF first. Single-line values (UID, categories, the
// calendar's name, a custom X- property) get a space instead: no value can start a line of its own.
// oxlint-disable-next-line no-control-regex -- control characters are what this pattern replaces
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value that may hold paragraphs (DESCRIPTION). */
export function icsText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** A value that is one line (SUMMARY, UID, CATEGORIES, X-WR-CALNAME). */
export function icsLine(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(CONTROLS, '')
    .trim();
}

/** Alarms on every active event: a week ahead and in the morning of the day itself. */
export const ALARM_TRIGGERS = ['-P7D', 'PT8H'] as const;

function alarm(trigger: string, description: string) {
  const valarm = new ICAL.Component('valarm');
  valarm.addPropertyWithValue('action', 'DISPLAY');
  valarm.addPropertyWithValue('description', description);
  valarm.addPropertyWithValue('trigger', ICAL.Duration.fromString(trigger));
  return valarm;
}

function utc(date: Date) {
  return ICAL.Time.fromJSDate(date, true);
}

function allDay(date: string) {
  return ICAL.Time.fromDateString(date);
}

/** `namnd` goes into every title, so a shared or combined calendar says whose deadline it is. */
export function buildIcs(calendar: { name: string; namnd?: string; events: IcsEvent[]; now: Date }): string {
  const namnd = icsLine(calendar.namnd ?? '');
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('prodid', '-//IUB-katalogen//Paminnelser//SV');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  // an X- property has no declared type, so ical.js would write it unescaped: it is made one line here
  cal.addPropertyWithValue('x-wr-calname', icsLine(calendar.name));
  for (const e of calendar.events) {
    const ev = new ICAL.Component('vevent');
    const summary = namnd ? `${namnd} – ${icsLine(e.summary)}` : icsLine(e.summary);
    ev.addPropertyWithValue('uid', icsLine(e.uid));
    ev.addPropertyWithValue('dtstamp', utc(calendar.now));
    ev.addPropertyWithValue('dtstart', allDay(e.date));
    const end = allDay(e.date);
    end.adjust(1, 0, 0, 0);
    ev.addPropertyWithValue('dtend', end);
    ev.addPropertyWithValue('summary', summary);
    if (e.description) ev.addPropertyWithValue('description', icsText(e.description));
    if (e.categories.length) {
      const categories = new ICAL.Property('categories');
      categories.setValues(e.categories.map(icsLine));
      ev.addProperty(categories);
    }
    ev.addPropertyWithValue('sequence', e.sequence);
    ev.addPropertyWithValue('last-modified', utc(e.lastModified));
    ev.addPropertyWithValue('status', e.cancelled ? 'CANCELLED' : 'CONFIRMED');
    // A deadline marks a day; it does not make anyone busy.
    ev.addPropertyWithValue('transp', 'TRANSPARENT');
    if (!e.cancelled) for (const trigger of ALARM_TRIGGERS) ev.addSubcomponent(alarm(trigger, summary));
    cal.addSubcomponent(ev);
  }
  // ical.js folds at foldLength octets and then prefixes the space, so continuation lines would be one
  // octet too long: fold at 74 to keep every line within RFC 5545's 75.
  const saved = { fold: ICAL.foldLength, newline: ICAL.newLineChar };
  ICAL.foldLength = 74;
  ICAL.newLineChar = '\r\n';
  try {
    return `${cal.toString()}\r\n`;
  } finally {
    ICAL.foldLength = saved.fold;
    ICAL.newLineChar = saved.newline;
  }
}
