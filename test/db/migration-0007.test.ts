// 0007 rebuilds `beslut` inside the migrator's transaction with foreign keys on. A database as 0006 left it, with
// decided ärenden, versions pointing at their beslut and återrapportering, is migrated: every id and reference
// survives, each beslut gets the § its ärende had, the agenda places are freed, and the new rules hold.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { applyMigrations, readMigrations, schemaVersion } from '../../electron/database/migrator';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';

const migrationsDir = path.join(APP_ROOT, 'migrations');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A database file migrated only up to (and including) `upTo`. */
async function databaseAt(upTo: number) {
  const dir = tempDir();
  dirs.push(dir);
  const partial = path.join(dir, 'migrations');
  fs.mkdirSync(partial);
  for (const f of fs.readdirSync(migrationsDir).filter((f) => /^\d{4}_/.test(f) && Number(f.slice(0, 4)) <= upTo)) {
    fs.copyFileSync(path.join(migrationsDir, f), path.join(partial, f));
  }
  const file = path.join(dir, 'iub.db');
  const db = await openDatabase({ file, migrationsDir: partial, backups: false });
  return { file, db };
}

describe('migrering 0007: beslut per sammanträde', () => {
  it('flyttar paragrafen till beslutet och behåller alla id:n och referenser', async () => {
    const { file, db } = await databaseAt(6);
    const q = db.sqlite;
    q.exec(`
      INSERT INTO insats (id, created_at) VALUES (1, 'x'), (2, 'x'), (3, 'x');
      INSERT INTO insats_version (id, insats_id, version_no, status, namn, dokumentation_regim, content_json, beslut_id, created_at, updated_at) VALUES
        (11, 1, 1, 'beslutad', 'Familjerådgivning', '14:4', '{}', NULL, 'x', 'x'),
        (12, 2, 1, 'aterremitterad', 'Spelberoendestöd', '14:3', '{}', NULL, 'x', 'x'),
        (13, 3, 1, 'redo_for_beslut', 'Medling', '14:3', '{}', NULL, 'x', 'x');
      INSERT INTO sammantrade (id, datum, namnd, status, justeringsdatum) VALUES (1, '2025-09-16', 'Socialnämnden', 'justerat', '2025-09-22'), (2, '2025-10-14', 'Socialnämnden', 'planerat', NULL);
      INSERT INTO arende (id, diarienummer, rubrik, beskrivning, sammantrade_id, paragraf, created_at, beslutsunderlag) VALUES
        (1, '2025.053', 'Insatser utan individuell behovsprövning', 'Förteckningen.', 1, 37, 'x', 'Tjänsteskrivelse'),
        (2, '2025.054', 'Spelberoendestöd', '', 2, 38, 'x', ''),
        (3, '2025.055', 'Medling', '', 2, 39, 'x', '');
      INSERT INTO arende_version (arende_id, version_id) VALUES (1, 11), (2, 12), (3, 13);
      INSERT INTO beslut (id, arende_id, utfall, beslutsdatum, beslutande_instans, motivering, giltig_fran, created_at) VALUES
        (7, 1, 'bifall', '2025-09-16', 'Socialnämnden', '', '2025-10-01', 'x'),
        (8, 2, 'aterremiss', '2025-10-14', 'Socialnämnden', 'Villkoren behöver förtydligas.', NULL, 'x');
      UPDATE insats_version SET beslut_id = 7 WHERE id = 11;
      INSERT INTO aterrapportering (id, beslut_id, text, due_from, due_to) VALUES (1, 7, 'Utvärdering', '2026-08-01', '2026-12-31');
    `);
    await db.close();

    const migrated = await openDatabase({ file, migrationsDir, backups: false });
    try {
      expect(migrated.migrated).toContain(7);
      const s = migrated.sqlite;
      expect(s.pragma('foreign_key_check')).toEqual([]);
      expect(
        s.prepare('SELECT id, arende_id, sammantrade_id, paragraf, utfall, motivering, rubrik, beskrivning, beslutsunderlag FROM beslut ORDER BY id').all(),
      ).toEqual([
        // Justerat: the texts are kept as the protocol has them.
        {
          id: 7,
          arende_id: 1,
          sammantrade_id: 1,
          paragraf: 37,
          utfall: 'bifall',
          motivering: '',
          rubrik: 'Insatser utan individuell behovsprövning',
          beskrivning: 'Förteckningen.',
          beslutsunderlag: 'Tjänsteskrivelse',
        },
        // Not justerat yet: they still follow the ärende.
        {
          id: 8,
          arende_id: 2,
          sammantrade_id: 2,
          paragraf: 38,
          utfall: 'aterremiss',
          motivering: 'Villkoren behöver förtydligas.',
          rubrik: null,
          beskrivning: null,
          beslutsunderlag: null,
        },
      ]);
      // Decided ärenden leave the agenda (the återremitterade one is free for a later meeting); the undecided one stays.
      expect(s.prepare('SELECT id, sammantrade_id, paragraf FROM arende ORDER BY id').all()).toEqual([
        { id: 1, sammantrade_id: null, paragraf: null },
        { id: 2, sammantrade_id: null, paragraf: null },
        { id: 3, sammantrade_id: 2, paragraf: 39 },
      ]);
      expect(s.prepare('SELECT beslut_id, version_id FROM beslut_version ORDER BY beslut_id').all()).toEqual([
        { beslut_id: 7, version_id: 11 },
        { beslut_id: 8, version_id: 12 },
      ]);
      expect(s.prepare('SELECT beslut_id FROM insats_version WHERE id = 11').get()).toEqual({ beslut_id: 7 });
      expect(s.prepare('SELECT beslut_id FROM aterrapportering WHERE id = 1').get()).toEqual({ beslut_id: 7 });
      // The foreign keys still point at the rebuilt table.
      expect(() => s.prepare('UPDATE insats_version SET beslut_id = 999 WHERE id = 11').run()).toThrow(/FOREIGN KEY/);
      expect(() => s.prepare("INSERT INTO aterrapportering (beslut_id, text, due_from, due_to) VALUES (999, 'x', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
      // The new rules: the återremitterade ärende may get another beslut, the decided one may not.
      s.prepare(
        "INSERT INTO beslut (arende_id, sammantrade_id, paragraf, utfall, beslutsdatum, beslutande_instans, created_at) VALUES (2, NULL, NULL, 'bifall', '2025-11-18', 'Socialnämnden', 'x')",
      ).run();
      expect(() =>
        s
          .prepare(
            "INSERT INTO beslut (arende_id, utfall, beslutsdatum, beslutande_instans, created_at) VALUES (1, 'avslag', '2025-11-18', 'Socialnämnden', 'x')",
          )
          .run(),
      ).toThrow(/slutligt avgjort/);
      // § 38 of meeting 2 belongs to the återremiss; § 39 to the ärende on the agenda.
      expect(() => s.prepare('UPDATE arende SET paragraf = 38 WHERE id = 3').run()).toThrow(/används redan av ett beslut/);
      expect(() =>
        s
          .prepare(
            "INSERT INTO beslut (arende_id, sammantrade_id, paragraf, utfall, beslutsdatum, beslutande_instans, created_at) VALUES (3, 2, 39, 'aterremiss', '2025-10-14', 'Socialnämnden', 'x')",
          )
          .run(),
      ).toThrow(/används redan av ett ärende/);
    } finally {
      await migrated.close();
    }
  });

  it('vägrar hela migreringen om en rad skulle tappas: de främmande nycklarna kontrolleras vid commit', async () => {
    const { file, db } = await databaseAt(6);
    db.sqlite.exec(`
      INSERT INTO insats (id, created_at) VALUES (1, 'x');
      INSERT INTO sammantrade (id, datum, namnd) VALUES (1, '2025-09-16', 'Socialnämnden');
      INSERT INTO arende (id, diarienummer, rubrik, sammantrade_id, paragraf, created_at) VALUES (1, '2025.053', 'X', 1, 37, 'x');
      INSERT INTO beslut (id, arende_id, utfall, beslutsdatum, beslutande_instans, created_at) VALUES (7, 1, 'bifall', '2025-09-16', 'Socialnämnden', 'x');
      INSERT INTO insats_version (id, insats_id, version_no, status, namn, dokumentation_regim, content_json, beslut_id, created_at, updated_at) VALUES (11, 1, 1, 'beslutad', 'X', '14:3', '{}', 7, 'x', 'x');
    `);
    // The same file with a copy step that loses a beslut the version points at: the commit must refuse it.
    const real = readMigrations(migrationsDir).find((m) => m.version === 7)!;
    const lossy = {
      ...real,
      sql: real.sql.replace('LEFT JOIN sammantrade s ON s.id = a.sammantrade_id;', 'LEFT JOIN sammantrade s ON s.id = a.sammantrade_id WHERE b.id <> 7;'),
    };
    expect(lossy.sql).not.toBe(real.sql);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => applyMigrations(db.sqlite, [lossy], 'x')).toThrow(/FOREIGN KEY/);
    expect(schemaVersion(db.sqlite)).toBeLessThan(7);
    expect(db.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'beslut_version'").all()).toEqual([]);
    expect(db.sqlite.prepare('SELECT id, arende_id FROM beslut').all()).toEqual([{ id: 7, arende_id: 1 }]);
    expect(db.sqlite.prepare('SELECT sammantrade_id, paragraf FROM arende').get()).toEqual({ sammantrade_id: 1, paragraf: 37 });
    await db.close();
    // The real file carries it over.
    const migrated = await openDatabase({ file, migrationsDir, backups: false });
    expect(migrated.sqlite.prepare('SELECT id, sammantrade_id, paragraf FROM beslut').all()).toEqual([{ id: 7, sammantrade_id: 1, paragraf: 37 }]);
    await migrated.close();
  });
});
