// Files the app must not open, as a user meets them in the browser mode (`iub serve`): a database from a
// newer version, a file that is not SQLite, and a cut-short database. Each is refused with a clear
// Swedish message, the server does not start, and the file is left byte for byte as it was.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../e2e/harness';
import { tempDir } from '../support/temp';
import { runCli } from '../support/cli';

const dir = tempDir('iub-vagrade-');
let good: string;
beforeAll(async () => {
  good = path.join(dir, 'bra.db');
  await seedDatabase(good, { fixtures: ['alingsas'] });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function variant(name: string, make: (file: string) => void): string {
  const file = path.join(dir, name);
  fs.copyFileSync(good, file);
  make(file);
  return file;
}

const cases: Array<[string, (file: string) => void, RegExp]> = [
  [
    'nyare.db',
    (file) => {
      const db = new Database(file);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_framtid.sql', '2030-01-01')").run();
      db.close();
    },
    /Databasen kommer från en nyare version av IUB-katalogen \(schemaversion 9999, den här versionen känner till \d+\)\. Uppdatera programmet/,
  ],
  [
    'word.db',
    (file) => fs.writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(8192, 7)])),
    /Filen word\.db är ingen IUB-katalogen-databas \(inte en SQLite-fil\) och har inte ändrats/,
  ],
  [
    'avkortad.db',
    (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2) + 100),
    /Databasfilen avkortad\.db är avkortad eller skadad och har inte ändrats/,
  ],
  ['halv-sida.db', (file) => fs.truncateSync(file, 4096 * 3 + 17), /Databasfilen halv-sida\.db är avkortad eller skadad/],
];

describe('filer som inte öppnas', () => {
  it.each(cases)('%s vägras med ett tydligt besked och lämnas orörd', async (name, make, message) => {
    const file = variant(name, make);
    const bytes = fs.readFileSync(file);
    const serve = await runCli(['serve', '--db', file, '--port', '0']);
    expect(serve.code).toBe(1);
    expect(serve.stdout).not.toMatch(/Öppna:/);
    expect(serve.stderr).toMatch(message);
    expect(serve.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false); // nothing was backed up from it either
  });
});
