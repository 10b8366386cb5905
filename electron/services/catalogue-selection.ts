// Which versions a printout of the catalogue holds, and under which decision's metadata:
// - "beslutad": the version of each insats in force on a date, headed by the decision that adopted them
//   (the latest decision among them when several revisions are in force together);
// - "utkast": the newest version of each insats (a rejected proposal falls back to the version before it,
//   a revoked insats is left out, a draft never left as förslag beside a catalogue in force falls back too),
//   each marked new or changed against what is in force today.
// Every document and open-data file is made from the portable catalogue of such a selection.
import { ServiceError } from '../../shared/api/envelope';
import type { CatalogueMode, SelectionInput } from '../../shared/api/exports-contract';
import { diffContent } from '../../shared/domain/diff';
import type { PortableBeslut, PortableCatalogue } from '../../shared/domain/portable';
import type { InsatsVersionRow } from '../database/schema';
import type { InsatsChange } from '../exports';
import { catalogueOnDate, compareNummer, nameLookup, parseContent } from './catalogue';
import type { ServiceContext, Trx } from './context';
import { beteckning } from '../../shared/domain/beslut';
import { readDocumentTextsOf } from './document-texts';
import { exportCatalogue } from './portable';
import { readSettings } from './settings';

/** The decision metadata of seed 002's header, as stored for one beslut. */
export interface DecisionMeta {
  beslutId: number;
  typAvStyrdokument: string;
  beslutandeInstans: string;
  beslutsdatum: string;
  diarienummer: string;
  paragraf: number | null;
  gallerFor: string;
  giltigFran: string | null;
  giltigTill: string | null;
  reviderasSenast: string | null;
  dokumentansvarig: string;
  /** "2025.053 SN § 37" */
  beteckning: string;
}

export interface CatalogueSelection {
  mode: CatalogueMode;
  /** beslutad: the date in force; utkast: today, against which changes are marked. */
  datum: string;
  versions: Array<{ row: InsatsVersionRow; nummer: string | null; changed: InsatsChange }>;
  /** beslutad: the decision that adopted the versions; utkast: the decision in force today, if any. */
  beslut: DecisionMeta | null;
}

type Row = InsatsVersionRow & { nummer: string | null };

/** The latest of the given decisions (by beslutsdatum, then the order they were recorded). */
async function latestDecision(db: Trx, beslutIds: number[], forkortning: string): Promise<DecisionMeta | null> {
  if (beslutIds.length === 0) return null;
  const row = await db
    .selectFrom('beslut as b')
    .innerJoin('arende as a', 'a.id', 'b.arende_id')
    .selectAll('b') // the beslut's own § (an ärende may have had an återremiss at an earlier §)
    .select(['a.diarienummer'])
    .where('b.id', 'in', [...new Set(beslutIds)])
    .orderBy('b.beslutsdatum', 'desc')
    .orderBy('b.id', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  return {
    beslutId: row.id,
    typAvStyrdokument: row.typ_av_styrdokument,
    beslutandeInstans: row.beslutande_instans,
    beslutsdatum: row.beslutsdatum,
    diarienummer: row.diarienummer,
    paragraf: row.paragraf,
    gallerFor: row.galler_for,
    giltigFran: row.giltig_fran,
    giltigTill: row.giltig_till,
    reviderasSenast: row.revideras_senast,
    dokumentansvarig: row.dokumentansvarig,
    beteckning: beteckning(row.diarienummer, forkortning, row.paragraf),
  };
}

const byNummer = (a: Row, b: Row) => compareNummer(a.nummer, b.nummer) || a.insats_id - b.insats_id;

export async function selectCatalogue(ctx: ServiceContext, input: SelectionInput): Promise<CatalogueSelection> {
  const db = ctx.db;
  const settings = await readSettings(db);
  const today = ctx.today();
  const nummer = new Map((await db.selectFrom('insats').select(['id', 'nummer']).execute()).map((r) => [r.id, r.nummer]));
  const withNummer = (r: InsatsVersionRow): Row => ({ ...r, nummer: nummer.get(r.insats_id) ?? null });

  if (input.mode === 'beslutad') {
    const datum = input.datum ?? today;
    const rows = [...(await catalogueOnDate(db, datum)).values()].map(withNummer).sort(byNummer);
    const beslut = await latestDecision(
      db,
      rows.map((r) => r.beslut_id!),
      settings.namndForkortning,
    );
    return { mode: 'beslutad', datum, versions: rows.map((row) => ({ row, nummer: row.nummer, changed: null })), beslut };
  }

  const inForce = await catalogueOnDate(db, today);
  const all = await db.selectFrom('insats_version').selectAll().orderBy('insats_id').orderBy('version_no', 'desc').execute();
  // Beside a catalogue in force, a draft the official never left as förslag is work in progress, not part of
  // the next revision. With nothing in force yet (a catalogue imported without its beslut) every draft is.
  const proposed = new Set((await db.selectFrom('status_event').select('version_id').where('to_status', '=', 'forslag').execute()).map((e) => e.version_id));
  const unproposed = (r: InsatsVersionRow) => inForce.size > 0 && r.status === 'utkast' && !proposed.has(r.id);
  const newest = new Map<number, InsatsVersionRow>();
  for (const r of all) {
    // Newest first: a rejected proposal does not replace what the nämnd decided before it.
    if (newest.has(r.insats_id) || r.status === 'avslagen' || unproposed(r)) continue;
    newest.set(r.insats_id, r);
  }
  const names = await nameLookup(db);
  const versions: CatalogueSelection['versions'] = [];
  for (const row of [...newest.values()]
    .filter((r) => r.status !== 'upphavd')
    .map(withNummer)
    .sort(byNummer)) {
    const current = inForce.get(row.insats_id);
    let changed: InsatsChange = null;
    if (!current) changed = 'ny';
    else if (current.id !== row.id && diffContent(parseContent(current), parseContent(row), names).length > 0) changed = 'andrad';
    versions.push({ row, nummer: row.nummer, changed });
  }
  const beslut = await latestDecision(
    db,
    [...inForce.values()].map((r) => r.beslut_id!),
    settings.namndForkortning,
  );
  return { mode: 'utkast', datum: today, versions, beslut };
}

/** Refuses a printout of a decided catalogue that holds nothing, with what to do instead. */
export function assertNotEmpty(selection: CatalogueSelection): void {
  if (selection.mode === 'beslutad' && selection.versions.length === 0) {
    throw new ServiceError(
      'refused',
      `Inga insatser gällde enligt beslut den ${selection.datum}. Välj ett datum då katalogen gällde, eller skriv ut utkastet till nästa revision.`,
    );
  }
}

/** A decision's metadata under the names of the document header (and of the portable format). */
export function headerBeslut(b: DecisionMeta) {
  return {
    beslutandeInstans: b.beslutandeInstans,
    datumForBeslut: b.beslutsdatum,
    diarienummer: b.diarienummer,
    paragraf: b.paragraf,
    gallerFor: b.gallerFor,
    giltigFran: b.giltigFran,
    giltigTill: b.giltigTill,
    reviderasSenast: b.reviderasSenast,
    dokumentansvarig: b.dokumentansvarig,
  };
}

/** The decision metadata as the portable format carries it: only for a decided catalogue. */
export function portableBeslut(selection: CatalogueSelection): PortableBeslut | null {
  const b = selection.beslut;
  if (selection.mode !== 'beslutad' || !b || !b.giltigFran) return null;
  return { typAvStyrdokument: b.typAvStyrdokument, ...headerBeslut(b), giltigFran: b.giltigFran };
}

export interface SelectedCatalogue {
  selection: CatalogueSelection;
  /** The portable catalogue of the selection: title from the document texts, decision metadata when decided. */
  catalogue: PortableCatalogue;
  /** Per insats of `catalogue.insatser`, in the same order: new or changed in a draft. */
  changes: InsatsChange[];
}

export async function selectedCatalogue(ctx: ServiceContext, input: SelectionInput): Promise<SelectedCatalogue> {
  const selection = await selectCatalogue(ctx, input);
  const exported = await exportCatalogue(ctx, { versionIds: selection.versions.map((v) => v.row.id) });
  // exportCatalogue orders the insatser by nummer as selectCatalogue does; the names confirm it.
  const names = selection.versions.map((v) => v.row.namn);
  if (exported.insatser.length !== names.length || exported.insatser.some((i, k) => i.content.namn !== names[k])) {
    throw new Error('Urvalet och den exporterade katalogen har olika ordning.');
  }
  const texts = await readDocumentTextsOf(ctx.db, selection.mode === 'beslutad' ? (selection.beslut?.beslutId ?? null) : null);
  return {
    selection,
    catalogue: { ...exported, titel: texts.titel, beslut: portableBeslut(selection) },
    changes: selection.versions.map((v) => v.changed),
  };
}
