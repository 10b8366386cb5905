// Electron security settings of the one window, and the URL checks that guard navigation and links.
import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl, mainWindowOptions } from '../../electron/main/window-options';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';

describe('fönstrets säkerhetsinställningar', () => {
  const options = mainWindowOptions('/app/dist-electron/preload.cjs');

  it('isolerar renderaren', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('har en strikt CSP utan unsafe-eval och utan fjärrinnehåll', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it('tillåter bara appens egna sidor i fönstret', () => {
    expect(isAppUrl('app://iub/index.html')).toBe(true);
    expect(isAppUrl('app://annan/index.html')).toBe(false);
    expect(isAppUrl('https://example.com')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('inte en adress')).toBe(false);
  });

  it('öppnar bara https-länkar externt', () => {
    expect(isSafeExternalUrl('https://www.riksdagen.se/sv/dokument')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com')).toBe(false);
  });
});
