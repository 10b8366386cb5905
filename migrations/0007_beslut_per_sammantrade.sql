-- 0007: one ärende can be handled at several sammanträden. The nämnd may återremittera an ärende; it comes
-- back to a later meeting under the same diarienummer with a new §, and is decided there. So:
--
-- * every beslut records the sammanträde and § at which it was taken (beslut.sammantrade_id, paragraf), and
--   an ärende may have several beslut: återremisser, then at most one final beslut (bifall or avslag);
-- * arende.sammantrade_id and arende.paragraf now hold only the ärende's place on an agenda that awaits a
--   beslut. Recording a beslut moves that place into the beslut, which frees the ärende from the agenda;
-- * a § is used once on a meeting, whether it is an awaited place or a beslut (triggers below, since the
--   two live in two tables);
-- * the ärende's texts that the protokollsutdrag prints (rubrik, beskrivning, beslutsunderlag, expedieras
--   till) are frozen in the beslut when its protocol is justerat (NULL: still follows the ärende), so that a
--   reworked ärende does not change the § of an earlier, justerat återremiss;
-- * beslut_version: which insats versions each beslut concerned (the ärende's set may change after an
--   återremiss).
--
-- `beslut` loses its UNIQUE (arende_id), which SQLite can only do by rebuilding the table. The rebuild keeps
-- every id, so insats_version.beslut_id and aterrapportering.beslut_id stay valid. The migrator runs this
-- file in one transaction with foreign_keys ON, where PRAGMA foreign_keys cannot be switched off; the checks
-- are deferred to the commit instead. Dropping `beslut` then counts its child rows as violations and
-- inserting the same ids into the new `beslut` resolves them, so the commit succeeds only if every child
-- row has its parent again. (Renaming a new table into place, as the SQLite manual suggests with foreign
-- keys off, would leave those violations counted and fail the commit here.)

PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE beslut_0007 AS SELECT * FROM beslut;
DROP TABLE beslut;

CREATE TABLE beslut (
  id                  INTEGER PRIMARY KEY,
  arende_id           INTEGER NOT NULL REFERENCES arende (id),
  -- The sammanträde and § at which the nämnd took the beslut (NULL for a decision from the diarium without one).
  sammantrade_id      INTEGER REFERENCES sammantrade (id),
  paragraf            INTEGER,
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
  created_at          TEXT NOT NULL,
  -- The ärende's texts as the justerade protocol has them; NULL until then.
  rubrik              TEXT,
  beskrivning         TEXT,
  beslutsunderlag     TEXT,
  expedieras_till     TEXT,
  UNIQUE (sammantrade_id, paragraf),
  -- An ärende is handled at most once on a sammanträde.
  UNIQUE (arende_id, sammantrade_id)
);

INSERT INTO beslut (
  id, arende_id, sammantrade_id, paragraf, utfall, beslutsdatum, beslutande_instans, beslutstext, motivering,
  giltig_fran, giltig_till, revideras_senast, dokumentansvarig, typ_av_styrdokument, galler_for, overklagad,
  fran_diarium, created_at, rubrik, beskrivning, beslutsunderlag, expedieras_till
)
SELECT
  b.id, b.arende_id, a.sammantrade_id, a.paragraf, b.utfall, b.beslutsdatum, b.beslutande_instans, b.beslutstext,
  b.motivering, b.giltig_fran, b.giltig_till, b.revideras_senast, b.dokumentansvarig, b.typ_av_styrdokument,
  b.galler_for, b.overklagad, b.fran_diarium, b.created_at,
  CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.rubrik END,
  CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.beskrivning END,
  CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.beslutsunderlag END,
  CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.expedieras_till END
FROM beslut_0007 b
JOIN arende a ON a.id = b.arende_id
LEFT JOIN sammantrade s ON s.id = a.sammantrade_id;

DROP TABLE beslut_0007;

CREATE INDEX beslut_arende ON beslut (arende_id);

-- At most one final beslut per ärende.
CREATE UNIQUE INDEX beslut_ett_slutligt ON beslut (arende_id) WHERE utfall IN ('bifall', 'avslag');

CREATE TABLE beslut_version (
  beslut_id  INTEGER NOT NULL REFERENCES beslut (id),
  version_id INTEGER NOT NULL REFERENCES insats_version (id),
  PRIMARY KEY (beslut_id, version_id)
);
CREATE INDEX beslut_version_version ON beslut_version (version_id);

INSERT INTO beslut_version (beslut_id, version_id)
SELECT b.id, av.version_id FROM beslut b JOIN arende_version av ON av.arende_id = b.arende_id;

-- A decided ärende's place is its beslut's: the agenda place is freed.
UPDATE arende SET sammantrade_id = NULL, paragraf = NULL WHERE id IN (SELECT arende_id FROM beslut);

-- A § of a meeting is either an awaited place on the agenda or a beslut, never both.
CREATE TRIGGER arende_paragraf_ledig_insert BEFORE INSERT ON arende
WHEN NEW.paragraf IS NOT NULL AND EXISTS (SELECT 1 FROM beslut WHERE sammantrade_id = NEW.sammantrade_id AND paragraf = NEW.paragraf)
BEGIN SELECT RAISE(ABORT, 'Paragrafen används redan av ett beslut på sammanträdet.'); END;
CREATE TRIGGER arende_paragraf_ledig_update BEFORE UPDATE OF sammantrade_id, paragraf ON arende
WHEN NEW.paragraf IS NOT NULL AND EXISTS (SELECT 1 FROM beslut WHERE sammantrade_id = NEW.sammantrade_id AND paragraf = NEW.paragraf)
BEGIN SELECT RAISE(ABORT, 'Paragrafen används redan av ett beslut på sammanträdet.'); END;
CREATE TRIGGER beslut_paragraf_ledig_insert BEFORE INSERT ON beslut
WHEN NEW.paragraf IS NOT NULL AND EXISTS (SELECT 1 FROM arende WHERE sammantrade_id = NEW.sammantrade_id AND paragraf = NEW.paragraf)
BEGIN SELECT RAISE(ABORT, 'Paragrafen används redan av ett ärende på sammanträdets dagordning.'); END;
CREATE TRIGGER beslut_paragraf_ledig_update BEFORE UPDATE OF sammantrade_id, paragraf ON beslut
WHEN NEW.paragraf IS NOT NULL AND EXISTS (SELECT 1 FROM arende WHERE sammantrade_id = NEW.sammantrade_id AND paragraf = NEW.paragraf)
BEGIN SELECT RAISE(ABORT, 'Paragrafen används redan av ett ärende på sammanträdets dagordning.'); END;

-- After a final beslut the ärende is closed: it cannot be put on an agenda again nor get another beslut.
CREATE TRIGGER arende_avgjort_dagordning BEFORE UPDATE OF sammantrade_id ON arende
WHEN NEW.sammantrade_id IS NOT NULL AND EXISTS (SELECT 1 FROM beslut WHERE arende_id = NEW.id AND utfall IN ('bifall', 'avslag'))
BEGIN SELECT RAISE(ABORT, 'Ärendet är slutligt avgjort och kan inte läggas på en dagordning igen.'); END;
CREATE TRIGGER beslut_efter_slutligt BEFORE INSERT ON beslut
WHEN EXISTS (SELECT 1 FROM beslut WHERE arende_id = NEW.arende_id AND utfall IN ('bifall', 'avslag'))
BEGIN SELECT RAISE(ABORT, 'Ärendet är redan slutligt avgjort.'); END;
