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

function utc(date: Date) {
  return ICAL.Time.fromJSDate(date, true);
}

function allDay(date: string) {
  return ICAL.Time.fromDateString(date);
}

export function buildIcs(calendar: { name: string; events: IcsEvent[]; now: Date }): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('prodid', '-//IUB-katalogen//Paminnelser//SV');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', calendar.name);
  for (const e of calendar.events) {
    const ev = new ICAL.Component('vevent');
    ev.addPropertyWithValue('uid', e.uid);
    ev.addPropertyWithValue('dtstamp', utc(calendar.now));
    ev.addPropertyWithValue('dtstart', allDay(e.date));
    const end = allDay(e.date);
    end.adjust(1, 0, 0, 0);
    ev.addPropertyWithValue('dtend', end);
    ev.addPropertyWithValue('summary', e.summary);
    if (e.description) ev.addPropertyWithValue('description', e.description);
    if (e.categories.length) {
      const categories = new ICAL.Property('categories');
      categories.setValues(e.categories);
      ev.addProperty(categories);
    }
    ev.addPropertyWithValue('sequence', e.sequence);
    ev.addPropertyWithValue('last-modified', utc(e.lastModified));
    ev.addPropertyWithValue('status', e.cancelled ? 'CANCELLED' : 'CONFIRMED');
    // A deadline marks a day; it does not make anyone busy.
    ev.addPropertyWithValue('transp', 'TRANSPARENT');
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
