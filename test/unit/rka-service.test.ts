// The RKA service on a real SQLite file through the real dispatcher: saved only on 14:5 drafts, completeness
// with the Swedish list of what is missing, carry-over to a new version flagged for review, the import and
// export hooks of the portable catalogue, the printed report, and the legal check engine reading the result.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent, type InsatsContent } from '../../shared/domain/insats';
import { emptyRka, highRiskConfirmation, highRiskIds, RKA_SECTION_LABELS, type RkaContent } from '../../shared/domain/rka';
import { checkInsats, hasBlocking } from '../../shared/rules/check-insats';
import { RKA_REPORT_HEADINGS } from '../../electron/exports';
import { exportCatalogue, importCatalogue } from '../../electron/services/portable';
import { readRka } from '../../electron/services/rka-read';
import '../../electron/services/rka';
import { loadFixture } from '../fixtures/load-fixture';
import { APP_ROOT, testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-09-01' });
});
afterEach(async () => s.cleanup());

const content145 = (namn: string, patch: Partial<InsatsContent> = {}): InsatsContent => ({
  ...emptyInsatsContent(namn),
  malgrupp: 'Vuxna anhöriga',
  malgruppAlder: { min: 18, max: null },
  dokumentation: { regim: '14:5', system: '', anteckningar: '' },
  ...patch,
});

const FILLED: RkaContent = {
  ...emptyRka(),
  syfteOchKaraktar: 'Stöd i grupp till anhöriga till personer med skadligt bruk eller beroende.',
  malgruppOchAnonymitet: 'Anhöriga avstår från stöd om de riskerar att registreras.',
  sarskildaSkal: { val: ['skadligt_bruk_beroende'], egenText: '' },
  behovIndividuppfoljning: 'Uppföljning sker på gruppnivå.',
  risker: [{ beskrivning: 'Oro för barn i familjen fångas inte upp.', sannolikhet: 2, konsekvens: 4, atgard: 'Anmälningsplikten gäller oförändrat.' }],
  avvagning: { utfall: 'undantag_motiverat', text: 'Skälen för undantag väger tyngre än behovet av uppföljning på individnivå.' },
  deltagare: 'Enhetschef, verksamhetsutvecklare',
  datum: '2025-08-20',
};

const rkaRows = () => s.sqlite.prepare('SELECT * FROM rka ORDER BY id').all() as Array<Record<string, unknown>>;
const auditRows = () =>
  s.sqlite.prepare("SELECT action, after_json FROM audit_log WHERE entity = 'rka' ORDER BY id").all() as Array<{ action: string; after_json: string }>;

async function apiError(p: Promise<unknown>): Promise<{ code: string; message: string; issues?: Array<{ path: string; message: string }> }> {
  try {
    await p;
  } catch (e) {
    return (e as { apiError: { code: string; message: string } }).apiError;
  }
  throw new Error('anropet lyckades men skulle ha nekats');
}

/** Decides versions through the real decision path; the proposal steps before it are not this feature's. */
async function decide(versionIds: number[]) {
  for (const id of versionIds) s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut' WHERE id = ?").run(id);
  const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
  const arende = await s.call('arenden/create', { rubrik: 'Insatser utan individuell behovsprövning', versionIds });
  await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
  return s.call('beslut/record', {
    arendeId: arende.id,
    utfall: 'bifall',
    beslutsdatum: '2025-09-16',
    beslutandeInstans: 'Socialnämnden',
    beslutstext: 'Socialnämnden antar insatserna.',
    giltigFran: '2025-10-01',
  });
}

/** The legal check engine on what is stored: content, kategori, the RKA as the checks read it. */
async function check(versionId: number) {
  const version = await s.call('versions/get', { versionId });
  const org = await s.call('organisation/get', {});
  const rka = await readRka(s.ctx.db, versionId);
  return checkInsats({
    content: version.content,
    kategoriNamn: org.kategorier.find((k) => k.id === version.content.kategoriId)?.namn ?? null,
    rka: rka && { content: rka.content, complete: rka.complete },
    policy: { requireFolkbokforing: false },
    dismissed: [],
  });
}

describe('läsa och spara', () => {
  it('ger en tom analys med allt som saknas för en ny 14:5-version', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhörigstöd vid beroende') });
    const rka = await s.call('rka/get', { versionId: v.versionId });
    expect(rka).toMatchObject({
      applies: true,
      editable: true,
      exists: false,
      complete: false,
      needsReview: false,
      reachesUnder18: false,
      insatsNamn: 'Anhörigstöd vid beroende',
    });
    expect(rka.content).toEqual(emptyRka());
    expect(rka.missing.map((m) => m.section)).toEqual([
      'syfteOchKaraktar',
      'malgruppOchAnonymitet',
      'sarskildaSkal',
      'behovIndividuppfoljning',
      'risker',
      'avvagning',
      'avvagning',
      'deltagare',
      'datum',
    ]);
  });

  it('sparar ett utkast, i granskningsloggen, och räknar om vad som saknas', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhörigstöd vid beroende') });
    const saved = await s.call('rka/save', { versionId: v.versionId, content: { ...emptyRka(), syfteOchKaraktar: 'Gruppstöd för anhöriga.' } });
    expect(saved.exists).toBe(true);
    expect(saved.missing.map((m) => m.section)).not.toContain('syfteOchKaraktar');
    const again = await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    expect(again.missing).toEqual([]);
    expect(again.complete).toBe(false);
    expect(rkaRows()).toHaveLength(1);
    expect(auditRows().map((a) => a.action)).toEqual(['skapa analys', 'spara analys']);
    expect(JSON.parse(auditRows()[1].after_json)).toMatchObject({ versionId: v.versionId, content: { datum: '2025-08-20' } });
  });

  it('nekar att spara för en version som inte dokumenteras enligt 14 kap. 5 §', async () => {
    const v = await s.call('insatser/create', {
      content: { ...content145('Familjerådgivning'), dokumentation: { regim: '14:3', system: '', anteckningar: '' } },
    });
    expect((await s.call('rka/get', { versionId: v.versionId })).applies).toBe(false);
    const err = await apiError(s.call('rka/save', { versionId: v.versionId, content: FILLED }));
    expect(err.code).toBe('refused');
    expect(err.message).toMatch(/dokumenteras inte enligt 14 kap\. 5 §/);
    expect(rkaRows()).toHaveLength(0);
  });

  it('nekar att spara, markera klar eller öppna igen när versionen är beslutad', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhörigstöd vid kriminalitet') });
    await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    await s.call('rka/complete', { versionId: v.versionId });
    await decide([v.versionId]);
    const before = rkaRows();
    const rka = await s.call('rka/get', { versionId: v.versionId });
    expect(rka).toMatchObject({ editable: false, complete: true, versionStatus: 'beslutad' });
    for (const call of [
      s.call('rka/save', { versionId: v.versionId, content: { ...FILLED, deltagare: 'Någon annan' } }),
      s.call('rka/reopen', { versionId: v.versionId }),
      s.call('rka/complete', { versionId: v.versionId }),
    ]) {
      const err = await apiError(call);
      expect(err.code).toBe('refused');
      expect(err.message).toMatch(/lämnats som förslag eller beslutats/);
    }
    expect(rkaRows()).toEqual(before);
  });

  it('avvisar ogiltiga uppgifter med svensk förklaring och skriver ingenting', async () => {
    const v = await s.call('insatser/create', { content: content145('Aktivitetshus Gläntan') });
    const bad = { ...FILLED, risker: [{ ...FILLED.risker[0], sannolikhet: 5 }], datum: '20 augusti' };
    const err = await apiError(s.call('rka/save', { versionId: v.versionId, content: bad }));
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.map((i) => i.message)).toEqual(expect.arrayContaining(['Nivån ska vara mellan 1 och 4.', 'Datum ska skrivas ÅÅÅÅ-MM-DD.']));
    expect(rkaRows()).toHaveLength(0);
    expect(auditRows()).toHaveLength(0);
  });
});

describe('markera som klar', () => {
  it('nekar med en svensk lista över det som saknas, och godtar när allt är ifyllt', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhörigstöd vid beroende') });
    let err = await apiError(s.call('rka/complete', { versionId: v.versionId }));
    expect(err.code).toBe('refused');
    expect(err.message).toMatch(
      /^Analysen kan inte markeras som klar förrän allt är ifyllt\. Det här saknas: Insatsens syfte och karaktär: Beskriv insatsens syfte och karaktär\./,
    );
    await s.call('rka/save', { versionId: v.versionId, content: { ...FILLED, deltagare: ' ', datum: '' } });
    err = await apiError(s.call('rka/complete', { versionId: v.versionId }));
    expect(err.issues).toEqual([
      { path: 'deltagare', message: 'Ange vilka som deltagit i analysen.' },
      { path: 'datum', message: 'Ange datum för analysen.' },
    ]);
    expect(err.message).toContain(`${RKA_SECTION_LABELS.deltagare}: Ange vilka som deltagit i analysen.`);
    expect(rkaRows()[0].complete).toBe(0);

    await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    const done = await s.call('rka/complete', { versionId: v.versionId });
    expect(done).toMatchObject({ complete: true, missing: [], needsReview: false });
    expect(auditRows().at(-1)!.action).toBe('markera som klar');
  });

  it('med två höga risker markeras analysen klar först när åtgärderna bekräftats räcka', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhöriggrupp') });
    const risker = [
      { beskrivning: 'Oro för barn i familjen fångas inte upp.', sannolikhet: 3, konsekvens: 4, atgard: 'Anmälningsplikten gäller oförändrat.' },
      { beskrivning: 'Våld i nära relation upptäcks sent.', sannolikhet: 2, konsekvens: 4, atgard: 'Gruppledarna är utbildade i att fråga om våld.' },
      { beskrivning: 'Deltagare slutar komma.', sannolikhet: 2, konsekvens: 1, atgard: 'Påminnelse per sms.' },
    ];
    await s.call('rka/save', { versionId: v.versionId, content: { ...FILLED, risker } });
    const err = await apiError(s.call('rka/complete', { versionId: v.versionId }));
    expect(err.code).toBe('refused');
    expect(err.message).toContain('Analysen har 2 risker med hög eller mycket hög risk (R1, R2).');
    expect(err.message).toContain('Bekräfta det innan analysen markeras som klar.');
    expect(rkaRows()[0].complete).toBe(0);
    const done = await s.call('rka/complete', { versionId: v.versionId, atgarderRacker: true });
    expect(done.complete).toBe(true);
    expect(JSON.parse(String(auditRows().at(-1)!.after_json))).toMatchObject({ atgarderRacker: true, hogaRisker: ['R1', 'R2'] });
  });

  it('med en hög risk behövs ingen bekräftelse', async () => {
    expect(
      highRiskConfirmation([
        { sannolikhet: 3, konsekvens: 4 },
        { sannolikhet: 1, konsekvens: 2 },
      ]),
    ).toBeNull();
    expect(
      highRiskIds([
        { sannolikhet: 3, konsekvens: 3 },
        { sannolikhet: 4, konsekvens: 4 },
        { sannolikhet: 2, konsekvens: 3 },
      ]),
    ).toEqual(['R1', 'R2']);
  });

  it('kräver barnets bästa när målgruppen når barn under 18 år', async () => {
    const v = await s.call('insatser/create', {
      content: content145('Öppen mötesplats för unga', { malgruppAlder: { min: 16, max: 25 } }),
    });
    await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    const rka = await s.call('rka/get', { versionId: v.versionId });
    expect(rka.reachesUnder18).toBe(true);
    expect(rka.missing).toEqual([{ section: 'barnetsBasta', message: 'Insatsen når barn under 18 år. Beskriv bedömningen av barnets bästa.' }]);
    expect((await apiError(s.call('rka/complete', { versionId: v.versionId }))).message).toContain('Barnets bästa');
    await s.call('rka/save', { versionId: v.versionId, content: { ...FILLED, barnetsBasta: 'Unga kan söka stöd utan att föräldrarna får veta.' } });
    expect((await s.call('rka/complete', { versionId: v.versionId })).complete).toBe(true);
  });

  it('en klar analys ändras inte förrän den öppnas igen', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhörigstöd vid beroende') });
    await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    await s.call('rka/complete', { versionId: v.versionId });
    const err = await apiError(s.call('rka/save', { versionId: v.versionId, content: { ...FILLED, deltagare: 'Ny' } }));
    expect(err).toMatchObject({ code: 'refused', message: 'Analysen är markerad som klar. Öppna den igen för att ändra den.' });
    expect((await apiError(s.call('rka/complete', { versionId: v.versionId }))).code).toBe('conflict');
    const reopened = await s.call('rka/reopen', { versionId: v.versionId });
    expect(reopened.complete).toBe(false);
    expect((await s.call('rka/save', { versionId: v.versionId, content: { ...FILLED, deltagare: 'Ny' } })).content.deltagare).toBe('Ny');
    expect((await apiError(s.call('rka/reopen', { versionId: v.versionId }))).code).toBe('conflict');
  });
});

describe('rättskontrollen', () => {
  it('spärrar 14:5 tills analysen är klar och släpper när den är det', async () => {
    const v = await s.call('insatser/create', {
      content: content145('Anhörigstöd vid beroende', {
        innehall: 'Gruppträffar för anhöriga enligt CRAFT.',
        uppfoljning: { typ: 'besoksstatistik', text: 'Antal deltagare följs upp.' },
      }),
    });
    const ruleBlocks = async () => (await check(v.versionId)).filter((f) => f.severity === 'block').map((f) => f.ruleId);

    expect(await ruleBlocks()).toContain('doc-14-5-no-rka');
    await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    const draft = (await check(v.versionId)).find((f) => f.ruleId === 'doc-14-5-no-rka');
    expect(draft?.severity).toBe('block');
    expect(draft?.message).toMatch(/inte markerad som färdig/);

    await s.call('rka/complete', { versionId: v.versionId });
    const findings = await check(v.versionId);
    expect(findings.map((f) => f.ruleId)).not.toContain('doc-14-5-no-rka');
    expect(hasBlocking(findings)).toBe(false);

    // Reopened, it blocks again.
    await s.call('rka/reopen', { versionId: v.versionId });
    expect(await ruleBlocks()).toContain('doc-14-5-no-rka');
  });
});

describe('ny version', () => {
  it('för över analysen som utkast flaggat för granskning och lämnar den gamla orörd', async () => {
    const v1 = await s.call('insatser/create', { content: content145('Anhörigstöd vid beroende') });
    await s.call('rka/save', { versionId: v1.versionId, content: FILLED });
    await s.call('rka/complete', { versionId: v1.versionId });
    await decide([v1.versionId]);
    const oldRow = rkaRows()[0];

    const other = await testServices({ file: s.file, today: '2025-11-03' });
    try {
      const v2 = await other.call('versions/newDraft', { insatsId: v1.insatsId });
      const carried = await other.call('rka/get', { versionId: v2.versionId });
      expect(carried).toMatchObject({
        exists: true,
        complete: false,
        needsReview: true,
        flaggedOn: '2025-11-03',
        carriedFromVersionNo: 1,
        editable: true,
        versionNo: 2,
      });
      expect(carried.content).toEqual(FILLED);
      // Flagged: the legal check blocks until it is reviewed.
      const old = await other.call('rka/get', { versionId: v1.versionId });
      expect(old).toMatchObject({ complete: true, needsReview: false, flaggedOn: null, editable: false });
      expect(rkaRows().find((r) => r.version_id === v1.versionId)).toEqual(oldRow);

      const audit = other.sqlite.prepare("SELECT action, after_json FROM audit_log WHERE entity = 'rka' ORDER BY id DESC LIMIT 1").get() as {
        action: string;
        after_json: string;
      };
      expect(audit.action).toBe('överförd för granskning');
      expect(JSON.parse(audit.after_json)).toMatchObject({ fromVersionId: v1.versionId, versionId: v2.versionId, flaggedOn: '2025-11-03' });

      // Editing the carried draft never touches the old one; completing it clears the flag.
      await other.call('rka/save', { versionId: v2.versionId, content: { ...FILLED, deltagare: 'Enhetschef, ny verksamhetsutvecklare' } });
      const reviewed = await other.call('rka/complete', { versionId: v2.versionId });
      expect(reviewed).toMatchObject({ complete: true, needsReview: false, flaggedOn: null, carriedFromVersionNo: null });
      expect(rkaRows().find((r) => r.version_id === v1.versionId)).toEqual(oldRow);
    } finally {
      await other.cleanup();
    }
  });

  it('en version utan analys får ingen', async () => {
    const v1 = await s.call('insatser/create', { content: content145('Aktivitetshus Gläntan') });
    await decide([v1.versionId]);
    const v2 = await s.call('versions/newDraft', { insatsId: v1.insatsId });
    expect((await s.call('rka/get', { versionId: v2.versionId })).exists).toBe(false);
    expect(rkaRows()).toHaveLength(0);
  });
});

describe('portabel katalog', () => {
  it('import: en 14:5-insats med ”Bedömning särskilda skäl” får ett utkast med den slutsatsen', async () => {
    const catalogue = loadFixture('alingsas');
    const result = await importCatalogue(s.ctx, { ...catalogue, beslut: null });
    const byName = new Map<string, number>();
    for (const id of result.versionIds) byName.set((await s.call('versions/get', { versionId: id })).content.namn, id);
    for (const insats of catalogue.insatser) {
      const rka = await s.call('rka/get', { versionId: byName.get(insats.content.namn)! });
      if (insats.content.dokumentation.regim === '14:5') {
        expect(rka).toMatchObject({ exists: true, complete: false, needsReview: false, editable: true });
        expect(rka.content.avvagning).toEqual({ utfall: null, text: insats.bedomningSarskildaSkal.trim() });
        expect(rka.missing.length).toBeGreaterThan(0);
      } else {
        expect(rka.exists).toBe(false);
      }
    }
    expect(rkaRows()).toHaveLength(catalogue.insatser.filter((i) => i.content.dokumentation.regim === '14:5').length);
  });

  it('export: slutsatsen följer med som ”Bedömning särskilda skäl” och tillbaka vid import', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhörigstöd vid beroende') });
    const plain = await s.call('insatser/create', { content: { ...emptyInsatsContent('Familjerådgivning') } });
    await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    const exported = await exportCatalogue(s.ctx);
    const byName = Object.fromEntries(exported.insatser.map((i) => [i.content.namn, i]));
    expect(byName['Anhörigstöd vid beroende'].bedomningSarskildaSkal).toBe(FILLED.avvagning.text);
    expect(byName['Familjerådgivning'].bedomningSarskildaSkal).toBe('');
    expect(plain.versionId).toBeGreaterThan(0);

    const other = await testServices({ today: '2025-09-01' });
    try {
      const imported = await importCatalogue(other.ctx, exported);
      const rkas = await Promise.all(imported.versionIds.map((id) => other.call('rka/get', { versionId: id })));
      expect(rkas.filter((r) => r.exists).map((r) => r.content.avvagning.text)).toEqual([FILLED.avvagning.text]);
    } finally {
      await other.cleanup();
    }
  });
});

describe('utskrift', () => {
  it('skriver analysen som PDF och DOCX', async () => {
    const v = await s.call('insatser/create', { content: content145('Anhörigstöd vid beroende') });
    expect((await apiError(s.call('rka/export', { versionId: v.versionId, format: 'pdf' }))).code).toBe('not_found');
    await s.call('rka/save', { versionId: v.versionId, content: FILLED });

    const draft = await s.call('rka/export', { versionId: v.versionId, format: 'pdf' });
    expect(draft).toMatchObject({ mimeType: 'application/pdf', fileName: 'risk-och-konsekvensanalys-anhorigstod-vid-beroende-version-1.pdf' });
    const draftText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(draft.base64, 'base64') }).toString('utf8');
    expect(draftText).toContain('UTKAST');

    await s.call('rka/complete', { versionId: v.versionId });
    const file = await s.call('rka/export', { versionId: v.versionId, format: 'pdf' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(file.base64, 'base64') }).toString('utf8');
    RKA_REPORT_HEADINGS.forEach((h, i) => expect(text).toContain(`${i + 1}. ${h}`));
    expect(text).not.toContain('UTKAST');
    expect(text).toContain('Alingsås kommun');
    expect(text).toContain('Riskmatris (sannolikhet × konsekvens)');

    const docx = await s.call('rka/export', { versionId: v.versionId, format: 'docx' });
    expect(docx.fileName.endsWith('.docx')).toBe(true);
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('skrivs också från kommandoraden: export rka --version', async () => {
    const v = await s.call('insatser/create', { content: content145('Aktivitetshus Gläntan') });
    await s.call('rka/save', { versionId: v.versionId, content: FILLED });
    await s.close();
    const out = path.join(s.dir, 'rka.pdf');
    const cli = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          path.join(APP_ROOT, 'electron', 'cli', 'iub.ts'),
          'export',
          'rka',
          '--db',
          s.file,
          ...args,
        ],
        {
          cwd: APP_ROOT,
          encoding: 'utf8',
        },
      );
    const ok = cli('--version', String(v.versionId), '--out', out);
    expect(ok.status, ok.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-']).toString('utf8');
    expect(text).toContain('Aktivitetshus Gläntan');
    expect(text).toContain('UTKAST');
    const bad = cli('--version', 'x', '--out', out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Ange --version');
    const missing = cli('--version', '9999', '--out', path.join(s.dir, 'saknas.pdf'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Versionen finns inte.');
    expect(fs.existsSync(path.join(s.dir, 'saknas.pdf'))).toBe(false);
  }, 60_000);
});
