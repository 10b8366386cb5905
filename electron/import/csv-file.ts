// A CSV file (semicolon, comma or tab separated, as Excel and LibreOffice save it): UTF-8 with or without
// BOM, UTF-16 with BOM, or Windows-1252 when the bytes are not valid UTF-8. The rows become the
// importer's table-row text, the same form a Word table takes, so one parser reads both.
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { matchColumn } from '../../shared/import/column-labels';
import { sheetRowsToText } from '../../shared/import/table-rows';
import { DocumentError, MESSAGES } from './document-error';
import { checkSheet, MAX_SHEET_ROWS } from './sheet-limits';

export function decodeCsv(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return iconv.decode(buf.subarray(3), 'utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  if (buf.includes(0)) throw new DocumentError('binary', MESSAGES.binary);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'win1252');
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter whose split of some line gives a header row the column vocabulary knows (≥ 3 columns, a name). */
export function csvHeaderDelimiter(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/, 60);
  for (const delimiter of DELIMITERS)
    for (const line of lines) {
      if (!line.includes(delimiter)) continue;
      const cells = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
      const known = cells.map((c) => matchColumn(c)).filter((m) => m !== null);
      if (known.length >= 3 && known.includes('namn')) return delimiter;
    }
  return null;
}

/** The CSV's rows; the delimiter is the header row's, else Papa Parse's guess among ; , and tab. */
export function parseCsvRows(text: string): string[][] {
  const result = Papa.parse<string[]>(text, {
    delimiter: csvHeaderDelimiter(text) ?? '',
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: false,
    // One row past the limit is enough to refuse the file.
    preview: MAX_SHEET_ROWS + 1,
  });
  return result.data.map((row) => row.map((c) => String(c ?? '')));
}

export function readCsvFile(bytes: Uint8Array): string {
  const text = decodeCsv(bytes);
  const rows = checkSheet(parseCsvRows(text));
  const out = sheetRowsToText(rows);
  if (!out.trim()) throw new DocumentError('empty', MESSAGES.emptyText);
  return out;
}
