// Bundles the Electron main process and preload to CommonJS in dist-electron/.
// Dependencies stay external: they are loaded from node_modules (and packaged by electron-builder).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node24', sourcemap: true, logLevel: 'warning' };

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs', packages: 'external' });
// Documents are read in a worker thread (electron/import/parse-in-worker.ts looks for this file beside main.cjs).
await build({ ...common, entryPoints: ['electron/import/parse-worker.ts'], outfile: 'dist-electron/parse-worker.cjs', packages: 'external' });
// The sandboxed preload may only require('electron'); everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
console.log('Byggde dist-electron/main.cjs, parse-worker.cjs och preload.cjs');
