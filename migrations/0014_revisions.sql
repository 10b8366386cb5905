-- 0014: no lost update. Every record a user edits carries a revision, starting at 1. A save sends the
-- revision it was based on; the service raises it by one in the same conditional UPDATE that checks it
-- (… SET revision = revision + 1 WHERE id = ? AND revision = ?), so of two saves based on the same
-- revision exactly one lands and the other is refused as a conflict. Plain portable SQL.
ALTER TABLE insats_version ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rka ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE arende ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE beslut ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sammantrade ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sektor ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enhet ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE kategori ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
