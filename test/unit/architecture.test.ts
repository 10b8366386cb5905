// The environments stay apart (architecture.md "Environment visible in the code"): shared/ is pure
// TypeScript (its own tsconfig has no Node or DOM types), the renderer reaches main only through the
// contract, and only electron/main and electron/preload import Electron.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../support/services';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(APP_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(APP_ROOT, path.join(e.parentPath, e.name)));
}

/** Every module specifier a file imports (static, dynamic and re-exports). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(APP_ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|https$|net$|url$|util$|stream$|zlib$)/;

function violations(dir: string, forbidden: (specifier: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter(forbidden).map((s) => `${file} → ${s}`));
}

describe('arkitekturens gränser', () => {
  it('hittar importer i källfilerna (kontroll av själva testet)', () => {
    expect(importsOf('electron/main/main.ts')).toContain('electron');
    expect(sourceFiles('shared').length).toBeGreaterThan(20);
  });

  it('shared/ importerar varken Node, Electron, React, databasen eller main-processens kod', () => {
    expect(
      violations('shared', (s) => NODE_BUILTIN.test(s) || /^(electron|react|react-dom|@mantine\/|better-sqlite3|kysely)/.test(s) || /(^|\/)(electron|renderer)\//.test(s)),
    ).toEqual([]);
  });

  it('renderer/ når huvudprocessen bara genom kontraktet i shared/', () => {
    expect(violations('renderer', (s) => NODE_BUILTIN.test(s) || /^(electron|better-sqlite3|kysely)$/.test(s) || /(^|\/)electron\//.test(s))).toEqual([]);
  });

  it('bara electron/main och electron/preload importerar Electron', () => {
    const outside = violations('electron', (s) => s === 'electron' || s.startsWith('electron/')).filter(
      (v) => !v.startsWith('electron/main/') && !v.startsWith('electron/preload/'),
    );
    expect(outside).toEqual([]);
  });
});
