// The Kysely Database interface must match the migrated schema, column for column.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';

function interfaceColumns(): Record<string, string[]> {
  const source = fs.readFileSync(path.join(APP_ROOT, 'electron/database/schema.ts'), 'utf8');
  const tables = [...source.matchAll(/^\s+(\w+): (\w+Table);$/gm)].map((m) => ({ table: m[1], iface: m[2] }));
  const result: Record<string, string[]> = {};
  for (const { table, iface } of tables) {
    const body = source.match(new RegExp(`export interface ${iface} \\{([\\s\\S]*?)\\}\\n`))![1];
    result[table] = [...body.matchAll(/(\w+):/g)].map((m) => m[1]).sort();
  }
  return result;
}

describe('databasens typer', () => {
  it('stämmer med tabellerna efter migrering', async () => {
    const file = path.join(tempDir(), 'iub.db');
    const db = await openDatabase({ file, migrationsDir: path.join(APP_ROOT, 'migrations'), backups: false });
    const tables = (
      db.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name != 'schema_migrations'")
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    const actual: Record<string, string[]> = {};
    for (const t of tables) actual[t] = (db.sqlite.pragma(`table_info(${t})`) as Array<{ name: string }>).map((c) => c.name).sort();
    await db.close();
    expect(actual).toEqual(interfaceColumns());
  });
});
