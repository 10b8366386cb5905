// The worker thread that reads an uploaded document (parse-in-worker.ts starts it): the zip and PDF
// guards first, then the ordinary reader. Whatever happens here stays here: a document that exhausts
// the worker's memory or time ends the worker, never the app or the server.
import { parentPort } from 'node:worker_threads';
import { sniffFormat } from './detect-format';
import { DocumentError } from './document-error';
import { assertSafePdf } from './pdf-guard';
import { readCatalogueDocument } from './read-catalogue-document';
import { assertSafeZip } from './zip-guard';
import type { ParseReply, ParseRequest } from './parse-in-worker';

const UNREADABLE = 'Dokumentet kunde inte läsas: filen är skadad eller i ett format som inte stöds. Inget har sparats.';

parentPort!.once('message', async (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    const bytes = new Uint8Array(request.bytes);
    const format = sniffFormat(bytes);
    if (format === 'zip') assertSafeZip(bytes);
    if (format === 'pdf') assertSafePdf(bytes);
    reply = { ok: true, proposal: await readCatalogueDocument(bytes, request.fileName, request.options) };
  } catch (error) {
    reply =
      error instanceof DocumentError ? { ok: false, reason: error.reason, message: error.message } : { ok: false, reason: 'damaged', message: UNREADABLE };
  }
  parentPort!.postMessage(reply);
});
