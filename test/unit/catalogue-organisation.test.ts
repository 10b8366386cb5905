// Organisation (sektor → enhet, kategorier) and the catalogue list on real content: both seed
// catalogues imported through the real service, searched, filtered and compared between dates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent, type InsatsContent } from '../../shared/domain/insats';
import { loadFixture } from '../fixtures/load-fixture';
import { servicesOnDay, testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2026-01-15' });
});
afterEach(async () => s.cleanup());

const content = (namn: string, extra: Partial<InsatsContent> = {}): InsatsContent => ({ ...emptyInsatsContent(namn), ...extra });

function versionContent(versionId: number): InsatsContent {
  const row = s.sqlite.prepare('SELECT content_json FROM insats_version WHERE id = ?').get(versionId) as { content_json: string };
  return JSON.parse(row.content_json) as InsatsContent;
}

function auditCount(): number {
  return (s.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

describe('organisationen', () => {
  it('flyttar en enhet till en annan sektor och insatserna följer med', async () => {
    const buv = await s.call('organisation/createSektor', { namn: 'BUV' });
    const oppen = await s.call('organisation/createSektor', { namn: 'Öppenvård' });
    const nexus = await s.call('organisation/createEnhet', { sektorId: buv.id, namn: 'Nexus' });
    await s.call('insatser/create', { content: content('CRA', { enhetId: nexus.id }) });
    const after = await s.call('organisation/moveEnhet', { id: nexus.id, sektorId: oppen.id });
    expect(after.enheter.find((e) => e.id === nexus.id)?.sektorId).toBe(oppen.id);
    const [row] = await s.call('insatser/list', { sektorId: oppen.id });
    expect(row).toMatchObject({ namn: 'CRA', sektorNamn: 'Öppenvård', enhetNamn: 'Nexus' });
    expect(await s.call('insatser/list', { sektorId: buv.id })).toEqual([]);
  });

  it('vägrar flytta en enhet till en sektor som redan har en enhet med samma namn', async () => {
    const a = await s.call('organisation/createSektor', { namn: 'A' });
    const b = await s.call('organisation/createSektor', { namn: 'B' });
    const ea = await s.call('organisation/createEnhet', { sektorId: a.id, namn: 'Vuxen' });
    await s.call('organisation/createEnhet', { sektorId: b.id, namn: 'Vuxen' });
    await expect(s.call('organisation/moveEnhet', { id: ea.id, sektorId: b.id })).rejects.toThrow('Sektorn ”B” har redan en enhet som heter ”Vuxen”.');
  });

  it('vägrar ge två enheter i samma sektor samma namn, med ett begripligt fel', async () => {
    const a = await s.call('organisation/createSektor', { namn: 'A' });
    await s.call('organisation/createEnhet', { sektorId: a.id, namn: 'Vuxen' });
    const barn = await s.call('organisation/createEnhet', { sektorId: a.id, namn: 'Barn' });
    await expect(s.call('organisation/rename', { typ: 'enhet', id: barn.id, namn: 'Vuxen' })).rejects.toThrow('Sektorn har redan en enhet som heter ”Vuxen”.');
  });

  it('ordnar om kategorierna', async () => {
    const org = await s.call('organisation/get', {});
    const motesplats = org.kategorier.find((k) => k.namn === 'Mötesplats')!;
    const up = await s.call('organisation/moveKategori', { id: motesplats.id, riktning: 'upp' });
    expect(up.kategorier.map((k) => k.namn)).toEqual(['Rådgivning', 'Mötesplats', 'Anhörigstöd', 'Individuellt riktade insatser']);
    const first = up.kategorier[0];
    const same = await s.call('organisation/moveKategori', { id: first.id, riktning: 'upp' });
    expect(same.kategorier.map((k) => k.namn)).toEqual(up.kategorier.map((k) => k.namn));
  });

  it('söker på enhetens nya namn efter namnbyte', async () => {
    const sektor = await s.call('organisation/createSektor', { namn: 'Öppenvård' });
    const enhet = await s.call('organisation/createEnhet', { sektorId: sektor.id, namn: 'Nexus' });
    await s.call('insatser/create', { content: content('CRA', { enhetId: enhet.id }) });
    expect(await s.call('insatser/list', { sok: 'Beroendeenheten' })).toEqual([]);
    await s.call('organisation/rename', { typ: 'enhet', id: enhet.id, namn: 'Beroendeenheten' });
    expect((await s.call('insatser/list', { sok: 'Beroendeenheten' })).map((r) => r.namn)).toEqual(['CRA']);
  });

  it('förklarar vilka insatser som använder en kategori som inte kan tas bort, och räknar dem', async () => {
    const org = await s.call('organisation/get', {});
    const radgivning = org.kategorier.find((k) => k.namn === 'Rådgivning')!;
    for (const namn of ['Familjerådgivning', 'Samarbetssamtal', 'Budget- och skuldrådgivning', 'Medling']) {
      await s.call('insatser/create', { content: content(namn, { kategoriId: radgivning.id }) });
    }
    const before = auditCount();
    await expect(s.call('organisation/delete', { typ: 'kategori', id: radgivning.id })).rejects.toThrow(
      'Kategorin ”Rådgivning” används av 4 insatser, ”Budget- och skuldrådgivning”, ”Familjerådgivning”, ”Medling” och 1 till, och kan inte tas bort.',
    );
    expect(auditCount()).toBe(before);
    const usage = await s.call('organisation/usage', {});
    expect(usage.kategorier).toEqual([{ id: radgivning.id, insatser: 4 }]);
  });
});

describe('katalogens lista', () => {
  it('visar den senaste versionen och vilken version som gäller i dag', async () => {
    const v1 = await s.call('insatser/create', { content: content('Familjerådgivning', { innehall: 'Samtal om CRAFT.' }) });
    const arende = s.sqlite.prepare("INSERT INTO arende (diarienummer, rubrik, created_at) VALUES ('2025.1', 'x', 'x')").run();
    const beslut = s.sqlite
      .prepare(
        "INSERT INTO beslut (arende_id, utfall, beslutsdatum, beslutande_instans, giltig_fran, created_at) VALUES (?, 'bifall', '2025-09-16', 'SN', '2025-10-01', 'x')",
      )
      .run(arende.lastInsertRowid);
    s.sqlite.prepare("UPDATE insats_version SET status = 'beslutad', beslut_id = ? WHERE id = ?").run(beslut.lastInsertRowid, v1.versionId);
    expect((await s.call('insatser/list', {}))[0]).toMatchObject({ versionNo: 1, status: 'gallande', gallandeVersionNo: 1 });

    const v2 = await s.call('versions/newDraft', { insatsId: v1.insatsId });
    await s.call('versions/save', {
      versionId: v2.versionId,
      revision: v2.revision,
      content: { ...v2.content, innehall: 'Samtal.', andringssammanfattning: 'Metoden stryks.' },
    });
    const [row] = await s.call('insatser/list', {});
    expect(row).toMatchObject({ versionNo: 2, status: 'utkast', gallandeVersionNo: 1 });
    // The status filter "gällande" still finds the insats while its next version is being drafted.
    expect((await s.call('insatser/list', { status: 'gallande' })).map((r) => r.namn)).toEqual(['Familjerådgivning']);
    expect((await s.call('insatser/list', { status: 'utkast' })).map((r) => r.namn)).toEqual(['Familjerådgivning']);
    expect(await s.call('insatser/list', { status: 'forslag' })).toEqual([]);
    // A word only the decided version has still finds the insats.
    expect((await s.call('insatser/list', { sok: 'CRAFT' })).map((r) => r.versionNo)).toEqual([2]);
  });

  it('följer varje ändring, också från en annan process på samma fil', async () => {
    await s.call('insatser/create', { content: content('Familjerådgivning') });
    expect((await s.call('insatser/list', {})).map((r) => r.namn)).toEqual(['Familjerådgivning']);
    // Another process (the CLI, a second window) writes to the same database file.
    const other = await servicesOnDay(s.file, '2026-01-15');
    try {
      await other.call('insatser/create', { content: content('Medling') });
    } finally {
      await other.close();
    }
    expect((await s.call('insatser/list', {})).map((r) => r.namn)).toEqual(['Familjerådgivning', 'Medling']);
    // A write on this connection outside the services (as the decision tests do) is seen too.
    s.sqlite.prepare("UPDATE insats_version SET namn = 'Medling vid konflikt' WHERE namn = 'Medling'").run();
    expect((await s.call('insatser/list', {})).map((r) => r.namn)).toEqual(['Familjerådgivning', 'Medling vid konflikt']);
  });

  it('håller båda seedkatalogerna, grupperbara per sektor/enhet och per kategori', async () => {
    const { importCatalogue } = await import('../../electron/services/portable');
    await importCatalogue(s.ctx, loadFixture('ostersund'));
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    const rows = await s.call('insatser/list', {});
    expect(rows).toHaveLength(29 + 25);
    const ostersund = rows.filter((r) => r.enhetId !== null);
    const alingsas = rows.filter((r) => r.kategoriId !== null);
    expect(ostersund).toHaveLength(29);
    expect(alingsas).toHaveLength(25);
    expect(new Set(ostersund.map((r) => r.sektorNamn))).toEqual(new Set(['KAF (Kompetens, Arbete, Försörjning)', 'BUV - Barn, Ungdom, Vuxen', 'Öppenvård']));
    expect(ostersund.filter((r) => r.enhetNamn === 'Nexus')).toHaveLength(13);
    expect(alingsas.filter((r) => r.kategoriNamn === 'Anhörigstöd').map((r) => r.nummer)).toEqual(['3.2.1', '3.2.2', '3.2.3', '3.2.4']);
    // Alingsås came with its decision (in force from 2025-10-01); Östersund's are drafts.
    expect(new Set(alingsas.map((r) => r.status))).toEqual(new Set(['gallande']));
    expect(new Set(ostersund.map((r) => r.status))).toEqual(new Set(['utkast']));

    expect((await s.call('insatser/list', { sok: 'CRAFT' })).map((r) => r.namn)).toEqual([
      'Anhörigstöd vid beroende',
      'Anhörigstöd vid kriminalitet',
      'Anhörigstöd vid ungas beroende Mini Maria',
    ]);
    expect((await s.call('insatser/list', { sok: 'Bostad Först' })).map((r) => r.namn)).toEqual(['Utflyttningsstöd']);
    // Metoder are searchable: one of Familjebehandling's nine.
    expect((await s.call('insatser/list', { sok: 'Tryggare barn' })).map((r) => r.namn)).toEqual(['Familjebehandling']);
    // Filters combine: 14 kap. 5 § in Alingsås, and who reaches a 16-year-old.
    expect((await s.call('insatser/list', { regim: '14:5' })).map((r) => r.nummer)).toEqual(['3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1']);
    const sixteen = await s.call('insatser/list', { alder: 16 });
    expect(sixteen.map((r) => r.namn)).toContain('Medling med anledning av brott');
    expect(sixteen.map((r) => r.namn)).not.toContain('Akutboendet');
  });
});

describe('utkast som inte går att spara', () => {
  it('vägrar hela sparningen med svenska meddelanden och skriver ingenting', async () => {
    const v = await s.call('insatser/create', { content: content('Familjerådgivning', { innehall: 'Samtal.' }) });
    const before = auditCount();
    const bad = {
      ...v.content,
      innehall: 'Ändrad text som inte får sparas halvvägs.',
      villkor: [
        { typ: 'alder' as const, text: 'Ålder', motivering: '', alderMin: 20, alderMax: 10, kommun: '', undantag: '', tidigareInsats: '', dokument: '' },
      ],
      metoder: [{ namn: ' ', beskrivning: '', malgrupp: '', omfattning: '' }],
    };
    const error = await s.call('versions/save', { versionId: v.versionId, revision: v.revision, content: bad }).then(
      () => null,
      (e: { apiError: { issues: Array<{ path: string; message: string }> } }) => e.apiError,
    );
    expect(error?.issues).toEqual(
      expect.arrayContaining([
        { path: 'content.villkor.0.alderMax', message: 'Lägsta ålder kan inte vara högre än högsta ålder.' },
        { path: 'content.metoder.0.namn', message: 'Namn måste anges.' },
      ]),
    );
    expect(versionContent(v.versionId).innehall).toBe('Samtal.');
    expect(auditCount()).toBe(before);
  });
});

describe('katalogen mellan två datum', () => {
  it('anger nummer och versioner för tillagda, borttagna och ändrade insatser', async () => {
    const { importCatalogue } = await import('../../electron/services/portable');
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    const before = await s.call('catalogue/diffDates', { fromDate: '2025-09-30', toDate: '2025-10-01' });
    expect(before.added).toHaveLength(25);
    expect(before.added[0]).toMatchObject({ nummer: '3.1.1', namn: 'Familjerådgivning', versionNo: 1 });
    expect(before.removed).toEqual([]);
    expect(before.unchanged).toBe(0);
    const same = await s.call('catalogue/diffDates', { fromDate: '2025-10-01', toDate: '2026-01-15' });
    expect(same).toMatchObject({ added: [], removed: [], changed: [], unchanged: 25 });
  });

  it('föreslår datumen då besluten började gälla', async () => {
    const { importCatalogue } = await import('../../electron/services/portable');
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    expect(await s.call('catalogue/dates', {})).toEqual({
      today: '2026-01-15',
      beslut: [{ beslutId: expect.any(Number), diarienummer: '2025.053', paragraf: 37, beslutsdatum: '2025-09-16', giltigFran: '2025-10-01', insatser: 25 }],
    });
  });

  it('visar en upphävd insats som borttagen från den dag den upphävdes', async () => {
    const { importCatalogue } = await import('../../electron/services/portable');
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    const [medling] = await s.call('insatser/list', { sok: 'Medling med anledning av brott' });
    s.sqlite.prepare("UPDATE insats_version SET status = 'upphavd' WHERE id = ?").run(medling.versionId);
    s.sqlite
      .prepare(
        "INSERT INTO status_event (version_id, from_status, to_status, at, actor, reason) VALUES (?, 'gallande', 'upphavd', '2026-01-10T09:00:00.000Z', 'Test', 'Beslut 2026.4')",
      )
      .run(medling.versionId);
    const diff = await s.call('catalogue/diffDates', { fromDate: '2026-01-09', toDate: '2026-01-10' });
    expect(diff.removed.map((r) => r.namn)).toEqual(['Medling med anledning av brott']);
    expect(diff.unchanged).toBe(24);
  });

  it('vägrar datum som inte finns', async () => {
    await expect(s.call('catalogue/diffDates', { fromDate: '2025-02-30', toDate: '2026-01-01' })).rejects.toThrow('Datumet finns inte i kalendern.');
  });
});
