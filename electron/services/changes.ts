// What changed since a cursor: the audit trail's entries after it (every write records one in its own
// transaction), asked only when the engine's ChangeFeed says a commit may have happened.
import type { ChangeSet } from '../../shared/api/changes-contract';
import { changeFeedFor, type ChangeFeed } from '../database/change-feed';
import type { ServiceContext } from './context';

const MAX_CHANGES = 200;

/** The newest cursor per connection, with the feed stamp it was read at: a quiet poll costs no query. */
const latest = new WeakMap<object, { stamp: string; cursor: number }>();

export function changeFeedOf(ctx: ServiceContext): ChangeFeed {
  return ctx.changeFeed ?? changeFeedFor(ctx.sqlite);
}

export async function changesSince(ctx: ServiceContext, input: { after: number | null }): Promise<ChangeSet> {
  const feed = changeFeedOf(ctx);
  const stamp = feed.stamp();
  const known = latest.get(feed);
  if (known && known.stamp === stamp && input.after === known.cursor) {
    return { cursor: input.after, changes: [], more: false };
  }
  const top = await ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const cursor = Number(top?.id ?? 0);
  latest.set(feed, { stamp, cursor });
  if (input.after === null || input.after === cursor) return { cursor, changes: [], more: false };
  // A cursor beyond the trail: the database was swapped (a restored backup); everything may differ.
  if (input.after > cursor) return { cursor, changes: [], more: true };
  const rows = await ctx.db
    .selectFrom('audit_log')
    .select(['entity', 'entity_id'])
    .where('id', '>', input.after)
    .where('id', '<=', cursor)
    .orderBy('id')
    .limit(MAX_CHANGES + 1)
    .execute();
  const seen = new Set<string>();
  const changes: ChangeSet['changes'] = [];
  for (const r of rows.slice(0, MAX_CHANGES)) {
    const key = `${r.entity}\u0000${r.entity_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push({ entity: r.entity, entityId: r.entity_id });
  }
  return { cursor, changes, more: rows.length > MAX_CHANGES };
}
