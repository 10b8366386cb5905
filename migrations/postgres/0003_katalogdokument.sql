-- PostgreSQL twin of migrations/0003_katalogdokument.sql: the same statements, portable as they are.
-- 0003: the catalogue document's own texts, edited on the Export page. One row at most; a NULL column
-- means the app's default (the default title, the default legal introduction), so "back to the default"
-- is writing NULL and a later improvement of the default text reaches every catalogue that kept it.
CREATE TABLE katalogdokument (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  titel      TEXT,
  inledning  TEXT,
  updated_at TEXT NOT NULL
);
