// import/parse and import/confirm through the real dispatcher on a real SQLite file: parsing writes
// nothing, confirming imports the reviewed proposal and its decision in one transaction, and a second
// import of the same decision is refused with nothing written.
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/http/server';
import { proposalAsCatalogue, toPortableCatalogue, beslutFromDraft } from '../../shared/import/to-portable';
import { testServices, servicesOnDay, type TestServices } from '../support/services';
import { seedText } from '../support/seeds';
import { seedDocx } from '../support/seed-documents';

const upload = (fileName: string, bytes: Buffer | string) => ({ file: { fileName, base64: Buffer.from(bytes).toString('base64') } });

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-10-15' });
});
afterEach(async () => {
  await s.cleanup();
});

function counts() {
  const n = (table: string) => (s.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { insatser: n('insats'), versioner: n('insats_version'), arenden: n('arende'), beslut: n('beslut'), logg: n('audit_log'), kategorier: n('kategori') };
}

describe('import/parse', () => {
  it('proposes the 25 insatser of an uploaded Word document and writes nothing', async () => {
    const before = counts();
    const proposal = await s.call('import/parse', upload('Riktlinje IUB.docx', await seedDocx(seedText('alingsas'))));
    expect(proposal).toMatchObject({ fileName: 'Riktlinje IUB.docx', format: 'docx', grouping: 'kategori' });
    expect(proposal.insatser).toHaveLength(25);
    expect(proposal.decision?.draft).toMatchObject({ diarienummer: '2025.053', paragraf: 37, giltigFran: '2025-10-01' });
    expect(counts()).toEqual(before);
  });

  it('refuses an unrelated document in Swedish and writes nothing', async () => {
    const before = counts();
    await expect(s.call('import/parse', upload('webbsida.txt', seedText('webbsida')))).rejects.toThrow(/ser inte ut att vara en förteckning/);
    await expect(s.call('import/parse', upload('tom.txt', ''))).rejects.toThrow(/Filen är tom/);
    expect(counts()).toEqual(before);
  });

  it('refuses a file that is not base64 before any service runs', async () => {
    await expect(s.call('import/parse', { file: { fileName: 'x.pdf', base64: 'inte base64!' } })).rejects.toThrow(/Filen kunde inte läsas/);
  });
});

describe('import/confirm', () => {
  it('imports the reviewed proposal with the decision from the diarium, gällande from its giltighetstid', async () => {
    const proposal = await s.call('import/parse', upload('alingsas.txt', seedText('alingsas')));
    const result = await s.call('import/confirm', { catalogue: proposalAsCatalogue(proposal), fileName: 'alingsas.txt' });
    expect(result.insatser).toBe(25);
    expect(result.beslutId).not.toBeNull();
    const rows = await s.call('insatser/list', {});
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['gallande']));
    expect([...new Set(rows.map((r) => r.kategoriNamn))]).toEqual(['Rådgivning', 'Anhörigstöd', 'Mötesplats', 'Individuellt riktade insatser']);
    const arenden = await s.call('arenden/list', {});
    expect(arenden).toHaveLength(1);
    expect(arenden[0].beslut).toMatchObject({
      franDiarium: true,
      beteckning: expect.stringContaining('2025.053'),
      giltigFran: '2025-10-01',
      reviderasSenast: '2026-12-31',
    });
    expect(arenden[0].versioner).toHaveLength(25);
    const log = await s.call('audit/list', {});
    expect(JSON.stringify(log)).toContain('alingsas.txt');
  });

  it('before giltig från the imported insatser are beslutade, not yet gällande', async () => {
    const proposal = await s.call('import/parse', upload('alingsas.txt', seedText('alingsas')));
    await s.call('import/confirm', { catalogue: proposalAsCatalogue(proposal) });
    const early = await servicesOnDay(s.file, '2025-09-20');
    try {
      expect(new Set((await early.call('insatser/list', {})).map((r) => r.status))).toEqual(new Set(['beslutad']));
    } finally {
      await early.close();
    }
  });

  it('imports only the insatser kept, as edited, and without a decision as utkast', async () => {
    const proposal = await s.call('import/parse', upload('ostersund.txt', seedText('ostersund')));
    const kept = proposal.insatser
      .filter((i) => i.nummer !== '2.2.1')
      .map((i) => (i.nummer === '2.2.2' ? { ...i, content: { ...i.content, namn: i.tocName! } } : i));
    await s.call('import/confirm', { catalogue: toPortableCatalogue(proposal, { insatser: kept, beslut: null }) });
    const rows = await s.call('insatser/list', {});
    expect(rows).toHaveLength(28);
    expect(rows.some((r) => r.namn === 'BoSoL')).toBe(false);
    expect(rows.find((r) => r.nummer === '2.2.2')?.namn).toBe('Vräkningsförebyggande arbete');
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['utkast']));
    expect(rows.find((r) => r.nummer === '2.1.1')).toMatchObject({ sektorNamn: 'KAF (Kompetens, Arbete, Försörjning)', enhetNamn: 'Arbetsmarknad' });
  });

  it('refuses the same diarienummer twice with a clear message, warns at parse, and writes nothing', async () => {
    const proposal = await s.call('import/parse', upload('alingsas.txt', seedText('alingsas')));
    await s.call('import/confirm', { catalogue: proposalAsCatalogue(proposal) });
    const before = counts();
    const again = await s.call('import/parse', upload('alingsas.txt', seedText('alingsas')));
    expect(again.warnings[0]).toMatchObject({ code: 'duplicate_diarienummer' });
    await expect(s.call('import/confirm', { catalogue: proposalAsCatalogue(again) })).rejects.toThrow(/Diarienumret 2025\.053 finns redan i appen/);
    expect(counts()).toEqual(before);
  });

  it('refuses a confirmation without insatser or with a broken insats, writing nothing', async () => {
    const proposal = await s.call('import/parse', upload('alingsas.txt', seedText('alingsas')));
    const before = counts();
    await expect(s.call('import/confirm', { catalogue: toPortableCatalogue(proposal, { insatser: [], beslut: null }) })).rejects.toThrow(
      /Välj minst en insats/,
    );
    const broken = { ...proposal.insatser[0], content: { ...proposal.insatser[0].content, namn: '  ' } };
    await expect(s.call('import/confirm', { catalogue: toPortableCatalogue(proposal, { insatser: [broken], beslut: null }) })).rejects.toThrow(
      /Namn måste anges/,
    );
    expect(counts()).toEqual(before);
  });

  it('records a decision only when its metadata is complete', () => {
    expect(beslutFromDraft(null)).toBeNull();
    const draft = {
      typAvStyrdokument: '',
      beslutandeInstans: 'Socialnämnden',
      datumForBeslut: '2025-09-16',
      diarienummer: 'SN 2025/53',
      paragraf: null,
      gallerFor: '',
      giltigFran: '',
      giltigTill: null,
      reviderasSenast: null,
      dokumentansvarig: '',
    };
    expect(beslutFromDraft(draft)).toBeNull();
    expect(beslutFromDraft({ ...draft, giltigFran: '2025-10-01' })).toMatchObject({ diarienummer: 'SN 2025/53', giltigFran: '2025-10-01' });
  });
});

describe('the browser transport', () => {
  it('carries an upload larger than the old 5 MB limit to the service', async () => {
    const server = await startWebServer({ ctx: s.ctx, staticDir: s.dir });
    try {
      const body = JSON.stringify(upload('stor.txt', 'Inget här handlar om insatser. '.repeat(220_000)));
      expect(body.length).toBeGreaterThan(6 * 1024 * 1024);
      const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/import/parse',
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          },
          (r) => {
            let text = '';
            r.on('data', (c) => (text += c));
            r.on('end', () => resolve({ status: r.statusCode!, text }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text).error.message).toMatch(/ser inte ut att vara en förteckning/);
    } finally {
      await server.close();
    }
  });
});

describe("the document's own texts (issue 17)", () => {
  const docxText = async (mode: 'beslutad' | 'utkast') => {
    const file = await s.call('exports/catalogue', { mode, datum: mode === 'beslutad' ? '2025-10-15' : null, format: 'docx', grouping: 'kategori' });
    const { unzip } = await import('../support/documents');
    const xml = (await unzip(new Uint8Array(Buffer.from(file.base64, 'base64')))).get('word/document.xml')!;
    return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  };

  it("keeps seed 002's chapters, title and nämnd as the document texts, and the beslut keeps them as adopted", async () => {
    const proposal = await s.call('import/parse', upload('riktlinje.txt', seedText('alingsas')));
    expect(proposal.prose?.inledning).toMatch(/^# Inledning\n\nDen 20 maj 2025 tog riksdagen/);
    await s.call('import/confirm', { catalogue: proposalAsCatalogue(proposal), fileName: proposal.fileName, prose: proposal.prose });
    const texts = await s.call('exports/documentSettings', {});
    expect(texts).toMatchObject({
      egenInledning: true,
      namnd: 'Socialnämnden',
      forteckningRubrik: 'Förteckning av IUB',
      titel: 'Insatser utan individuell behovsprövning',
    });
    expect(texts.inledning).toContain('## Rätten till behovsprövade insatser');

    const adopted = await docxText('beslutad');
    expect(adopted).toContain('Rättsliga utgångspunkter');
    expect(adopted).toContain('3.2.1 Anhörigstöd vid beroende');
    expect(adopted).toContain('Förteckning av IUB');

    // A later edit is the next revision's text; the adopted catalogue is re-issued as it was adopted.
    await s.call('exports/saveDocumentSettings', { titel: 'Ny titel för nästa revision', inledning: '# Inledning\nKortare text för nästa revision.' });
    expect(await docxText('beslutad')).toContain('Rättsliga utgångspunkter');
    expect(await docxText('beslutad')).not.toContain('Kortare text för nästa revision.');
  });

  it("keeps Östersund's own title and nämnd", async () => {
    const proposal = await s.call('import/parse', upload('bilaga.txt', seedText('ostersund')));
    await s.call('import/confirm', { catalogue: proposalAsCatalogue(proposal), fileName: proposal.fileName, prose: proposal.prose });
    const texts = await s.call('exports/documentSettings', {});
    expect(texts.titel).toBe('Bilaga 1; Insatser som social- och arbetsmarknadsnämnden tillhandahåller utan behovsprövning');
    expect(texts.namnd).toBe('Social- och arbetsmarknadsnämnden');
    expect(texts.inledning).toMatch(/^# Inledning\n\nDenna bilaga beskriver/);
  });
});
