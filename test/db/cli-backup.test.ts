// `npm run iub -- backup` and `restore` on a database holding both seed catalogues: the round trip
// gives back the same rows in every table, the current file is copied before a restore, and a damaged
// file makes `serve` (the browser mode) and the other commands name the latest good backup.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../e2e/harness';
import { loadFixture } from '../fixtures/load-fixture';
import { servicesOnDay } from '../support/services';
import { tempDir } from '../support/temp';
import { fileContents, contentHash, rowCount } from '../support/db-content';
import { damagePage } from '../support/damage';
import { runCli } from '../support/cli';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { ownBackups } from '../../electron/database/backup';

let dir: string;
let file: string;
let original: Record<string, string[]>;

beforeAll(async () => {
  dir = tempDir('iub-cli-');
  file = path.join(dir, 'iub.db');
  await seedDatabase(file, { fixtures: ['ostersund', 'alingsas'], today: '2025-10-15' });
  original = fileContents(file);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function changeSomething() {
  const s = await servicesOnDay(file, '2025-10-20');
  await s.call('insatser/create', { content: emptyInsatsContent('Tillagd efter kopian') });
  await s.call('settings/update', { kommun: 'Östersund' });
  await s.close();
}

describe('backup och restore på kommandoraden', () => {
  it('utgår från en databas med båda seed-katalogerna', () => {
    expect(rowCount(original, 'insats')).toBe(loadFixture('ostersund').insatser.length + loadFixture('alingsas').insatser.length);
    for (const table of ['insats_version', 'beslut', 'arende', 'sammantrade', 'audit_log', 'enhet', 'sektor', 'settings']) {
      expect(rowCount(original, table), table).toBeGreaterThan(0);
    }
  });

  it('backup i mappen backups och restore ger samma rader i varje tabell', async () => {
    const backup = await runCli(['backup', '--db', file]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const written = backup.stdout.match(/Säkerhetskopia skriven: (.+)/)![1].trim();
    expect(path.dirname(written)).toBe(path.join(dir, 'backups'));
    expect(contentHash(fileContents(written))).toBe(contentHash(original));

    await changeSomething();
    expect(contentHash(fileContents(file))).not.toBe(contentHash(original));

    const restore = await runCli(['restore', written, '--db', file]);
    expect(restore.code, restore.stderr).toBe(0);
    const safety = restore.stdout.match(/Kopia av den tidigare databasen: (.+)/)![1].trim();
    expect(restore.stdout).toContain(`Återställde ${file} från ${written}.`);
    expect(fileContents(file)).toEqual(original);
    // the copy taken first holds the change that the restore removed
    expect(fileContents(safety).insats_version.some((r) => r.includes('Tillagd efter kopian'))).toBe(true);
  });

  it('backup --out FIL och restore FIL ger samma rader i varje tabell', async () => {
    const out = path.join(dir, 'utanför', 'kopia.db');
    const backup = await runCli(['backup', '--db', file, '--out', out]);
    expect(backup.code, backup.stderr).toBe(0);
    await changeSomething();
    const restore = await runCli(['restore', out, '--db', file]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(fileContents(file)).toEqual(original);
  });

  it('vägrar återställa från en skadad kopia eller en fil som inte är en databas', async () => {
    const bad = path.join(dir, 'trasig.db');
    fs.copyFileSync(file, bad);
    damagePage(bad);
    const before = fs.readFileSync(file);
    const damaged = await runCli(['restore', bad, '--db', file]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/trasig\.db är skadad och återställs inte/);
    const text = path.join(dir, 'anteckningar.db');
    fs.writeFileSync(text, 'Det här är inga insatser. '.repeat(10));
    const foreign = await runCli(['restore', text, '--db', file]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/inte en SQLite-fil/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('serve på en skadad fil skriver ut varför och hur den senaste felfria kopian återställs', async () => {
    const damagedDir = tempDir('iub-cli-skadad-');
    const damaged = path.join(damagedDir, 'iub.db');
    fs.copyFileSync(file, damaged);
    const good = await runCli(['backup', '--db', damaged]);
    expect(good.code, good.stderr).toBe(0);
    damagePage(damaged);
    const bytes = fs.readFileSync(damaged);
    const [latest] = ownBackups(damaged);

    const serve = await runCli(['serve', '--db', damaged, '--port', '0']);
    expect(serve.code).toBe(1);
    expect(serve.stdout).not.toMatch(/Öppna:/);
    expect(serve.stderr).toMatch(/Databasen iub\.db är skadad och har inte ändrats/);
    expect(serve.stderr).toContain(`Senaste felfria säkerhetskopia: ${latest.name}`);
    expect(serve.stderr).toContain(`Återställ den med: npm run iub -- restore "${latest.file}" --db "${damaged}"`);
    expect(fs.readFileSync(damaged).equals(bytes)).toBe(true);
    expect(ownBackups(damaged)).toHaveLength(1); // no backup of the damaged file pushed a good one out

    // the printed command works, and the damaged file is kept as a copy
    const restore = await runCli(['restore', latest.file, '--db', damaged]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(fileContents(damaged)).toEqual(original);
    const safety = restore.stdout.match(/Kopia av den tidigare databasen: (.+)/)![1].trim();
    expect(fs.readFileSync(safety).equals(bytes)).toBe(true);
    fs.rmSync(damagedDir, { recursive: true, force: true });
  });
});
