// The content of a database file as comparable data: every table (the schema history, the audit
// trail, the full-text index's shadow tables included), every row, independent of page layout.
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';

function cell(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Table name → its rows as JSON strings, sorted; read through an open handle. */
export function tableContents(sqlite: BetterSqlite3.Database): Record<string, string[]> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = sqlite
      .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
      .raw(true)
      .all() as unknown[][];
    result[name] = rows.map((r) => JSON.stringify(r.map(cell))).sort();
  }
  return result;
}

/** The same, reading a database file (read-only, the file is not changed). */
export function fileContents(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return tableContents(db);
  } finally {
    db.close();
  }
}

/** One hash over every table and every row. */
export function contentHash(contents: Record<string, string[]>): string {
  return crypto.createHash('sha256').update(JSON.stringify(contents)).digest('hex');
}

export function rowCount(contents: Record<string, string[]>, table: string): number {
  return contents[table]?.length ?? 0;
}
