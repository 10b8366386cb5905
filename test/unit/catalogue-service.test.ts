// Insatser and versions on a real SQLite file: drafts, immutability of decided versions, new drafts,
// field-by-field diff, filters and full-text search.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent, type InsatsContent } from '../../shared/domain/insats';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2026-01-15' });
});
afterEach(async () => s.cleanup());

function content(namn: string, extra: Partial<InsatsContent> = {}): InsatsContent {
  return { ...emptyInsatsContent(namn), ...extra };
}

/** Marks a version decided directly in the database (the decision flow has its own tests). */
function decide(versionId: number, giltigFran = '2025-10-01') {
  const arende = s.sqlite.prepare("INSERT INTO arende (diarienummer, rubrik, created_at) VALUES (?, 'Test', 'x')").run(`2025.${versionId}`);
  const beslut = s.sqlite
    .prepare(
      "INSERT INTO beslut (arende_id, utfall, beslutsdatum, beslutande_instans, giltig_fran, created_at) VALUES (?, 'bifall', '2025-09-16', 'Socialnämnden', ?, 'x')",
    )
    .run(arende.lastInsertRowid, giltigFran);
  s.sqlite.prepare("UPDATE insats_version SET status = 'beslutad', beslut_id = ? WHERE id = ?").run(beslut.lastInsertRowid, versionId);
}

describe('katalogen', () => {
  it('sparar ett utkast och listar det', async () => {
    const v = await s.call('insatser/create', { content: content('Budget- och skuldrådgivning') });
    expect(v).toMatchObject({ versionNo: 1, status: 'utkast', editable: true });
    const list = await s.call('insatser/list', {});
    expect(list.map((r) => r.namn)).toEqual(['Budget- och skuldrådgivning']);
  });

  it('låter inte en beslutad version ändras; en ändring blir en ny version', async () => {
    const v1 = await s.call('insatser/create', { content: content('Familjerådgivning', { innehall: 'Samtal för par.' }) });
    decide(v1.versionId);
    await expect(s.call('versions/save', { versionId: v1.versionId, revision: v1.revision, content: content('Ändrad') })).rejects.toThrow(/kan inte ändras/);
    const v2 = await s.call('versions/newDraft', { insatsId: v1.insatsId });
    expect(v2).toMatchObject({ versionNo: 2, status: 'utkast', editable: true });
    expect(v2.content.innehall).toBe('Samtal för par.');
    expect(v2.content.andringssammanfattning).toBe('');
    await s.call('versions/save', { versionId: v2.versionId, revision: v2.revision, content: { ...v2.content, innehall: 'Samtal för par och familjer.' } });
    const diff = await s.call('versions/diff', { fromVersionId: v1.versionId, toVersionId: v2.versionId });
    expect(diff.map((d) => d.field)).toEqual(['innehall']);
    expect(diff[0].parts.filter((p) => p.added).map((p) => p.value.trim())).toContain('och familjer');
    const v1Again = await s.call('versions/get', { versionId: v1.versionId });
    expect(v1Again.content.innehall).toBe('Samtal för par.');
    expect(v1Again.status).toBe('gallande');
  });

  it('tillåter bara en version under arbete åt gången', async () => {
    const v1 = await s.call('insatser/create', { content: content('X') });
    await expect(s.call('versions/newDraft', { insatsId: v1.insatsId })).rejects.toThrow(/redan en version under arbete/);
  });

  it('hittar text i alla fält med fulltextsökning', async () => {
    await s.call('insatser/create', { content: content('Anhörigstöd vid beroende', { innehall: 'Anhörigrupp CRAFT erbjuds.' }) });
    await s.call('insatser/create', {
      content: content('Utflyttningsstöd', {
        villkor: [
          {
            typ: 'tidigareInsats',
            text: 'Har haft insatsen Bostad Först.',
            motivering: '',
            alderMin: null,
            alderMax: null,
            kommun: '',
            undantag: '',
            tidigareInsats: 'Bostad Först',
            dokument: '',
          },
        ],
      }),
    });
    await s.call('insatser/create', { content: content('Familjerådgivning') });
    expect((await s.call('insatser/list', { sok: 'CRAFT' })).map((r) => r.namn)).toEqual(['Anhörigstöd vid beroende']);
    expect((await s.call('insatser/list', { sok: 'Bostad Först' })).map((r) => r.namn)).toEqual(['Utflyttningsstöd']);
    expect((await s.call('insatser/list', { sok: 'famil' })).map((r) => r.namn)).toEqual(['Familjerådgivning']);
    expect(await s.call('insatser/list', { sok: 'finnsinte' })).toEqual([]);
  });

  it('filtrerar på enhet, kategori, dokumentation och ålder', async () => {
    const sektor = await s.call('organisation/createSektor', { namn: 'Öppenvård' });
    const nexus = await s.call('organisation/createEnhet', { sektorId: sektor.id, namn: 'Nexus' });
    const org = await s.call('organisation/get', {});
    const radgivning = org.kategorier.find((k) => k.namn === 'Rådgivning')!;
    await s.call('insatser/create', { content: content('CRA', { enhetId: nexus.id, malgruppAlder: { min: 18, max: null } }) });
    await s.call('insatser/create', {
      content: content('BRA-samtal', {
        kategoriId: radgivning.id,
        malgruppAlder: { min: 7, max: 18 },
        dokumentation: { regim: '14:4', system: '', anteckningar: '' },
      }),
    });
    expect((await s.call('insatser/list', { enhetId: nexus.id })).map((r) => r.namn)).toEqual(['CRA']);
    expect((await s.call('insatser/list', { kategoriId: radgivning.id })).map((r) => r.namn)).toEqual(['BRA-samtal']);
    expect((await s.call('insatser/list', { regim: '14:4' })).map((r) => r.namn)).toEqual(['BRA-samtal']);
    expect((await s.call('insatser/list', { alder: 10 })).map((r) => r.namn)).toEqual(['BRA-samtal']);
    expect((await s.call('insatser/list', { alder: 30 })).map((r) => r.namn)).toEqual(['CRA']);
    expect((await s.call('insatser/list', { status: 'utkast' })).length).toBe(2);
  });

  it('jämför katalogen som beslutad på två datum', async () => {
    const a = await s.call('insatser/create', { content: content('Familjerådgivning', { innehall: 'Gammal text.' }) });
    const b = await s.call('insatser/create', { content: content('Medling') });
    decide(a.versionId, '2025-10-01');
    decide(b.versionId, '2025-10-01');
    const a2 = await s.call('versions/newDraft', { insatsId: a.insatsId });
    await s.call('versions/save', {
      versionId: a2.versionId,
      revision: a2.revision,
      content: { ...a2.content, innehall: 'Ny text.', andringssammanfattning: 'Ny text.' },
    });
    decide(a2.versionId, '2026-01-01');
    const c = await s.call('insatser/create', { content: content('Aktivitetshus Gläntan') });
    decide(c.versionId, '2026-01-01');
    const diff = await s.call('catalogue/diffDates', { fromDate: '2025-12-01', toDate: '2026-01-10' });
    expect(diff.added.map((x) => x.namn)).toEqual(['Aktivitetshus Gläntan']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((x) => x.namn)).toEqual(['Familjerådgivning']);
    expect(diff.changed[0].changes.map((ch) => ch.field)).toContain('innehall');
  });

  it('hanterar sektorer, enheter och kategorier och vägrar ta bort det som används', async () => {
    const sektor = await s.call('organisation/createSektor', { namn: 'BUV' });
    const enhet = await s.call('organisation/createEnhet', { sektorId: sektor.id, namn: 'Barn och familj' });
    await expect(s.call('organisation/createSektor', { namn: 'BUV' })).rejects.toThrow(/finns redan/);
    await s.call('insatser/create', { content: content('Samarbetssamtal', { enhetId: enhet.id }) });
    await expect(s.call('organisation/delete', { typ: 'enhet', id: enhet.id })).rejects.toThrow(
      'Enheten ”Barn och familj” används av insatsen ”Samarbetssamtal”, och kan inte tas bort.',
    );
    await expect(s.call('organisation/delete', { typ: 'sektor', id: sektor.id })).rejects.toThrow(
      'Sektorn ”BUV” har enheten ”Barn och familj”, och kan inte tas bort.',
    );
    const renamed = await s.call('organisation/rename', { typ: 'enhet', id: enhet.id, namn: 'Barn och Familj' });
    expect(renamed.enheter.map((e) => e.namn)).toEqual(['Barn och Familj']);
    const kat = await s.call('organisation/createKategori', { namn: 'Förebyggande' });
    const after = await s.call('organisation/delete', { typ: 'kategori', id: kat.id });
    expect(after.kategorier.map((k) => k.namn)).toEqual(['Rådgivning', 'Anhörigstöd', 'Mötesplats', 'Individuellt riktade insatser']);
  });
});
