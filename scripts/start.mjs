// `npm start`: builds the renderer and main process and launches Electron. better-sqlite3 is a
// Node-API module: the binary in its package loads in Electron as in Node, so nothing is rebuilt.
// Where the Electron binary is missing (and cannot be downloaded) it says so and points to the browser mode.
import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const binary = ensureElectronBinary();
if (!binary) {
  console.error(
    [
      'Electron-binären finns inte på den här datorn och kunde inte hämtas (installerad med ELECTRON_SKIP_BINARY_DOWNLOAD=1 eller utan nät?).',
      'Hämta den med "npx install-electron" eller kör webbläsarläget: npm run web',
    ].join('\n'),
  );
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
