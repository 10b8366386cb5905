// The RKA's conclusion in the portable catalogue: "Bedömning särskilda skäl" travels as `bedomningSarskildaSkal`.
// On export it is read from the version's RKA (an export hook). On an open-data import it becomes the conclusion
// (avvägning) of an RKA for the new version, so that a JSON export imported into an empty database prints the same
// catalogue; a version that already got an analysis during the import (from the RKA feature's own import hook)
// keeps it. An analysis made this way holds only the conclusion and is left incomplete: the nämnd's full analysis
// stays in its diarium until someone fills in the rest.
import { emptyRka } from '../../shared/domain/rka';
import type { PortableInsats } from '../../shared/domain/portable';
import type { ServiceContext, Trx } from './context';
import { onExportInsats } from './portable';
import { rkaConclusion } from './rka-read';

let registered = false;

/** Registers the export hook once, however many modules import this one. */
function registerRkaExportHook(): void {
  if (registered) return;
  registered = true;
  onExportInsats(async (db, versionId) => {
    const text = await rkaConclusion(db, versionId);
    return text ? { bedomningSarskildaSkal: text } : {};
  });
}

registerRkaExportHook();

/** Stores each imported insats's "Bedömning särskilda skäl" as its version's RKA conclusion, unless it has an RKA. */
export async function storeRkaConclusionsInTrx(trx: Trx, ctx: ServiceContext, versionIds: readonly number[], insatser: readonly PortableInsats[]): Promise<void> {
  const at = ctx.now().toISOString();
  for (const [k, insats] of insatser.entries()) {
    const text = insats.bedomningSarskildaSkal.trim();
    const versionId = versionIds[k];
    if (!text || versionId === undefined) continue;
    const content = emptyRka();
    content.avvagning.text = text;
    await trx
      .insertInto('rka')
      .values({ version_id: versionId, content_json: JSON.stringify(content), complete: 0, needs_review: 0, flagged_on: null, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('version_id').doNothing())
      .execute();
  }
}
