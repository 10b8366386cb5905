// The one log of a process (the app's main process, the CLI, the browser mode's server), written with
// electron-log's Node flavour. Its Electron flavour (the main-process module) is not used: loading it registers
// its own IPC channel, and the renderer may reach main only through the typed API (log/error).
// The file is rotated at 5 MB; one older file is kept beside it (main.old.log).
import log from 'electron-log/node';
import path from 'node:path';
import util from 'node:util';

export const LOG_MAX_BYTES = 5 * 1024 * 1024;

export interface LogSetup {
  /** The log file; null logs only to the console. */
  file: string | null;
  /** Also write every line to stderr (the CLI and the browser mode; the app has no terminal). */
  stderr: boolean;
}

let current: string | null = null;

export function setupLog({ file, stderr }: LogSetup): void {
  // No blank column where a line has no scope (only the renderer's lines have one).
  log.scope.labelPadding = false;
  current = file ? path.resolve(file) : null;
  const fileTransport = log.transports.file;
  if (current) {
    const target = current;
    fileTransport.level = 'verbose';
    fileTransport.maxSize = LOG_MAX_BYTES;
    fileTransport.resolvePathFn = () => target;
  } else fileTransport.level = false;
  const consoleTransport = log.transports.console;
  if (stderr) {
    consoleTransport.level = 'info';
    // Plain sentences, as the commands always printed their errors; the file has time and level.
    consoleTransport.format = '{scope}{text}';
    // Every level to stderr: stdout is the commands' output (JSON for scripts).
    consoleTransport.writeFn = ({ message }) => void process.stderr.write(`${util.format(...message.data)}\n`);
  } else consoleTransport.level = false;
}

// Until a process chooses its log (tests, scripts): stderr only, never electron-log's default file.
setupLog({ file: null, stderr: true });

/** The file this process logs to, or null when it logs only to the terminal. */
export function logFile(): string | null {
  return current;
}

/** Where a person finds the log, in a sentence the UI and the dialogs use. */
export function whereIsTheLog(): string {
  return current ? `Felet finns beskrivet i loggfilen ${current}.` : 'Felet finns beskrivet i terminalfönstret där programmet startades.';
}

export function logError(message: string, error?: unknown): void {
  if (error === undefined) log.error(message);
  else log.error(message, error);
}

export function logInfo(message: string): void {
  log.info(message);
}

/** Only to the file: the start of a command, an error's stack behind the sentence already printed. */
export function logDetail(message: string, error?: unknown): void {
  if (error === undefined) log.verbose(message);
  else log.verbose(message, error);
}

/** Errors reported by the renderer, marked as such so they cannot pass for main's own lines. */
export function logRendererError(message: string, details: string | undefined): void {
  const renderer = log.scope('renderer');
  if (details) renderer.error(`${message}\n${details}`);
  else renderer.error(message);
}

/**
 * Logs an exception nothing caught or a promise rejection nothing handled, then hands it to `onFatal`
 * (the app shows a dialog naming the log file; the CLI sets its exit code).
 */
export function catchProcessErrors(onFatal: (kind: 'uncaughtException' | 'unhandledRejection', error: unknown) => void): void {
  process.on('uncaughtException', (error) => {
    logError('Ett oväntat fel som inget fångade (uncaughtException):', error);
    onFatal('uncaughtException', error);
  });
  process.on('unhandledRejection', (reason) => {
    logError('Ett löfte avvisades utan att någon hanterade det (unhandledRejection):', reason);
    onFatal('unhandledRejection', reason);
  });
}
