// Compares a parsed catalogue document with the hand-written fixture of the same seed, field by field,
// for what the import must get right: number, name, grouping, villkor kinds, ages, kommun, documentation
// paragraph and system, uppföljning, methods with omfattning, 14:5 bedömning and the decision metadata.
import { expect } from 'vitest';
import { loadFixture, type FixtureName } from '../fixtures/load-fixture';
import type { ParsedCatalogue } from '../../shared/import/proposal';

/** Names compare without regard to dash style and spacing ("(ÅP) - grupp" = "(ÅP) – grupp"). */
export const nameKey = (s: string) =>
  s
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface MatchOptions {
  /**
   * The document is the app's own catalogue export: it numbers the insatser its own way and writes a
   * sentence for an empty field ("Insatsen har inga villkor."), so numbers and emptiness are not compared.
   */
  appExport?: boolean;
}

export function expectMatchesFixture(parsed: ParsedCatalogue, name: FixtureName, options: MatchOptions = {}): void {
  const fixture = loadFixture(name);
  if (options.appExport) expect(parsed.insatser).toHaveLength(fixture.insatser.length);
  else expect(parsed.insatser.map((i) => i.nummer)).toEqual(fixture.insatser.map((i) => i.nummer));
  fixture.insatser.forEach((want, index) => {
    const got = parsed.insatser[index];
    const at = `${want.nummer} ${want.content.namn}`;
    // The heading in the text is proposed; where the fixture took the TOC's spelling, the proposal offers it.
    const nameMatches =
      nameKey(got.content.namn) === nameKey(want.content.namn) || (got.tocName !== null && nameKey(got.tocName) === nameKey(want.content.namn));
    expect(nameMatches, `${at}: namn ${got.content.namn} / ${got.tocName}`).toBe(true);
    expect({ sektor: got.sektor, enhet: got.enhet, kategori: got.kategori }, `${at}: gruppering`).toEqual({
      sektor: want.sektor,
      enhet: want.enhet,
      kategori: want.kategori,
    });
    // The app's export lists villkor in its own order (samtycke before lämplighet); a document keeps its own.
    const order = <T extends { typ: string }>(list: readonly T[]) => (options.appExport ? [...list].sort((a, b) => a.typ.localeCompare(b.typ)) : list);
    const gotVillkor = order(got.content.villkor);
    const wantVillkor = order(want.content.villkor);
    expect(
      gotVillkor.map((v) => v.typ),
      `${at}: villkor`,
    ).toEqual(wantVillkor.map((v) => v.typ));
    gotVillkor.forEach((v, k) => {
      const w = wantVillkor[k];
      expect({ min: v.alderMin, max: v.alderMax, kommun: v.kommun }, `${at}: villkor ${k + 1} (${v.typ})`).toEqual({
        min: w.alderMin,
        max: w.alderMax,
        kommun: w.kommun,
      });
      if (w.typ === 'tidigareInsats') expect(v.tidigareInsats, `${at}: tidigare insats`).toBe(w.tidigareInsats);
      if (w.typ === 'dokument') expect(v.dokument, `${at}: dokument`).toBe(w.dokument);
      if (w.undantag) expect(v.undantag, `${at}: undantag`).toBe(w.undantag);
    });
    expect(got.content.malgruppAlder, `${at}: målgruppens ålder`).toEqual(want.content.malgruppAlder);
    expect(got.content.dokumentation.regim, `${at}: dokumentation`).toBe(want.content.dokumentation.regim);
    expect(got.content.dokumentation.system, `${at}: system`).toBe(want.content.dokumentation.system);
    expect(got.content.uppfoljning.typ, `${at}: uppföljning`).toBe(want.content.uppfoljning.typ);
    expect(got.bedomningSarskildaSkal !== '', `${at}: bedömning särskilda skäl`).toBe(want.bedomningSarskildaSkal !== '');
    expect(got.content.metoder.length, `${at}: antal metoder`).toBe(want.content.metoder.length);
    got.content.metoder.forEach((m, k) => {
      const w = want.content.metoder[k];
      const a = nameKey(m.namn);
      const b = nameKey(w.namn);
      expect(a.startsWith(b) || b.startsWith(a), `${at}: metod ${m.namn} / ${w.namn}`).toBe(true);
      // Omfattning is read where the document states it with a count; Östersund's "Daglig" has none.
      if (/\d|två|tre|fyra|fem|sex|tio/.test(w.omfattning)) expect(m.omfattning, `${at}: omfattning för ${w.namn}`).not.toBe('');
    });
    if (!options.appExport)
      expect(got.empty, `${at}: tom`).toBe(want.content.innehall === '' && want.content.villkor.length === 0 && want.content.malgrupp === '');
  });
  if (fixture.beslut) expect(parsed.decision?.draft).toEqual(fixture.beslut);
  else expect(parsed.decision).toBeNull();
}
