// A full disk: a write that does not fit gives the clear Swedish "Disken är full…" error, writes
// nothing, and leaves an intact file that works again once there is room. Two ways: a size-limited
// database (PRAGMA max_page_count, runs anywhere) and, where the tests run as root, a real tiny tmpfs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openDatabase } from '../../electron/database/open-database';
import { emptyInsatsContent, type InsatsContent } from '../../shared/domain/insats';
import { APP_ROOT, testServices, type TestServices } from '../support/services';
import { tempDir } from '../support/temp';
import { contentHash, tableContents } from '../support/db-content';

const migrationsDir = path.join(APP_ROOT, 'migrations');

/** About 100 kB per insats (version row, full-text index, audit trail). */
function bulky(i: number): InsatsContent {
  const words = (seed: string) =>
    Array.from({ length: 2400 }, (_, k) => `${seed}${(k * 7919 + i) % 10007}`)
      .join(' ')
      .slice(0, 20_000);
  return { ...emptyInsatsContent(`Stor insats ${i}`), innehall: words('innehåll'), malgrupp: words('målgrupp') };
}

/** Creates bulky insatser until a call fails; returns the failing envelope and the content before it. */
async function fillUntilFull(s: TestServices, limit = 400) {
  for (let i = 0; i < limit; i++) {
    const before = contentHash(tableContents(s.sqlite));
    const result = await dispatch(s.ctx, 'insatser/create', { content: bulky(i) }, () => undefined);
    if (!result.ok) return { result, before, created: i };
  }
  throw new Error('Disken blev aldrig full.');
}

describe('full disk: databasens storlek begränsad (max_page_count)', () => {
  let s: TestServices;
  beforeAll(async () => {
    s = await testServices();
    await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
  });
  afterAll(() => s.cleanup());

  it('ger ett tydligt fel, sparar inget och lämnar en hel fil', async () => {
    const pages = s.sqlite.pragma('page_count', { simple: true }) as number;
    s.sqlite.pragma(`max_page_count = ${pages + 60}`);
    const { result, before, created } = await fillUntilFull(s);
    expect(created).toBeGreaterThan(0);
    expect(result).toEqual({ ok: false, error: { code: 'refused', message: 'Disken är full. Inget har sparats. Frigör utrymme och försök igen.' } });
    expect(contentHash(tableContents(s.sqlite))).toBe(before);
    expect(s.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    // with room again, the same write works
    s.sqlite.pragma('max_page_count = 1073741823');
    const again = await s.call('insatser/create', { content: bulky(created) });
    expect(again.content.namn).toBe(`Stor insats ${created}`);
    expect((await s.call('insatser/list', {})).length).toBe(created + 2);
  });
});

const isRoot = process.getuid?.() === 0;
function tryMount(dir: string, size: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
  }
}

describe('full disk: en riktig liten tmpfs', () => {
  const mountPoint = tempDir('iub-tmpfs-');
  const problem = isRoot ? tryMount(mountPoint, '6m') : 'testerna körs inte som root';
  if (problem) {
    // Loud, not silent: the size-limited test above still covers the error path.
    console.warn(`\n*** HOPPAR ÖVER testet med full tmpfs: ${problem}. ***\n`);
  }
  const file = path.join(mountPoint, 'iub.db');
  const filler = path.join(mountPoint, 'fyllnad');
  let s: TestServices;

  afterAll(async () => {
    await s?.close().catch(() => undefined);
    if (!problem) execFileSync('umount', [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(!!problem)('ger ett tydligt fel vid full disk, sparar inget och öppnas felfritt igen', async () => {
    s = await testServices({ file });
    await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    // leave about 400 kB free
    const free = fs.statfsSync(mountPoint).bavail * fs.statfsSync(mountPoint).bsize;
    fs.writeFileSync(filler, Buffer.alloc(Math.max(free - 400_000, 0)));

    const { result, before, created } = await fillUntilFull(s);
    expect(result).toEqual({ ok: false, error: { code: 'refused', message: 'Disken är full. Inget har sparats. Frigör utrymme och försök igen.' } });
    expect(contentHash(tableContents(s.sqlite))).toBe(before);

    // a backup on the full disk fails clearly and leaves no half file behind
    const backup = await dispatch(s.ctx, 'backups/create', {}, () => undefined);
    expect(backup).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Disken är full/) } });
    expect(fs.readdirSync(path.join(mountPoint, 'backups')).filter((f) => f.endsWith('.db'))).toEqual([]);

    // after a restart with room again: intact, and every confirmed write is there
    await s.close();
    fs.rmSync(filler);
    const reopened = await openDatabase({ file, migrationsDir, backups: false });
    expect(contentHash(tableContents(reopened.sqlite))).toBe(before);
    expect((reopened.sqlite.prepare('SELECT count(*) n FROM insats').get() as { n: number }).n).toBe(created + 1);
    await reopened.close();
  });

  it.skipIf(!!problem)('startar även när disken är nästan full (startkopian hoppas över med en varning)', async () => {
    const free = fs.statfsSync(mountPoint).bavail * fs.statfsSync(mountPoint).bsize;
    fs.writeFileSync(filler, Buffer.alloc(Math.max(free - 200_000, 0))); // room for the -shm, not for a copy
    try {
      const db = await openDatabase({ file, migrationsDir });
      expect(db.warnings).toEqual(['Ingen säkerhetskopia kunde tas vid start: disken är full.']);
      expect(db.sqlite.prepare('SELECT count(*) n FROM insats').get()).toMatchObject({ n: expect.any(Number) });
      await db.close();
      expect(fs.readdirSync(path.join(mountPoint, 'backups')).filter((f) => f.endsWith('.db'))).toEqual([]);
    } finally {
      fs.rmSync(filler);
    }
  });

  it.skipIf(!!problem)('vägrar med ett tydligt besked när disken är helt full', async () => {
    const free = fs.statfsSync(mountPoint).bavail * fs.statfsSync(mountPoint).bsize;
    fs.writeFileSync(filler, Buffer.alloc(free));
    const bytes = fs.readFileSync(file);
    try {
      const error = await openDatabase({ file, migrationsDir }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/^Databasen iub\.db kan inte öppnas: disken är full eller går inte att skriva till \(SQLITE_\w+\)\. Frigör utrymme/);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    } finally {
      fs.rmSync(filler);
    }
  });
});
