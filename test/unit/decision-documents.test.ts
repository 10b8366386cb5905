// The ärende's documents through the real dispatcher, read back as a person or a program would: the PDF with
// pdftotext, the DOCX with mammoth. Seed 002's decision is the reference: 2025.053 SN § 37 of 2025-09-16.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { loadFixture } from '../fixtures/load-fixture';
import { bifall } from '../support/seed-beslut';
import { archivalPdfProblems } from '../support/documents';
import { testServices, type TestServices } from '../support/services';
import { importCatalogue } from '../../electron/services/portable';
import type { ArendeDto } from '../../shared/api/decisions-contract';
import type { GeneratedFile } from '../../shared/api/files';

const pdfText = (file: GeneratedFile) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(file.base64, 'base64') }).toString('utf8');
const docxText = async (file: GeneratedFile) => (await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') })).value;
const norm = (s: string) => s.replace(/\s+/g, ' ');

const RKA_SLUTSATS = 'Skälen för undantag väger tyngre än behovet av uppföljning på individnivå; målgruppen behöver anonymitet.';

let s: TestServices;
let arende: ArendeDto;
let rkaInsats: string;

beforeAll(async () => {
  s = await testServices({ today: '2025-10-20' });
  const catalogue = loadFixture('alingsas');
  await importCatalogue(s.ctx, { ...catalogue, beslut: null });
  s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut'").run();
  // One 14:5 insats with a completed risk- och konsekvensanalys (the import made drafts from the seed's
  // "Bedömning särskilda skäl"; this one is completed with its own conclusion).
  const v = s.sqlite.prepare("SELECT id, namn FROM insats_version WHERE dokumentation_regim = '14:5' ORDER BY id LIMIT 1").get() as {
    id: number;
    namn: string;
  };
  rkaInsats = v.namn;
  s.sqlite
    .prepare(
      "INSERT INTO rka (version_id, content_json, complete, created_at, updated_at) VALUES (?, ?, 1, '2025-08-20T10:00:00Z', '2025-08-20T10:00:00Z') ON CONFLICT (version_id) DO UPDATE SET content_json = excluded.content_json, complete = 1",
    )
    .run(v.id, JSON.stringify({ avvagning: { utfall: null, text: RKA_SLUTSATS }, datum: '2025-08-20' }));

  // And one 14:5 insats whose analysis has not been started at all.
  s.sqlite.prepare("DELETE FROM rka WHERE version_id = (SELECT id FROM insats_version WHERE dokumentation_regim = '14:5' ORDER BY id LIMIT 1 OFFSET 1)").run();

  const ready = await s.call('insatser/list', { status: 'redo_for_beslut' });
  const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
  const created = await s.call('arenden/create', {
    diarienummer: '2025.053',
    rubrik: 'Insatser utan individuell behovsprövning',
    beskrivning: 'Förvaltningen har tagit fram en förteckning över insatser som socialnämnden tillhandahåller utan individuell behovsprövning.',
    handlaggare: 'Anna Andersson',
    versionIds: ready.map((r) => r.versionId),
  });
  await s.call('arenden/update', {
    arendeId: created.id,
    beslutsunderlag: ['Tjänsteskrivelse 2025-08-28', 'Riktlinje Insatser utan individuell behovsprövning'],
    expedierasTill: ['Socialförvaltningen', 'Verksamhetsutvecklare'],
  });
  await s.call('arenden/schedule', { arendeId: created.id, sammantradeId: meeting.id, paragraf: 37 });
  await s.call('beslut/record', bifall(created.id, { beslutstext: 'Socialnämnden beslutar att anta riktlinjen Insatser utan individuell behovsprövning.' }));
  await s.call('sammantraden/update', {
    id: meeting.id,
    status: 'justerat',
    justeringsdatum: '2025-09-22',
    anslagsdatum: '2025-09-23',
    ordforande: 'Olle Ordförande',
    justerare: 'Jenny Justerare',
  });
  arende = (await s.call('arenden/list', {})).find((a) => a.id === created.id)!;
}, 60_000);
afterAll(async () => s?.cleanup());

describe('protokollsutdrag', () => {
  const expected = [
    'Alingsås kommun',
    'Protokollsutdrag',
    'Socialnämnden',
    'Sammanträdesdatum 2025-09-16',
    'SN § 37',
    'Dnr 2025.053',
    'Insatser utan individuell behovsprövning',
    'Socialnämnden beslutar att anta riktlinjen Insatser utan individuell behovsprövning.',
    'Beslutet gäller från och med 2025-10-01 och tills vidare.',
    'Styrdokumentet ska revideras senast 2026-12-31.',
    'Typ av styrdokument Riktlinjer',
    'Beslutande instans Socialnämnden',
    'Datum för beslut 2025-09-16',
    'Diarienummer 2025.053 SN § 37',
    'Gäller för Socialförvaltningen',
    'Giltighetstid 2025-10-01 –',
    'Revideras senast 2026-12-31',
    'Dokumentansvarig Verksamhetsutvecklare',
    'Justeringsdatum 2025-09-22',
    'anslagstavla 2025-09-23',
    'löper ut 2025-10-14',
    'Beslutet har vunnit laga kraft.',
    'Beskrivning av ärendet',
    'Ärendet omfattar följande 25 insatser',
    'Beslutsunderlag',
    'Tjänsteskrivelse 2025-08-28',
    'Expedieras till',
    'Verksamhetsutvecklare',
    'Justerandes signatur',
    'Olle Ordförande',
    'Jenny Justerare',
    'Utdragsbestyrkande',
  ];

  it('som PDF bär exakt beslutets värden, med sidnummer', async () => {
    const file = await s.call('arenden/protokollsutdrag', { arendeId: arende.id, format: 'pdf' });
    expect(file.fileName).toBe('protokollsutdrag-2025-09-16-37.pdf');
    expect(archivalPdfProblems(Buffer.from(file.base64, 'base64'))).toEqual([]);
    expect(file.mimeType).toBe('application/pdf');
    const text = norm(pdfText(file));
    for (const value of expected) expect(text).toContain(value);
    expect(text).toMatch(/Sida 1 av \d/);
    expect(text).not.toContain('UTKAST');
  });

  it('som DOCX bär samma värden', async () => {
    const file = await s.call('arenden/protokollsutdrag', { arendeId: arende.id, format: 'docx' });
    expect(file.fileName).toBe('protokollsutdrag-2025-09-16-37.docx');
    const text = norm(await docxText(file));
    // The kicker is written in capitals in DOCX ("ALINGSÅS KOMMUN"); everything else as it is.
    for (const value of expected.slice(1)) expect(text).toContain(value);
    expect(text).toContain('ALINGSÅS KOMMUN');
    expect(text).not.toContain('UTKAST');
  });
});

describe('tjänsteskrivelse', () => {
  it('föreslår beslutet, listar insatserna och återger RKA:ns slutsats för 14 kap. 5 §', async () => {
    const file = await s.call('arenden/tjansteskrivelse', { arendeId: arende.id, format: 'pdf' });
    expect(file.fileName).toBe('tjansteskrivelse-2025-053.pdf');
    expect(archivalPdfProblems(Buffer.from(file.base64, 'base64'))).toEqual([]);
    const text = norm(pdfText(file));
    for (const value of [
      'Tjänsteskrivelse',
      'Diarienummer 2025.053',
      'Handläggare Anna Andersson',
      'Till Socialnämnden',
      'Förslag till beslut',
      'Socialnämnden beslutar att anta riktlinjen Insatser utan individuell behovsprövning.',
      'Undantag från dokumentation enligt 14 kap. 5 §',
      `${rkaInsats} (risk- och konsekvensanalys 2025-08-20): ${RKA_SLUTSATS}`,
      'Beslut 2025.053 SN § 37, 2025-09-16',
      'Riktlinje Insatser utan individuell behovsprövning',
    ]) {
      expect(text).toContain(value);
    }
    // Insatser without an RKA say so instead of inventing a conclusion.
    expect(text).toContain('Risk- och konsekvensanalys saknas');
    expect(text).toMatch(/Sida 1 av \d/);
  });

  it('som DOCX bär samma slutsats', async () => {
    const file = await s.call('arenden/tjansteskrivelse', { arendeId: arende.id, format: 'docx' });
    const text = norm(await docxText(file));
    expect(text).toContain(RKA_SLUTSATS);
    expect(text).toContain('2025.053');
  });

  it('vägrar protokollsutdrag för ett ärende utan paragraf, med en svensk förklaring', async () => {
    const other = await s.call('arenden/create', { rubrik: 'Ännu inte på dagordningen' });
    await expect(s.call('arenden/protokollsutdrag', { arendeId: other.id, format: 'pdf' })).rejects.toThrow(/ingen paragraf/);
    await expect(s.call('arenden/protokollsutdrag', { arendeId: other.id, format: 'odt' as 'pdf' })).rejects.toThrow(/PDF eller DOCX/);
  });
});

describe('beslut registrerat från diariet', () => {
  it('protokollsutdraget hittar inte på ett datum för tjänsteskrivelsen', async () => {
    const d = await testServices({ today: '2026-11-24' });
    try {
      await importCatalogue(d.ctx, loadFixture('alingsas'));
      const [arende] = await d.call('arenden/list', {});
      const text = norm(pdfText(await d.call('arenden/protokollsutdrag', { arendeId: arende.id, format: 'pdf' })));
      expect(text).toContain('Beslutsunderlag • Tjänsteskrivelse, socialförvaltningen Expedieras till');
      expect(text).not.toContain('2026-11-24');
    } finally {
      await d.cleanup();
    }
  });
});
