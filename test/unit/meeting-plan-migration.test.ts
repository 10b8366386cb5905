// 0016: the sammanträdesplan's meetings become the sammanträden. A database from before it keeps every
// planned date and every sammanträde, each once: a planned date with a sammanträde gives it its last day
// for ärenden, one without becomes a planerat sammanträde of the nämnd, and the separate table is gone.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '../../electron/database/migrator';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0016 (sammanträdesplan i sammanträde)', () => {
  it('merges the plan into the sammanträden, each meeting once', () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.db'));
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const files = readMigrations(path.join(APP_ROOT, 'migrations'));
    applyMigrations(
      db,
      files.filter((f) => f.version < 16),
      '2026-10-01T00:00:00Z',
    );
    db.prepare("INSERT INTO settings (key, value) VALUES ('namnd', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      JSON.stringify('Socialnämnden'),
    );
    db.prepare(
      "INSERT INTO sammantrade (id, datum, namnd, status) VALUES (1, '2026-09-22', 'Socialnämnden', 'justerat'), (2, '2026-08-18', 'Socialnämnden', 'planerat')",
    ).run();
    db.prepare("INSERT INTO sammantradesplan (datum, arende_deadline) VALUES ('2026-09-22', '2026-09-01'), ('2026-10-20', '2026-09-29')").run();

    applyMigrations(
      db,
      files.filter((f) => f.version === 16),
      '2026-10-01T00:00:00Z',
    );
    expect(db.prepare('SELECT id, datum, namnd, status, arende_deadline FROM sammantrade ORDER BY datum').all()).toEqual([
      { id: 2, datum: '2026-08-18', namnd: 'Socialnämnden', status: 'planerat', arende_deadline: '2026-07-28' },
      { id: 1, datum: '2026-09-22', namnd: 'Socialnämnden', status: 'justerat', arende_deadline: '2026-09-01' },
      { id: 3, datum: '2026-10-20', namnd: 'Socialnämnden', status: 'planerat', arende_deadline: '2026-09-29' },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'sammantradesplan'").get()).toBeUndefined();
    db.close();
  });
});
