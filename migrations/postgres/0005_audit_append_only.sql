-- 0005 (PostgreSQL twin): the audit trail stays append-only. SQLite needs a trigger against INSERT OR
-- REPLACE overwriting an entry; PostgreSQL has no such statement and the primary key refuses a second
-- row with the same id, so the trigger of the same name only restates that with the Swedish message.
CREATE FUNCTION iub_audit_log_only_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) THEN
    RAISE EXCEPTION 'Granskningsloggen kan inte ändras.' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_only_new BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION iub_audit_log_only_new();
