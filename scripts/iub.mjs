#!/usr/bin/env node
// `npm run iub -- <kommando>`: runs the bundled command line, rebuilding it first when a source is newer.
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, CLI_SOURCES, buildCli } from './build-cli.mjs';
import { isStale } from './stale.mjs';

if (isStale(CLI_BUNDLE, CLI_SOURCES)) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
