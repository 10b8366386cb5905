// `npm run iub -- import FIL [--db] [--dry-run] [--json]`: the command itself (in-process, console
// captured) and once through the real CLI entry as a child process.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../electron/cli/commands/import';
import { CliError } from '../../electron/cli/cli-error';
import { loadFixture } from '../fixtures/load-fixture';
import { APP_ROOT, servicesOnDay } from '../support/services';
import { SEED_FILES } from '../support/seeds';
import { seedDocx } from '../support/seed-documents';
import { tempDir } from '../support/temp';

const env = { appRoot: APP_ROOT };
let dir: string;
let output: string[];

beforeEach(() => {
  dir = tempDir();
  output = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void output.push(args.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function runJson(args: string[]) {
  expect(await importCommand.run(args, env)).toBe(0);
  return JSON.parse(output.join('\n'));
}

describe('iub import --json --dry-run', () => {
  it('prints one object: the insatser in document order with number, name, villkor, ages and documentation', async () => {
    const db = path.join(dir, 'iub.db');
    const json = await runJson([SEED_FILES.alingsas, '--json', '--dry-run', '--db', db]);
    const fixture = loadFixture('alingsas');
    expect(json.insatser.map((i: { number: string }) => i.number)).toEqual(fixture.insatser.map((i) => i.nummer));
    expect(json.insatser.map((i: { dokumentation: string }) => i.dokumentation)).toEqual(fixture.insatser.map((i) => i.content.dokumentation.regim));
    expect(json.insatser[0]).toMatchObject({
      number: '3.1.1',
      name: 'Familjerådgivning',
      villkor: [{ typ: 'folkbokford', kommun: 'Alingsås' }],
      dokumentation: '14:4',
    });
    expect(json.insatser.find((i: { number: string }) => i.number === '3.3.1')).toMatchObject({ ageMin: 18, ageMax: 65 });
    expect(json.insatser.find((i: { number: string }) => i.number === '3.1.12')).toMatchObject({ ageMax: 17 });
    expect(json.insatser.find((i: { number: string }) => i.number === '3.1.12').ageMin).toBeUndefined();
    expect(json.insatser.find((i: { number: string }) => i.number === '3.1.1').ageMin).toBeUndefined();
    expect(json.decision).toMatchObject({ ...fixture.beslut, complete: true });
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual(['toc_name_differs', 'toc_name_differs', 'struck_text']);
    expect(json).toMatchObject({ dryRun: true, imported: null });
    // A dry run opens no database.
    expect(fs.existsSync(db)).toBe(false);
  });

  it("reports Östersund's BoSoL as found but empty, and no decision", async () => {
    const json = await runJson([SEED_FILES.ostersund, '--json', '--dry-run']);
    expect(json.insatser).toHaveLength(29);
    expect(json.insatser.find((i: { number: string }) => i.number === '2.2.1')).toMatchObject({ name: 'BoSoL', empty: true, villkor: [] });
    expect(json.insatser.find((i: { number: string }) => i.number === '2.2.2')).toMatchObject({
      tocName: 'Vräkningsförebyggande arbete',
      ageMin: 18,
      dokumentation: '14:4',
    });
    expect(json.decision).toBeNull();
    expect(json.warnings.some((w: { code: string; nummer: string }) => w.code === 'empty_insats' && w.nummer === '2.2.1')).toBe(true);
  });

  it('reads a Word document the same way', async () => {
    const file = path.join(dir, 'Riktlinje.docx');
    fs.writeFileSync(file, await seedDocx(fs.readFileSync(SEED_FILES.alingsas, 'utf8')));
    const json = await runJson([file, '--json', '--dry-run']);
    expect(json).toMatchObject({ file: 'Riktlinje.docx', format: 'docx' });
    expect(json.insatser).toHaveLength(25);
  });
});

describe('iub import', () => {
  it('imports without --dry-run, with the decision from the diarium, and refuses the same decision twice', async () => {
    const db = path.join(dir, 'iub.db');
    expect(await importCommand.run([SEED_FILES.alingsas, '--db', db], env)).toBe(0);
    expect(output.join('\n')).toContain('Importerade 25 insatser och registrerade beslutet från diariet.');
    const services = await servicesOnDay(db, '2025-11-01');
    try {
      const rows = await services.call('insatser/list', {});
      expect(rows).toHaveLength(25);
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['gallande']));
    } finally {
      await services.close();
    }
    await expect(importCommand.run([SEED_FILES.alingsas, '--db', db], env)).rejects.toThrow(/Diarienumret 2025\.053 finns redan/);
  });

  it('refuses unrelated, missing and unusable input with a Swedish message', async () => {
    await expect(importCommand.run([SEED_FILES.webbsida, '--dry-run'], env)).rejects.toThrow(/ser inte ut att vara en förteckning/);
    await expect(importCommand.run([path.join(dir, 'finns-inte.docx'), '--dry-run'], env)).rejects.toThrow(/kunde inte läsas/);
    const empty = path.join(dir, 'tom.pdf');
    fs.writeFileSync(empty, '');
    await expect(importCommand.run([empty, '--dry-run'], env)).rejects.toThrow(/Filen är tom/);
    await expect(importCommand.run([], env)).rejects.toBeInstanceOf(CliError);
  });

  it('with --json prints a refusal as one JSON document and still fails', async () => {
    await expect(importCommand.run([SEED_FILES.webbsida, '--dry-run', '--json'], env)).rejects.toBeInstanceOf(CliError);
    const json = JSON.parse(output.join('\n'));
    expect(json).toMatchObject({ refused: true, kind: 'unrelated' });
    expect(json.reason).toMatch(/ser inte ut att vara en förteckning/);
    output = [];
    const empty = path.join(dir, 'tom.docx');
    fs.writeFileSync(empty, '');
    // A database of its own: never the machine's default database.
    await expect(importCommand.run([empty, '--json', '--db', path.join(dir, 'katalog.db')], env)).rejects.toBeInstanceOf(CliError);
    expect(JSON.parse(output.join('\n'))).toMatchObject({ refused: true, kind: 'empty' });
  });
});

const EXAMPLES = fs.existsSync('/work/shared/import-examples') ? '/work/shared/import-examples' : path.resolve(__dirname, '../../../shared/import-examples');
const FIXTURES = path.join(__dirname, '../fixtures');

describe('iub import: spreadsheets and open data', () => {
  it('reads the kartläggning as .xlsx and .csv alike', async () => {
    const xlsx = await runJson([path.join(EXAMPLES, 'd2-kartlaggning.xlsx'), '--json', '--dry-run']);
    output = [];
    const csv = await runJson([path.join(EXAMPLES, 'd2-kartlaggning.csv'), '--json', '--dry-run']);
    expect(xlsx.format).toBe('xlsx');
    expect(csv.format).toBe('csv');
    expect(xlsx.insatser.map((i: { number: string; name: string }) => `${i.number} ${i.name}`)).toEqual([
      '1 Spelrådgivning',
      '2 Stödsamtal vid våld i nära relation',
      '3 Föräldraskapsstöd ABC',
      '4 Samtalsgrupp Fyrtornet',
      '5 Samtalsgrupp Andrum',
      '6 Serviceinsatser i hemmet 75+',
      '7 Jobbverkstan',
    ]);
    expect(xlsx.insatser).toEqual(csv.insatser);
    expect(xlsx.insatser[6]).toMatchObject({ ageMin: 18, ageMax: 64, dokumentation: '14:3' });
  });

  it('dry-runs the open-data JSON (the round trip of export json) without opening a database', async () => {
    const db = path.join(dir, 'iub.db');
    const json = await runJson([path.join(FIXTURES, 'alingsas.json'), '--json', '--dry-run', '--db', db]);
    const fixture = loadFixture('alingsas');
    expect(json).toMatchObject({ format: 'json', titel: fixture.titel, kommun: 'Alingsås', dryRun: true, imported: null, decision: fixture.beslut });
    expect(json.insatser.map((i: { number: string }) => i.number)).toEqual(fixture.insatser.map((i) => i.nummer));
    expect(fs.existsSync(db)).toBe(false);
  });

  it('imports the open-data JSON into an empty catalogue, and refuses a second import as one JSON document', async () => {
    const db = path.join(dir, 'iub.db');
    const file = path.join(FIXTURES, 'alingsas.json');
    const first = await runJson([file, '--json', '--db', db]);
    expect(first.imported).toMatchObject({ insatser: 25 });
    const services = await servicesOnDay(db, '2025-11-01');
    try {
      expect(await services.call('insatser/list', {})).toHaveLength(25);
    } finally {
      await services.close();
    }
    output = [];
    await expect(importCommand.run([file, '--json', '--db', db], env)).rejects.toBeInstanceOf(CliError);
    const refused = JSON.parse(output.join('\n'));
    expect(refused).toMatchObject({ refused: true, kind: 'refused' });
    expect(refused.reason).toMatch(/Katalogen innehåller redan 25 insatser/u);
  });

  it('refuses a JSON file that is not open data, with the reason on stdout under --json', async () => {
    const file = path.join(dir, 'annat.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'annat', insatser: [] }));
    await expect(importCommand.run([file, '--json', '--dry-run'], env)).rejects.toBeInstanceOf(CliError);
    expect(JSON.parse(output.join('\n'))).toMatchObject({ refused: true, kind: 'invalid_input', reason: expect.stringMatching(/fältet "format"/u) });
    output = [];
    fs.writeFileSync(file, '{ inte json');
    await expect(importCommand.run([file, '--dry-run'], env)).rejects.toThrow(/inte giltig JSON/u);
  });

  it('a taken diarienummer is a JSON refusal too, not a bare error', async () => {
    const db = path.join(dir, 'iub.db');
    expect(await importCommand.run([SEED_FILES.alingsas, '--db', db], env)).toBe(0);
    output = [];
    await expect(importCommand.run([SEED_FILES.alingsas, '--db', db, '--json'], env)).rejects.toBeInstanceOf(CliError);
    expect(JSON.parse(output.join('\n'))).toMatchObject({
      refused: true,
      kind: 'conflict',
      reason: expect.stringMatching(/Diarienumret 2025\.053 finns redan/u),
    });
  });
});

describe('through npm run iub', () => {
  it('prints the JSON object and exits 0; an unrelated file exits 1 with the reason', async () => {
    const run = promisify(execFile);
    const cli = [path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(APP_ROOT, 'electron', 'cli', 'iub.ts'), 'import'];
    const ok = await run(process.execPath, [...cli, SEED_FILES.ostersund, '--dry-run', '--json'], { cwd: APP_ROOT, maxBuffer: 32 * 1024 * 1024 });
    expect(JSON.parse(ok.stdout).insatser).toHaveLength(29);
    const failed = await run(process.execPath, [...cli, SEED_FILES.webbsida, '--dry-run'], { cwd: APP_ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/ser inte ut att vara en förteckning/);
  });

  it('with --json, a refusal is one JSON document on stdout and exit 1', async () => {
    const run = promisify(execFile);
    const cli = [path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(APP_ROOT, 'electron', 'cli', 'iub.ts'), 'import'];
    const refused = await run(process.execPath, [...cli, SEED_FILES.webbsida, '--dry-run', '--json'], { cwd: APP_ROOT }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect(JSON.parse((refused as { stdout: string }).stdout)).toMatchObject({ refused: true, kind: 'unrelated' });
  });
});
