// The outline level a Word paragraph style gives its paragraphs (<w:outlineLvl w:val="1"/> in
// word/styles.xml): a custom style with an outline level is a heading of that level even when its name
// says nothing ("Insatsnamn"). Read from the zip directly, as mammoth does not pass outline levels on.
import zlib from 'node:zlib';
import { readCentralDirectory } from './zip-guard';

const MAX_STYLES_BYTES = 8 * 1024 * 1024;

function entryText(bytes: Uint8Array, name: string): string | null {
  const entry = readCentralDirectory(bytes).find((e) => e.name === name);
  if (!entry) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.packed);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method !== 8) return null;
    return zlib.inflateRawSync(data, { maxOutputLength: MAX_STYLES_BYTES, finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
  } catch {
    return null;
  }
}

/** Paragraph style id → heading level 1–6, for the styles that carry an outline level (0–5 in the XML). */
export function styleOutlineLevels(bytes: Uint8Array): Map<string, number> {
  const levels = new Map<string, number>();
  let xml: string | null = null;
  try {
    xml = entryText(bytes, 'word/styles.xml');
  } catch {
    return levels;
  }
  if (!xml) return levels;
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (!/w:type="paragraph"/.test(m[1])) continue;
    const id = /w:styleId="([^"]+)"/.exec(m[1])?.[1];
    const level = /<w:outlineLvl\s+w:val="(\d)"/.exec(m[2])?.[1];
    if (id && level !== undefined && Number(level) <= 5) levels.set(id, Number(level) + 1);
  }
  return levels;
}
