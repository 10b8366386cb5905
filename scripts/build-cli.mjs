// Bundles the command line (electron/cli/iub.ts) to one ES module, dist-cli/iub.mjs, so that `iub` starts
// without transpiling TypeScript (tsx took about 2 s at every start). Dependencies stay external and
// load from node_modules, as in the Electron main bundle (scripts/build-electron.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(APP_ROOT, 'dist-cli', 'iub.mjs');
export const CLI_WORKER = path.join(APP_ROOT, 'dist-cli', 'parse-worker.cjs');
/** What the bundle is built from: a change under these rebuilds it. */
export const CLI_SOURCES = ['electron', 'shared', 'package.json', 'scripts/build-cli.mjs'].map((p) => path.join(APP_ROOT, p));

export async function buildCli() {
  // Loaded here, not at the top: `npm run iub` imports this file for the paths at every start.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(APP_ROOT, 'electron', 'cli', 'iub.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  // Documents are read in a worker thread; electron/import/parse-in-worker.ts looks for it beside the bundle.
  await build({
    entryPoints: [path.join(APP_ROOT, 'electron', 'import', 'parse-worker.ts')],
    outfile: CLI_WORKER,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log('Byggde dist-cli/iub.mjs och parse-worker.cjs');
}
