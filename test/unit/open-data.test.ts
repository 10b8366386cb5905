// Open data: the JSON export validates against the published JSON Schema (ajv), imported into an empty database
// it gives the same catalogue (decision metadata, RKA conclusions and title included), the CSV opens in columns,
// and a wrong file is refused with a Swedish explanation and nothing written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../shared/export/catalogue-csv';
import { catalogueJsonSchema, JSON_SCHEMA_PATH } from '../../shared/export/json-schema';
import type { PortableCatalogue } from '../../shared/domain/portable';
import { APP_ROOT, testServices, type TestServices } from '../support/services';
import { seededServices } from '../support/seeded';
import { fromBase64 } from '../support/documents';

const TODAY = '2025-11-03';
const schema = JSON.parse(readFileSync(join(APP_ROOT, JSON_SCHEMA_PATH), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

type Seeded = Awaited<ReturnType<typeof seededServices>>;

async function exportJson(s: TestServices, mode: 'beslutad' | 'utkast', datum: string | null = null): Promise<{ text: string; catalogue: PortableCatalogue }> {
  const file = await s.call('exports/openData', { mode, datum, format: 'json' });
  expect(file.mimeType).toBe('application/json');
  const text = Buffer.from(file.base64, 'base64').toString('utf8');
  return { text, catalogue: JSON.parse(text) as PortableCatalogue };
}

async function emptyTarget(kommun: string, namnd: string, forkortning: string): Promise<TestServices> {
  const t = await testServices({ today: TODAY, configured: false });
  await t.call('settings/update', { kommun, namnd, namndForkortning: forkortning, anvandare: 'Ivar Import' });
  return t;
}

const upload = (text: string | Buffer, fileName = 'katalog.json') => ({ file: { fileName, base64: Buffer.from(text).toString('base64') } });

/** A small RFC 4180 reader for the semicolon-separated export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('öppna data', () => {
  let alingsas: Seeded;
  let ostersund: Seeded;
  beforeAll(async () => {
    alingsas = await seededServices('alingsas', { today: TODAY });
    ostersund = await seededServices('ostersund', { today: TODAY, beslut: 'none' });
  }, 60_000);
  afterAll(async () => {
    await alingsas?.cleanup();
    await ostersund?.cleanup();
  });

  it('det publicerade JSON-schemat är genererat från appens eget schema', () => {
    expect(schema).toEqual(catalogueJsonSchema());
  });

  it('JSON-exporten följer det publicerade schemat', async () => {
    const decided = await exportJson(alingsas, 'beslutad');
    expect(validate(decided.catalogue), JSON.stringify(validate.errors)).toBe(true);
    const draft = await exportJson(ostersund, 'utkast');
    expect(validate(draft.catalogue), JSON.stringify(validate.errors)).toBe(true);
    // The schema does check: a wrong documentation regime and a missing field are caught.
    const broken = structuredClone(decided.catalogue) as unknown as { insatser: Array<{ content: { dokumentation: { regim: string }; namn?: string } }> };
    broken.insatser[0].content.dokumentation.regim = '14:9';
    delete broken.insatser[1].content.namn;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/insatser/0/content/dokumentation/regim', '/insatser/1/content']));
  });

  it('en beslutad katalog importerad i en tom databas ger samma katalog, med beslutet, bedömningarna och titeln', async () => {
    const first = await exportJson(alingsas, 'beslutad');
    expect(first.catalogue.beslut).toEqual(alingsas.catalogue.beslut);
    expect(first.catalogue.titel).toBe(alingsas.catalogue.titel);
    expect(first.catalogue.insatser.map((i) => i.content)).toEqual(alingsas.catalogue.insatser.map((i) => i.content));
    expect(first.catalogue.insatser.map((i) => i.bedomningSarskildaSkal)).toEqual(alingsas.catalogue.insatser.map((i) => i.bedomningSarskildaSkal));

    const target = await emptyTarget('Alingsås', 'Socialnämnden', 'SN');
    try {
      const result = await target.call('exports/importOpenData', upload(first.text, 'iub-katalog-2025-11-03.json'));
      expect(result).toEqual({ titel: 'Insatser utan individuell behovsprövning', insatser: 25, beslut: '2025.053 SN § 37', varning: null });
      const second = await exportJson(target, 'beslutad');
      expect(second.text).toBe(first.text);
      const overview = await target.call('exports/overview', { mode: 'beslutad', datum: null });
      expect(overview.beslut).toEqual({ beteckning: '2025.053 SN § 37', beslutsdatum: '2025-09-16', giltigFran: '2025-10-01', giltigTill: null });
      expect((await target.call('arenden/list', {}))[0].beslut).toMatchObject({
        franDiarium: true,
        typAvStyrdokument: 'Riktlinjer',
        dokumentansvarig: 'Verksamhetsutvecklare',
      });
      // Imported into a catalogue that is no longer empty: refused, nothing written.
      const before = target.sqlite.prepare('SELECT count(*) n FROM insats_version').get();
      await expect(target.call('exports/importOpenData', upload(first.text))).rejects.toThrow(
        'Katalogen innehåller redan 25 insatser. Öppna data kan bara importeras till en tom katalog, så att inget blir dubbelt. Inget har importerats.',
      );
      expect(target.sqlite.prepare('SELECT count(*) n FROM insats_version').get()).toEqual(before);
    } finally {
      await target.cleanup();
    }
  });

  it('ett utkast utan beslut importeras som utkast och ger samma katalog igen', async () => {
    const first = await exportJson(ostersund, 'utkast');
    expect(first.catalogue.beslut).toBeNull();
    expect(first.catalogue.titel).toBe(ostersund.catalogue.titel);
    expect(first.catalogue.sektorer).toEqual(ostersund.catalogue.sektorer);
    expect(first.catalogue.insatser).toHaveLength(29);
    expect(first.catalogue.insatser.map(({ nummer, sektor, enhet, content }) => ({ nummer, sektor, enhet, content }))).toEqual(
      ostersund.catalogue.insatser.map(({ nummer, sektor, enhet, content }) => ({ nummer, sektor, enhet, content })),
    );
    const target = await emptyTarget('Alingsås', 'Socialnämnden', 'SN');
    try {
      const result = await target.call('exports/importOpenData', upload(first.text));
      expect(result.varning).toBe('Filen kommer från Östersund, men appen är inställd för Alingsås. Dokumenten skrivs ut med appens inställningar.');
      await target.call('settings/update', { kommun: 'Östersund', namnd: 'Social- och arbetsmarknadsnämnden' });
      const second = await exportJson(target, 'utkast');
      expect(second.text).toBe(first.text);
      expect((await target.call('insatser/list', {})).every((r) => r.status === 'utkast')).toBe(true);
    } finally {
      await target.cleanup();
    }
  });

  it('när flera beslut gäller samtidigt bär exporten det senaste, och återimporten ger samma katalog', async () => {
    const s = alingsas;
    const rows = await s.call('insatser/list', {});
    const budget = rows.find((r) => r.namn === 'Budget- och skuldrådgivning')!;
    const draft = await s.call('versions/newDraft', { insatsId: budget.insatsId });
    await s.call('versions/save', {
      versionId: draft.versionId,
      revision: draft.revision,
      content: { ...draft.content, innehall: `${draft.content.innehall}\n\nRådgivning ges även på lördagar.`, andringssammanfattning: 'Lördagsöppet.' },
    });
    // The checks feature moves a version to "redo för beslut"; here the state is set directly.
    s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut' WHERE id = ?").run(draft.versionId);
    const meeting = await s.call('sammantraden/create', { datum: '2025-10-21' });
    const arende = await s.call('arenden/create', {
      diarienummer: '2025.071',
      rubrik: 'Ändring av budget- och skuldrådgivning',
      beskrivning: '',
      handlaggare: '',
      versionIds: [draft.versionId],
    });
    await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
    await s.call('beslut/record', {
      arendeId: arende.id,
      utfall: 'bifall',
      beslutsdatum: '2025-10-21',
      beslutandeInstans: 'Socialnämnden',
      beslutstext: 'Socialnämnden beslutar att ändra budget- och skuldrådgivning.',
      giltigFran: '2025-11-01',
      reviderasSenast: '2026-12-31',
      dokumentansvarig: 'Verksamhetsutvecklare',
      typAvStyrdokument: 'Riktlinjer',
      gallerFor: 'Socialförvaltningen',
    });

    const first = await exportJson(s, 'beslutad');
    expect(first.catalogue.beslut).toMatchObject({ datumForBeslut: '2025-10-21', diarienummer: '2025.071', giltigFran: '2025-11-01' });
    expect(first.catalogue.insatser.find((i) => i.content.namn === 'Budget- och skuldrådgivning')!.content.innehall).toContain('lördagar');
    // On a date before the change, the earlier decision and the earlier text.
    const earlier = await exportJson(s, 'beslutad', '2025-10-15');
    expect(earlier.catalogue.beslut?.diarienummer).toBe('2025.053');
    expect(earlier.text).not.toContain('lördagar');

    const target = await emptyTarget('Alingsås', 'Socialnämnden', 'SN');
    try {
      await target.call('exports/importOpenData', upload(first.text));
      expect((await exportJson(target, 'beslutad')).text).toBe(first.text);
    } finally {
      await target.cleanup();
    }
  });

  it('CSV-exporten har en rad per insats i kolumner som Excel öppnar', async () => {
    const file = await alingsas.call('exports/openData', { mode: 'beslutad', datum: '2025-10-15', format: 'csv' });
    expect(file.fileName).toBe('iub-katalog-2025-10-15.csv');
    const text = Buffer.from(fromBase64(file.base64)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(26);
    const anhorig = rows.find((r) => r[1] === 'Anhörigstöd vid beroende')!;
    expect(anhorig.slice(0, 5)).toEqual(['3.2.1', 'Anhörigstöd vid beroende', '', '', 'Anhörigstöd']);
    expect(anhorig[CSV_COLUMNS.indexOf('Dokumentation')]).toBe('14 kap. 5 § – undantag från att dokumentera identitet');
    expect(anhorig[CSV_COLUMNS.indexOf('Villkor')]).toContain('Ålder (från 18 år): Vuxna från 18 år.');
  });

  describe('import av fel fil', () => {
    let target: TestServices;
    beforeAll(async () => {
      target = await emptyTarget('Alingsås', 'Socialnämnden', 'SN');
    });
    afterAll(async () => {
      await target?.cleanup();
    });

    const valid = () => JSON.parse(readFileSync(join(APP_ROOT, 'test/fixtures/alingsas.json'), 'utf8'));

    it.each([
      ['en tom fil', Buffer.alloc(0), 'Filen är tom. Välj en JSON-fil som har exporterats som öppna data från IUB-katalogen.'],
      ['en PDF', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0xff]), 'Filen är inte en textfil'],
      [
        'en CSV-fil',
        '\uFEFFNummer;Namn;Sektor\r\n3.1.1;Familjerådgivning;\r\n',
        'Filen är inte giltig JSON. Den ser ut att vara en CSV-fil; bara JSON kan importeras.',
      ],
      ['avklippt JSON', '{"format": "iub-katalogen/1", "insatser": [', 'Filen är inte giltig JSON.'],
      ['en JSON-lista', '[1, 2, 3]', 'Filen är inte öppna data från IUB-katalogen: fältet "format" ska vara "iub-katalogen/1".'],
      [
        'en framtida version',
        JSON.stringify({ ...valid(), format: 'iub-katalogen/2' }),
        'Filen har formatet iub-katalogen/2, som den här versionen av appen inte kan läsa (den läser iub-katalogen/1). Uppdatera appen.',
      ],
      [
        'en insats utan namn och ett felaktigt datum',
        JSON.stringify({
          ...valid(),
          beslut: { ...valid().beslut, giltigFran: '1 oktober' },
          insatser: valid().insatser.map((i: { content: object }, k: number) => (k === 2 ? { ...i, content: { ...i.content, namn: ' ' } } : i)),
        }),
        'Filen följer inte formatet för öppna data: beslut.giltigFran: Datum ska skrivas ÅÅÅÅ-MM-DD; insats 3, content.namn: Namn måste anges. Inget har importerats.',
      ],
    ])('%s ger ett tydligt fel och skriver inget', async (_name, content, message) => {
      const audit = target.sqlite.prepare('SELECT count(*) n FROM audit_log').get();
      await expect(target.call('exports/importOpenData', upload(content))).rejects.toThrow(message);
      expect(target.sqlite.prepare('SELECT count(*) n FROM insats').get()).toEqual({ n: 0 });
      expect(target.sqlite.prepare('SELECT count(*) n FROM audit_log').get()).toEqual(audit);
    });

    it('en fil som inte kan vara base64 stoppas av kontraktet', async () => {
      await expect(target.call('exports/importOpenData', { file: { fileName: 'x.json', base64: 'inte base64!' } })).rejects.toThrow('Filen kunde inte läsas.');
    });
  });
});
