// A PDF is measured before pdfjs reads it: every Flate stream is inflated with a hard output cap, so one
// small stream that unpacks to gigabytes (a "stream bomb") is refused, and the page count has a limit
// (checked in pdf-file.ts once pdfjs knows it), so 20,000 blank pages do not hold the reader for minutes.
import zlib from 'node:zlib';
import { DocumentError } from './document-error';

export const MAX_PDF_PAGES = 2000;
/** One stream may unpack to this much (a page's text or a scanned page image is far less). */
export const MAX_PDF_STREAM_BYTES = 48 * 1024 * 1024;
/** All streams together. */
export const MAX_PDF_TOTAL_STREAM_BYTES = 256 * 1024 * 1024;

export const PDF_MESSAGES = {
  tooManyPages: (pages: number) =>
    `PDF-filen har ${pages.toLocaleString('sv-SE')} sidor; högst ${MAX_PDF_PAGES.toLocaleString('sv-SE')} sidor kan importeras. Den har inte lästs in och inget har sparats.`,
  streamTooLarge: `PDF-filen innehåller ett datablock som packas upp till mer än ${MAX_PDF_STREAM_BYTES / (1024 * 1024)} MB, vilket inget katalogdokument gör. Den har inte lästs in och inget har sparats.`,
  totalTooLarge: `PDF-filens innehåll packas upp till mer än ${MAX_PDF_TOTAL_STREAM_BYTES / (1024 * 1024)} MB. Den har inte lästs in och inget har sparats.`,
  damaged: 'PDF-filen är skadad och kunde inte läsas (till exempel en sidstruktur som hänvisar till sig själv). Inget har sparats.',
} as const;

function inflatedSize(data: Buffer, cap: number): number {
  try {
    return zlib.inflateSync(data, { maxOutputLength: cap + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return cap + 1;
    return 0; // not zlib data (another filter, or damaged): pdfjs judges it, inside the worker's limits
  }
}

/** Refuses a PDF with a stream that unpacks beyond the limits. */
export function assertSafePdf(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let from = 0;
  for (;;) {
    const keyword = buf.indexOf('stream', from, 'latin1');
    if (keyword < 0) break;
    from = keyword + 6;
    // "endstream" contains "stream"; only a keyword after the dictionary's ">>" starts data
    if (keyword >= 3 && buf.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = keyword + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf('endstream', start, 'latin1');
    if (end < 0) break;
    const dict = buf.toString('latin1', Math.max(0, keyword - 1024), keyword);
    const own = dict.lastIndexOf('obj');
    if (/\/FlateDecode|\/Fl\b/.test(own >= 0 ? dict.slice(own) : dict)) {
      const size = inflatedSize(buf.subarray(start, end), MAX_PDF_STREAM_BYTES);
      if (size > MAX_PDF_STREAM_BYTES) throw new DocumentError('unsupported', PDF_MESSAGES.streamTooLarge);
      total += size;
      if (total > MAX_PDF_TOTAL_STREAM_BYTES) throw new DocumentError('unsupported', PDF_MESSAGES.totalTooLarge);
    }
    from = end + 9;
  }
}

/** Thrown by the reader once pdfjs knows the page count. */
export function assertPageCount(pages: number): void {
  if (pages > MAX_PDF_PAGES) throw new DocumentError('unsupported', PDF_MESSAGES.tooManyPages(pages));
}
