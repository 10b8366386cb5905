// The command line's log: `--log FIL` beside any command writes what it logs to the file as well as to
// stderr; `--help` and the command list stay light (each command is loaded only when it runs).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeLogFlag } from '../../electron/cli/log-flag';
import { commands, EXPORT_KIND_NAMES } from '../../electron/cli/commands';
import { EXPORT_KINDS } from '../../electron/cli/commands/export';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('iub --log FIL', () => {
  it('ett kommando skriver sin start i loggfilen', async () => {
    const db = path.join(dir, 'a.db');
    const log = path.join(dir, 'migrate.log');
    const result = await runCli(['migrate', '--db', db, '--log', log], { timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Migrerade .*a\.db till schemaversion/u);
    expect(result.stderr).toBe(''); // the start line goes to the file only
    expect(fs.readFileSync(log, 'utf8')).toMatch(/^\[[\d-]+ [\d:.]+\] \[verbose\] iub migrate startade \(pid \d+\)\n$/u);
  }, 60_000);

  it('ett fel står både i terminalen och i loggfilen', async () => {
    const log = path.join(dir, 'restore.log');
    const result = await runCli(['restore', path.join(dir, 'finns-inte.db'), '--db', path.join(dir, 'b.db'), `--log=${log}`], { timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Säkerhetskopian finns-inte.db finns inte.');
    expect(fs.readFileSync(log, 'utf8')).toMatch(/\[error\] Säkerhetskopian finns-inte\.db finns inte\.\n$/u);
  }, 60_000);

  it('--log utan filnamn är ett fel i flaggorna', async () => {
    const result = await runCli(['migrate', '--log']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--log ska följas av ett filnamn/u);
  }, 60_000);

  it('tas ur argumenten var den än står', () => {
    expect(takeLogFlag(['export', 'csv', '--log', 'x.log', '--out', 'y'])).toEqual({ logFile: 'x.log', rest: ['export', 'csv', '--out', 'y'] });
    expect(takeLogFlag(['--log=z.log', 'migrate'])).toEqual({ logFile: 'z.log', rest: ['migrate'] });
    expect(takeLogFlag(['migrate'])).toEqual({ logFile: null, rest: ['migrate'] });
    expect(() => takeLogFlag(['migrate', '--log', '--db', 'a.db'])).toThrow(/--log ska följas av ett filnamn/u);
  });
});

describe('kommandolistan', () => {
  it('exportens sammanfattning nämner precis de dokument export kan skriva', () => {
    expect(EXPORT_KIND_NAMES).toEqual(Object.keys(EXPORT_KINDS));
    expect(commands.export.summary).toContain(EXPORT_KIND_NAMES.join('|'));
  });

  it('varje kommando laddas och kan köras', async () => {
    for (const [name, entry] of Object.entries(commands)) expect(typeof (await entry.load()).run, name).toBe('function');
  });
});
