// What is on a sammanträde: the ärenden on its agenda awaiting their beslut and the beslut taken at it.
// Since 0007 the two live in two tables (arende.sammantrade_id/paragraf and beslut.sammantrade_id/paragraf);
// every "what is on this meeting" question reads this one union instead of querying both by hand.
import { sql } from 'kysely';
import type { Trx } from '../context';

export type MeetingItemKind = 'arende' | 'beslut';

/**
 * One row per item: `kind` and `id` name the ärende (awaited place) or the beslut; `arende_id` is the ärende
 * either way. Use as a table: `db.selectFrom(meetingItems(db).as('mi'))`.
 */
export function meetingItems(db: Trx) {
  return db
    .selectFrom('arende')
    .select([
      sql<MeetingItemKind>`'arende'`.as('kind'),
      'arende.id as id',
      'arende.id as arende_id',
      'arende.sammantrade_id as sammantrade_id',
      'arende.paragraf as paragraf',
    ])
    .where('arende.sammantrade_id', 'is not', null)
    .unionAll(
      db
        .selectFrom('beslut')
        .select([
          sql<MeetingItemKind>`'beslut'`.as('kind'),
          'beslut.id as id',
          'beslut.arende_id as arende_id',
          'beslut.sammantrade_id as sammantrade_id',
          'beslut.paragraf as paragraf',
        ])
        .where('beslut.sammantrade_id', 'is not', null),
    );
}

/**
 * The insats versions each meeting's items concern: of an awaited ärende its current set, of a beslut the
 * versions that beslut concerned (the ärende's set may have changed after an återremiss).
 */
export function meetingItemVersions(db: Trx) {
  return db
    .selectFrom('arende')
    .innerJoin('arende_version', 'arende_version.arende_id', 'arende.id')
    .select(['arende.sammantrade_id as sammantrade_id', 'arende_version.version_id as version_id'])
    .where('arende.sammantrade_id', 'is not', null)
    .unionAll(
      db
        .selectFrom('beslut')
        .innerJoin('beslut_version', 'beslut_version.beslut_id', 'beslut.id')
        .select(['beslut.sammantrade_id as sammantrade_id', 'beslut_version.version_id as version_id'])
        .where('beslut.sammantrade_id', 'is not', null),
    );
}
