// No lost update: every record a user edits carries a revision (0014). A save sends the revision it was
// based on; claimRevision raises it by one in a single conditional UPDATE … WHERE revision = ?, inside the
// save's own transaction, so of two saves based on the same revision exactly one lands. The other is
// refused with `conflict`, naming who changed the record and when (from the audit trail). Plain Kysely,
// no engine-specific SQL: the same check holds on SQLite (BEGIN IMMEDIATE serialises writers) and on
// PostgreSQL (the UPDATE takes the row lock; the loser re-reads the new revision and matches no row).
import { ServiceError } from '../../shared/api/envelope';
import type { Trx } from './context';

/** The tables whose rows carry a revision. */
export type RevisedTable = 'insats_version' | 'rka' | 'arende' | 'beslut' | 'sammantrade' | 'sektor' | 'enhet' | 'kategori';

export interface RevisionTarget {
  table: RevisedTable;
  /** The row's key column and value (an RKA is found by its version). */
  key?: 'id' | 'version_id';
  id: number;
  /** The audit trail's name for the record, to say who changed it last. */
  audit: { entity: string; entityId: number | string };
  /** What the record is, in a Swedish phrase: "utkastet", "ärendet". */
  what: string;
}

/**
 * Raises the row's revision from `revision` to `revision + 1`, or throws `conflict` when the row has moved
 * on since the caller read it. Call it first in the write, before the row's other columns are updated.
 * Returns the new revision.
 */
export async function claimRevision(trx: Trx, target: RevisionTarget, revision: number): Promise<number> {
  const key = target.key ?? 'id';
  // One table type stands for all of them: each has the key and an integer revision.
  const table = target.table as 'rka';
  const result = await trx
    .updateTable(table)
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where(key, '=', target.id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return revision + 1;
  const current = await trx.selectFrom(table).select('revision').where(key, '=', target.id).executeTakeFirst();
  if (!current) throw new ServiceError('not_found', `Det går inte att spara: ${target.what} finns inte längre.`);
  throw new ServiceError('conflict', await conflictMessage(trx, target, revision, current.revision));
}

/** claimRevision when the caller sent the revision it was based on (the smaller edits, where it is optional). */
export async function claimIfSent(trx: Trx, target: RevisionTarget, revision: number | undefined): Promise<void> {
  if (revision !== undefined) await claimRevision(trx, target, revision);
}

/** Who changed the record last and when, as the audit trail has it. */
export async function lastChange(trx: Trx, audit: RevisionTarget['audit']): Promise<{ actor: string; at: string } | null> {
  const row = await trx
    .selectFrom('audit_log')
    .select(['actor', 'at'])
    .where('entity', '=', audit.entity)
    .where('entity_id', '=', String(audit.entityId))
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

/** "1 december 2026 kl. 14.05" in Swedish time, as the people in the förvaltning read a clock. */
export function formatChangedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
  return `${day} kl. ${time.replace(':', '.')}`;
}

/**
 * For a record that is not one row with a revision column of 0014 (the settings, a reminder): refuses a
 * save based on `based` when the record is now at `current`. Safe as a read-then-check because every
 * write transaction runs alone (BEGIN IMMEDIATE; PostgreSQL's writer lock, postgres-dialect.ts).
 */
export async function refuseIfStale(trx: Trx, target: Pick<RevisionTarget, 'audit' | 'what'>, based: number | undefined, current: number): Promise<void> {
  if (based === undefined || based === current) return;
  throw new ServiceError('conflict', await conflictMessage(trx, target, based, current));
}

async function conflictMessage(trx: Trx, target: Pick<RevisionTarget, 'audit' | 'what'>, based: number, current: number): Promise<string> {
  const change = await lastChange(trx, target.audit);
  const who = change ? `${change.actor} ändrade ${target.what} ${formatChangedAt(change.at)}` : `${target.what} har ändrats`;
  const since = `sedan du hämtade uppgifterna (din ändring byggde på revision ${based}, nu gäller revision ${current})`;
  return `Någon annan hann före: ${who}, ${since}. Din ändring sparades inte, men den finns kvar på skärmen. Jämför med den andras ändring och spara igen.`;
}
