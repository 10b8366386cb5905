// No lost update (issue 18, item 4): two saves based on the same revision give one success and one
// `conflict` naming who changed the draft and when; and open screens learn of others' changes (item 5).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { emptyRka } from '../../shared/domain/rka';
import type { Envelope } from '../../shared/api/envelope';
import { startWebServer, type WebServer } from '../../electron/http/server';
import { startServices, type RunningServices } from '../../electron/services/start-services';
import { APP_ROOT, servicesOnDay, testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2026-01-15' });
});
afterEach(async () => s.cleanup());

const apiError = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { apiError: { code: string; message: string } }) => e.apiError,
  );

describe('revision och konflikt', () => {
  it('två sparanden från samma revision: ett lyckas, det andra vägras med conflict som namnger vem och när', async () => {
    const v = await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    expect(v.revision).toBe(1);
    const first = await s.call('versions/save', { versionId: v.versionId, revision: v.revision, content: { ...v.content, innehall: 'Första ändringen.' } });
    expect(first.revision).toBe(2);
    const error = await apiError(
      s.call('versions/save', { versionId: v.versionId, revision: v.revision, content: { ...v.content, innehall: 'Andra ändringen.' } }),
    );
    expect(error?.code).toBe('conflict');
    expect(error?.message).toMatch(/Test Testsson ändrade utkastet \d{1,2} \p{L}+ \d{4} kl\. \d\d\.\d\d/u);
    expect(error?.message).toMatch(/revision 1, nu gäller revision 2/);
    // the first save stands; the refused one wrote nothing, not even to the audit trail
    const now = await s.call('versions/get', { versionId: v.versionId });
    expect(now).toMatchObject({ revision: 2, content: { innehall: 'Första ändringen.' } });
    const audits = s.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'spara utkast'").pluck().get();
    expect(audits).toBe(1);
    // saving against the new revision works
    const merged = await s.call('versions/save', {
      versionId: v.versionId,
      revision: now.revision,
      content: { ...now.content, innehall: 'Första ändringen. Andra ändringen.' },
    });
    expect(merged.revision).toBe(3);
  });

  it('två anslutningar till samma fil (appen och kommandoraden) sparar samtidigt: en vinner, en får conflict', async () => {
    const v = await s.call('insatser/create', { content: emptyInsatsContent('Stödsamtal') });
    const other = await servicesOnDay(s.file, '2026-01-15');
    try {
      // both read revision 1 (better-sqlite3 is synchronous, so two connections in one process take turns)
      const seen = await other.call('versions/get', { versionId: v.versionId });
      await s.call('versions/save', { versionId: v.versionId, revision: v.revision, content: { ...v.content, innehall: 'Från appen.' } });
      const error = await apiError(
        other.call('versions/save', { versionId: v.versionId, revision: seen.revision, content: { ...v.content, innehall: 'Från kommandoraden.' } }),
      );
      expect(error?.code).toBe('conflict');
      expect((await other.call('versions/get', { versionId: v.versionId })).content.innehall).toBe('Från appen.');
      expect((await s.call('versions/get', { versionId: v.versionId })).revision).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('en revision som saknas eller är fel vägras som ogiltig uppgift', async () => {
    const v = await s.call('insatser/create', { content: emptyInsatsContent('Stödsamtal') });
    const error = await apiError(s.call('versions/save', { versionId: v.versionId, content: v.content } as never));
    expect(error?.code).toBe('invalid_input');
  });
});

describe('revision på de mindre ändringarna', () => {
  it('ärende, sammanträde, analys och namn i organisationen: ett gammalt sparande vägras med conflict', async () => {
    const arende = await s.call('arenden/create', { rubrik: 'Revidering' });
    await s.call('arenden/update', { arendeId: arende.id, revision: arende.revision, rubrik: 'Revidering av katalogen' });
    expect(await apiError(s.call('arenden/update', { arendeId: arende.id, revision: arende.revision, rubrik: 'Något annat' }))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/Test Testsson ändrade ärendet/),
    });
    expect((await s.call('arenden/list', {}))[0]).toMatchObject({ rubrik: 'Revidering av katalogen', revision: 2 });

    const meeting = await s.call('sammantraden/create', { datum: '2026-02-10' });
    await s.call('sammantraden/update', { id: meeting.id, revision: meeting.revision, ordforande: 'Anna' });
    expect((await apiError(s.call('sammantraden/update', { id: meeting.id, revision: meeting.revision, ordforande: 'Bertil' })))?.code).toBe('conflict');

    const org = await s.call('organisation/createKategori', { namn: 'Provkategori' });
    await s.call('organisation/rename', { typ: 'kategori', id: org.id, namn: 'Råd och stöd', revision: org.revision });
    expect((await apiError(s.call('organisation/rename', { typ: 'kategori', id: org.id, namn: 'Stöd', revision: org.revision })))?.code).toBe('conflict');
    expect((await s.call('organisation/get', {})).kategorier.find((k) => k.id === org.id)).toMatchObject({ namn: 'Råd och stöd', revision: 2 });

    const v = await s.call('insatser/create', {
      content: { ...emptyInsatsContent('Stödgrupp'), dokumentation: { regim: '14:5', system: '', anteckningar: '' } },
    });
    const blank = await s.call('rka/get', { versionId: v.versionId });
    expect(blank.revision).toBe(0);
    // both open the blank analysis; the first creates it, the second (revision 0) is refused
    await s.call('rka/save', { versionId: v.versionId, revision: blank.revision, content: { ...emptyRka(), syfteOchKaraktar: 'Först.' } });
    expect(
      (await apiError(s.call('rka/save', { versionId: v.versionId, revision: blank.revision, content: { ...emptyRka(), syfteOchKaraktar: 'Sedan.' } })))?.code,
    ).toBe('conflict');
    const stored = await s.call('rka/get', { versionId: v.versionId });
    expect(stored).toMatchObject({ revision: 1, content: { syfteOchKaraktar: 'Först.' } });
    await s.call('rka/save', { versionId: v.versionId, revision: stored.revision, content: { ...stored.content, syfteOchKaraktar: 'Först. Sedan.' } });
    expect((await s.call('rka/get', { versionId: v.versionId })).revision).toBe(2);
  });
});

describe('revision över HTTP med två servrar på samma fil', () => {
  let second: RunningServices;
  const servers: WebServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
    await second?.close();
  });

  it('den som sparar sist från samma revision får conflict', async () => {
    const staticDir = path.join(s.dir, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>IUB-katalogen</title>');
    second = await startServices({ file: s.file, appRoot: APP_ROOT, today: '2026-01-15', backups: false });
    servers.push(await startWebServer({ ctx: s.ctx, staticDir }), await startWebServer({ ctx: second.ctx, staticDir }));
    const [a, b] = servers;
    const post = async (server: WebServer, method: string, input: unknown) => {
      const response = await fetch(`${server.url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Envelope<{ versionId: number; revision: number; content: Record<string, unknown> }>;
    };
    const created = await post(a, 'insatser/create', { content: emptyInsatsContent('Budgetrådgivning') });
    if (!created.ok) throw new Error(created.error.message);
    const v = created.value;
    // both servers read revision 1
    const seenByB = await post(b, 'versions/get', { versionId: v.versionId });
    expect(seenByB.ok && seenByB.value.revision).toBe(1);
    const fromA = await post(a, 'versions/save', { versionId: v.versionId, revision: 1, content: { ...v.content, innehall: 'A' } });
    const fromB = await post(b, 'versions/save', { versionId: v.versionId, revision: 1, content: { ...v.content, innehall: 'B' } });
    expect(fromA.ok).toBe(true);
    expect(fromB).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Test Testsson ändrade utkastet/) } });
  });
});

describe('changes/since', () => {
  it('talar om vad som ändrats sedan markören, också när en annan anslutning skrev', async () => {
    const start = await s.call('changes/since', { after: null });
    expect(start.changes).toEqual([]);
    // nothing new: the same cursor and no changes
    expect(await s.call('changes/since', { after: start.cursor })).toEqual({ cursor: start.cursor, changes: [], more: false });
    const other = await servicesOnDay(s.file, '2026-01-15');
    try {
      const v = await other.call('insatser/create', { content: emptyInsatsContent('Kontaktperson') });
      const next = await s.call('changes/since', { after: start.cursor });
      expect(next.cursor).toBeGreaterThan(start.cursor);
      expect(next.changes).toEqual([{ entity: 'insats', entityId: String(v.insatsId) }]);
      await other.call('versions/save', { versionId: v.versionId, revision: v.revision, content: { ...v.content, innehall: 'Ny text.' } });
      const after = await s.call('changes/since', { after: next.cursor });
      expect(after.changes).toEqual([{ entity: 'insats_version', entityId: String(v.versionId) }]);
    } finally {
      await other.close();
    }
  });

  it('en markör bortom granskningsloggen (en återställd säkerhetskopia) ber om att allt läses om', async () => {
    const start = await s.call('changes/since', { after: null });
    expect(await s.call('changes/since', { after: start.cursor + 50 })).toMatchObject({ cursor: start.cursor, more: true });
  });
});
