-- 0013 (PostgreSQL twin of migrations/0013_roller.sql): people and roles, enforced by the database.
-- Each person connects as their own login role (created by IT, e.g. mapped from AD through Kerberos/GSSAPI;
-- see README "Gemensam databas") that is a member of one of these three group roles:
--   iub_sekreterare           sammanträden, ärenden, beslut, återrapportering, settings, organisation,
--                             and the version status changes a beslut makes;
--   iub_verksamhetsutvecklare drafts and proposals (insatser, versions up to redo_for_beslut), RKA,
--                             dismissed findings, reminders;
--   iub_lasare                reads everything, writes nothing.
-- The audit trail is append-only for every role (INSERT only; the triggers of 0001 refuse the rest even for
-- the owner) and records session_user, which the client cannot choose. Roles are cluster-wide, so they are
-- created only when missing; this migration must run as the schema owner with CREATEROLE.

ALTER TABLE audit_log ADD COLUMN db_user TEXT;

CREATE FUNCTION iub_audit_log_db_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.db_user := session_user; RETURN NEW; END $$;
CREATE TRIGGER audit_log_db_user BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION iub_audit_log_db_user();

DO $$
DECLARE r TEXT;
BEGIN
  FOREACH r IN ARRAY ARRAY['iub_sekreterare', 'iub_verksamhetsutvecklare', 'iub_lasare'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO iub_sekreterare, iub_verksamhetsutvecklare, iub_lasare;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO iub_sekreterare, iub_verksamhetsutvecklare, iub_lasare;
-- What the calendar export last published (bookkeeping of an export anyone may take).
GRANT INSERT, UPDATE ON calendar_event TO iub_sekreterare, iub_verksamhetsutvecklare, iub_lasare;

-- Every writer records its changes in the audit trail: INSERT only, never UPDATE or DELETE.
GRANT INSERT ON audit_log TO iub_sekreterare, iub_verksamhetsutvecklare;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO iub_sekreterare, iub_verksamhetsutvecklare;

GRANT INSERT, UPDATE, DELETE ON sammantrade, sammantradesplan, arende, arende_version, beslut, beslut_version,
  aterrapportering, settings, katalogdokument, katalogdokument_beslut, sektor, enhet, kategori TO iub_sekreterare;
-- A beslut moves the versions it covers (status, beslut) and logs that; renaming an enhet re-indexes search.
GRANT UPDATE (status, beslut_id, updated_at, enhet_id, kategori_id) ON insats_version TO iub_sekreterare;
GRANT INSERT ON status_event TO iub_sekreterare;
GRANT UPDATE ON rka TO iub_sekreterare;
GRANT INSERT, UPDATE ON insats_version_fts TO iub_sekreterare;

GRANT INSERT, UPDATE, DELETE ON insats, insats_version, insats_version_fts, status_event, dismissed_finding, excluded_kind_answer, rka,
  reminder_ack TO iub_verksamhetsutvecklare;
GRANT UPDATE (done) ON aterrapportering TO iub_verksamhetsutvecklare;

-- A verksamhetsutvecklare works on versions that are not decided: rows in a decided status can be neither
-- written nor created by that role (row-level security). The owner is not subject to these policies.
ALTER TABLE insats_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY insats_version_read ON insats_version FOR SELECT TO iub_sekreterare, iub_verksamhetsutvecklare, iub_lasare USING (true);
CREATE POLICY insats_version_sekreterare ON insats_version FOR UPDATE TO iub_sekreterare USING (true) WITH CHECK (true);
CREATE POLICY insats_version_utkast_insert ON insats_version FOR INSERT TO iub_verksamhetsutvecklare
  WITH CHECK (status IN ('utkast', 'forslag', 'redo_for_beslut') AND beslut_id IS NULL);
CREATE POLICY insats_version_utkast_update ON insats_version FOR UPDATE TO iub_verksamhetsutvecklare
  USING (status IN ('utkast', 'forslag', 'redo_for_beslut', 'aterremitterad') AND beslut_id IS NULL)
  WITH CHECK (status IN ('utkast', 'forslag', 'redo_for_beslut', 'aterremitterad') AND beslut_id IS NULL);
CREATE POLICY insats_version_utkast_delete ON insats_version FOR DELETE TO iub_verksamhetsutvecklare
  USING (status IN ('utkast', 'forslag') AND beslut_id IS NULL);

-- Tables of later migrations can be read by every role; their writers get grants in their own migration.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO iub_sekreterare, iub_verksamhetsutvecklare, iub_lasare;
