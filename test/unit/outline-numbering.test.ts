// The outline in the seed layout when its numbering is not the textbook 1 → 1.1 → 1.1.1: a förteckning
// whose first kategori is 3.4, a lone insats 3.1.4, a gap 3.1.1 → 3.1.5. Each used to be misread without a
// word (one insats "3 Förteckning av IUB", "3.1 Rådgivning" as the insats, the second insats merged into
// the first); now each finds the insatser and says what is odd, naming the lines.
import { describe, expect, it } from 'vitest';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';

/** An insats in the seed layout: numbered heading, then section labels alone on their lines. */
const insats = (number: string, name: string) =>
  [
    `${number}. ${name}`,
    'Målgrupp och villkor',
    `Vuxna som vill ha stöd i ${name.toLowerCase()}.`,
    'Villkor:',
    'Personen är folkbokförd i Exempelby kommun.',
    'Innehåll och genomförande',
    `Samtal om ${name.toLowerCase()}, högst fem gånger.`,
    'Dokumentation.',
    '14 kap 3 § SoL, dokumentation sker på individnivå.',
  ].join('\n\n');

const doc = (...parts: string[]) =>
  ['Insatser utan individuell behovsprövning', '1. Inledning', 'Socialnämnden erbjuder insatserna nedan utan biståndsbeslut.', ...parts].join('\n\n');

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('numbering that does not start at 1 or skips', () => {
  it('a förteckning whose first kategori is 3.4 still has its insatser, not one insats "3 Förteckning av IUB"', () => {
    const text = doc(
      '3. Förteckning av IUB',
      '3.4. Rådgivning',
      insats('3.4.1', 'Familjerådgivning'),
      insats('3.4.2', 'Skuldrådgivning'),
      '3.5. Stöd',
      insats('3.5.1', 'Anhörigstöd'),
    );
    const parsed = parseCatalogueDocument(text);
    expect(parsed.insatser.map((i) => [i.nummer, i.content.namn, i.kategori])).toEqual([
      ['3.4.1', 'Familjerådgivning', 'Rådgivning'],
      ['3.4.2', 'Skuldrådgivning', 'Rådgivning'],
      ['3.5.1', 'Anhörigstöd', 'Stöd'],
    ]);
    const start = parsed.warnings.find((w) => w.code === 'numbering_start')!;
    expect(start.message).toContain('3.4');
    expect(start.message).toContain(`rad ${lineOf(text, '3.4. Rådgivning')}`);
  });

  it('a first kategori 3.5 likewise', () => {
    const parsed = parseCatalogueDocument(
      doc('3. Förteckning av IUB', '3.5. Rådgivning', insats('3.5.1', 'Familjerådgivning'), insats('3.5.2', 'Skuldrådgivning')),
    );
    expect(parsed.insatser.map((i) => i.nummer)).toEqual(['3.5.1', '3.5.2']);
  });

  it('a lone insats numbered 3.1.4 is 3.1.4, under the kategori 3.1 Rådgivning, with a warning naming its line', () => {
    const text = doc('3. Förteckning', '3.1. Rådgivning', insats('3.1.4', 'Familjerådgivning'));
    const parsed = parseCatalogueDocument(text);
    expect(parsed.insatser.map((i) => [i.nummer, i.content.namn, i.kategori])).toEqual([['3.1.4', 'Familjerådgivning', 'Rådgivning']]);
    const start = parsed.warnings.find((w) => w.code === 'numbering_start')!;
    expect(start).toMatchObject({ nummer: '3.1.4' });
    expect(start.message).toContain(`rad ${lineOf(text, '3.1.4.')}`);
  });

  it('a gap 3.1.1 → 3.1.5 gives two insatser and a warning naming both lines', () => {
    const text = doc('3. Förteckning', '3.1. Rådgivning', insats('3.1.1', 'Familjerådgivning'), insats('3.1.5', 'Skuldrådgivning'));
    const parsed = parseCatalogueDocument(text);
    expect(parsed.insatser.map((i) => i.nummer)).toEqual(['3.1.1', '3.1.5']);
    expect(parsed.insatser[0].content.innehall).not.toContain('Skuldrådgivning');
    expect(parsed.insatser[1].content.innehall).toContain('skuldrådgivning');
    const gap = parsed.warnings.find((w) => w.code === 'numbering_gap')!;
    expect(gap).toMatchObject({ nummer: '3.1.5' });
    expect(gap.message).toContain(`3.1.1 (rad ${lineOf(text, '3.1.1.')})`);
    expect(gap.message).toContain(`3.1.5 (rad ${lineOf(text, '3.1.5.')})`);
  });

  it('numbering that follows 1, 2, 3 gives no numbering warning', () => {
    const parsed = parseCatalogueDocument(doc('3. Förteckning', '3.1. Rådgivning', insats('3.1.1', 'Familjerådgivning'), insats('3.1.2', 'Skuldrådgivning')));
    expect(parsed.warnings.filter((w) => w.code.startsWith('numbering'))).toEqual([]);
  });

  it('a number far out of sequence is still body text', () => {
    const parsed = parseCatalogueDocument(doc('3. Förteckning', '3.1. Rådgivning', insats('3.1.1', 'Familjerådgivning'), '3.1.40 Ej en rubrik'));
    expect(parsed.insatser.map((i) => i.nummer)).toEqual(['3.1.1']);
  });
});

describe('headings that could be kategori or insats, and empty fields', () => {
  it('a kategori heading with insats sections of its own is named in a warning', () => {
    const text = doc(
      '3. Förteckning',
      '3.1. Rådgivning',
      'Målgrupp: alla som bor i kommunen.',
      insats('3.1.1', 'Familjerådgivning'),
      insats('3.1.2', 'Skuldrådgivning'),
    );
    const parsed = parseCatalogueDocument(text);
    expect(parsed.insatser).toHaveLength(2);
    const w = parsed.warnings.find((x) => x.code === 'ambiguous_heading')!;
    expect(w.message).toContain('3.1 Rådgivning');
    expect(w.message).toContain(`rad ${lineOf(text, '3.1. Rådgivning')}`);
    expect(w.message).toContain(`Målgrupp (rad ${lineOf(text, 'Målgrupp: alla')})`);
  });

  it('a section label with nothing under it is an empty field, named with its line', () => {
    const text = doc('3. Förteckning', '3.1. Rådgivning', insats('3.1.1', 'Familjerådgivning').replace('Personen är folkbokförd i Exempelby kommun.', ''));
    const parsed = parseCatalogueDocument(text);
    const w = parsed.warnings.find((x) => x.code === 'empty_field')!;
    expect(w).toMatchObject({ nummer: '3.1.1' });
    expect(w.message).toContain(`Villkor (rad ${lineOf(text, 'Villkor:')})`);
  });

  it('a placeholder ("-") states a field as absent and is not an empty field', () => {
    const text = doc('3. Förteckning', '3.1. Rådgivning', insats('3.1.1', 'Familjerådgivning').replace('Personen är folkbokförd i Exempelby kommun.', '-'));
    expect(parseCatalogueDocument(text).warnings.filter((x) => x.code === 'empty_field')).toEqual([]);
  });
});
