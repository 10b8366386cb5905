-- 0001: the whole first schema. Frozen once landed: later changes go in new numbered files.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Append-only audit trail: who, when, what (entity, id, before/after).
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  os_user     TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  action      TEXT NOT NULL,
  before_json TEXT,
  after_json  TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Granskningsloggen kan inte ändras.'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Granskningsloggen kan inte ändras.'); END;

CREATE TABLE sektor (
  id   INTEGER PRIMARY KEY,
  namn TEXT NOT NULL UNIQUE
);

CREATE TABLE enhet (
  id        INTEGER PRIMARY KEY,
  sektor_id INTEGER NOT NULL REFERENCES sektor (id),
  namn      TEXT NOT NULL,
  UNIQUE (sektor_id, namn)
);

CREATE TABLE kategori (
  id        INTEGER PRIMARY KEY,
  namn      TEXT NOT NULL UNIQUE,
  sortering INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE insats (
  id         INTEGER PRIMARY KEY,
  -- heading number from an imported document ("3.1.1"), used for ordering
  nummer     TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE sammantrade (
  id              INTEGER PRIMARY KEY,
  datum           TEXT NOT NULL,
  namnd           TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'planerat' CHECK (status IN ('planerat', 'hallet', 'justerat')),
  justeringsdatum TEXT,
  anslagsdatum    TEXT,
  ordforande      TEXT NOT NULL DEFAULT '',
  justerare       TEXT NOT NULL DEFAULT ''
);

-- The nämnd's meeting plan for the year: meeting dates and each one's deadline for ärenden.
CREATE TABLE sammantradesplan (
  datum          TEXT PRIMARY KEY,
  arende_deadline TEXT NOT NULL
);

CREATE TABLE arende (
  id             INTEGER PRIMARY KEY,
  diarienummer   TEXT NOT NULL UNIQUE,
  dnr_year       INTEGER,
  dnr_seq        INTEGER,
  rubrik         TEXT NOT NULL,
  beskrivning    TEXT NOT NULL DEFAULT '',
  handlaggare    TEXT NOT NULL DEFAULT '',
  sammantrade_id INTEGER REFERENCES sammantrade (id),
  paragraf       INTEGER,
  created_at     TEXT NOT NULL,
  UNIQUE (sammantrade_id, paragraf)
);

CREATE TABLE beslut (
  id                  INTEGER PRIMARY KEY,
  arende_id           INTEGER NOT NULL UNIQUE REFERENCES arende (id),
  utfall              TEXT NOT NULL CHECK (utfall IN ('bifall', 'aterremiss', 'avslag')),
  beslutsdatum        TEXT NOT NULL,
  beslutande_instans  TEXT NOT NULL,
  beslutstext         TEXT NOT NULL DEFAULT '',
  motivering          TEXT NOT NULL DEFAULT '',
  giltig_fran         TEXT,
  giltig_till         TEXT,
  revideras_senast    TEXT,
  dokumentansvarig    TEXT NOT NULL DEFAULT '',
  typ_av_styrdokument TEXT NOT NULL DEFAULT '',
  galler_for          TEXT NOT NULL DEFAULT '',
  overklagad          INTEGER NOT NULL DEFAULT 0,
  fran_diarium        INTEGER NOT NULL DEFAULT 0,
  created_at          TEXT NOT NULL
);

CREATE TABLE insats_version (
  id                  INTEGER PRIMARY KEY,
  insats_id           INTEGER NOT NULL REFERENCES insats (id),
  version_no          INTEGER NOT NULL,
  status              TEXT NOT NULL,
  namn                TEXT NOT NULL,
  enhet_id            INTEGER REFERENCES enhet (id),
  kategori_id         INTEGER REFERENCES kategori (id),
  dokumentation_regim TEXT NOT NULL,
  alder_min           INTEGER,
  alder_max           INTEGER,
  content_json        TEXT NOT NULL,
  beslut_id           INTEGER REFERENCES beslut (id),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (insats_id, version_no)
);
CREATE INDEX insats_version_insats ON insats_version (insats_id);
CREATE INDEX insats_version_status ON insats_version (status);

CREATE TABLE arende_version (
  arende_id  INTEGER NOT NULL REFERENCES arende (id),
  version_id INTEGER NOT NULL REFERENCES insats_version (id),
  PRIMARY KEY (arende_id, version_id)
);

-- Lifecycle timeline of a version.
CREATE TABLE status_event (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES insats_version (id),
  from_status TEXT,
  to_status   TEXT NOT NULL,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_event_version ON status_event (version_id);

-- A legal-check finding the user stated is a false alarm, with the reason.
CREATE TABLE dismissed_finding (
  id         INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES insats_version (id),
  rule_id    TEXT NOT NULL,
  reason     TEXT NOT NULL,
  actor      TEXT NOT NULL,
  at         TEXT NOT NULL,
  UNIQUE (version_id, rule_id)
);

CREATE TABLE rka (
  id            INTEGER PRIMARY KEY,
  version_id    INTEGER NOT NULL UNIQUE REFERENCES insats_version (id),
  content_json  TEXT NOT NULL,
  complete      INTEGER NOT NULL DEFAULT 0,
  needs_review  INTEGER NOT NULL DEFAULT 0,
  flagged_on    TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

-- Återrapportering: tasks a decision carries, due on a date or in a season (stored as a range).
CREATE TABLE aterrapportering (
  id        INTEGER PRIMARY KEY,
  beslut_id INTEGER NOT NULL REFERENCES beslut (id),
  text      TEXT NOT NULL,
  due_from  TEXT NOT NULL,
  due_to    TEXT NOT NULL,
  done      INTEGER NOT NULL DEFAULT 0
);

-- Acknowledged or snoozed reminders, keyed by the reminder's stable key.
CREATE TABLE reminder_ack (
  key    TEXT PRIMARY KEY,
  until  TEXT,
  actor  TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  at     TEXT NOT NULL
);

-- Full-text search over every text field of a version (kept in step by the data layer).
CREATE VIRTUAL TABLE insats_version_fts USING fts5 (
  body,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Every municipality starts with the kategorier of the seeds; its own are added in Inställningar.
INSERT INTO kategori (namn, sortering) VALUES
  ('Rådgivning', 1), ('Anhörigstöd', 2), ('Mötesplats', 3), ('Individuellt riktade insatser', 4);
