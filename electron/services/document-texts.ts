// The catalogue document's own texts: title, nämnd, the prose chapters ("1. Inledning", and an imported document's
// "2. Rättsliga utgångspunkter" …) and the heading and opening text of the förteckning, edited on the Export page
// or kept from an imported document. Stored as NULL while the user keeps the app's default, so "back to the
// default" is simply clearing the user's text. A beslut that adopts the catalogue keeps a copy of the texts
// (katalogdokument_beslut, 0011), so the adopted document is re-issued as it was adopted.
import type { DocumentSettings } from '../../shared/api/exports-contract';
import { DEFAULT_INTRODUCTION } from '../exports/catalogue-document';
import { recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';

export const DEFAULT_TITEL = 'Insatser utan individuell behovsprövning';

/** The stored texts; null is the default. */
export interface StoredDocumentTexts {
  titel: string | null;
  namnd: string | null;
  inledning: string | null;
  forteckningRubrik: string | null;
  forteckningText: string | null;
}

export interface DocumentTextsInput {
  titel: string;
  inledning: string | null;
  namnd?: string;
  forteckningRubrik?: string;
  forteckningText?: string;
}

const EMPTY: StoredDocumentTexts = { titel: null, namnd: null, inledning: null, forteckningRubrik: null, forteckningText: null };

async function readStored(db: Trx): Promise<StoredDocumentTexts> {
  const row = await db.selectFrom('katalogdokument').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return EMPTY;
  return { titel: row.titel, namnd: row.namnd, inledning: row.inledning, forteckningRubrik: row.forteckning_rubrik, forteckningText: row.forteckning_text };
}

function asSettings(stored: StoredDocumentTexts): DocumentSettings {
  return {
    titel: stored.titel || DEFAULT_TITEL,
    inledning: stored.inledning ?? DEFAULT_INTRODUCTION,
    egenInledning: stored.inledning !== null,
    standardTitel: DEFAULT_TITEL,
    standardInledning: DEFAULT_INTRODUCTION,
    namnd: stored.namnd ?? '',
    forteckningRubrik: stored.forteckningRubrik ?? '',
    forteckningText: stored.forteckningText ?? '',
  };
}

export async function readDocumentTexts(db: Trx): Promise<DocumentSettings> {
  return asSettings(await readStored(db));
}

/**
 * The texts of the document as a beslut adopted it: the copy the beslut keeps, or (a beslut from before 0011, or
 * one recorded without a copy) the current texts.
 */
export async function readDocumentTextsOf(db: Trx, beslutId: number | null): Promise<DocumentSettings> {
  if (beslutId !== null) {
    const row = await db.selectFrom('katalogdokument_beslut').selectAll().where('beslut_id', '=', beslutId).executeTakeFirst();
    if (row)
      return asSettings({
        titel: row.titel,
        namnd: row.namnd,
        inledning: row.inledning,
        forteckningRubrik: row.forteckning_rubrik,
        forteckningText: row.forteckning_text,
      });
  }
  return readDocumentTexts(db);
}

/** Keeps a copy of the current texts with the beslut that adopts the catalogue (a later edit does not change it). */
export async function keepDocumentTextsWithBeslutInTrx(trx: Trx, ctx: ServiceContext, beslutId: number): Promise<void> {
  const t = await readStored(trx);
  const values = {
    titel: t.titel,
    namnd: t.namnd,
    inledning: t.inledning,
    forteckning_rubrik: t.forteckningRubrik,
    forteckning_text: t.forteckningText,
    created_at: ctx.now().toISOString(),
  };
  await trx
    .insertInto('katalogdokument_beslut')
    .values({ beslut_id: beslutId, ...values })
    .onConflict((oc) => oc.column('beslut_id').doUpdateSet(values))
    .execute();
}

const orNull = (text: string | undefined, fallback: string | null, standard = ''): string | null => {
  if (text === undefined) return fallback;
  const t = text.replace(/\r\n?/g, '\n').trim();
  return t && t !== standard ? t : null;
};

/** Stores the texts inside the caller's transaction; a blank text or the default text is stored as NULL. */
export async function storeDocumentTextsInTrx(trx: Trx, ctx: ServiceContext, input: DocumentTextsInput): Promise<void> {
  const stored = await readStored(trx);
  const before = asSettings(stored);
  const titel = orNull(input.titel, null, DEFAULT_TITEL);
  const inledning = orNull(input.inledning ?? '', null, DEFAULT_INTRODUCTION);
  const namnd = orNull(input.namnd, stored.namnd);
  const forteckningRubrik = orNull(input.forteckningRubrik, stored.forteckningRubrik);
  const forteckningText = orNull(input.forteckningText, stored.forteckningText);
  const values = { titel, inledning, namnd, forteckning_rubrik: forteckningRubrik, forteckning_text: forteckningText, updated_at: ctx.now().toISOString() };
  await trx
    .insertInto('katalogdokument')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  await recordAudit(trx, ctx, {
    entity: 'katalogdokument',
    entityId: 1,
    action: inledning === null && before.egenInledning ? 'återställ standardinledning' : 'spara texter',
    before: {
      titel: before.titel,
      inledning: before.egenInledning ? before.inledning : null,
      namnd: stored.namnd,
      forteckningRubrik: stored.forteckningRubrik,
    },
    after: { titel: titel ?? DEFAULT_TITEL, inledning, namnd, forteckningRubrik },
  });
}

export function getDocumentSettings(ctx: ServiceContext): Promise<DocumentSettings> {
  return readDocumentTexts(ctx.db);
}

export function saveDocumentSettings(ctx: ServiceContext, input: DocumentTextsInput): Promise<DocumentSettings> {
  return write(ctx, async (trx) => {
    await storeDocumentTextsInTrx(trx, ctx, input);
    return readDocumentTexts(trx);
  });
}
