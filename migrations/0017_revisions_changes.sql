-- 0017: the smaller edits carry a revision too (see 0014): the settings (all keys saved together share
-- the revision of the save) and an acknowledged or snoozed reminder (a reminder without a row is at
-- revision 0; "visa igen" keeps the row, without an until, so its revision only ever rises).
-- PostgreSQL's twin also announces every audit-trail entry with NOTIFY iub_changes; SQLite needs no
-- statement for that (PRAGMA data_version tells a reader of the file that someone committed).
ALTER TABLE settings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE reminder_ack ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
