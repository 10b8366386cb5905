// `npm run iub -- check` as CI runs it: a real process on a seeded database file, its exit code and
// the exact JSON shape.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../electron/services/portable';
import { loadFixture, type FixtureName } from '../fixtures/load-fixture';
import { braSamtal } from '../support/seed-insatser';
import { APP_ROOT, testServices } from '../support/services';
import { tempDir } from '../support/temp';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function seeded(options: {
  fixture?: FixtureName;
  withoutBeslut?: boolean;
  extra?: (call: Awaited<ReturnType<typeof testServices>>['call']) => Promise<void>;
}) {
  const dir = tempDir('iub-check-');
  dirs.push(dir);
  const file = path.join(dir, 'iub.db');
  const s = await testServices({ file, today: '2025-09-01' });
  if (options.fixture) {
    const catalogue = loadFixture(options.fixture);
    await importCatalogue(s.ctx, options.withoutBeslut ? { ...catalogue, beslut: null } : catalogue);
  }
  await options.extra?.(s.call);
  await s.close();
  return file;
}

function check(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(APP_ROOT, 'electron', 'cli', 'iub.ts'), 'check', ...args],
    {
      cwd: APP_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('iub check', () => {
  it('Alingsås som utkast: skriver varje fynd som JSON och slutar med kod 1 eftersom förslag spärras', async () => {
    const file = await seeded({ fixture: 'alingsas', withoutBeslut: true });
    const r = check('--db', file, '--json');
    expect(r.code, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['findings']);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'insats', 'field', 'message', 'reference']);
      expect(['block', 'warn', 'info']).toContain(f.severity);
      for (const key of ['ruleId', 'insats', 'field', 'message', 'reference']) expect(typeof f[key]).toBe('string');
    }
    const blocks = json.findings.filter((f) => f.severity === 'block');
    expect(blocks).toContainEqual({
      ruleId: 'child-15-17-assessment',
      severity: 'block',
      insats: 'Beroendestöd vid Mini Maria',
      field: 'villkor',
      message: expect.stringMatching(/lämplighetsbedömning/),
      reference: expect.stringMatching(/11 kap\. SoL/),
    });
    // The five 14:5 insatser have only the RKA draft the import made from their "Bedömning särskilda skäl":
    // not complete. The document's särskilda skäl are in the analysis's särskilda skäl section (issue 19
    // item 3), so no spärr for missing skäl. Mini Maria and Medling med anledning av brott lack the assessment.
    expect(blocks.map((f) => `${f.ruleId} ${f.insats}`).sort()).toEqual(
      [
        'child-15-17-assessment Beroendestöd vid Mini Maria',
        'child-15-17-assessment Medling med anledning av brott',
        'doc-14-5-no-rka Aktivitetshus Gläntan',
        'doc-14-5-no-rka Anhörigstöd vid beroende',
        'doc-14-5-no-rka Anhörigstöd vid kriminalitet',
        'doc-14-5-no-rka Anhörigstöd vid psykisk ohälsa',
        'doc-14-5-no-rka Anhörigstöd vid ungas beroende Mini Maria',
      ].sort(),
    );
  });

  it('skriver läsbar text utan --json med samma slutkod', async () => {
    const file = await seeded({ fixture: 'alingsas', withoutBeslut: true });
    const r = check('--db', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3\.4\.5 Beroendestöd vid Mini Maria \(version 1, Utkast\)/);
    expect(r.stdout).toMatch(/SPÄRR\s+child-15-17-assessment/);
    expect(r.stdout).toMatch(/Summa: 7 spärrar, \d+ varningar, 0 information\./);
  });

  it('slutar med kod 0 när inget spärrar (Östersund: bara varningar)', async () => {
    const file = await seeded({ fixture: 'ostersund', withoutBeslut: true });
    const r = check('--db', file, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { findings: Array<{ severity: string; insats: string }> };
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f) => f.severity !== 'block')).toBe(true);
  });

  it('redovisar den beslutade katalogen för sig: inga versioner under arbete, men gällande katalog med spärrar (issue 17 punkt 7)', async () => {
    // Alingsås as decided: Mini Maria and Medling med anledning av brott lack a lämplighetsbedömning 15–17.
    const file = await seeded({ fixture: 'alingsas' });
    const r = check('--db', file, '--json');
    expect(r.code, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout) as {
      findings: unknown[];
      gallande: { versions: number; blocking: number; findings: Array<{ ruleId: string; insats: string; severity: string }> };
    };
    expect(json.findings).toEqual([]);
    expect(json.gallande.versions).toBe(25);
    expect(json.gallande.blocking).toBeGreaterThanOrEqual(2);
    expect(json.gallande.findings.filter((f) => f.severity === 'block').map((f) => f.insats)).toEqual(
      expect.arrayContaining(['Beroendestöd vid Mini Maria', 'Medling med anledning av brott']),
    );
    const text = check('--db', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`Gällande katalog: ${json.gallande.blocking} spärrar`));
  }, 90_000);

  it('tar med förslag, redo för beslut och avfärdade fynd (som information)', async () => {
    const file = await seeded({
      extra: async (call) => {
        const a = await call('insatser/create', { content: { ...braSamtal(), namn: 'Träffpunkt för kontaktpersoner' } });
        await call('findings/dismiss', { versionId: a.versionId, ruleId: 'excluded-kind', reason: 'Träffpunkten är för uppdragstagarna.' });
        await call('versions/transition', { versionId: a.versionId, to: 'forslag' });
        await call('versions/transition', { versionId: a.versionId, to: 'redo_for_beslut' });
      },
    });
    const r = check('--db', file, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; insats: string; message: string }> };
    expect(json.findings.find((f) => f.ruleId === 'excluded-kind')).toMatchObject({
      severity: 'info',
      insats: 'Träffpunkt för kontaktpersoner',
      message: expect.stringContaining('Träffpunkten är för uppdragstagarna.'),
    });
  });

  it('vägrar en databas som inte finns, utan att skapa den (kod 2)', () => {
    const dir = tempDir('iub-check-');
    dirs.push(dir);
    const file = path.join(dir, 'saknas.db');
    const r = check('--db', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Databasen finns inte/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('vägrar okända flaggor (kod 2)', () => {
    const r = check('--xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Fel i flaggorna/);
  });
});
