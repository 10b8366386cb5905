// Insatser and their versions: create, edit drafts, new drafts from decided versions, list, search, diff.
import { sql } from 'kysely';
import { ServiceError } from '../../shared/api/envelope';
import type { CatalogueDates, CatalogueDiff, InsatsDetail, InsatsListFilter, InsatsListRow, VersionDto } from '../../shared/api/catalogue-contract';
import { insatsContentSchema, type InsatsContent } from '../../shared/domain/insats';
import { EDITABLE_STATUSES, type VersionStatus } from '../../shared/domain/status';
import { statusOnDate } from '../../shared/domain/lifecycle';
import { diffContent, searchableText, type FieldChange, type NameLookup } from '../../shared/domain/diff';
import { contentVersion, indexVersionText, searchInsatsIds } from '../database/dialect';
import type { InsatsVersionRow } from '../database/schema';
import { currentActor, recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';
import { effectiveStatuses } from './effective-status';
import { claimRevision } from './revision';

export async function nameLookupMaps(db: Trx) {
  const [sektorer, enheter, kategorier] = await Promise.all([
    // In the order they were made (the document's), stated: without ORDER BY an engine may pick any
    // order, and SQLite's choice changed when 0014 widened the rows (a covering index became cheaper).
    db.selectFrom('sektor').select(['id', 'namn']).orderBy('id').execute(),
    db.selectFrom('enhet').select(['id', 'namn', 'sektor_id']).orderBy('id').execute(),
    db.selectFrom('kategori').select(['id', 'namn']).orderBy('sortering').orderBy('id').execute(),
  ]);
  return {
    sektorer: new Map(sektorer.map((r) => [r.id, r.namn])),
    enheter: new Map(enheter.map((r) => [r.id, { namn: r.namn, sektorId: r.sektor_id }])),
    kategorier: new Map(kategorier.map((r) => [r.id, r.namn])),
  };
}

export async function nameLookup(db: Trx): Promise<NameLookup> {
  const maps = await nameLookupMaps(db);
  return {
    enhet: (id) => (id === null ? '' : (maps.enheter.get(id)?.namn ?? '')),
    kategori: (id) => (id === null ? '' : (maps.kategorier.get(id) ?? '')),
  };
}

export function parseContent(row: Pick<InsatsVersionRow, 'content_json'>): InsatsContent {
  return insatsContentSchema.parse(JSON.parse(row.content_json));
}

async function assertReferences(trx: Trx, content: InsatsContent): Promise<void> {
  if (content.enhetId !== null) {
    const e = await trx.selectFrom('enhet').select('id').where('id', '=', content.enhetId).executeTakeFirst();
    if (!e) throw new ServiceError('invalid_input', 'Den valda enheten finns inte.', [{ path: 'content.enhetId', message: 'Enheten finns inte.' }]);
  }
  if (content.kategoriId !== null) {
    const k = await trx.selectFrom('kategori').select('id').where('id', '=', content.kategoriId).executeTakeFirst();
    if (!k) throw new ServiceError('invalid_input', 'Den valda kategorin finns inte.', [{ path: 'content.kategoriId', message: 'Kategorin finns inte.' }]);
  }
}

/** Columns that mirror the content so the list can filter without parsing JSON. */
function indexedColumns(content: InsatsContent) {
  const ages = [content.malgruppAlder, ...content.villkor.filter((v) => v.typ === 'alder').map((v) => ({ min: v.alderMin, max: v.alderMax }))].filter(
    (r): r is { min: number | null; max: number | null } => r !== null && (r.min !== null || r.max !== null),
  );
  const mins = ages.map((r) => r.min).filter((v): v is number => v !== null);
  const maxes = ages.map((r) => r.max);
  return {
    namn: content.namn,
    enhet_id: content.enhetId,
    kategori_id: content.kategoriId,
    dokumentation_regim: content.dokumentation.regim,
    alder_min: mins.length ? Math.max(...mins) : null,
    alder_max: maxes.length && maxes.every((m) => m !== null) ? Math.min(...(maxes as number[])) : null,
    content_json: JSON.stringify(content),
  };
}

export async function recordStatusEvent(trx: Trx, versionId: number, from: VersionStatus | null, to: VersionStatus, at: string, reason = '') {
  await trx
    .insertInto('status_event')
    .values({ version_id: versionId, from_status: from, to_status: to, at, actor: await currentActor(trx), reason })
    .execute();
}

/** Inserts a version row with its search index; used by create, new draft and import. */
export async function insertVersion(
  trx: Trx,
  ctx: ServiceContext,
  insatsId: number,
  versionNo: number,
  content: InsatsContent,
  status: VersionStatus = 'utkast',
): Promise<number> {
  const at = ctx.now().toISOString();
  const row = await trx
    .insertInto('insats_version')
    .values({ insats_id: insatsId, version_no: versionNo, status, created_at: at, updated_at: at, beslut_id: null, ...indexedColumns(content) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await indexVersionText(trx, row.id, searchableText(content, await nameLookup(trx)));
  await recordStatusEvent(trx, row.id, null, status, at);
  return row.id;
}

/** One stored version, or the Swedish not_found error. */
export async function versionRow(db: Trx, versionId: number): Promise<InsatsVersionRow> {
  const row = await db.selectFrom('insats_version').selectAll().where('id', '=', versionId).executeTakeFirst();
  if (!row) throw new ServiceError('not_found', 'Versionen finns inte.');
  return row;
}

async function toVersionDto(db: Trx, ctx: ServiceContext, row: InsatsVersionRow): Promise<VersionDto> {
  const status = (await effectiveStatuses(db, [row], ctx.today())).get(row.id) ?? (row.status as VersionStatus);
  return {
    versionId: row.id,
    insatsId: row.insats_id,
    versionNo: row.version_no,
    status,
    editable: EDITABLE_STATUSES.includes(row.status as VersionStatus),
    revision: row.revision,
    content: parseContent(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getVersion(ctx: ServiceContext, input: { versionId: number }): Promise<VersionDto> {
  return toVersionDto(ctx.db, ctx, await versionRow(ctx.db, input.versionId));
}

/** Creates an insats with its first draft version inside the caller's transaction; returns the version id. */
export async function createInsatsInTrx(trx: Trx, ctx: ServiceContext, content: InsatsContent, nummer: string | null = null): Promise<number> {
  await assertReferences(trx, content);
  const insats = await trx.insertInto('insats').values({ nummer, created_at: ctx.now().toISOString() }).returning('id').executeTakeFirstOrThrow();
  const versionId = await insertVersion(trx, ctx, insats.id, 1, content);
  await recordAudit(trx, ctx, { entity: 'insats', entityId: insats.id, action: 'skapa', after: { versionId, content } });
  return versionId;
}

export function createInsats(ctx: ServiceContext, input: { content: InsatsContent }): Promise<VersionDto> {
  return write(ctx, async (trx) => toVersionDto(trx, ctx, await versionRow(trx, await createInsatsInTrx(trx, ctx, input.content))));
}

export function saveVersion(ctx: ServiceContext, input: { versionId: number; revision: number; content: InsatsContent }): Promise<VersionDto> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    if (!EDITABLE_STATUSES.includes(row.status as VersionStatus)) {
      throw new ServiceError(
        'refused',
        'Versionen kan inte ändras eftersom den har lämnats som förslag eller beslutats. Skapa en ny version för att göra ändringar.',
      );
    }
    await assertReferences(trx, input.content);
    await claimRevision(trx, { table: 'insats_version', id: row.id, audit: { entity: 'insats_version', entityId: row.id }, what: 'utkastet' }, input.revision);
    await trx
      .updateTable('insats_version')
      .set({ ...indexedColumns(input.content), updated_at: ctx.now().toISOString() })
      .where('id', '=', row.id)
      .execute();
    await indexVersionText(trx, row.id, searchableText(input.content, await nameLookup(trx)));
    await recordAudit(trx, ctx, {
      entity: 'insats_version',
      entityId: row.id,
      action: 'spara utkast',
      before: parseContent(row),
      after: input.content,
    });
    return toVersionDto(trx, ctx, await versionRow(trx, row.id));
  });
}

/** Hook for features that follow a version into its successor (the RKA is carried over for review). */
export type NewDraftHook = (trx: Trx, ctx: ServiceContext, fromVersionId: number, toVersionId: number) => Promise<void>;
const newDraftHooks: NewDraftHook[] = [];
export function onNewDraft(hook: NewDraftHook) {
  newDraftHooks.push(hook);
}

export function newDraft(ctx: ServiceContext, input: { insatsId: number }): Promise<VersionDto> {
  return write(ctx, async (trx) => {
    const versions = await trx.selectFrom('insats_version').selectAll().where('insats_id', '=', input.insatsId).orderBy('version_no', 'desc').execute();
    if (versions.length === 0) throw new ServiceError('not_found', 'Insatsen finns inte.');
    const open = versions.find((v) => ['utkast', 'aterremitterad', 'forslag', 'redo_for_beslut'].includes(v.status));
    if (open) {
      throw new ServiceError('conflict', `Insatsen har redan en version under arbete (version ${open.version_no}). Arbeta vidare i den.`);
    }
    const latest = versions[0];
    const content = { ...parseContent(latest), andringssammanfattning: '' };
    const versionId = await insertVersion(trx, ctx, input.insatsId, latest.version_no + 1, content);
    for (const hook of newDraftHooks) await hook(trx, ctx, latest.id, versionId);
    await recordAudit(trx, ctx, {
      entity: 'insats_version',
      entityId: versionId,
      action: 'ny version',
      after: { fromVersionId: latest.id, versionNo: latest.version_no + 1 },
    });
    return toVersionDto(trx, ctx, await versionRow(trx, versionId));
  });
}

export async function getInsats(ctx: ServiceContext, input: { insatsId: number }): Promise<InsatsDetail> {
  const insats = await ctx.db.selectFrom('insats').selectAll().where('id', '=', input.insatsId).executeTakeFirst();
  if (!insats) throw new ServiceError('not_found', 'Insatsen finns inte.');
  const rows = await ctx.db.selectFrom('insats_version').selectAll().where('insats_id', '=', insats.id).orderBy('version_no').execute();
  const statuses = await effectiveStatuses(ctx.db, rows, ctx.today());
  const events = await ctx.db
    .selectFrom('status_event')
    .innerJoin('insats_version', 'insats_version.id', 'status_event.version_id')
    .select(['insats_version.version_no as versionNo', 'from_status as fromStatus', 'to_status as toStatus', 'at', 'actor', 'reason'])
    .where('insats_version.insats_id', '=', insats.id)
    .orderBy('status_event.id')
    .execute();
  return {
    insatsId: insats.id,
    nummer: insats.nummer,
    versions: rows.map((r) => ({
      versionId: r.id,
      versionNo: r.version_no,
      status: statuses.get(r.id) ?? (r.status as VersionStatus),
      namn: r.namn,
      andringssammanfattning: parseContent(r).andringssammanfattning,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
    timeline: events,
  };
}

export async function diffVersions(ctx: ServiceContext, input: { fromVersionId: number; toVersionId: number }): Promise<FieldChange[]> {
  const [a, b] = await Promise.all([versionRow(ctx.db, input.fromVersionId), versionRow(ctx.db, input.toVersionId)]);
  return diffContent(parseContent(a), parseContent(b), await nameLookup(ctx.db));
}

const collator = new Intl.Collator('sv', { numeric: true });

/** Natural order of heading numbers: 3.1.10 after 3.1.9. */
export function compareNummer(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

/**
 * The unfiltered list (one row per insats: its newest version, the names it refers to, the version
 * in force today), sorted. Reused until the database changes or the day turns: typing in the search
 * box or switching a filter then costs only the search itself. The covering index
 * insats_version_list (0006) keeps the build itself off the wide content_json rows.
 */
const listCache = new WeakMap<object, { key: string; rows: InsatsListRow[] }>();

async function allListRows(ctx: ServiceContext): Promise<InsatsListRow[]> {
  const today = ctx.today();
  const version = contentVersion(ctx.sqlite);
  const key = version === null ? null : `${today}|${version}`;
  const cached = listCache.get(ctx.db);
  if (key !== null && cached?.key === key) return cached.rows;
  const [rows, inForce, names] = await Promise.all([
    ctx.db
      .selectFrom('insats as i')
      .innerJoin('insats_version as v', 'v.insats_id', 'i.id')
      .leftJoin('beslut as b', 'b.id', 'v.beslut_id')
      .select([
        'v.id',
        'v.insats_id',
        'v.version_no',
        'v.status',
        'v.namn',
        'v.enhet_id',
        'v.kategori_id',
        'v.dokumentation_regim',
        'v.alder_min',
        'v.alder_max',
        'v.updated_at',
        'i.nummer',
        'b.giltig_fran',
        'b.giltig_till',
      ])
      // `+` keeps SQLite on the covering index (insats_id first) rather than the unique key, whose
      // rows are the wide ones.
      .where(sql<number>`+v.version_no`, '=', (eb) =>
        eb
          .selectFrom('insats_version as w')
          .select((w) => w.fn.max('w.version_no').as('m'))
          .whereRef('w.insats_id', '=', 'i.id'),
      )
      .execute(),
    inForceVersionNos(ctx.db, today),
    nameLookupMaps(ctx.db),
  ]);
  const result = rows.map((r): InsatsListRow => {
    const enhet = r.enhet_id === null ? undefined : names.enheter.get(r.enhet_id);
    // Frozen: the same row objects are handed out until the next write.
    return Object.freeze({
      insatsId: r.insats_id,
      versionId: r.id,
      versionNo: r.version_no,
      nummer: r.nummer,
      namn: r.namn,
      // The newest version is never superseded, so its status follows from its own decision's dates.
      status: statusOnDate({
        decidedStatus: r.status as VersionStatus,
        giltigFran: r.giltig_fran,
        giltigTill: r.giltig_till,
        today,
        superseded: false,
        revoked: false,
      }),
      gallandeVersionNo: inForce.get(r.insats_id) ?? null,
      sektorId: enhet?.sektorId ?? null,
      sektorNamn: enhet ? (names.sektorer.get(enhet.sektorId) ?? null) : null,
      enhetId: r.enhet_id,
      enhetNamn: enhet?.namn ?? null,
      kategoriId: r.kategori_id,
      kategoriNamn: r.kategori_id === null ? null : (names.kategorier.get(r.kategori_id) ?? null),
      regim: r.dokumentation_regim as InsatsListRow['regim'],
      alderMin: r.alder_min,
      alderMax: r.alder_max,
      updatedAt: r.updated_at,
    });
  });
  result.sort((a, b) => compareNummer(a.nummer, b.nummer) || collator.compare(a.namn, b.namn) || a.insatsId - b.insatsId);
  if (key !== null) listCache.set(ctx.db, { key, rows: result });
  return result;
}

/** The Katalog list: filters, and full-text search over every text field of every version. */
export async function listInsatser(ctx: ServiceContext, filter: InsatsListFilter): Promise<InsatsListRow[]> {
  const sok = filter.sok?.trim();
  // A hit in any version counts for the insats: a term taken out of a new draft still finds the
  // insats whose decided version has it.
  const [rows, hits] = await Promise.all([allListRows(ctx), sok ? searchInsatsIds(ctx.db, sok) : Promise.resolve(null)]);
  const { enhetId, sektorId, kategoriId, regim, alder, status } = filter;
  return rows.filter(
    (r) =>
      (hits === null || hits.has(r.insatsId)) &&
      (!enhetId || r.enhetId === enhetId) &&
      (!sektorId || r.sektorId === sektorId) &&
      (!kategoriId || r.kategoriId === kategoriId) &&
      (!regim || r.regim === regim) &&
      (alder === undefined || ((r.alderMin === null || r.alderMin <= alder) && (r.alderMax === null || r.alderMax >= alder))) &&
      // "Gällande" also finds an insats whose in-force version has a newer draft being worked on.
      (!status || r.status === status || (status === 'gallande' && r.gallandeVersionNo != null)),
  );
}

/** Per insats, the number of the version in force on a date (the highest such version wins). */
async function inForceVersionNos(db: Trx, date: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('beslut as b')
    // CROSS JOIN makes SQLite start from the few decisions and use insats_version_beslut.
    .crossJoin('insats_version as v')
    .whereRef('v.beslut_id', '=', 'b.id')
    .select(['v.insats_id', (eb) => eb.fn.max('v.version_no').as('no')])
    .where('b.utfall', '=', 'bifall')
    .where('b.giltig_fran', '<=', date)
    .where((eb) => eb.or([eb('b.giltig_till', 'is', null), eb('b.giltig_till', '>=', date)]))
    .where('v.status', 'not in', ['upphavd'])
    .groupBy('v.insats_id')
    .execute();
  return new Map(rows.map((r) => [r.insats_id, Number(r.no)]));
}

/**
 * The version of each insats that was in force on a date (decided, valid, not yet superseded). A
 * revoked (upphävd) version counts until the day it was revoked, so comparing across a revocation
 * shows the insats as removed.
 */
export async function catalogueOnDate(db: Trx, date: string): Promise<Map<number, InsatsVersionRow>> {
  const rows = await db
    .selectFrom('insats_version as v')
    .innerJoin('beslut as b', 'b.id', 'v.beslut_id')
    .selectAll('v')
    .select((eb) =>
      eb
        .selectFrom('status_event as e')
        .select((e) => e.fn.min('e.at').as('at'))
        .whereRef('e.version_id', '=', 'v.id')
        .where('e.to_status', '=', 'upphavd')
        .as('upphavd_at'),
    )
    .where('b.utfall', '=', 'bifall')
    .where('b.giltig_fran', '<=', date)
    .where((eb) => eb.or([eb('b.giltig_till', 'is', null), eb('b.giltig_till', '>=', date)]))
    .orderBy('v.version_no')
    .execute();
  const byInsats = new Map<number, InsatsVersionRow>();
  for (const { upphavd_at, ...r } of rows) {
    if (r.status === 'upphavd' && (!upphavd_at || upphavd_at.slice(0, 10) <= date)) continue;
    byInsats.set(r.insats_id, r); // highest version_no wins
  }
  return byInsats;
}

/** The catalogue as decided on two dates: insatser added, removed and changed (field by field). */
export async function diffCatalogueDates(ctx: ServiceContext, input: { fromDate: string; toDate: string }): Promise<CatalogueDiff> {
  const [a, b, names, nummer] = await Promise.all([
    catalogueOnDate(ctx.db, input.fromDate),
    catalogueOnDate(ctx.db, input.toDate),
    nameLookup(ctx.db),
    ctx.db.selectFrom('insats').select(['id', 'nummer']).execute(),
  ]);
  const nummerOf = new Map(nummer.map((r) => [r.id, r.nummer]));
  const entry = (v: InsatsVersionRow) => ({
    insatsId: v.insats_id,
    nummer: nummerOf.get(v.insats_id) ?? null,
    namn: v.namn,
    versionId: v.id,
    versionNo: v.version_no,
  });
  const byNummer = <T extends { nummer: string | null; namn: string }>(x: T, y: T) => compareNummer(x.nummer, y.nummer) || collator.compare(x.namn, y.namn);
  const added = [...b.values()]
    .filter((v) => !a.has(v.insats_id))
    .map(entry)
    .sort(byNummer);
  const removed = [...a.values()]
    .filter((v) => !b.has(v.insats_id))
    .map(entry)
    .sort(byNummer);
  const changed: CatalogueDiff['changed'] = [];
  let unchanged = 0;
  for (const v of b.values()) {
    const before = a.get(v.insats_id);
    if (!before) continue;
    const changes = before.id === v.id ? [] : diffContent(parseContent(before), parseContent(v), names);
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    changed.push({ ...entry(v), fromVersionId: before.id, fromVersionNo: before.version_no, fromNamn: before.namn, changes });
  }
  return { fromDate: input.fromDate, toDate: input.toDate, added, removed, changed: changed.sort(byNummer), unchanged };
}

/** Today and the decisions that brought versions into force, newest first, for the date comparison. */
export async function catalogueDates(ctx: ServiceContext): Promise<CatalogueDates> {
  const rows = await ctx.db
    .selectFrom('beslut as b')
    .innerJoin('arende as a', 'a.id', 'b.arende_id')
    .innerJoin('insats_version as v', 'v.beslut_id', 'b.id')
    .select(['b.id', 'a.diarienummer', 'b.paragraf', 'b.beslutsdatum', 'b.giltig_fran', (eb) => eb.fn.count<number>('v.id').as('n')])
    .where('b.utfall', '=', 'bifall')
    .where('b.giltig_fran', 'is not', null)
    .groupBy('b.id')
    .orderBy('b.giltig_fran', 'desc')
    .orderBy('b.id', 'desc')
    .execute();
  return {
    today: ctx.today(),
    beslut: rows.map((r) => ({
      beslutId: r.id,
      diarienummer: r.diarienummer,
      paragraf: r.paragraf,
      beslutsdatum: r.beslutsdatum,
      giltigFran: r.giltig_fran!,
      insatser: Number(r.n),
    })),
  };
}
