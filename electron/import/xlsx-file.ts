// An Excel workbook (.xlsx) through exceljs: each worksheet's rows as the importer's table-row text,
// the same form a Word table takes. The zip guard (zip-guard.ts) has measured the file before this runs.
import type ExcelJS from 'exceljs';
import { sheetRowsToText } from '../../shared/import/table-rows';
import { DocumentError } from './document-error';
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

export async function readXlsxFile(bytes: Uint8Array): Promise<string> {
  if (!isXlsx(bytes)) throw new DocumentError('unsupported', SHEET_MESSAGES.zipNotSheet);
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
