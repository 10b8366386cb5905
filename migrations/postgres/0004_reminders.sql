-- PostgreSQL twin of migrations/0004_reminders.sql: the same statements, portable as they are.
-- 0004: reminders and the calendar export.

-- An acknowledgement or snooze holds for the deadline it was given for: when the deadline moves, the
-- reminder comes back at once. `mode` tells an acknowledgement (until the next lead time) from a
-- snooze (until a chosen date, with a reason).
ALTER TABLE reminder_ack ADD COLUMN due TEXT;
ALTER TABLE reminder_ack ADD COLUMN mode TEXT NOT NULL DEFAULT 'uppskjuten' CHECK (mode IN ('kvitterad', 'uppskjuten'));

-- What the calendar export last published under each event UID, so that SEQUENCE and LAST-MODIFIED
-- change only when the event does, and an event whose deadline was resolved is published as
-- cancelled (a re-import into the shared calendar then updates or removes instead of duplicating).
CREATE TABLE calendar_event (
  uid         TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  sequence    INTEGER NOT NULL DEFAULT 0,
  modified    TEXT NOT NULL,
  summary     TEXT NOT NULL,
  dtstart     TEXT NOT NULL,
  cancelled   TEXT
);
