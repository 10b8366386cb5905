-- 0007 (PostgreSQL twin of migrations/0007_beslut_per_sammantrade.sql; read that file for the why).
-- One ärende can be handled at several sammanträden: every beslut records its sammanträde and §, an
-- ärende may have återremisser and at most one final beslut, and a § of a meeting is used once whether it
-- is an awaited place on the agenda or a beslut. SQLite rebuilds `beslut` to drop UNIQUE (arende_id);
-- PostgreSQL drops the constraint and adds the columns in place (column order is not compared).

ALTER TABLE beslut DROP CONSTRAINT beslut_arende_id_key;
ALTER TABLE beslut ADD COLUMN sammantrade_id INTEGER REFERENCES sammantrade (id);
ALTER TABLE beslut ADD COLUMN paragraf INTEGER;
ALTER TABLE beslut ADD COLUMN rubrik TEXT;
ALTER TABLE beslut ADD COLUMN beskrivning TEXT;
ALTER TABLE beslut ADD COLUMN beslutsunderlag TEXT;
ALTER TABLE beslut ADD COLUMN expedieras_till TEXT;
ALTER TABLE beslut ADD CONSTRAINT beslut_sammantrade_id_paragraf_key UNIQUE (sammantrade_id, paragraf);
ALTER TABLE beslut ADD CONSTRAINT beslut_arende_id_sammantrade_id_key UNIQUE (arende_id, sammantrade_id);

UPDATE beslut b SET
  sammantrade_id = a.sammantrade_id,
  paragraf = a.paragraf,
  rubrik = CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.rubrik END,
  beskrivning = CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.beskrivning END,
  beslutsunderlag = CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.beslutsunderlag END,
  expedieras_till = CASE WHEN b.fran_diarium = 1 OR s.status = 'justerat' THEN a.expedieras_till END
FROM arende a LEFT JOIN sammantrade s ON s.id = a.sammantrade_id
WHERE a.id = b.arende_id;

CREATE INDEX beslut_arende ON beslut (arende_id);

CREATE UNIQUE INDEX beslut_ett_slutligt ON beslut (arende_id) WHERE utfall IN ('bifall', 'avslag');

CREATE TABLE beslut_version (
  beslut_id  INTEGER NOT NULL REFERENCES beslut (id),
  version_id INTEGER NOT NULL REFERENCES insats_version (id),
  PRIMARY KEY (beslut_id, version_id)
);
CREATE INDEX beslut_version_version ON beslut_version (version_id);

INSERT INTO beslut_version (beslut_id, version_id)
SELECT b.id, av.version_id FROM beslut b JOIN arende_version av ON av.arende_id = b.arende_id;

UPDATE arende SET sammantrade_id = NULL, paragraf = NULL WHERE id IN (SELECT arende_id FROM beslut);

-- A § of a meeting is either an awaited place on the agenda or a beslut, never both.
CREATE FUNCTION iub_arende_paragraf_ledig() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.paragraf IS NOT NULL AND EXISTS (SELECT 1 FROM beslut WHERE sammantrade_id = NEW.sammantrade_id AND paragraf = NEW.paragraf) THEN
    RAISE EXCEPTION 'Paragrafen används redan av ett beslut på sammanträdet.' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
CREATE FUNCTION iub_beslut_paragraf_ledig() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.paragraf IS NOT NULL AND EXISTS (SELECT 1 FROM arende WHERE sammantrade_id = NEW.sammantrade_id AND paragraf = NEW.paragraf) THEN
    RAISE EXCEPTION 'Paragrafen används redan av ett ärende på sammanträdets dagordning.' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER arende_paragraf_ledig_insert BEFORE INSERT ON arende FOR EACH ROW EXECUTE FUNCTION iub_arende_paragraf_ledig();
CREATE TRIGGER arende_paragraf_ledig_update BEFORE UPDATE OF sammantrade_id, paragraf ON arende FOR EACH ROW EXECUTE FUNCTION iub_arende_paragraf_ledig();
CREATE TRIGGER beslut_paragraf_ledig_insert BEFORE INSERT ON beslut FOR EACH ROW EXECUTE FUNCTION iub_beslut_paragraf_ledig();
CREATE TRIGGER beslut_paragraf_ledig_update BEFORE UPDATE OF sammantrade_id, paragraf ON beslut FOR EACH ROW EXECUTE FUNCTION iub_beslut_paragraf_ledig();

-- After a final beslut the ärende is closed: it cannot be put on an agenda again nor get another beslut.
CREATE FUNCTION iub_arende_avgjort_dagordning() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.sammantrade_id IS NOT NULL AND EXISTS (SELECT 1 FROM beslut WHERE arende_id = NEW.id AND utfall IN ('bifall', 'avslag')) THEN
    RAISE EXCEPTION 'Ärendet är slutligt avgjort och kan inte läggas på en dagordning igen.' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER arende_avgjort_dagordning BEFORE UPDATE OF sammantrade_id ON arende FOR EACH ROW EXECUTE FUNCTION iub_arende_avgjort_dagordning();
CREATE FUNCTION iub_beslut_efter_slutligt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM beslut WHERE arende_id = NEW.arende_id AND utfall IN ('bifall', 'avslag')) THEN
    RAISE EXCEPTION 'Ärendet är redan slutligt avgjort.' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER beslut_efter_slutligt BEFORE INSERT ON beslut FOR EACH ROW EXECUTE FUNCTION iub_beslut_efter_slutligt();
