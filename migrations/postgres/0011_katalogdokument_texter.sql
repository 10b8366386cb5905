-- PostgreSQL twin of migrations/0011_katalogdokument_texter.sql: the same statements, portable as they are.
-- 0011: the catalogue document keeps the imported document's own texts: the nämnd named in the document,
-- the heading and opening text of the förteckning chapter (seed 002: "3. Förteckning av IUB"), and a copy of
-- all the texts as adopted by a beslut, so that an adopted catalogue is re-issued as it was adopted.
-- The introduction column (0003) holds every prose chapter: "# " lines start a chapter.
ALTER TABLE katalogdokument ADD COLUMN namnd TEXT;
ALTER TABLE katalogdokument ADD COLUMN forteckning_rubrik TEXT;
ALTER TABLE katalogdokument ADD COLUMN forteckning_text TEXT;

CREATE TABLE katalogdokument_beslut (
  beslut_id          INTEGER PRIMARY KEY REFERENCES beslut (id),
  titel              TEXT,
  namnd              TEXT,
  inledning          TEXT,
  forteckning_rubrik TEXT,
  forteckning_text   TEXT,
  created_at         TEXT NOT NULL
);
