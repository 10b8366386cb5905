// `npm start`: builds the renderer and main process, makes sure better-sqlite3 exists for Electron's
// ABI, and launches Electron. Where the Electron binary is missing it says so loudly and points to
// the browser mode.
import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectronNative } from './ensure-electron-native.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const binary = electronBinary();
if (!binary) {
  console.error(
    [
      'Electron-binären finns inte på den här datorn (installerad med ELECTRON_SKIP_BINARY_DOWNLOAD=1?).',
      'Installera den med "node node_modules/electron/install.js" eller kör webbläsarläget: npm run web',
    ].join('\n'),
  );
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
ensureElectronNative();
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
