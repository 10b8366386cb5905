// Electron hardening beyond the window options: who may call the API over IPC, how links leave the
// app, what the preload exposes, one CSP everywhere, and no risky switches anywhere in electron/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { guardedIpcHandler, isTrustedSender, openExternalSafely, UNTRUSTED_SENDER } from '../../electron/main/ipc-guard';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import { denyPermissionCheck } from '../../electron/main/window-options';
import { APP_ROOT } from '../support/services';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...(args as [])) },
}));

function source(rel: string): string {
  return fs.readFileSync(path.join(APP_ROOT, rel), 'utf8');
}

function electronSources(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(APP_ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) out.push({ file: rel, text: source(rel) });
    }
  };
  walk('electron');
  return out;
}

describe('IPC: bara appens eget fönster får anropa API:t', () => {
  const mainFrame = { url: 'app://iub/index.html#/katalog' };

  it('godtar huvudramen med appens adress', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { mainFrame } })).toBe(true);
  });

  const inMainFrame = (url: string) => {
    const frame = { url };
    return { senderFrame: frame, sender: { mainFrame: frame } };
  };
  it.each([
    ['en iframe i appen', { senderFrame: { url: 'app://iub/index.html' }, sender: { mainFrame } }],
    ['en främmande sida i huvudramen', inMainFrame('https://evil.example/')],
    ['en lokal fil', inMainFrame('file:///tmp/x.html')],
    ['en annan app://-värd', inMainFrame('app://annan/index.html')],
    ['en ram som inte finns längre', { senderFrame: null, sender: { mainFrame } }],
  ])('vägrar %s', async (_name, event) => {
    expect(isTrustedSender(event)).toBe(false);
    const call = vi.fn(async () => ({ ok: true as const, value: null }));
    expect(await guardedIpcHandler(call)(event, 'backups/restore', { name: 'x.db' })).toEqual(UNTRUSTED_SENDER);
    expect(call).not.toHaveBeenCalled();
  });

  it('skickar betrodda anrop vidare med metodnamnet som text', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: 42 }));
    expect(await guardedIpcHandler(call)({ senderFrame: mainFrame, sender: { mainFrame } }, 'settings/get', {})).toEqual({ ok: true, value: 42 });
    expect(call).toHaveBeenCalledWith('settings/get', {});
  });

  it('main.ts registrerar API:t bara genom vakten, och inga andra IPC-kanaler', () => {
    const main = source('electron/main/main.ts');
    expect(main).toMatch(/ipcMain\.handle\(\s*'iub:call',\s*guardedIpcHandler\(/);
    for (const { file, text } of electronSources()) {
      const handlers = text.match(/ipcMain\.(handle|on|once|handleOnce)\(/g) ?? [];
      if (file.endsWith(path.join('main', 'main.ts'))) expect(handlers, file).toEqual(['ipcMain.handle(']);
      else expect(handlers, file).toEqual([]);
    }
  });

  it('loggen öppnar ingen egen väg från fönstret: electron-log bara i Node-form, utan initialize()', () => {
    // electron-log/main registers an IPC channel of its own when loaded, initialize() adds a preload;
    // the renderer's errors reach the log through the contract (log/error) instead.
    for (const { file, text } of electronSources()) {
      expect(text, file).not.toMatch(/electron-log\/(main|preload|renderer)|from 'electron-log'|require\('electron-log'\)/u);
      expect(text, file).not.toMatch(/\blog\.initialize\(/u);
    }
    expect(source('renderer/src/main.tsx')).not.toMatch(/electron-log/u);
  });
});

describe('länkar ut ur appen', () => {
  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/system32/calc.exe',
    'smb://server/share/x.exe',
    'ms-msdt:/id PCWDiagnostic',
    'http://example.com',
    'https://user:pw@example.com',
    'vbscript:msgbox(1)',
    'inte en adress',
  ])('öppnar inte %s', (url) => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(openExternalSafely(shell, url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('öppnar en vanlig https-länk i webbläsaren', () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(openExternalSafely(shell, 'https://www.riksdagen.se/sv/dokument-och-lagar/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.riksdagen.se/sv/dokument-och-lagar/');
  });

  it('ingen kod anropar shell.openExternal utom den kontrollerade funktionen', () => {
    for (const { file, text } of electronSources()) {
      const calls = text.match(/\.openExternal\(/g) ?? [];
      expect(calls.length, file).toBe(file.endsWith('ipc-guard.ts') ? 1 : 0);
    }
  });
});

describe('preload', () => {
  it('exponerar exakt en funktion, som bara anropar API-kanalen', async () => {
    await import('../../electron/preload/preload');
    expect(Object.keys(exposed)).toEqual(['iub']);
    const api = exposed.iub as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    await (api.call as (m: unknown, i: unknown) => Promise<unknown>)({ toString: () => 'settings/get' }, { a: 1 });
    expect(invoke).toHaveBeenCalledWith('iub:call', 'settings/get', { a: 1 });
  });
});

describe('en och samma CSP', () => {
  const directives = (csp: string) =>
    Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('tillåter inga skript utom appens egna filer', () => {
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
  });

  it('gränssnittets egen meta-CSP är densamma (frame-ancestors gäller bara som rubrik)', () => {
    const html = source('renderer/index.html');
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    const { 'frame-ancestors': _ignored, ...rest } = csp;
    expect(directives(meta)).toEqual(rest);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  });

  it('båda transporterna skickar den: Electrons protokoll och webbläsarlägets server', () => {
    expect(source('electron/main/main.ts')).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
    expect(source('electron/http/server.ts')).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
  });

  it('det byggda gränssnittet har inga inbäddade skript', () => {
    const built = path.join(APP_ROOT, 'dist', 'renderer', 'index.html');
    if (!fs.existsSync(built)) return; // npm test builds it before the tests run
    expect(fs.readFileSync(built, 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('inga riskabla inställningar någonstans i electron/', () => {
  it.each([
    [/nodeIntegration(InWorker|InSubFrames)?:\s*true/, 'Node i renderaren'],
    [/contextIsolation:\s*false/, 'utan kontextisolering'],
    [/sandbox:\s*false/, 'utan sandlåda'],
    [/webSecurity:\s*false/, 'utan webbsäkerhet'],
    [/allowRunningInsecureContent:\s*true/, 'osäkert innehåll'],
    [/webviewTag:\s*true/, 'webview'],
    [/experimentalFeatures:\s*true/, 'experimentella funktioner'],
    [/enableRemoteModule/, 'remote-modulen'],
    [/setPermissionRequestHandler\([^)]*callback\(true\)/, 'alla behörigheter'],
    [/\beval\(|new Function\(/, 'eval'],
  ])('%s finns inte (%s)', (pattern) => {
    for (const { file, text } of electronSources()) expect(text, file).not.toMatch(pattern);
  });

  it('det enda fönstret byggs av mainWindowOptions (som window-options.test.ts kontrollerar)', () => {
    const windows = electronSources().flatMap(({ file, text }) => (text.match(/new BrowserWindow\([^)]*/g) ?? []).map((m) => `${file}: ${m}`));
    expect(windows).toEqual([`${path.join('electron', 'main', 'main.ts')}: new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs'`]);
  });

  it('main.ts nekar behörigheter, webview, nya fönster och navigering bort från appen', () => {
    const main = source('electron/main/main.ts');
    expect(main).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/);
    expect(main).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(main).toMatch(/'will-navigate', \(event, url\) => \{\s*if \(!isAppUrl\(url\)\) event\.preventDefault\(\);/);
  });

  it('main.ts nekar behörighetskontroller och omdirigeringar bort från appen (issue 16)', () => {
    const main = source('electron/main/main.ts');
    expect(main).toMatch(/setPermissionCheckHandler\(denyPermissionCheck\)/);
    expect(denyPermissionCheck()).toBe(false);
    // both the main window and every other web contents
    expect(main.match(/'will-redirect', \(event, url\) => \{\s*if \(!isAppUrl\(url\)\) event\.preventDefault\(\);/g)).toHaveLength(2);
  });

  it('app://-protokollet och webbservern använder samma filupplösare (ingen egen avkodning)', () => {
    const main = source('electron/main/main.ts');
    expect(main).toMatch(/resolveStaticFile\(rendererDir, pathname\)/);
    expect(main).not.toMatch(/decodeURIComponent/);
    expect(source('electron/http/server.ts')).toMatch(/resolveStaticFile\(staticDir, pathname\)/);
  });
});
