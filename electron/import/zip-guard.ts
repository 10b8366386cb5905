// A zip (DOCX, XLSX) is measured before anything unpacks it: the central directory says how large each
// entry claims to be, and each entry is then inflated with a hard output cap, so a file whose entries
// unpack beyond a sane size or ratio (a "zip bomb", or one whose directory lies) is refused before
// mammoth or any other reader builds 200 MiB of XML in memory.
import zlib from 'node:zlib';
import { DocumentError } from './document-error';

/** One entry may unpack to this much; a catalogue's document.xml is a few MiB. */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
/** All entries together (images included). */
export const MAX_ZIP_TOTAL_BYTES = 160 * 1024 * 1024;
/** Packed-to-unpacked ratio above which a large entry is a bomb, not a document (XML packs ~10–30×). */
export const MAX_ZIP_RATIO = 200;
const RATIO_APPLIES_ABOVE = 1024 * 1024;
const MAX_ENTRIES = 10_000;

const MiB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

export const ZIP_MESSAGES = {
  tooLarge: (name: string, size: number) =>
    `Filen packas upp till mer än ${MiB(size)} (${name}) och är för stor för att vara ett katalogdokument; den ser ut som en så kallad zip-bomb. Den har inte lästs in och inget har sparats.`,
  ratio: (name: string) =>
    `Filen innehåller en del (${name}) som packas upp mer än ${MAX_ZIP_RATIO} gånger sin storlek, vilket inget vanligt dokument gör (en så kallad zip-bomb). Den har inte lästs in och inget har sparats.`,
  lying: (name: string) =>
    `Filen innehåller en del (${name}) som packas upp till mer än vad filens egen innehållsförteckning anger, vilket bara ett manipulerat arkiv gör. Den har inte lästs in och inget har sparats.`,
  damaged: 'Filen är ett skadat ZIP-arkiv (innehållsförteckningen går inte att läsa). Den har inte lästs in och inget har sparats.',
  tooManyEntries: `Filen innehåller fler än ${MAX_ENTRIES} delar och är inget katalogdokument. Den har inte lästs in och inget har sparats.`,
} as const;

export interface ZipEntryInfo {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  localOffset: number;
}

function refuse(message: string): never {
  throw new DocumentError('unsupported', message);
}

/** The entries of the central directory; throws a Swedish refusal when it cannot be read. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEocd = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= minEocd; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) refuse(ZIP_MESSAGES.damaged);
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: a catalogue document never needs more than 65,535 parts or 4 GB.
  if (count === 0xffff || cdOffset === 0xffffffff) refuse(ZIP_MESSAGES.tooLarge('ZIP64', 4 * 1024 ** 3));
  if (count > MAX_ENTRIES) refuse(ZIP_MESSAGES.tooManyEntries);
  const entries: ZipEntryInfo[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) refuse(ZIP_MESSAGES.damaged);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, Math.min(buf.length, at + 46 + nameLength));
    entries.push({
      name,
      method: buf.readUInt16LE(at + 10),
      packed: buf.readUInt32LE(at + 20),
      unpacked: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What an entry really unpacks to, never more than `cap` + 1 bytes of work. */
function actualSize(buf: Buffer, entry: ZipEntryInfo, cap: number): number {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) refuse(ZIP_MESSAGES.damaged);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.packed);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) return entry.unpacked; // other methods: the readers refuse them themselves
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: cap + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return cap + 1;
    refuse(ZIP_MESSAGES.damaged);
  }
}

/** Refuses a zip whose entries would unpack beyond the limits, by their claimed and their real size. */
export function assertSafeZip(bytes: Uint8Array): void {
  const entries = readCentralDirectory(bytes);
  let total = 0;
  for (const e of entries) {
    if (e.unpacked > MAX_ZIP_ENTRY_BYTES) refuse(ZIP_MESSAGES.tooLarge(e.name, MAX_ZIP_ENTRY_BYTES));
    if (e.unpacked > RATIO_APPLIES_ABOVE && e.unpacked > e.packed * MAX_ZIP_RATIO) refuse(ZIP_MESSAGES.ratio(e.name));
    total += e.unpacked;
    if (total > MAX_ZIP_TOTAL_BYTES) refuse(ZIP_MESSAGES.tooLarge('alla delar', MAX_ZIP_TOTAL_BYTES));
  }
  // The directory may lie: inflate each entry with a cap and compare.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let real = 0;
  for (const e of entries) {
    const size = actualSize(buf, e, Math.min(MAX_ZIP_ENTRY_BYTES, Math.max(e.unpacked, 0)));
    if (size > e.unpacked) refuse(ZIP_MESSAGES.lying(e.name));
    real += size;
    if (real > MAX_ZIP_TOTAL_BYTES) refuse(ZIP_MESSAGES.tooLarge('alla delar', MAX_ZIP_TOTAL_BYTES));
  }
}
