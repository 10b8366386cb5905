-- 0005: the audit trail stays append-only. 0001 refuses UPDATE and DELETE; INSERT OR REPLACE with an
-- existing id would still overwrite an entry without firing the DELETE trigger (recursive_triggers is
-- off), so an insert that names an id already in the trail is refused.
CREATE TRIGGER audit_log_only_new BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'Granskningsloggen kan inte ändras.'); END;
