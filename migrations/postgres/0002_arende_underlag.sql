-- PostgreSQL twin of migrations/0002_arende_underlag.sql: the same statements, portable as they are.
-- What the protokollsutdrag and the tjänsteskrivelse of an ärende list besides the decision:
-- the beslutsunderlag and to whom the extract is sent (expedieras till), one entry a line.
ALTER TABLE arende ADD COLUMN beslutsunderlag TEXT NOT NULL DEFAULT '';
ALTER TABLE arende ADD COLUMN expedieras_till TEXT NOT NULL DEFAULT '';
