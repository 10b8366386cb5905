#!/usr/bin/env node
// The command line for IT automation: `npm run iub -- <kommando>` over the same services as the app.
// Only what `--help` needs is loaded at the top; a command, its services and the log load when it runs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands, printHelp } from './commands';
import { CliError } from './cli-error';
import { takeLogFlag } from './log-flag';

// Run from source (electron/cli/iub.ts) or from the bundle (dist-cli/iub.mjs, scripts/build-cli.mjs).
const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.basename(here) === 'dist-cli' ? path.dirname(here) : path.resolve(here, '..', '..');

async function main(argv: string[]): Promise<number> {
  const { logFile, rest: args } = takeLogFlag(argv);
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp();
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    console.error(`Okänt kommando: ${name}. Skriv "npm run iub -- --help" för en lista.`);
    return 2;
  }
  const log = await import('../logging/log');
  log.setupLog({ file: logFile, stderr: true });
  logReady = true;
  // Logged, and the process ends as Node would have ended it (a server in an unknown state is stopped).
  log.catchProcessErrors(() => process.exit(1));
  log.logDetail(`iub ${name} startade (pid ${process.pid})`);
  const command = await entry.load();
  return command.run(rest, { appRoot });
}

let logReady = false;

async function report(error: unknown) {
  if (!logReady) {
    // a flag error before the log was set up (a bad --log): only the message
    console.error((error as Error)?.message ?? error);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
    return;
  }
  const [log, { storageErrorMessage }] = await Promise.all([import('../logging/log'), import('../database/errors')]);
  if (error instanceof CliError) {
    log.logError(error.message);
    process.exitCode = error.exitCode;
  } else {
    // a full disk or a read-only file in the same Swedish words as the app and the browser mode
    log.logError(String(storageErrorMessage(error) ?? (error as Error)?.message ?? error));
    log.logDetail('Felet i detalj:', error);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  if (code !== -1) process.exitCode = code;
}, report);
