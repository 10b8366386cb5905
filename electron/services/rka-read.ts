// Reading the risk- och konsekvensanalys of a version: used by the legal checks, the documents
// (its conclusion is the catalogue's "Bedömning särskilda skäl") and the RKA service itself.
import { rkaContentSchema, type RkaContent } from '../../shared/domain/rka';
import type { Trx } from './context';

export interface StoredRka {
  id: number;
  versionId: number;
  content: RkaContent;
  complete: boolean;
  /** Carried over from an earlier version and not yet reviewed. */
  needsReview: boolean;
  flaggedOn: string | null;
  updatedAt: string;
  /** Raised by every save (0014). */
  revision: number;
}

export async function readRka(db: Trx, versionId: number): Promise<StoredRka | null> {
  const row = await db.selectFrom('rka').selectAll().where('version_id', '=', versionId).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    versionId: row.version_id,
    content: rkaContentSchema.parse(JSON.parse(row.content_json)),
    complete: row.complete === 1,
    needsReview: row.needs_review === 1,
    flaggedOn: row.flagged_on,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

/** The RKA's conclusion text ("Bedömning särskilda skäl"), or '' when the version has none. */
export async function rkaConclusion(db: Trx, versionId: number): Promise<string> {
  return (await readRka(db, versionId))?.content.avvagning.text.trim() ?? '';
}
