// `npm run iub` and `npm run web` rebuild the CLI bundle and the renderer when a source is newer (scripts/stale.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../scripts/stale.mjs';

describe('ombyggnad när källorna är nyare', () => {
  it('saknad utdata, äldre utdata och färsk utdata', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iub-stale-'));
    const src = path.join(dir, 'src', 'deep');
    fs.mkdirSync(src, { recursive: true });
    const source = path.join(src, 'a.ts');
    const output = path.join(dir, 'out.mjs');
    fs.writeFileSync(source, 'x');
    expect(isStale(output, [path.join(dir, 'src')])).toBe(true);
    fs.writeFileSync(output, 'y');
    const t = Date.now() / 1000;
    fs.utimesSync(source, t - 100, t - 100);
    fs.utimesSync(output, t - 50, t - 50);
    expect(isStale(output, [path.join(dir, 'src')])).toBe(false);
    fs.utimesSync(source, t, t);
    expect(isStale(output, [path.join(dir, 'src')])).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
