// Reads an uploaded catalogue document in a worker thread, never on the event loop that serves the app
// or the browser mode: a memory ceiling (resourceLimits), a wall-clock limit (the worker is terminated)
// and cancellation (an AbortSignal, e.g. the browser closing the request). Same result and the same
// DocumentError refusals as readCatalogueDocument, which runs inside the worker behind the zip and
// PDF guards (zip-guard.ts, pdf-guard.ts).
//
// In the desktop app this runs in the Electron main process's worker thread too, not a utilityProcess:
// the guards stop the bombs before a reader unpacks them, the V8 heap of the worker is capped, and a
// worker that runs out of memory or time is ended without touching the main process. That covers what
// a separate process would add here, with one code path for the app, the browser mode and the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseOptions } from '../../shared/import/parse-catalogue';
import type { ImportProposal } from '../../shared/import/proposal';
import { DocumentError, type DocumentErrorReason } from './document-error';

export interface ParseRequest {
  bytes: ArrayBuffer;
  fileName: string;
  options: ParseOptions;
}

export type ParseReply = { ok: true; proposal: ImportProposal } | { ok: false; reason: DocumentErrorReason; message: string };

export interface ParseLimits {
  /** Wall-clock limit for the whole read; default 60 s. */
  timeoutMs?: number;
  /** The worker's V8 heap ceiling; default 512 MiB. */
  memoryMb?: number;
  signal?: AbortSignal;
}

export const PARSE_TIMEOUT_MS = 60_000;
export const PARSE_MEMORY_MB = 512;

export const PARSE_MESSAGES = {
  timeout: (seconds: number) => `Dokumentet tog för lång tid att läsa (mer än ${seconds} sekunder) och läsningen avbröts. Inget har sparats.`,
  memory:
    'Dokumentet krävde för mycket minne för att läsas och läsningen avbröts; det är troligen skadat eller byggt för att överbelasta programmet. Inget har sparats.',
  cancelled: 'Inläsningen av dokumentet avbröts. Inget har sparats.',
  failed: 'Dokumentet kunde inte läsas. Inget har sparats.',
} as const;

/** The worker's entry: the bundled .cjs beside the Electron main bundle, or the TypeScript source via tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = typeof __dirname !== 'undefined' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'parse-worker.cjs');
  if (fs.existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: path.join(here, 'parse-worker.ts'), execArgv: ['--import', 'tsx'] };
}

/** readCatalogueDocument, in a worker with limits; rejects with a DocumentError in Swedish. */
export function readCatalogueDocumentInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
  limits: ParseLimits = {},
): Promise<ImportProposal> {
  const timeoutMs = limits.timeoutMs ?? PARSE_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    if (limits.signal?.aborted) return reject(new DocumentError('unsupported', PARSE_MESSAGES.cancelled));
    const entry = workerEntry();
    const worker = new Worker(entry.file, {
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb ?? PARSE_MEMORY_MB, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const fail = (message: string, reason: DocumentErrorReason = 'unsupported') => finish(() => reject(new DocumentError(reason, message)));
    const onAbort = () => fail(PARSE_MESSAGES.cancelled);
    const timer = setTimeout(() => fail(PARSE_MESSAGES.timeout(Math.round(timeoutMs / 1000))), timeoutMs);
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: ParseReply) => finish(() => (reply.ok ? resolve(reply.proposal) : reject(new DocumentError(reply.reason, reply.message)))));
    worker.on('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? PARSE_MESSAGES.memory : PARSE_MESSAGES.failed, 'damaged'),
    );
    worker.on('exit', () => fail(PARSE_MESSAGES.failed, 'damaged'));
    // A copy is handed over (transferred), so the caller's bytes stay as they were.
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    const request: ParseRequest = { bytes: copy, fileName, options };
    worker.postMessage(request, [copy]);
  });
}
