// Risk- och konsekvensanalys (RKA) of an insats version whose documentation regime is 14 kap. 5 § SoL:
// read with what is missing, save while the version is a draft, mark complete, open again, print.
// It follows the insats through its versions: a new draft gets a copy flagged for review (never silently
// reused), an imported 14:5 insats gets a draft holding its "Bedömning särskilda skäl", and the portable
// export carries the conclusion back out.
import { ServiceError } from '../../shared/api/envelope';
import type { GeneratedFile } from '../../shared/api/files';
import type { RkaDto } from '../../shared/api/rka-contract';
import {
  emptyRka,
  highRiskConfirmation,
  highRiskIds,
  rkaContentSchema,
  rkaMissingSections,
  RKA_SECTION_LABELS,
  type RkaContent,
} from '../../shared/domain/rka';
import { EDITABLE_STATUSES, type VersionStatus } from '../../shared/domain/status';
import { reachesUnder18 } from '../../shared/rules/check-insats';
import type { InsatsVersionRow } from '../database/schema';
import { buildRkaReport } from '../exports/rka-report';
import { renderPdf } from '../exports/render-pdf';
import { renderDocx } from '../exports/render-docx';
import { recordAudit } from './audit';
import { nameLookupMaps, onNewDraft, parseContent, versionRow } from './catalogue';
import { write, type ServiceContext, type Trx } from './context';
import { effectiveStatuses } from './effective-status';
import { generatedFile } from './files';
import { onExportInsats, onImportedInsats } from './portable';
import { readRka, type StoredRka } from './rka-read';
import { readSettings } from './settings';
import { claimRevision } from './revision';

const applies = (row: InsatsVersionRow) => row.dokumentation_regim === '14:5';
const editable = (row: InsatsVersionRow) => applies(row) && EDITABLE_STATUSES.includes(row.status as VersionStatus);

/** The version the analysis was carried over from: the nearest earlier version of the insats that has one. */
async function carriedFrom(db: Trx, row: InsatsVersionRow): Promise<number | null> {
  const earlier = await db
    .selectFrom('insats_version as v')
    .innerJoin('rka', 'rka.version_id', 'v.id')
    .select('v.version_no')
    .where('v.insats_id', '=', row.insats_id)
    .where('v.version_no', '<', row.version_no)
    .orderBy('v.version_no', 'desc')
    .executeTakeFirst();
  return earlier?.version_no ?? null;
}

async function toDto(db: Trx, ctx: ServiceContext, row: InsatsVersionRow, stored: StoredRka | null): Promise<RkaDto> {
  const content = stored?.content ?? emptyRka();
  const under18 = reachesUnder18(parseContent(row));
  const status = (await effectiveStatuses(db, [row], ctx.today())).get(row.id) ?? (row.status as VersionStatus);
  return {
    versionId: row.id,
    insatsId: row.insats_id,
    versionNo: row.version_no,
    insatsNamn: row.namn,
    versionStatus: status,
    applies: applies(row),
    editable: editable(row),
    exists: stored !== null,
    content,
    complete: stored?.complete ?? false,
    needsReview: stored?.needsReview ?? false,
    flaggedOn: stored?.flaggedOn ?? null,
    carriedFromVersionNo: stored?.needsReview ? await carriedFrom(db, row) : null,
    updatedAt: stored?.updatedAt ?? null,
    revision: stored?.revision ?? 0,
    reachesUnder18: under18,
    missing: rkaMissingSections(content, { reachesUnder18: under18 }),
  };
}

async function readDto(db: Trx, ctx: ServiceContext, versionId: number): Promise<RkaDto> {
  const row = await versionRow(db, versionId);
  return toDto(db, ctx, row, await readRka(db, versionId));
}

/** Refuses a change unless the version is a draft documented under 14 kap. 5 §. */
function assertEditable(row: InsatsVersionRow): void {
  if (!applies(row)) {
    throw new ServiceError(
      'refused',
      'Versionen dokumenteras inte enligt 14 kap. 5 §. En risk- och konsekvensanalys behövs bara för undantag enligt 14 kap. 5 §; välj den dokumentationen för insatsen först.',
    );
  }
  if (!EDITABLE_STATUSES.includes(row.status as VersionStatus)) {
    throw new ServiceError(
      'refused',
      'Analysen kan inte ändras eftersom versionen har lämnats som förslag eller beslutats. Skapa en ny version av insatsen för att göra ändringar.',
    );
  }
}

export function getRka(ctx: ServiceContext, input: { versionId: number }): Promise<RkaDto> {
  return readDto(ctx.db, ctx, input.versionId);
}

export function saveRka(ctx: ServiceContext, input: { versionId: number; revision?: number; content: RkaContent }): Promise<RkaDto> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    assertEditable(row);
    const before = await readRka(trx, row.id);
    if (before?.complete) {
      throw new ServiceError('refused', 'Analysen är markerad som klar. Öppna den igen för att ändra den.');
    }
    const content = rkaContentSchema.parse(input.content);
    const at = ctx.now().toISOString();
    // Revision 0: the analysis did not exist when the form was opened; someone who created it meanwhile wins.
    if (before && input.revision !== undefined) {
      await claimRevision(trx, { table: 'rka', id: before.id, audit: { entity: 'rka', entityId: before.id }, what: 'analysen' }, input.revision);
    }
    if (before) {
      await trx
        .updateTable('rka')
        .set({ content_json: JSON.stringify(content), updated_at: at })
        .where('id', '=', before.id)
        .execute();
    } else {
      await trx
        .insertInto('rka')
        .values({ version_id: row.id, content_json: JSON.stringify(content), complete: 0, needs_review: 0, flagged_on: null, created_at: at, updated_at: at })
        .execute();
    }
    const after = (await readRka(trx, row.id))!;
    await recordAudit(trx, ctx, {
      entity: 'rka',
      entityId: after.id,
      action: before ? 'spara analys' : 'skapa analys',
      before: before ? { versionId: row.id, content: before.content } : undefined,
      after: { versionId: row.id, content },
    });
    return toDto(trx, ctx, row, after);
  });
}

/** The missing sections as one Swedish sentence list, for the refusal. */
function missingMessage(missing: RkaDto['missing']): string {
  return `Analysen kan inte markeras som klar förrän allt är ifyllt. Det här saknas: ${missing
    .map((m) => `${RKA_SECTION_LABELS[m.section]}: ${m.message}`)
    .join(' ')}`;
}

export function completeRka(ctx: ServiceContext, input: { versionId: number; atgarderRacker?: boolean }): Promise<RkaDto> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    assertEditable(row);
    const before = await readRka(trx, row.id);
    const missing = rkaMissingSections(before?.content ?? emptyRka(), { reachesUnder18: reachesUnder18(parseContent(row)) });
    if (!before || missing.length > 0) {
      throw new ServiceError(
        'refused',
        missingMessage(missing),
        missing.map((m) => ({ path: m.section, message: m.message })),
      );
    }
    if (before.complete) throw new ServiceError('conflict', 'Analysen är redan markerad som klar.');
    const question = highRiskConfirmation(before.content.risker);
    if (question && !input.atgarderRacker) {
      throw new ServiceError('refused', `${question} Bekräfta det innan analysen markeras som klar.`, [{ path: 'risker', message: 'Bekräfta åtgärderna.' }]);
    }
    await trx
      .updateTable('rka')
      .set({ complete: 1, needs_review: 0, flagged_on: null, updated_at: ctx.now().toISOString() })
      .where('id', '=', before.id)
      .execute();
    await recordAudit(trx, ctx, {
      entity: 'rka',
      entityId: before.id,
      action: before.needsReview ? 'granskad och markerad som klar' : 'markera som klar',
      before: { versionId: row.id, complete: false, needsReview: before.needsReview, flaggedOn: before.flaggedOn },
      after: {
        versionId: row.id,
        complete: true,
        needsReview: false,
        ...(question ? { atgarderRacker: true, hogaRisker: highRiskIds(before.content.risker) } : {}),
      },
    });
    return readDto(trx, ctx, row.id);
  });
}

export function reopenRka(ctx: ServiceContext, input: { versionId: number }): Promise<RkaDto> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    assertEditable(row);
    const before = await readRka(trx, row.id);
    if (!before?.complete) throw new ServiceError('conflict', 'Analysen är inte markerad som klar; den kan redan ändras.');
    await trx.updateTable('rka').set({ complete: 0, updated_at: ctx.now().toISOString() }).where('id', '=', before.id).execute();
    await recordAudit(trx, ctx, {
      entity: 'rka',
      entityId: before.id,
      action: 'öppna igen',
      before: { versionId: row.id, complete: true },
      after: { versionId: row.id, complete: false },
    });
    return readDto(trx, ctx, row.id);
  });
}

/** The diarienummer of the newest ärende the version belongs to, if any. */
async function diarienummer(db: Trx, versionId: number): Promise<string | null> {
  const arende = await db
    .selectFrom('arende_version as av')
    .innerJoin('arende as a', 'a.id', 'av.arende_id')
    .select('a.diarienummer')
    .where('av.version_id', '=', versionId)
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
  return arende?.diarienummer ?? null;
}

export async function exportRka(ctx: ServiceContext, input: { versionId: number; format: 'pdf' | 'docx' }): Promise<GeneratedFile> {
  const db = ctx.db;
  const row = await versionRow(db, input.versionId);
  const stored = await readRka(db, row.id);
  if (!stored) throw new ServiceError('not_found', 'Versionen har ingen sparad risk- och konsekvensanalys att skriva ut. Spara analysen först.');
  const dto = await toDto(db, ctx, row, stored);
  const [settings, maps, insats, dnr] = await Promise.all([
    readSettings(db),
    nameLookupMaps(db),
    db.selectFrom('insats').select('nummer').where('id', '=', row.insats_id).executeTakeFirst(),
    diarienummer(db, row.id),
  ]);
  const grupp =
    (row.enhet_id !== null ? maps.enheter.get(row.enhet_id)?.namn : undefined) ??
    (row.kategori_id !== null ? maps.kategorier.get(row.kategori_id) : undefined) ??
    null;
  const varningar: string[] = [];
  if (dto.needsReview) {
    varningar.push(
      `Insatsen har ändrats i en ny version. Analysen har förts över${dto.carriedFromVersionNo ? ` från version ${dto.carriedFromVersionNo}` : ''} som utkast och ska granskas igen.`,
    );
  }
  if (!dto.applies) varningar.push('Versionen dokumenteras inte längre enligt 14 kap. 5 §; analysen gäller inte för den.');
  const model = buildRkaReport({
    kommun: settings.kommun,
    namnd: settings.namnd,
    insatsNamn: row.namn,
    insatsNummer: insats?.nummer ?? null,
    grupp,
    version: `Version ${row.version_no}`,
    diarienummer: dnr,
    rka: stored.content,
    reachesUnder18: dto.reachesUnder18,
    missing: dto.missing,
    varningar,
    draft: !stored.complete,
  });
  const bytes = input.format === 'docx' ? await renderDocx(model) : await renderPdf(model, { creationDate: ctx.now() });
  return generatedFile(`Risk- och konsekvensanalys ${row.namn} version ${row.version_no}`, input.format, bytes);
}

// ---- following the insats through its versions, imports and exports ----

/**
 * A new draft of the insats gets a copy of the analysis as a draft flagged for review: the insats may have
 * changed in ways that change the weighing, so it is never silently reused. The old version's analysis is
 * left as it was.
 */
export async function carryOverRka(trx: Trx, ctx: ServiceContext, fromVersionId: number, toVersionId: number): Promise<void> {
  const from = await readRka(trx, fromVersionId);
  if (!from) return;
  const at = ctx.now().toISOString();
  const flaggedOn = ctx.today();
  const inserted = await trx
    .insertInto('rka')
    .values({
      version_id: toVersionId,
      content_json: JSON.stringify(from.content),
      complete: 0,
      needs_review: 1,
      flagged_on: flaggedOn,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, {
    entity: 'rka',
    entityId: inserted.id,
    action: 'överförd för granskning',
    after: { versionId: toVersionId, fromVersionId, fromRkaId: from.id, complete: false, needsReview: true, flaggedOn },
  });
}

/** An imported 14:5 insats with a "Bedömning särskilda skäl" gets an analysis draft whose conclusion is that text. */
export async function rkaFromImport(
  trx: Trx,
  ctx: ServiceContext,
  versionId: number,
  insats: { content: { dokumentation: { regim: string } }; bedomningSarskildaSkal?: string },
): Promise<void> {
  const text = insats.bedomningSarskildaSkal?.trim() ?? '';
  if (insats.content.dokumentation.regim !== '14:5' || !text) return;
  // The document's paragraph states the särskilda skäl: it belongs in the analysis's särskilda skäl
  // section (so the app does not block for skäl the document gives) and stays the catalogue's
  // "Bedömning särskilda skäl" as the conclusion; the rules compare the two (doc-14-5-rka-no-grounds).
  const content: RkaContent = { ...emptyRka(), sarskildaSkal: { val: [], egenText: text }, avvagning: { utfall: null, text } };
  const at = ctx.now().toISOString();
  const inserted = await trx
    .insertInto('rka')
    .values({ version_id: versionId, content_json: JSON.stringify(content), complete: 0, needs_review: 0, flagged_on: null, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, { entity: 'rka', entityId: inserted.id, action: 'skapa analys från import', after: { versionId, content } });
}

/** The portable export carries the analysis's conclusion as "Bedömning särskilda skäl". */
export async function rkaForExport(db: Trx, versionId: number): Promise<{ bedomningSarskildaSkal?: string }> {
  const row = await db.selectFrom('insats_version').select('dokumentation_regim').where('id', '=', versionId).executeTakeFirst();
  if (row?.dokumentation_regim !== '14:5') return {};
  const stored = await readRka(db, versionId);
  const text = stored?.content.avvagning.text.trim() ?? '';
  return text ? { bedomningSarskildaSkal: text } : {};
}

onNewDraft(carryOverRka);
onImportedInsats(rkaFromImport);
onExportInsats(rkaForExport);
