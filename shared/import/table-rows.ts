// A table row as the extraction writes it: `| cell | cell |`, a literal pipe as `\|`, a line break
// inside a cell as ` <br> `. DOCX tables and spreadsheets use the same form, so one parser reads both.

import { formatTableRow, splitRowCells } from './structure-marks';

const ROW = /^\|.*\|$/u;

export function isTableRow(text: string): boolean {
  return ROW.test(text.trim()) && text.trim().length >= 2;
}

/** The cells of a table row (trimmed, unescaped, `<br>` kept as "\n"), or null for any other line. */
export function tableCells(text: string): string[] | null {
  const t = text.trim();
  if (!isTableRow(t)) return null;
  return splitRowCells(t.slice(1, -1));
}

/** One row in the table-row form (the one writer of the marks, structure-marks.ts). */
export { formatTableRow };

/**
 * A sheet's rows as the importer's text: a row with one filled cell is a line of free text (a title, a
 * "Beslutad av …" row above the header), any other row a table row with its empty cells kept in place.
 */
export function sheetRowsToText(rows: ReadonlyArray<readonly string[]>): string {
  const lines = rows.map((row) => {
    const cells = row.map((c) => (c ?? '').trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const filled = cells.filter(Boolean);
    if (filled.length === 0) return '';
    if (filled.length === 1) return filled[0].replace(/\s*[\r\n]+\s*/g, ' ');
    return formatTableRow(cells);
  });
  return lines
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
