-- The user's answer to an excluded kind named only in an insats version's content or målgrupp
-- (11 kap. 5 § SoL): whether the insats is of that kind ('ar') or not ('ar_inte'), with the reason.
CREATE TABLE excluded_kind_answer (
  id         INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES insats_version (id),
  kind_id    TEXT NOT NULL,
  answer     TEXT NOT NULL,
  reason     TEXT NOT NULL,
  actor      TEXT NOT NULL,
  at         TEXT NOT NULL,
  UNIQUE (version_id, kind_id)
);
CREATE INDEX excluded_kind_answer_version ON excluded_kind_answer (version_id);
