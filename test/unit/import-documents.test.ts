// Text extraction from the files a secretary has: the seed catalogues as Word documents (real Word
// headings, the metadata as a table) and as PDFs (running header, page footers, page breaks anywhere)
// import the same as the text, as does the app's own catalogue document; empty, binary, encrypted and
// unrelated files get a Swedish reason.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../electron/import/extract-text';
import { DocumentError, type DocumentErrorReason } from '../../electron/import/document-error';
import { readCatalogueDocument } from '../../electron/import/read-catalogue-document';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { expectMatchesFixture } from '../support/import-expectations';
import { seedDocx, seedPdf } from '../support/seed-documents';
import { seedText } from '../support/seeds';
import { loadFixture } from '../fixtures/load-fixture';
import { buildCatalogueDocument, NO_BESLUT, renderDocx, renderPdf } from '../../electron/exports';

const fromBytes = async (bytes: Uint8Array) => parseCatalogueDocument((await extractDocumentText(bytes)).text);

async function refusal(bytes: Uint8Array): Promise<DocumentError> {
  const error = await readCatalogueDocument(bytes, 'fil').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('Word documents (.docx)', () => {
  it('are made with real Word headings and a metadata table', async () => {
    const html = (await mammoth.convertToHtml({ buffer: await seedDocx(seedText('alingsas')) })).value;
    expect(html).toContain('<h3>3.4.4 Familjebehandling</h3>');
    expect(html).toContain('<td><p>Diarienummer</p></td>');
    expect(html).toContain('<s>nuvarande</s>');
  });

  it.each(['ostersund', 'alingsas'] as const)('%s imports the same as the text', async (seed) => {
    const docx = await seedDocx(seedText(seed));
    const parsed = await fromBytes(docx);
    expect(parsed.insatser).toHaveLength(seed === 'ostersund' ? 29 : 25);
    expectMatchesFixture(parsed, seed);
  });

  it('numbers headings that Word numbered automatically (no numbers in the text), and says so', async () => {
    const docx = await seedDocx(seedText('alingsas'), { automaticNumbering: true });
    const extracted = await extractDocumentText(docx);
    expect(extracted.warnings[0]).toContain('automatisk numrering');
    expectMatchesFixture(parseCatalogueDocument(extracted.text), 'alingsas');
  });
});

describe('PDF (text layer)', () => {
  it.each(['ostersund', 'alingsas'] as const)('%s imports the same as the text, page headers and footers removed', async (seed) => {
    const pdf = await seedPdf(seedText(seed), { header: 'Socialnämnden – Insatser utan individuell behovsprövning' });
    const extracted = await extractDocumentText(pdf);
    expect(extracted.format).toBe('pdf');
    expect(extracted.text).toContain('\f');
    const parsed = parseCatalogueDocument(extracted.text);
    expect(parsed.stats.pageArtefacts).toBeGreaterThan(10);
    expectMatchesFixture(parsed, seed);
    for (const i of parsed.insatser) expect(i.source.text, i.nummer ?? '').not.toMatch(/Sida \d+ av \d+|Socialnämnden – Insatser utan/);
  });
});

describe('plain text', () => {
  it('reads UTF-16 with BOM and Windows-1252 as well as UTF-8', async () => {
    const text = seedText('alingsas');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await fromBytes(utf16)).insatser).toHaveLength(25);
    const cp1252 = Buffer.concat([Buffer.from('Folkbokförd i Alingsås kommun ', 'latin1'), Buffer.from([0x96]), Buffer.from(' § 37', 'latin1')]);
    expect((await extractDocumentText(cp1252)).text).toBe('Folkbokförd i Alingsås kommun – § 37');
  });
});

describe('files that cannot be imported', () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, DocumentErrorReason, RegExp]> = [
    ['an empty file', () => new Uint8Array(0), 'empty', /Filen är tom/],
    ['a text file with only blanks', () => Buffer.from('   \n\n  \t '), 'empty', /ingen text/],
    ['binary data', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256), 'binary', /binära data/],
    ['a picture', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]), 'binary', /bild/],
    ['a password-protected PDF', () => seedPdf(seedText('alingsas'), { userPassword: 'hemligt' }), 'encrypted', /lösenordsskyddat/],
    [
      'a password-protected Word document',
      () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from('EncryptedInfo\u0000EncryptedPackage', 'utf16le'),
        ]),
      'encrypted',
      /lösenordsskyddat/,
    ],
    [
      'an old .doc file',
      () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]),
      'unsupported',
      /\.doc/,
    ],
    ['an RTF file', () => Buffer.from('{\\rtf1\\ansi Villkor}'), 'unsupported', /RTF/],
    ['a scanned PDF without text', () => seedPdf('', { withoutText: true }), 'no_text_layer', /textlager/],
    ['a damaged PDF', () => Buffer.from('%PDF-1.7\n1 0 obj trasig'), 'damaged', /skadad/],
    [
      'a ZIP archive that is no Word document',
      () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('bilder/foto.jpg')]),
      'unsupported',
      /ZIP-arkiv/,
    ],
    ['a damaged Word document', () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('word/document.xml trasig')]), 'damaged', /skadat/],
    ['an unrelated text (a public web page)', () => Buffer.from(seedText('webbsida')), 'unrelated', /ser inte ut att vara en förteckning/],
    ['an unrelated Word document', () => seedDocx(seedText('webbsida')), 'unrelated', /ser inte ut att vara en förteckning/],
    ['an unrelated PDF', () => seedPdf(seedText('webbsida')), 'unrelated', /ser inte ut att vara en förteckning/],
  ];

  it.each(cases)('%s is refused with a Swedish reason', async (_name, make, reason, message) => {
    const error = await refusal(await make());
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });
});

describe("the app's own catalogue document", () => {
  it.each([
    ['alingsas', 'kategori'],
    ['ostersund', 'organisation'],
  ] as const)('%s exported as PDF and as DOCX imports back to the same insatser', async (name, grouping) => {
    const f = loadFixture(name);
    const model = buildCatalogueDocument({
      kommun: f.kommun,
      namnd: f.namnd,
      titel: f.titel,
      typAvStyrdokument: 'Riktlinjer',
      beslut: f.beslut ?? NO_BESLUT,
      grouping,
      insatser: f.insatser,
      sektorer: f.sektorer,
      kategorier: f.kategorier,
      draft: false,
    });
    for (const bytes of [await renderPdf(model), await renderDocx(model)]) {
      const parsed = await fromBytes(bytes);
      expectMatchesFixture(parsed, name, { appExport: true });
      if (f.beslut) expect(parsed.decision?.draft).toEqual(f.beslut);
    }
  });
});
