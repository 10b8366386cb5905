// Limits for a spreadsheet (XLSX, CSV): a catalogue has tens of rows, never thousands.
import { DocumentError } from './document-error';

export const MAX_SHEET_ROWS = 5000;
export const MAX_SHEET_COLUMNS = 100;
/** A cell longer than this is cut (a catalogue's longest text is a few thousand characters). */
export const MAX_CELL_CHARS = 20_000;

export const SHEET_MESSAGES = {
  tooManyRows: `Kalkylbladet har fler än ${MAX_SHEET_ROWS.toLocaleString('sv-SE')} rader och är för stort för att vara en förteckning över insatser. Det har inte lästs in och inget har sparats.`,
  tooManyColumns: `Kalkylbladet har fler än ${MAX_SHEET_COLUMNS} kolumner och är för stort för att vara en förteckning över insatser. Det har inte lästs in och inget har sparats.`,
  damagedXlsx: 'Excel-filen är skadad och kunde inte läsas. Inget har sparats.',
  zipNotSheet: 'Filen är ett ZIP-arkiv men varken ett Word-dokument (.docx) eller en Excel-fil (.xlsx).',
  empty: 'Kalkylbladet innehåller ingen text att importera.',
} as const;

/** Refuses a sheet beyond the limits and cuts overlong cells; the rows are returned as plain strings. */
export function checkSheet(rows: string[][]): string[][] {
  if (rows.length > MAX_SHEET_ROWS) throw new DocumentError('unsupported', SHEET_MESSAGES.tooManyRows);
  if (rows.some((r) => r.length > MAX_SHEET_COLUMNS)) throw new DocumentError('unsupported', SHEET_MESSAGES.tooManyColumns);
  if (!rows.some((r) => r.some((c) => c.trim()))) throw new DocumentError('empty', SHEET_MESSAGES.empty);
  return rows.map((r) => r.map((c) => (c.length > MAX_CELL_CHARS ? c.slice(0, MAX_CELL_CHARS) : c)));
}
