-- 0013: people and roles. On a local SQLite file everyone is the one local user with all rights, so
-- only the column below lands here; its PostgreSQL twin (migrations/postgres/0013_roller.sql) also
-- creates the three database roles and their grants. The number is the same on both engines so the two
-- migration histories stay one list.
-- The database role that wrote an audit entry (PostgreSQL: session_user, set by the server; NULL on SQLite).
ALTER TABLE audit_log ADD COLUMN db_user TEXT;
