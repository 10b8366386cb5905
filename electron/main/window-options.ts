// The one BrowserWindow's options, kept free of Electron imports so a unit test can assert them.
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    title: 'IUB-katalogen',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
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
      // a middle click must not open a link in a new window (the window-open handler denies it too)
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  };
}

/** The renderer is served from this custom scheme; nothing else may load in the window. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://iub`;

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'iub';
  } catch {
    return false;
  }
}

/** Only plain https links may leave the app, and only to the system browser after this check. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** Session permission checks (camera, clipboard, notifications from the page …): always no. */
export function denyPermissionCheck(): boolean {
  return false;
}
