// The command line as `npm run iub` runs it: the esbuild bundle in dist-cli/, not the TypeScript source.
// Documents are parsed in a worker thread, whose entry must sit beside the bundle (it once did not, and
// every import through `npm run iub` was refused as "kunde inte läsas").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../support/services';
import { SEED_FILES } from '../support/seeds';
import { tempDir } from '../support/temp';

const IUB_SCRIPT = path.join(APP_ROOT, 'scripts', 'iub.mjs');

function iub(args: string[]) {
  return spawnSync(process.execPath, [IUB_SCRIPT, ...args], { cwd: APP_ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('the bundled command line', () => {
  it('imports a document through the parse worker beside the bundle', () => {
    const result = iub(['import', path.join(APP_ROOT, 'test', 'corpus', 'd5-insats-numrerad.txt'), '--dry-run', '--json']);
    expect(result.stderr).not.toMatch(/kunde inte läsas/u);
    const parsed = JSON.parse(result.stdout) as { insatser: { number: string; name: string }[] };
    expect(parsed.insatser.map((i) => i.name)).toContain('Samtalsgrupp Stegen');
    expect(result.status).toBe(0);
  }, 120_000);

  it('imports a seed into a database file and writes the catalogue as PDF and DOCX (the fonts are found from the bundle)', () => {
    const dir = tempDir();
    const db = path.join(dir, 'katalog.db');
    const imported = iub(['import', SEED_FILES.alingsas, '--db', db]);
    expect(imported.stderr + imported.stdout).toMatch(/Importerade 25 insatser/u);
    for (const format of ['pdf', 'docx']) {
      const out = path.join(dir, `katalog.${format}`);
      const exported = iub(['export', 'catalogue', '--format', format, '--db', db, '--out', out]);
      expect(exported.stderr).toBe('');
      expect(exported.status).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(10_000);
    }
  }, 120_000);

  it('answers --help in Swedish', () => {
    const result = iub(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/import/u);
  }, 120_000);

  it('loads no package for --help: every command and its dependencies are chunks loaded when it runs', () => {
    expect(iub(['--help']).status).toBe(0); // (re)builds the bundle when a source is newer
    const dir = path.join(APP_ROOT, 'dist-cli');
    const packages = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      // static imports only: `import x from "y"` and `import "y"` at the start of a line, not import()
      for (const [, spec] of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^import\s(?:[^'"]*?\sfrom\s)?["']([^"']+)["'];?$/gmu)) {
        if (spec.startsWith('./')) visit(spec.slice(2));
        else packages.add(spec);
      }
    };
    visit('iub.mjs');
    expect([...packages].filter((p) => !p.startsWith('node:'))).toEqual([]);
  }, 120_000);
});
