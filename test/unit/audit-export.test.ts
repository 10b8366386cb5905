// The audit trail: append-only (no API and no SQL edits or deletes it), and exported per insats with the
// insats' own entries, its versions', and those of the ärenden, beslut and RKA that concern it.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { importCatalogue } from '../../electron/services/portable';
import { recordAudit } from '../../electron/services/audit';
import { write } from '../../electron/services/context';
import { METHODS } from '../../shared/api/contract';
import type { InsatsAuditEntry } from '../../shared/api/audit-contract';
import { loadFixture } from '../fixtures/load-fixture';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
let insatsId: number;
let otherInsatsId: number;
let v1: number;
let v2: number;

beforeAll(async () => {
  s = await testServices({ today: '2025-10-15' });
  const imported = await importCatalogue(s.ctx, loadFixture('alingsas'));
  v1 = imported.versionIds[0];
  const first = await s.call('versions/get', { versionId: v1 });
  insatsId = first.insatsId;
  otherInsatsId = (await s.call('versions/get', { versionId: imported.versionIds[1] })).insatsId;
  // a new version, saved, proposed in an ärende of its own
  const draft = await s.call('versions/newDraft', { insatsId });
  v2 = draft.versionId;
  await s.call('versions/save', {
    versionId: v2,
    revision: draft.revision,
    content: { ...draft.content, innehall: `${draft.content.innehall} Ändrad <b>text</b>.` },
  });
  await s.call('arenden/create', { rubrik: 'Revidering', versionIds: [v2] });
  // the other insats gets entries that must not show up
  const otherDraft = await s.call('versions/newDraft', { insatsId: otherInsatsId });
  await s.call('versions/save', {
    versionId: otherDraft.versionId,
    revision: otherDraft.revision,
    content: { ...otherDraft.content, innehall: 'Annan insats.' },
  });
  // an RKA and another feature's entry that names the version (as the RKA and checks features record them)
  const rkaId = Number(
    s.sqlite.prepare("INSERT INTO rka (version_id, content_json, created_at, updated_at) VALUES (?, '{}', 'x', 'x')").run(v2).lastInsertRowid,
  );
  await write(s.ctx, async (trx) => {
    await recordAudit(trx, s.ctx, { entity: 'rka', entityId: rkaId, action: 'spara', after: { slutsats: 'Särskilda skäl finns.' } });
    await recordAudit(trx, s.ctx, { entity: 'avfärdad_kontroll', entityId: 7, action: 'avfärda', after: { versionId: v2, skal: 'Falsklarm' } });
    await recordAudit(trx, s.ctx, { entity: 'avfärdad_kontroll', entityId: 8, action: 'avfärda', after: { versionId: otherDraft.versionId } });
  });
}, 60_000);
afterAll(() => s.cleanup());

describe('granskningslogg per insats', () => {
  let entries: InsatsAuditEntry[];
  beforeAll(async () => {
    entries = await s.call('audit/insats', { insatsId });
  });

  it('tar med insatsen, dess versioner, beslut, ärenden och RKA, äldst först', () => {
    expect(entries.map((e) => e.beskrivning)).toEqual([
      'Insatsen: skapa',
      expect.stringMatching(/^Beslut 2025\.053 SN § 37: registrera$/),
      'Version 2: ny version',
      'Version 2: spara utkast',
      expect.stringMatching(/^Ärende \d{4}\.\d+: skapa$/),
      'Risk- och konsekvensanalys: spara',
      'avfärdad_kontroll: avfärda',
    ]);
    expect(entries.map((e) => e.id)).toEqual(entries.map((e) => e.id).sort((a, b) => a - b));
    for (const e of entries) {
      expect(e.actor).toBe('Test Testsson');
      expect(e.osUser).toBeTruthy();
      expect(Date.parse(e.at)).not.toBeNaN();
    }
    expect(entries.find((e) => e.action === 'spara utkast')!.after).toMatchObject({ innehall: expect.stringContaining('Ändrad <b>text</b>.') });
  });

  it('tar inte med en annan insats poster', () => {
    expect(entries.some((e) => JSON.stringify(e).includes('Annan insats.'))).toBe(false);
    expect(entries.filter((e) => e.entity === 'avfärdad_kontroll')).toHaveLength(1);
  });

  it('svarar tydligt för en insats som inte finns', async () => {
    expect(await dispatch(s.ctx, 'audit/insats', { insatsId: 99_999 }, () => undefined)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Insatsen finns inte.' },
    });
  });

  it('exporteras som CSV som Excel öppnar, utan formler', async () => {
    const file = await s.call('audit/exportInsats', { insatsId, format: 'csv' });
    expect(file.mimeType).toBe('text/csv');
    expect(file.fileName).toMatch(/^granskningslogg-.*-2025-10-15\.csv$/);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    // An "Ändrat" column, and Före/Efter as readable "fält: värde" lines, not JSON (issue 17).
    expect(text.startsWith('\uFEFFLöpnummer;Tid;Vem;Användarkonto;Vad;Händelse;Objekt;Objektets id;Ändrat;Före;Efter\r\n')).toBe(true);
    expect(text).not.toContain('{"');
    expect(text).not.toMatch(/\bneedsReview\b|"content"/);
    expect(text).toMatch(/Ändrat: [a-zåäö ,]+/);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(entries.length + 1);
    expect(text).toContain('Version 2: spara utkast');
    expect(text).toContain('Test Testsson');
  });

  it('exporteras som JSON med samma poster', async () => {
    const file = await s.call('audit/exportInsats', { insatsId, format: 'json' });
    expect(file.mimeType).toBe('application/json');
    const doc = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(doc.insats).toMatchObject({ insatsId, namn: expect.any(String) });
    expect(doc.exporteradAv).toBe('Test Testsson');
    expect(doc.poster).toEqual(JSON.parse(JSON.stringify(entries)));
  });

  it('CSV-celler som ser ut som formler görs ofarliga', async () => {
    await s.call('settings/update', { anvandare: '=HYPERLINK("http://evil.example","klicka")' });
    const draft = await s.call('versions/get', { versionId: v2 });
    await s.call('versions/save', { versionId: v2, revision: draft.revision, content: { ...draft.content, innehall: '@SUM(1+1)' } });
    const text = Buffer.from((await s.call('audit/exportInsats', { insatsId, format: 'csv' })).base64, 'base64').toString('utf8');
    expect(text).toContain(`;"'=HYPERLINK(""http://evil.example"",""klicka"")";`);
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
    await s.call('settings/update', { anvandare: 'Test Testsson' });
  });
});

describe('granskningsloggen kan bara växa', () => {
  it('ingen metod i kontraktet tar bort eller ändrar poster', () => {
    for (const m of METHODS) expect(m, m).not.toMatch(/^audit\/(delete|remove|update|edit|clear|purge|rename)/i);
    expect(METHODS.filter((m) => m.startsWith('audit/'))).toEqual(['audit/list', 'audit/insats', 'audit/exportInsats']);
  });

  it('databasen vägrar UPDATE, DELETE och INSERT OR REPLACE på en befintlig post', () => {
    const before = s.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all();
    expect(() => s.sqlite.prepare("UPDATE audit_log SET actor = 'någon annan' WHERE id = 1").run()).toThrow(/Granskningsloggen kan inte ändras/);
    expect(() => s.sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/Granskningsloggen kan inte ändras/);
    expect(() =>
      s.sqlite.prepare("INSERT OR REPLACE INTO audit_log (id, at, actor, os_user, entity, entity_id, action) VALUES (1, 'x', 'x', 'x', 'x', 'x', 'x')").run(),
    ).toThrow(/Granskningsloggen kan inte ändras/);
    expect(() =>
      s.sqlite.prepare("REPLACE INTO audit_log (id, at, actor, os_user, entity, entity_id, action) VALUES (2, 'x', 'x', 'x', 'x', 'x', 'x')").run(),
    ).toThrow(/Granskningsloggen kan inte ändras/);
    expect(s.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
  });

  it('nya poster läggs till som vanligt', async () => {
    const count = () => (s.sqlite.prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n;
    const n = count();
    await s.call('settings/update', { kommun: 'Alingsås' });
    expect(count()).toBe(n + 1);
  });
});
