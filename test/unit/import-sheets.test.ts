// Spreadsheets (.xlsx, .csv) and row-per-insats tables: the table-row text form, the column vocabulary,
// the example kartläggning d2 in both formats against its expected parse, encodings and delimiters,
// limits, unknown labels and columns, and the import profile's choices applied to a re-parse.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importJson } from '../../electron/cli/commands/import-report';
import { DocumentError } from '../../electron/import/document-error';
import { readCatalogueDocument } from '../../electron/import/read-catalogue-document';
import { readCatalogueDocumentInWorker } from '../../electron/import/parse-in-worker';
import { SHEET_MESSAGES } from '../../electron/import/sheet-limits';
import { declaredRows } from '../../electron/import/xlsx-file';
import { matchColumn } from '../../shared/import/column-labels';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { importProposalSchema } from '../../shared/import/proposal';
import { formatTableRow, sheetRowsToText, tableCells } from '../../shared/import/table-rows';
import { findUnknownLabels } from '../../shared/import/unknown-labels';
import { makeZip } from '../support/hostile-files';

const EXAMPLES = '/work/shared/import-examples';
const examplesDir = fs.existsSync(EXAMPLES) ? EXAMPLES : path.resolve(__dirname, '../../../shared/import-examples');
const example = (name: string) => new Uint8Array(fs.readFileSync(path.join(examplesDir, name)));
const expected = JSON.parse(fs.readFileSync(path.join(examplesDir, 'expected/d2-kartlaggning.json'), 'utf8')) as {
  insatser: Array<Record<string, unknown>>;
};

async function xlsxOf(rows: Array<Array<string | number>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Insatser');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What the README's expected JSON compares: number, name, ages, documentation and the villkor flags. */
function asExpected(proposal: Awaited<ReturnType<typeof readCatalogueDocument>>) {
  return importJson(proposal, null, true).insatser.map((i, n) => {
    const villkor = proposal.insatser[n].content.villkor;
    const wanted = expected.insatser[n] ?? {};
    const out: Record<string, unknown> = {
      number: i.number,
      name: i.name,
      dokumentation: i.dokumentation,
      folkbokford: villkor.some((v) => v.typ === 'folkbokford'),
    };
    if ('ageMin' in wanted) out.ageMin = i.ageMin ?? null;
    if ('ageMax' in wanted) out.ageMax = i.ageMax ?? null;
    if ('samtycke' in wanted) out.samtycke = villkor.some((v) => v.typ === 'samtycke');
    if ('lamplighet15_17' in wanted) out.lamplighet15_17 = villkor.some((v) => v.typ === 'lamplighetsbedomning');
    return out;
  });
}

describe('table-row text', () => {
  it('reads cells back as written: a literal pipe, a line break in a cell, empty cells kept in place', () => {
    const cells = ['Nr', 'A | B', 'rad ett\nrad två', '', 'sist'];
    const row = formatTableRow(cells);
    expect(row).toBe('| Nr | A \\| B | rad ett <br> rad två |  | sist |');
    expect(tableCells(row)).toEqual(cells);
    expect(tableCells('Vanlig text | med streck')).toBeNull();
  });

  it('writes a row with one filled cell as free text and drops empty rows', () => {
    expect(
      sheetRowsToText([
        ['Titel', '', ''],
        ['', '', ''],
        ['Nr', 'Insats', ''],
        ['1', 'Spel', 'x'],
      ]),
    ).toBe('Titel\n\n| Nr | Insats |\n\n| 1 | Spel | x |');
  });
});

describe('column vocabulary', () => {
  it.each([
    ['Nr', 'nummer'],
    ['Id', 'nummer'],
    ['Insats', 'namn'],
    ['Namn', 'namn'],
    ['Beskrivning', 'innehall'],
    ['Innehåll', 'innehall'],
    ['Målgrupp', 'malgrupp'],
    ['Åldersgräns', 'alder'],
    ['Ålder', 'alder'],
    ['Villkor', 'villkor'],
    ['Dokumentation (lagrum)', 'dokumentation'],
    ['Lagrum', 'dokumentation'],
    ['Utförare', 'utforare'],
    ['Kontakt', 'kontakt'],
    ['Uppföljnig', 'uppfoljning'],
  ])('%s → %s', (header, key) => expect(matchColumn(header)).toBe(key));

  it('knows no "Kostnad" until a profile says what it is', () => {
    expect(matchColumn('Kostnad')).toBeNull();
    expect(matchColumn('Kostnad', { kostnad: 'villkor' })).toBe('villkor');
  });
});

describe('d2-kartlaggning: one insats per row', () => {
  it('the CSV imports the expected insatser, with the free-text rows above the header as the head', async () => {
    const proposal = await readCatalogueDocument(example('d2-kartlaggning.csv'), 'd2-kartlaggning.csv');
    expect(proposal.format).toBe('csv');
    expect(asExpected(proposal)).toEqual(expected.insatser);
    expect(proposal.titel).toBe('Kartläggning – insatser utan individuell behovsprövning, socialnämnden i Sjöhamra kommun');
    expect(proposal.kommun).toBe('Sjöhamra');
    expect(proposal.tableColumns?.map((c) => c.meaning)).toEqual([
      'nummer',
      'namn',
      'innehall',
      'malgrupp',
      'alder',
      'villkor',
      'dokumentation',
      'utforare',
      'kontakt',
    ]);
    expect(proposal.unknownLabels).toEqual([]);
    const andrum = proposal.insatser[4];
    expect(andrum.content.malgrupp).toBe('Unga med egenupplevd psykisk ohälsa, 15–19 år');
    expect(andrum.content.utforare).toBe('Ungdomsmottagningen');
    expect(andrum.content.innehall).toContain('Kontakt: ungdom@sjohamra.example');
    // "… – undantag. Särskilda skäl: …" in the documentation cell is the bedömning of särskilda skäl.
    expect(proposal.insatser[1].bedomningSarskildaSkal).toMatch(/^våldsutsatta avstår/u);
    expect(proposal.warnings.map((w) => w.code)).not.toContain('rka_missing');
    // The source of an insats is its row.
    expect(andrum.source.text).toMatch(/^\| 5 \| Samtalsgrupp Andrum \|/u);
    expect(importProposalSchema.safeParse(proposal).success).toBe(true);
  });

  it('the XLSX imports exactly what the CSV does', async () => {
    const csv = await readCatalogueDocument(example('d2-kartlaggning.csv'), 'd2-kartlaggning.csv');
    const xlsx = await readCatalogueDocument(example('d2-kartlaggning.xlsx'), 'd2-kartlaggning.xlsx');
    expect(xlsx.format).toBe('xlsx');
    expect(asExpected(xlsx)).toEqual(expected.insatser);
    expect(xlsx.insatser.map((i) => i.content)).toEqual(csv.insatser.map((i) => i.content));
    expect(xlsx.decision).toEqual(csv.decision);
  });

  it('a CSV is recognised by its header row without the .csv name, and read through the worker', async () => {
    const proposal = await readCatalogueDocumentInWorker(example('d2-kartlaggning.csv'), 'kartlaggning.txt');
    expect(proposal.format).toBe('csv');
    expect(proposal.insatser).toHaveLength(7);
  });
});

describe('CSV encodings and delimiters', () => {
  it('reads a Windows-1252, comma-separated CSV with quoted cells (commas, semicolons and quotes inside)', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/import/odeby-cp1252-comma.csv')));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const proposal = await readCatalogueDocument(bytes, 'odeby.csv');
    expect(proposal.insatser.map((i) => [i.nummer, i.content.namn])).toEqual([
      ['A1', 'Anhörigcafé'],
      ['A2', 'Öppen förskola för föräldrar'],
      ['B1', 'Stödgrupp "Våga"'],
    ]);
    expect(proposal.insatser[0].content.innehall).toBe('Träffar för anhöriga, med fika och samtal.');
    expect(proposal.insatser[0].content.villkor).toMatchObject([{ typ: 'folkbokford', kommun: 'Ödeby' }]);
    expect(proposal.insatser[0].content.malgruppAlder).toEqual({ min: 18, max: null });
    expect(proposal.insatser[1].content.innehall).toBe('Lek och samtal; föräldrar och barn tillsammans.');
    expect(proposal.insatser.map((i) => i.content.dokumentation.regim)).toEqual(['14:4', '14:4', '14:3']);
    expect(proposal.insatser[2].content.villkor.map((v) => v.typ)).toEqual(['samtycke', 'lamplighetsbedomning']);
    expect(proposal.titel).toContain('Ödeby kommun');
  });

  it('reads UTF-8 with a BOM and a tab-separated file the same as the semicolon original', async () => {
    const text = fs.readFileSync(path.join(examplesDir, 'd2-kartlaggning.csv'), 'utf8');
    const original = await readCatalogueDocument(example('d2-kartlaggning.csv'), 'd2.csv');
    const bom = await readCatalogueDocument(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), 'd2.csv');
    const tabs = await readCatalogueDocument(new Uint8Array(Buffer.from(text.replace(/;/g, '\t'))), 'd2.csv');
    const cp1252 = await readCatalogueDocument(new Uint8Array(iconv.encode(text, 'win1252')), 'd2.csv');
    for (const other of [bom, tabs, cp1252]) expect(other.insatser.map((i) => i.content)).toEqual(original.insatser.map((i) => i.content));
  });
});

describe('spreadsheet limits', () => {
  const header = ['Nr', 'Insats', 'Målgrupp', 'Villkor'];
  const refusal = async (bytes: Uint8Array, name: string) => {
    const error = await readCatalogueDocumentInWorker(bytes, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    return error as DocumentError;
  };

  it('refuses a CSV of more than 5000 rows in Swedish', async () => {
    const rows = [header.join(';'), ...Array.from({ length: 5001 }, (_, n) => `${n};Insats ${n};Vuxna;Inga`)];
    expect((await refusal(new Uint8Array(Buffer.from(rows.join('\n'))), 'stor.csv')).message).toBe(SHEET_MESSAGES.tooManyRows);
  });

  it('refuses an XLSX of more than 5000 rows in Swedish', async () => {
    const bytes = await xlsxOf([header, ...Array.from({ length: 5001 }, (_, n) => [n, `Insats ${n}`, 'Vuxna', 'Inga'])]);
    expect((await refusal(bytes, 'stor.xlsx')).message).toBe(SHEET_MESSAGES.tooManyRows);
  });

  it('counts the rows a workbook declares before exceljs loads it', async () => {
    expect(declaredRows(await xlsxOf([header, ...Array.from({ length: 20 }, (_, n) => [n, `Insats ${n}`, 'Vuxna', 'Inga'])]))).toBe(21);
    // 13: the blank row under the metadata is not stored in the sheet.
    expect(declaredRows(example('d2-kartlaggning.xlsx'))).toBe(13);
  });

  it('refuses an XLSX zip bomb before exceljs unpacks it', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(300 * 1024 * 1024, 0x20) },
    ]);
    expect((await refusal(new Uint8Array(bomb), 'bomb.xlsx')).message).toMatch(/zip-bomb/u);
  }, 30_000);

  it('refuses a damaged XLSX as damaged, not as a crash', async () => {
    const broken = makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook') }]);
    const error = await refusal(new Uint8Array(broken), 'trasig.xlsx');
    expect(error.reason).toBe('damaged');
  });
});

describe('a row-per-insats table in table-row text (a Word table as the extraction writes it)', () => {
  it('a one-cell row between rows names the kategori of the rows below; a repeated header row is skipped', () => {
    const text = [
      'Förteckning över insatser',
      '| Nr | Insats | Målgrupp | Villkor |',
      '| Rådgivning |  |  |  |',
      '| 1 | Budgetrådgivning | Vuxna från 18 år | Inga |',
      '| Nr | Insats | Målgrupp | Villkor |',
      '| Stöd till anhöriga |  |  |  |',
      '| 2 | Anhörigcirkel | Anhöriga \\| närstående | Folkbokförd i kommunen. |',
    ].join('\n\n');
    const parsed = parseCatalogueDocument(text, { kommunHint: 'Ödeby' });
    expect(parsed.insatser.map((i) => [i.nummer, i.content.namn, i.kategori])).toEqual([
      ['1', 'Budgetrådgivning', 'Rådgivning'],
      ['2', 'Anhörigcirkel', 'Stöd till anhöriga'],
    ]);
    expect(parsed.kategorier).toEqual(['Rådgivning', 'Stöd till anhöriga']);
    expect(parsed.insatser[1].content.malgrupp).toBe('Anhöriga | närstående');
    expect(parsed.insatser[0].content.malgruppAlder).toEqual({ min: 18, max: null });
  });

  it('a lower-case line after the last row is not joined into the row', () => {
    const text = ['| Nr | Insats | Målgrupp |', '| 1 | Budgetrådgivning | Vuxna |', 'uppdaterad av förvaltningen'].join('\n\n');
    expect(parseCatalogueDocument(text).insatser.map((i) => i.content.malgrupp)).toEqual(['Vuxna']);
  });

  it('a numbered outline with insatser wins over a summary table', () => {
    const text = ['| Nr | Insats | Målgrupp |', '| 1 | Översikt | Alla |', '1. Insatser', '1.1 Rådgivning', 'Målgrupp: Vuxna.', 'Villkor: Inga.'].join('\n\n');
    const parsed = parseCatalogueDocument(text);
    expect(parsed.insatser.map((i) => i.nummer)).toEqual(['1.1']);
    expect(parsed.tableColumns).toBeNull();
  });
});

describe('unknown labels and columns, and the profile that maps them', () => {
  it('a first cell of a key-value table row is a label too', () => {
    const lines = ['| Vilka kan delta | Vuxna |', '| Målgrupp | Vuxna |', '| Lämplighetsbedömning | Ja |', 'Kontakt: 0322-123 45'].map((text, n) => ({
      no: n + 1,
      text,
      pageBreakBefore: false,
    }));
    expect(findUnknownLabels(lines).map((u) => [u.label, u.lineNo])).toEqual([
      ['Vilka kan delta', 1],
      ['Kontakt', 4],
    ]);
    expect(findUnknownLabels(lines, { 'vilka kan delta': 'malgrupp', kontakt: 'utforare' })).toEqual([]);
  });

  const doc = [
    'Katalog över insatser',
    '1. Insatser',
    '1.1 Anhörigstöd',
    'Vilka kan delta: Anhöriga från 18 år.',
    'Villkor: Folkbokförd i kommunen.',
    'Dokumentation: Ingen dokumentation (14 kap. 4 § SoL).',
    '1.2 Samtalsgrupp',
    'Vilka kan delta: Unga 13–17 år.',
    'Villkor: Samtycke från vårdnadshavare för den som inte fyllt 15 år.',
    'Dokumentation: 14 kap. 3 § SoL.',
  ].join('\n\n');

  it('names an unknown label with its line and count, and warns about it', () => {
    const parsed = parseCatalogueDocument(doc);
    expect(parsed.unknownLabels).toEqual([{ label: 'Vilka kan delta', key: 'vilka kan delta', lineNo: 7, count: 2, kind: 'etikett' }]);
    expect(parsed.warnings.find((w) => w.code === 'unknown_label')?.message).toBe(
      'Etiketten "Vilka kan delta:" (rad 7 och 1 till) känns inte igen, så texten efter den har räknats till avsnittet före. Ange i granskningen vad etiketten betyder.',
    );
    expect(parsed.insatser[0].content.malgrupp).toBe('');
  });

  it('a profile label makes the same text the målgrupp, and the label is no longer unknown', () => {
    const parsed = parseCatalogueDocument(doc, { profile: { labels: { 'vilka kan delta': 'malgrupp' }, columns: {}, insatsLevel: null } });
    expect(parsed.unknownLabels).toEqual([]);
    expect(parsed.warnings.map((w) => w.code)).not.toContain('unknown_label');
    expect(parsed.insatser.map((i) => i.content.malgrupp)).toEqual(['Anhöriga från 18 år.', 'Unga 13–17 år.']);
    expect(parsed.insatser[0].content.malgruppAlder).toEqual({ min: 18, max: null });
  });

  it('does not take ages, times or ordinary words before a colon for labels', () => {
    const parsed = parseCatalogueDocument(
      [
        '1. Insatser',
        '1.1 Rådgivning',
        'Målgrupp: Vuxna.',
        'Barn 7–12 år: med förälder.',
        'Obs: ring först.',
        'Villkor: Inga.',
        'Dokumentation: 14 kap. 4 §.',
      ].join('\n\n'),
    );
    expect(parsed.unknownLabels).toEqual([]);
  });

  it('an unknown column is listed; the profile can make it a villkor or leave it out', async () => {
    const rows = [
      ['Nr', 'Insats', 'Målgrupp', 'Kostnad', 'Dokumentation'],
      ['1', 'Spelrådgivning', 'Vuxna från 18 år', 'Folkbokförd i kommunen.', '14 kap. 4 § SoL'],
    ];
    const bytes = await xlsxOf(rows);
    const plain = await readCatalogueDocument(bytes, 'k.xlsx');
    expect(plain.unknownLabels).toEqual([{ label: 'Kostnad', key: 'kostnad', lineNo: 1, count: 1, kind: 'kolumn' }]);
    expect(plain.tableColumns?.find((c) => c.header === 'Kostnad')?.meaning).toBeNull();
    expect(plain.insatser[0].content.innehall).toBe('Kostnad: Folkbokförd i kommunen.');
    expect(plain.warnings.find((w) => w.code === 'unknown_label')?.message).toMatch(/^Kolumnen "Kostnad" \(rad 1\)/u);

    const asVillkor = await readCatalogueDocument(bytes, 'k.xlsx', { profile: { labels: {}, columns: { kostnad: 'villkor' }, insatsLevel: null } });
    expect(asVillkor.unknownLabels).toEqual([]);
    expect(asVillkor.insatser[0].content.villkor.map((v) => v.typ)).toEqual(['folkbokford']);
    expect(asVillkor.insatser[0].content.innehall).toBe('');

    const ignored = await readCatalogueDocument(bytes, 'k.xlsx', { profile: { labels: {}, columns: { kostnad: 'ignorera' }, insatsLevel: null } });
    expect(ignored.insatser[0].content.innehall).toBe('');
    expect(ignored.insatser[0].content.villkor).toEqual([]);
  });
});
