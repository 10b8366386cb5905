// Bundles the command line (electron/cli/iub.ts) to ES modules in dist-cli/, entry iub.mjs, so that `iub`
// starts without transpiling TypeScript (tsx took about 2 s at every start). Dependencies stay external and
// load from node_modules, as in the Electron main bundle (scripts/build-electron.mjs). Code splitting puts
// each command (a dynamic import in electron/cli/commands.ts) in a chunk of its own beside iub.mjs, so
// `iub --help` loads none of them; the chunks sit in dist-cli/ itself, where the parse worker is looked for.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI_DIR = path.join(APP_ROOT, 'dist-cli');
export const CLI_BUNDLE = path.join(CLI_DIR, 'iub.mjs');
export const CLI_WORKER = path.join(APP_ROOT, 'dist-cli', 'parse-worker.cjs');
/** What the bundle is built from: a change under these rebuilds it. */
export const CLI_SOURCES = ['electron', 'shared', 'package.json', 'scripts/build-cli.mjs'].map((p) => path.join(APP_ROOT, p));

export async function buildCli() {
  // Loaded here, not at the top: `npm run iub` imports this file for the paths at every start.
  const { build } = await import('esbuild');
  // Chunks of an earlier build would pile up under new hashes: every ES module here is this build's.
  for (const name of fs.existsSync(CLI_DIR) ? fs.readdirSync(CLI_DIR) : []) if (/\.mjs(\.map)?$/u.test(name)) fs.rmSync(path.join(CLI_DIR, name));
  // Dependencies stay external and load from node_modules, as in the Electron main bundle.
  const common = { bundle: true, platform: 'node', target: 'node24', packages: 'external', sourcemap: true, logLevel: 'warning' };
  await build({
    ...common,
    entryPoints: { iub: path.join(APP_ROOT, 'electron', 'cli', 'iub.ts') },
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: '[name]-[hash]',
    format: 'esm',
  });
  // Documents are read in a worker thread; electron/import/parse-in-worker.ts looks for it beside the bundle.
  await build({ ...common, entryPoints: [path.join(APP_ROOT, 'electron', 'import', 'parse-worker.ts')], outfile: CLI_WORKER, format: 'cjs' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log('Byggde dist-cli/iub.mjs och parse-worker.cjs');
}
