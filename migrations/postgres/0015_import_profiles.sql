-- PostgreSQL twin of migrations/0015_import_profiles.sql, with the grants 0013 gives each role.
-- 0015: import profiles. What a kommun told the document import's review screen about its own layout (its own
-- labels, what each spreadsheet column holds, which heading level is an insats), saved per kommun when an
-- import is confirmed and applied to the next document from that kommun. kommun_key is the kommun's name in
-- lower case, the form it is looked up in; profile is the JSON of shared/import/import-profile.ts.
CREATE TABLE import_profile (
  kommun_key TEXT PRIMARY KEY,
  kommun     TEXT NOT NULL,
  profile    TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Everyone reads it; those who import documents (sekreterare, verksamhetsutvecklare) save it; läsare write nothing.
GRANT SELECT ON import_profile TO iub_sekreterare, iub_verksamhetsutvecklare, iub_lasare;
GRANT INSERT, UPDATE, DELETE ON import_profile TO iub_sekreterare, iub_verksamhetsutvecklare;
