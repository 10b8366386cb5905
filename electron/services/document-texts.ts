// The catalogue document's own title and introduction, edited on the Export page. Stored as NULL while
// the user keeps the app's default, so "back to the default" is simply clearing the user's text.
import type { DocumentSettings } from '../../shared/api/exports-contract';
import { DEFAULT_INTRODUCTION } from '../exports/catalogue-document';
import { recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';

export const DEFAULT_TITEL = 'Insatser utan individuell behovsprövning';

export async function readDocumentTexts(db: Trx): Promise<DocumentSettings> {
  const row = await db.selectFrom('katalogdokument').selectAll().where('id', '=', 1).executeTakeFirst();
  const inledning = row?.inledning ?? null;
  return {
    titel: row?.titel || DEFAULT_TITEL,
    inledning: inledning ?? DEFAULT_INTRODUCTION,
    egenInledning: inledning !== null,
    standardTitel: DEFAULT_TITEL,
    standardInledning: DEFAULT_INTRODUCTION,
  };
}

export function getDocumentSettings(ctx: ServiceContext): Promise<DocumentSettings> {
  return readDocumentTexts(ctx.db);
}

/** Stores the texts inside the caller's transaction; a blank title or the default text is stored as NULL. */
export async function storeDocumentTextsInTrx(trx: Trx, ctx: ServiceContext, input: { titel: string; inledning: string | null }): Promise<void> {
  const before = await readDocumentTexts(trx);
  const titel = input.titel.trim() && input.titel.trim() !== DEFAULT_TITEL ? input.titel.trim() : null;
  const normalized = input.inledning?.replace(/\r\n?/g, '\n').trim() ?? null;
  const inledning = normalized && normalized !== DEFAULT_INTRODUCTION ? normalized : null;
  const values = { titel, inledning, updated_at: ctx.now().toISOString() };
  await trx
    .insertInto('katalogdokument')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  await recordAudit(trx, ctx, {
    entity: 'katalogdokument',
    entityId: 1,
    action: inledning === null && before.egenInledning ? 'återställ standardinledning' : 'spara texter',
    before: { titel: before.titel, inledning: before.egenInledning ? before.inledning : null },
    after: { titel: titel ?? DEFAULT_TITEL, inledning },
  });
}

export function saveDocumentSettings(ctx: ServiceContext, input: { titel: string; inledning: string | null }): Promise<DocumentSettings> {
  return write(ctx, async (trx) => {
    await storeDocumentTextsInTrx(trx, ctx, input);
    return readDocumentTexts(trx);
  });
}
