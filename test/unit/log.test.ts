// The log: what the renderer may send through log/error (capped, stripped of control characters, never
// a forged line), where the log is (log/location), an unexpected error named with the log file, rotation.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { LOG_MAX_BYTES, logError, setupLog } from '../../electron/logging/log';
import { LOG_DETAILS_MAX, LOG_MESSAGE_MAX, logBlock, logLine } from '../../shared/api/log-contract';
import { testServices, type TestServices } from '../support/services';
import { tempDir } from '../support/temp';

let s: TestServices;
let dir: string;
let file: string;
const read = () => fs.readFileSync(file, 'utf8');

beforeEach(async () => {
  s = await testServices();
  dir = tempDir();
  file = path.join(dir, 'main.log');
  setupLog({ file, stderr: false });
});
afterEach(async () => {
  setupLog({ file: null, stderr: true });
  await s.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('log/error', () => {
  it('skriver gränssnittets fel i loggen, märkt som gränssnittets', async () => {
    expect(await dispatch(s.ctx, 'log/error', { message: 'Skärmen kunde inte visas', details: 'Error: x\n    at A\n    at B' })).toEqual({
      ok: true,
      value: {},
    });
    expect(read()).toMatch(/^\[[\d-]+ [\d:.]+\] \[error\] \(renderer\) Skärmen kunde inte visas\n {4}Error: x\n {4}at A\n {4}at B\n$/u);
  });

  it('låter inte ett meddelande förfalska en egen rad i loggen', async () => {
    const forged = 'ok\n[2026-01-01 00:00:00.000] [info] IUB-katalogen startar\r\u001b[2Kdold\u2028rad\u0000';
    await dispatch(s.ctx, 'log/error', { message: forged, details: forged });
    const lines = read().trimEnd().split('\n');
    expect(lines[0]).toMatch(/\[error\] \(renderer\) ok \[2026-01-01 00:00:00\.000\] \[info\] IUB-katalogen startar  \[2Kdold rad$/u);
    // every line after the first is indented: none begins like a line of its own
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}\S/u);
    // oxlint-disable-next-line no-control-regex -- control characters are what must not reach the file
    expect(read()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028]/u);
  });

  it('kortar ett långt meddelande och en lång detaljtext', async () => {
    await dispatch(s.ctx, 'log/error', { message: 'm'.repeat(50_000), details: 'd'.repeat(50_000) });
    const [first, second] = read().split('\n');
    expect(first.endsWith(` ${'m'.repeat(LOG_MESSAGE_MAX)}`)).toBe(true);
    expect(first).not.toContain('m'.repeat(LOG_MESSAGE_MAX + 1));
    expect(second).toBe(`    ${'d'.repeat(LOG_DETAILS_MAX)}`);
  });

  it.each([
    ['ett meddelande som inte är text', { message: 42 }],
    ['ett okänt fält', { message: 'x', level: 'info' }],
    ['ett orimligt långt meddelande', { message: 'x'.repeat(200_001) }],
    ['en orimligt lång detaljtext', { message: 'x', details: 'x'.repeat(200_001) }],
  ])('avvisar %s och skriver inget', async (_name, input) => {
    const result = await dispatch(s.ctx, 'log/error', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fs.existsSync(file) ? read() : '').toBe('');
  });

  it('rensar text likadant på båda sidor (ren funktion i shared/)', () => {
    expect(logLine(' a\tb\nc\u0085d ', 10)).toBe('a b c d');
    expect(logBlock('a\r\n\r\nb\u0007', 100)).toBe('    a\n    b');
  });
});

describe('var loggen finns', () => {
  it('log/location svarar med loggfilen, eller null när loggen bara är terminalen', async () => {
    expect(await dispatch(s.ctx, 'log/location', {})).toEqual({ ok: true, value: { fil: file } });
    setupLog({ file: null, stderr: false });
    expect(await dispatch(s.ctx, 'log/location', {})).toEqual({ ok: true, value: { fil: null } });
  });

  it('ett oväntat fel i en tjänst loggas och meddelandet till användaren nämner loggfilen', async () => {
    const broken = new Proxy(
      {},
      {
        get() {
          throw new Error('Trasig databasförbindelse i testet');
        },
      },
    );
    const result = await dispatch({ ...s.ctx, db: broken as typeof s.ctx.db }, 'settings/get', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: `Ett oväntat fel inträffade. Inget har sparats. Försök igen eller kontakta IT-stöd. Felet finns beskrivet i loggfilen ${file}.`,
      },
    });
    expect(read()).toMatch(/\[error\] Fel i settings\/get Error: Trasig databasförbindelse i testet\n\s+at /u);
  });
});

describe('loggfilens storlek', () => {
  it('byts ut vid 5 MB och en äldre fil sparas bredvid', () => {
    const line = 'x'.repeat(1000);
    for (let i = 0; i * 1000 < LOG_MAX_BYTES + 50_000; i++) logError(line);
    const old = path.join(dir, 'main.old.log');
    expect(fs.existsSync(old)).toBe(true);
    expect(fs.statSync(old).size).toBeGreaterThan(LOG_MAX_BYTES);
    expect(fs.statSync(file).size).toBeLessThan(LOG_MAX_BYTES);
    expect(fs.readdirSync(dir).sort()).toEqual(['main.log', 'main.old.log']);
  });
});
