-- PostgreSQL twin of migrations/0017_revisions_changes.sql, plus what only PostgreSQL has: the change feed.
-- 0017: the smaller edits carry a revision too (see 0014): the settings (all keys saved together share
-- the revision of the save) and an acknowledged or snoozed reminder (a reminder without a row is at
-- revision 0; "visa igen" keeps the row, without an until, so its revision only ever rises).
ALTER TABLE settings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE reminder_ack ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

-- Others' changes without polling the tables: every write records itself in the audit trail, so one
-- statement-level trigger there announces each committed write on the channel iub_changes (delivered at
-- COMMIT, never for a rolled-back write; identical notifications of one transaction are folded into one).
-- A server LISTENs on a connection of its own and raises the counter "changes/since" checks
-- (electron/database/postgres-change-feed.ts). pg_notify needs no privilege, so every role's write announces itself.
CREATE FUNCTION iub_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('iub_changes', ''); RETURN NULL; END $$;
CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION iub_notify_changes();
