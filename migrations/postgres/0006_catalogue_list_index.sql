-- PostgreSQL twin of migrations/0006_catalogue_list_index.sql: the same statements, portable as they are.
-- 0006: a covering index for the Katalog list. The list reads one row per insats (its newest version)
-- with a handful of short columns; served from this index it never touches the wide content_json rows,
-- which keeps opening and searching a catalogue of thousands of insatser fast.
CREATE INDEX insats_version_list ON insats_version (
  insats_id, version_no, status, namn, enhet_id, kategori_id, dokumentation_regim, alder_min, alder_max, beslut_id, updated_at
);

-- The versions a decision covers, for "which version is in force on a date" without a table scan.
CREATE INDEX insats_version_beslut ON insats_version (beslut_id, insats_id, version_no, status);
