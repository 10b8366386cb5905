#!/usr/bin/env node
// The command line for IT automation: `npm run iub -- <kommando>` over the same services as the app.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands, printHelp } from './commands';
import { CliError } from './cli-error';
import { storageErrorMessage } from '../database/errors';

// Run from source (electron/cli/iub.ts) or from the bundle (dist-cli/iub.mjs, scripts/build-cli.mjs).
const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.basename(here) === 'dist-cli' ? path.dirname(here) : path.resolve(here, '..', '..');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp();
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Okänt kommando: ${name}. Skriv "npm run iub -- --help" för en lista.`);
    return 2;
  }
  return command.run(rest, { appRoot });
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exitCode = error.exitCode;
    } else {
      // a full disk or a read-only file in the same Swedish words as the app and the browser mode
      console.error(storageErrorMessage(error) ?? (error as Error)?.message ?? error);
      process.exitCode = 1;
    }
  },
);
