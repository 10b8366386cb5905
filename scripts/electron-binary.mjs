// Where the Electron binary is, or null when it was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import fs from 'node:fs';
import { createRequire } from 'node:module';

export function electronBinary() {
  try {
    const require = createRequire(import.meta.url);
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function electronVersion() {
  const require = createRequire(import.meta.url);
  return require('electron/package.json').version;
}
