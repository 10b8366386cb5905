// An Excel workbook (.xlsx) through exceljs: each worksheet's rows as the importer's table-row text,
// the same form a Word table takes. The zip guard (zip-guard.ts) has measured the file before this runs.
import zlib from 'node:zlib';
import type ExcelJS from 'exceljs';
import { sheetRowsToText } from '../../shared/import/table-rows';
import { DocumentError } from './document-error';
import { MAX_ZIP_ENTRY_BYTES, readCentralDirectory } from './zip-guard';
import { checkSheet, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, SHEET_MESSAGES } from './sheet-limits';

export function isXlsx(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('xl/workbook.xml');
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A cell's value as the text a reader sees: dates as ISO dates, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return iso(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? value.hyperlink);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/**
 * The rows the worksheets declare, counted in their XML before exceljs builds them all in memory: a sheet
 * of a million tiny rows packs small enough to pass the zip guard but not to be loaded.
 */
export function declaredRows(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let rows = 0;
  for (const entry of readCentralDirectory(bytes)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(entry.name)) continue;
    const at = entry.localOffset;
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(start, start + entry.packed);
    let xml: Buffer;
    try {
      xml = entry.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: MAX_ZIP_ENTRY_BYTES, finishFlush: zlib.constants.Z_SYNC_FLUSH }) : data;
    } catch {
      throw new DocumentError('damaged', SHEET_MESSAGES.damagedXlsx);
    }
    for (let i = xml.indexOf('<row'); i >= 0; i = xml.indexOf('<row', i + 4)) {
      const next = xml[i + 4];
      // "<row " or "<row>", not "<rowBreaks"; a namespace prefix ("<x:row") is counted by the reader's own count below.
      if (next === 0x20 || next === 0x3e || next === 0x2f) rows++;
      if (rows > MAX_SHEET_ROWS) return rows;
    }
  }
  return rows;
}

export async function readXlsxFile(bytes: Uint8Array): Promise<string> {
  if (!isXlsx(bytes)) throw new DocumentError('unsupported', SHEET_MESSAGES.zipNotSheet);
  if (declaredRows(bytes) > MAX_SHEET_ROWS) throw new DocumentError('unsupported', SHEET_MESSAGES.tooManyRows);
  // Loaded only for a workbook: exceljs is large, and most documents are Word or PDF.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new DocumentError('damaged', SHEET_MESSAGES.damagedXlsx);
  }
  const texts: string[] = [];
  let total = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    total += sheet.rowCount;
    if (total > MAX_SHEET_ROWS) throw new DocumentError('unsupported', SHEET_MESSAGES.tooManyRows);
    if (sheet.columnCount > MAX_SHEET_COLUMNS) throw new DocumentError('unsupported', SHEET_MESSAGES.tooManyColumns);
    const rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= Math.min(row.cellCount, MAX_SHEET_COLUMNS); c++) cells.push(cellText(row.getCell(c).value));
      rows.push(cells);
    }
    if (rows.some((r) => r.some((c) => c.trim()))) texts.push(sheetRowsToText(checkSheet(rows)));
  }
  const text = texts.join('\n\n');
  if (!text.trim()) throw new DocumentError('empty', SHEET_MESSAGES.empty);
  return text;
}
