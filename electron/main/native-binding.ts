// better-sqlite3 needs a binary built for Electron's ABI inside Electron, and Node's ABI for the CLI,
// the browser mode and the tests. node_modules keeps the Node build; scripts/ensure-electron-native.mjs
// builds the Electron one into .electron-native/ (only where the Electron binary is present).
// A packaged app has its own Electron build from electron-builder, so no override there.
import fs from 'node:fs';
import path from 'node:path';

export function electronNativeBinding(appRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = path.join(appRoot, '.electron-native', `better_sqlite3-electron-${process.versions.electron}.node`);
  return fs.existsSync(file) ? file : undefined;
}
