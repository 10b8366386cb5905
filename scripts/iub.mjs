#!/usr/bin/env node
// `npm run iub -- <kommando>`: runs the bundled command line, rebuilding it first when a source is newer.
// `serve` (npm run web) also builds the renderer first when it is missing or older than its sources, so
// that a fresh checkout serves the interface instead of "Gränssnittet är inte byggt".
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ROOT, CLI_BUNDLE, CLI_SOURCES, CLI_WORKER, buildCli } from './build-cli.mjs';
import { isStale } from './stale.mjs';
import { nodeVersionProblem } from './node-version.mjs';

const versionProblem = nodeVersionProblem();
if (versionProblem) {
  console.error(versionProblem);
  process.exit(1);
}

const RENDERER_SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package.json'].map((p) => path.join(APP_ROOT, p));

if (process.argv[2] === 'serve' && isStale(path.join(APP_ROOT, 'dist', 'renderer', 'index.html'), RENDERER_SOURCES)) {
  console.error('Bygger gränssnittet (npm run build:renderer)…');
  const vite = path.join(APP_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: APP_ROOT, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    console.error('Gränssnittet kunde inte byggas.');
    process.exit(1);
  }
}
if (isStale(CLI_BUNDLE, CLI_SOURCES) || isStale(CLI_WORKER, CLI_SOURCES)) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
