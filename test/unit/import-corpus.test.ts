// Documents in layouts other than the seeds (issue 15): each with its expected parse beside it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { APP_ROOT } from '../support/services';

const corpus = path.join(APP_ROOT, 'test', 'corpus');

describe('"Insats N: Namn" headings with synonym section labels (d5, Ekeryd)', () => {
  const parsed = parseCatalogueDocument(fs.readFileSync(path.join(corpus, 'd5-insats-numrerad.txt'), 'utf8'));
  const expected = JSON.parse(fs.readFileSync(path.join(corpus, 'd5-insats-numrerad.expected.json'), 'utf8')) as {
    insatser: Array<{ number: string; name: string; dokumentation: string; ageMin?: number | null; ageMax?: number | null }>;
  };

  it('finds every insats with its number, name and documentation', () => {
    expect(parsed.insatser.map((i) => [i.nummer, i.content.namn, i.content.dokumentation.regim])).toEqual(
      expected.insatser.map((i) => [i.number, i.name, i.dokumentation]),
    );
  });

  it('reads the målgrupp ages under "Vem vänder sig insatsen till"', () => {
    for (const e of expected.insatser.filter((x) => x.ageMin !== undefined)) {
      const i = parsed.insatser.find((x) => x.nummer === e.number)!;
      expect([i.content.malgruppAlder?.min ?? null, i.content.malgruppAlder?.max ?? null], e.name).toEqual([e.ageMin, e.ageMax]);
    }
  });
});
