// The one format in which every extraction (DOCX, PDF, spreadsheet) hands its structure to the parser,
// as light marks in the text:
//   a heading:   "## Familjerådgivning"   (one "#" per level, 1–6, a space, the heading text)
//   a table row: "| Målgrupp | Barn 7–12 år |"   (cells between " | "; "\|" is a "|" inside a cell,
//                " <br> " a line break inside a cell); consecutive rows are one table, blank lines around it
//   a bullet:    "- text"
// Bold stays "**…**" and struck text "~~…~~" (markup.ts). Plain text files carry no marks and parse as before.

export type MarkedLine =
  { kind: 'heading'; level: number; text: string } | { kind: 'row'; cells: string[] } | { kind: 'bullet'; text: string } | { kind: 'text'; text: string };

const HEADING = /^(#{1,6})[ \t]+(\S.*)$/u;
const ROW = /^\|(.*)\|$/u;

const escapeCell = (cell: string) =>
  cell
    .replace(/\|/g, '\\|')
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' <br> ')
    .replace(/[ \t]+/g, ' ')
    .trim();

export function formatHeading(level: number, text: string): string {
  const depth = Math.min(6, Math.max(1, Math.round(level)));
  return `${'#'.repeat(depth)} ${text.replace(/\s+/g, ' ').trim()}`;
}

export function formatTableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** A table as text: its rows, a blank line before and after. */
export function formatTable(rows: ReadonlyArray<readonly string[]>): string {
  return `\n${rows.map(formatTableRow).join('\n')}\n`;
}

export function formatBullet(text: string): string {
  return `- ${text.trim()}`;
}

/** A row's cells between the outer pipes: "\\|" is a pipe inside a cell, " <br> " a line break ("\n"). */
export function splitRowCells(inner: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i += 1;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((x) =>
    x
      .split(/\s*<br\s*\/?>\s*/iu)
      .map((part) => part.trim())
      .join('\n')
      .trim(),
  );
}

/** Reads the marks of one line (already trimmed). */
export function parseMarkedLine(line: string): MarkedLine {
  const heading = HEADING.exec(line);
  if (heading) return { kind: 'heading', level: heading[1].length, text: heading[2].trim() };
  const row = line.length >= 3 ? ROW.exec(line) : null;
  if (row) {
    // Line breaks inside a cell read as spaces in the line's text.
    const cells = splitRowCells(row[1]).map((c) => c.replace(/\n/g, ' '));
    // "| |" or a row of empty cells is a table border drawn in text, no content.
    return { kind: 'row', cells };
  }
  if (/^[-–•]\s+\S/u.test(line)) return { kind: 'bullet', text: line.replace(/^[-–•]\s+/u, '') };
  return { kind: 'text', text: line };
}
