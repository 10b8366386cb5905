// Two databases in one folder share backups/ beside them: each sees and restores only its own backups,
// told apart by the database id a backup carries, not by its file name.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { runCli } from '../support/cli';
import { testServices, type TestServices } from '../support/services';

let a: TestServices;
let b: TestServices;
afterEach(async () => {
  await b?.cleanup();
  await a?.cleanup();
});

describe('säkerhetskopior för två databaser i samma mapp', () => {
  it('visar bara den egna databasens kopior och vägrar återställa den andras, även under ett lånat namn', async () => {
    a = await testServices({ today: '2025-09-01' });
    b = await testServices({ today: '2025-09-01', file: path.join(a.dir, 'b.db') });
    await a.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    const own = await a.call('backups/create', {});
    const other = await b.call('backups/create', {});
    expect(own).toMatchObject({ insatser: 1, beslut: 0 });
    expect(other).toMatchObject({ insatser: 0, beslut: 0 });
    // A copy of b's backup under a name that looks like a's.
    const dir = path.join(a.dir, 'backups');
    const disguised = own.name.replace('-manuell.db', '-start.db');
    fs.copyFileSync(path.join(dir, other.name), path.join(dir, disguised));

    expect((await a.call('backups/list', {})).map((x) => x.name)).toEqual([own.name]);
    // What the copy holds decides, not its name: it is b's backup wherever it lies.
    expect((await b.call('backups/list', {})).map((x) => x.name).sort()).toEqual([other.name, disguised].sort());
    await expect(a.call('backups/restore', { name: other.name })).rejects.toThrow(/annan databas/);
    await expect(a.call('backups/restore', { name: disguised })).rejects.toThrow(/annan databas/);
    expect((await a.call('insatser/list', {})).length).toBe(1);
    expect((await a.call('backups/restore', { name: own.name })).restoredFrom).toBe(own.name);
  });
});

describe('iub restore med en annan databas kopia', () => {
  it('vägrar utan --annan-databas, säger vad båda filerna håller, och återställer med flaggan', async () => {
    a = await testServices({ today: '2025-09-01' });
    b = await testServices({ today: '2025-09-01', file: path.join(a.dir, 'b.db') });
    const other = await b.call('backups/create', {});
    await a.close();
    const backup = path.join(a.dir, 'backups', other.name);
    const refused = await runCli(['restore', backup, '--db', a.file]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/Nuvarande databas: 0 insatser, 0 beslut\. Säkerhetskopian: 0 insatser, 0 beslut\./);
    expect(refused.stderr).toMatch(/annan databas.*--annan-databas/);
    const done = await runCli(['restore', backup, '--db', a.file, '--annan-databas']);
    expect(done.code).toBe(0);
  }, 60_000);
});
