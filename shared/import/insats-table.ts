// A row-per-insats table (a spreadsheet "kartläggning" or a Word table): a header row whose columns the
// vocabulary knows (Nr, Insats, Beskrivning, Målgrupp, Åldersgräns, Villkor, Dokumentation, …), then one
// insats per row. Free text above the header row is the document's title and decision metadata. Each row
// becomes an outline node whose body is "Label: cell" lines, so the ordinary insats reader reads it.
import { COLUMN_LABELS, columnKey, matchColumn, type ColumnChoice, type ColumnKey } from './column-labels';
import type { Line } from './lines';
import type { OutlineNode } from './outline';
import { matchSectionLabel } from './section-labels';
import { tableCells } from './table-rows';

export interface TableColumn {
  /** The header as written. */
  header: string;
  /** The header in the form profiles store it. */
  key: string;
  /** What the column holds; null when neither the vocabulary nor the profile knows the header. */
  meaning: ColumnChoice | null;
}

export interface InsatsTableRow {
  line: Line;
  cells: string[];
  /** A one-cell row or short line between rows above this one ("Barn och unga"). */
  kategori: string | null;
}

export interface InsatsTable {
  header: Line;
  columns: TableColumn[];
  rows: InsatsTableRow[];
  /** Lines before the header row: title and decision metadata. */
  before: Line[];
}

/** How many header cells the vocabulary must know before a row counts as the header of an insats table. */
const MIN_KNOWN = 3;

function headerColumns(cells: readonly string[], extra: Readonly<Record<string, ColumnChoice>>): TableColumn[] | null {
  const columns = cells.map((header) => ({ header, key: columnKey(header), meaning: header.length <= 60 ? matchColumn(header, extra) : null }));
  const nonEmpty = columns.filter((c) => c.header);
  const known = nonEmpty.filter((c) => c.meaning !== null);
  if (!columns.some((c) => c.meaning === 'namn')) return null;
  if (known.length >= MIN_KNOWN || (known.length >= 2 && known.length === nonEmpty.length)) return columns;
  return null;
}

const nonEmptyCells = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '');

/** A line's table cells: read by lines.ts from the row mark, or from the row's text when given unread. */
const cellsOf = (line: Line): string[] | null => line.cells ?? tableCells(line.text);

/** The first row-per-insats table among the lines, with its rows; null when there is none. */
export function findInsatsTable(lines: readonly Line[], extraColumns: Readonly<Record<string, ColumnChoice>> = {}): InsatsTable | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i]);
    if (!cells) continue;
    const columns = headerColumns(cells, extraColumns);
    if (!columns) continue;
    const rows: InsatsTableRow[] = [];
    let kategori: string | null = null;
    const nameAt = columns.findIndex((c) => c.meaning === 'namn');
    for (const line of lines.slice(i + 1)) {
      const rowCells = cellsOf(line);
      if (!rowCells) {
        // A short line between rows names the group of the rows below it.
        if (line.text.length <= 80 && !/[.:]$/u.test(line.text)) kategori = line.text.replace(/^#+\s*/u, '').trim();
        continue;
      }
      const filled = nonEmptyCells(rowCells);
      if (filled.length === 0) continue;
      // A table repeated over pages repeats its header row.
      if (rowCells.every((c, n) => columnKey(c) === (columns[n]?.key ?? ''))) continue;
      if (filled.length === 1 && !rowCells[nameAt]?.trim()) {
        kategori = filled[0];
        continue;
      }
      if (!rowCells[nameAt]?.trim()) continue;
      rows.push({ line, cells: rowCells, kategori });
    }
    if (rows.length === 0) continue;
    return { header: lines[i], columns, rows, before: lines.slice(0, i) };
  }
  return null;
}

/** The section label each column's cells are written under, in the order the insats reader expects. */
const SECTION_ORDER: ReadonlyArray<{ key: ColumnKey; label: string }> = [
  { key: 'innehall', label: 'Beskrivning' },
  { key: 'malgrupp', label: 'Målgrupp' },
  { key: 'villkor', label: 'Villkor' },
  { key: 'lamplighet', label: 'Lämplighetsbedömning' },
  { key: 'motivering', label: 'Motivering' },
  { key: 'metod', label: 'Metod' },
  { key: 'omfattning', label: 'Omfattning' },
  { key: 'dokumentation', label: 'Dokumentation' },
  { key: 'bedomning', label: 'Särskilda skäl' },
  { key: 'uppfoljning', label: 'Uppföljning' },
  { key: 'utforare', label: 'Utförare' },
];

/** "Insats 3:", "A1)", "01" → the number as printed, without the word Insats and trailing ":" or ")". */
export function cleanNumber(cell: string): string {
  return cell
    .replace(/^insats\s*/iu, '')
    .replace(/[:).]+$/u, '')
    .trim();
}

/** A sentence inside a cell that starts with a known label ("… – undantag. Särskilda skäl: …"). */
const LABELLED_SENTENCE = /(?<=[.!?])\s+(?=\p{Lu}[^.:\n]{1,38}:\s)/u;

/** A cell's lines, each labelled sentence on a line of its own so it starts its own section. */
export function splitAtLabels(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const parts = line.split(LABELLED_SENTENCE);
    const out: string[] = [parts[0]];
    for (const part of parts.slice(1)) {
      if (matchSectionLabel(part.slice(0, part.indexOf(':') + 1))) out.push(part);
      else out[out.length - 1] += ` ${part}`;
    }
    return out;
  });
}

export interface TableInsats {
  node: OutlineNode;
  kategori: string | null;
}

/** One outline node per row: the number and name from their columns, the other cells as labelled lines. */
export function tableInsatser(table: InsatsTable): TableInsats[] {
  const cellOf = (row: InsatsTableRow, key: ColumnKey) =>
    table.columns
      .map((c, n) => (c.meaning === key ? (row.cells[n] ?? '').trim() : ''))
      .filter(Boolean)
      .join('\n');
  return table.rows.map((row, index) => {
    const lineOf = (text: string): Line => ({ no: row.line.no, text, pageBreakBefore: false });
    const labelled = (label: string, text: string) => splitAtLabels(text).map((part, n) => lineOf(n === 0 ? `${label}: ${part}` : part));
    const body: Line[] = [];
    for (const { key, label } of SECTION_ORDER) {
      let text = cellOf(row, key);
      // The age column belongs to the målgrupp ("Unga med …, 15–19 år"), where the insats reader looks for it.
      if (key === 'malgrupp') {
        const age = cellOf(row, 'alder');
        if (age && !text.includes(age)) text = text ? `${text.replace(/[.\s]+$/u, '')}, ${age}` : age;
      }
      if (text) body.push(...labelled(label, text));
      // Contact and columns nobody has named yet stay with the description, as "Header: text".
      if (key === 'innehall') {
        if (!text && (cellOf(row, 'kontakt') || table.columns.some((c, n) => c.meaning === null && row.cells[n]?.trim()))) body.push(lineOf('Beskrivning:'));
        const kontakt = cellOf(row, 'kontakt');
        if (kontakt) body.push(lineOf(`${COLUMN_LABELS.kontakt}: ${kontakt.replace(/\n/g, ', ')}`));
        table.columns.forEach((c, n) => {
          const cell = row.cells[n]?.trim();
          if (c.meaning === null && c.header && cell) body.push(lineOf(`${c.header}: ${cell.replace(/\n/g, ' ')}`));
        });
      }
    }
    const number = cleanNumber(cellOf(row, 'nummer').split('\n')[0] ?? '');
    const title = cellOf(row, 'namn').replace(/\n/g, ' ');
    return {
      node: { heading: { number, parts: [index + 1], title, scheme: 'none' }, line: row.line, body, level: 'tabellrad', parent: null },
      kategori: row.kategori ?? (cellOf(row, 'kategori') || null),
    };
  });
}
