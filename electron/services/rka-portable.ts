// The RKA's conclusion in the portable catalogue: "Bedömning särskilda skäl" travels as
// `bedomningSarskildaSkal`. On export it is read from the version's RKA; on import it becomes the
// conclusion (avvägning) of an RKA for the new version, so that a JSON export imported into an empty
// database prints the same catalogue. An imported analysis holds only the conclusion and is left
// incomplete: the nämnd's full analysis stays in its diarium until someone fills in the rest.
import { emptyRka } from '../../shared/domain/rka';
import { onExportInsats, onImportedInsats } from './portable';
import { rkaConclusion } from './rka-read';

let registered = false;

/** Registers the hooks once, however many modules import this one. */
export function registerRkaPortableHooks(): void {
  if (registered) return;
  registered = true;
  onExportInsats(async (db, versionId) => {
    const text = await rkaConclusion(db, versionId);
    return text ? { bedomningSarskildaSkal: text } : {};
  });
  onImportedInsats(async (trx, ctx, versionId, insats) => {
    const text = insats.bedomningSarskildaSkal.trim();
    if (!text) return;
    const content = emptyRka();
    content.avvagning.text = text;
    const at = ctx.now().toISOString();
    // Another feature may already have stored an analysis for the version; that one is kept.
    await trx
      .insertInto('rka')
      .values({ version_id: versionId, content_json: JSON.stringify(content), complete: 0, needs_review: 0, flagged_on: null, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('version_id').doNothing())
      .execute();
  });
}

registerRkaPortableHooks();
