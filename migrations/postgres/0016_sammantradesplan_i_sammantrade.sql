-- PostgreSQL twin of migrations/0016_sammantradesplan_i_sammantrade.sql.
-- 0016: meetings are entered once. The sammanträdesplan (a meeting date and its last day for ärenden) was
-- a list of its own beside the sammanträden an ärende is put on; the plan's meetings are now the
-- sammanträden. Each sammanträde gets the last day for ärenden; a planned date with no sammanträde yet
-- becomes a planerat sammanträde of the nämnd set in Inställningar; a sammanträde with no planned date gets
-- the default three weeks before it; the separate table goes (its grants with it; sammantrade's stand).
ALTER TABLE sammantrade ADD COLUMN arende_deadline TEXT;

UPDATE sammantrade SET arende_deadline = (SELECT p.arende_deadline FROM sammantradesplan p WHERE p.datum = sammantrade.datum);

INSERT INTO sammantrade (datum, namnd, status, arende_deadline)
SELECT p.datum, COALESCE((SELECT s.value::json #>> '{}' FROM settings s WHERE s.key = 'namnd'), ''), 'planerat', p.arende_deadline
FROM sammantradesplan p
WHERE NOT EXISTS (SELECT 1 FROM sammantrade m WHERE m.datum = p.datum)
ORDER BY p.datum;

UPDATE sammantrade SET arende_deadline = to_char(datum::date - 21, 'YYYY-MM-DD') WHERE arende_deadline IS NULL;

DROP TABLE sammantradesplan;

CREATE INDEX sammantrade_datum ON sammantrade (datum);
