// A plain text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 as older Windows
// programs save it. Binary content is refused rather than shown as garbage.
import { DocumentError, MESSAGES } from './document-error';

// Windows-1252's printable characters in 0x80–0x9F (Node's TextDecoder reads that label as Latin-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new DocumentError('binary', MESSAGES.binary);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Share of characters that no text file has (controls other than tab, newline, form feed). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  // oxlint-disable-next-line no-control-regex -- control characters are what this pattern finds
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return controls / text.length;
}

export function readTextFile(bytes: Uint8Array): string {
  const text = decode(bytes);
  if (controlShare(text) > 0.01) throw new DocumentError('binary', MESSAGES.binary);
  if (!text.trim()) throw new DocumentError('empty', MESSAGES.emptyText);
  // oxlint-disable-next-line no-control-regex -- control characters are what this pattern finds
  return text.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '');
}
