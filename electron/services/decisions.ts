// Sammanträden, ärenden with diarienummer and §, and the nämnd's beslut with their consequences for
// the insats versions they concern.
import { ServiceError } from '../../shared/api/envelope';
import type { ArendeDto, BeslutDto, SammantradeDto, VersionDecisionDto } from '../../shared/api/decisions-contract';
import { formatDiarienummer, nextSequence, parseDiarienummer } from '../../shared/domain/diarienummer';
import { justeringDeadline, overklagandeTidSlut, parseSeason, vunnitLagaKraft } from '../../shared/domain/protokoll';
import type { VersionStatus } from '../../shared/domain/status';
import type { BeslutRow } from '../database/schema';
import { recordAudit } from './audit';
import { recordStatusEvent } from './catalogue';
import { write, type ServiceContext, type Trx } from './context';
import { readSettings } from './settings';
import { effectiveStatuses } from './effective-status';
import { isBusyError } from '../database/sqlite-dialect';

export function beteckning(diarienummer: string, forkortning: string, paragraf: number | null): string {
  return paragraf === null ? diarienummer : `${diarienummer} ${forkortning ? `${forkortning} ` : ''}§ ${paragraf}`.replace(/\s+/g, ' ');
}

async function toBeslutDto(db: Trx, ctx: ServiceContext, row: BeslutRow, arende: { diarienummer: string; paragraf: number | null; sammantrade_id: number | null }): Promise<BeslutDto> {
  const settings = await readSettings(db);
  const meeting = arende.sammantrade_id
    ? await db.selectFrom('sammantrade').selectAll().where('id', '=', arende.sammantrade_id).executeTakeFirst()
    : undefined;
  const tasks = await db.selectFrom('aterrapportering').selectAll().where('beslut_id', '=', row.id).orderBy('due_to').execute();
  const anslag = meeting?.anslagsdatum ?? null;
  return {
    id: row.id,
    arendeId: row.arende_id,
    utfall: row.utfall as BeslutDto['utfall'],
    beslutsdatum: row.beslutsdatum,
    beslutandeInstans: row.beslutande_instans,
    beslutstext: row.beslutstext,
    motivering: row.motivering,
    giltigFran: row.giltig_fran,
    giltigTill: row.giltig_till,
    reviderasSenast: row.revideras_senast,
    dokumentansvarig: row.dokumentansvarig,
    typAvStyrdokument: row.typ_av_styrdokument,
    gallerFor: row.galler_for,
    franDiarium: row.fran_diarium === 1,
    overklagad: row.overklagad === 1,
    beteckning: beteckning(arende.diarienummer, settings.namndForkortning, arende.paragraf),
    overklagandeTidSlut: anslag ? overklagandeTidSlut(anslag) : null,
    // A decision taken from the diarium (already in force when imported) counts as laga kraft.
    vunnitLagaKraft: row.fran_diarium === 1 || (anslag !== null && vunnitLagaKraft({ anslagsdatum: anslag, today: ctx.today(), overklagad: row.overklagad === 1 })),
    lasst: row.fran_diarium === 1 || meeting?.status === 'justerat',
    uppgifter: tasks.map((t) => ({ id: t.id, text: t.text, dueFrom: t.due_from, dueTo: t.due_to, done: t.done === 1 })),
  };
}

export async function readArende(db: Trx, ctx: ServiceContext, arendeId: number): Promise<ArendeDto> {
  const a = await db.selectFrom('arende').selectAll().where('id', '=', arendeId).executeTakeFirst();
  if (!a) throw new ServiceError('not_found', 'Ärendet finns inte.');
  const meeting = a.sammantrade_id
    ? await db.selectFrom('sammantrade').select(['datum', 'status']).where('id', '=', a.sammantrade_id).executeTakeFirst()
    : undefined;
  const versions = await db
    .selectFrom('arende_version as av')
    .innerJoin('insats_version as v', 'v.id', 'av.version_id')
    .selectAll('v')
    .where('av.arende_id', '=', a.id)
    .orderBy('v.namn')
    .execute();
  const statuses = await effectiveStatuses(db, versions, ctx.today());
  const beslut = await db.selectFrom('beslut').selectAll().where('arende_id', '=', a.id).executeTakeFirst();
  return {
    id: a.id,
    diarienummer: a.diarienummer,
    rubrik: a.rubrik,
    beskrivning: a.beskrivning,
    handlaggare: a.handlaggare,
    beslutsunderlag: splitLines(a.beslutsunderlag),
    expedierasTill: splitLines(a.expedieras_till),
    skapad: a.created_at.slice(0, 10),
    sammantradeId: a.sammantrade_id,
    sammantradesdatum: meeting?.datum ?? null,
    sammantradeStatus: (meeting?.status as ArendeDto['sammantradeStatus']) ?? null,
    paragraf: a.paragraf,
    versioner: versions.map((v) => ({ versionId: v.id, insatsId: v.insats_id, versionNo: v.version_no, namn: v.namn, status: statuses.get(v.id) ?? v.status })),
    beslut: beslut ? await toBeslutDto(db, ctx, beslut, a) : null,
  };
}

const splitLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const joinLines = (lines: readonly string[]) => lines.map((l) => l.trim()).filter(Boolean).join('\n');

export async function listArenden(ctx: ServiceContext): Promise<ArendeDto[]> {
  const rows = await ctx.db.selectFrom('arende').select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return Promise.all(rows.map((r) => readArende(ctx.db, ctx, r.id)));
}

async function readSammantrade(db: Trx, ctx: ServiceContext, id: number): Promise<SammantradeDto> {
  const m = await db.selectFrom('sammantrade').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw new ServiceError('not_found', 'Sammanträdet finns inte.');
  const arenden = await db.selectFrom('arende').select('id').where('sammantrade_id', '=', id).orderBy('paragraf').execute();
  return {
    id: m.id,
    datum: m.datum,
    namnd: m.namnd,
    status: m.status as SammantradeDto['status'],
    justeringsdatum: m.justeringsdatum,
    justeringSenast: justeringDeadline(m.datum),
    justeringForsenad: m.status !== 'justerat' && ctx.today() > justeringDeadline(m.datum),
    anslagsdatum: m.anslagsdatum,
    overklagandeTidSlut: m.anslagsdatum ? overklagandeTidSlut(m.anslagsdatum) : null,
    ordforande: m.ordforande,
    justerare: m.justerare,
    arenden: await Promise.all(arenden.map((a) => readArende(db, ctx, a.id))),
  };
}

export async function listSammantraden(ctx: ServiceContext): Promise<SammantradeDto[]> {
  const rows = await ctx.db.selectFrom('sammantrade').select('id').orderBy('datum', 'desc').execute();
  return Promise.all(rows.map((r) => readSammantrade(ctx.db, ctx, r.id)));
}

export function createSammantrade(ctx: ServiceContext, input: { datum: string; namnd?: string }) {
  return write(ctx, async (trx) => {
    const settings = await readSettings(trx);
    const row = await trx
      .insertInto('sammantrade')
      .values({ datum: input.datum, namnd: input.namnd || settings.namnd, justeringsdatum: null, anslagsdatum: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'sammantrade', entityId: row.id, action: 'skapa', after: input });
    return readSammantrade(trx, ctx, row.id);
  });
}

export function updateSammantrade(
  ctx: ServiceContext,
  input: { id: number; status?: SammantradeDto['status']; justeringsdatum?: string | null; anslagsdatum?: string | null; ordforande?: string; justerare?: string },
) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('sammantrade').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Sammanträdet finns inte.');
    if (before.status === 'justerat' && input.status !== undefined && input.status !== 'justerat') {
      throw new ServiceError('refused', 'Protokollet är justerat och kan inte öppnas igen. En rättelse görs genom ett nytt beslut.');
    }
    if (before.status === 'justerat') {
      // The justerade protocol is fixed; only the anslag (announced after justering) may still be recorded.
      const changed = (['justeringsdatum', 'ordforande', 'justerare'] as const).filter((k) => input[k] !== undefined && input[k] !== before[k]);
      if (changed.length > 0) throw new ServiceError('refused', 'Protokollet är justerat; justeringsdatum, ordförande och justerare kan inte ändras.');
    }
    const next = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    if (next.status === 'justerat' && !next.justeringsdatum) {
      throw new ServiceError('invalid_input', 'Ange justeringsdatum innan protokollet markeras som justerat.', [{ path: 'justeringsdatum', message: 'Ange justeringsdatum.' }]);
    }
    if (next.justeringsdatum && next.justeringsdatum < before.datum) {
      throw new ServiceError('invalid_input', 'Justeringsdatum kan inte vara före sammanträdet.', [{ path: 'justeringsdatum', message: 'Före sammanträdet.' }]);
    }
    if (next.anslagsdatum && next.justeringsdatum && next.anslagsdatum < next.justeringsdatum) {
      throw new ServiceError('invalid_input', 'Anslaget kan inte ske före justeringen.', [{ path: 'anslagsdatum', message: 'Före justeringen.' }]);
    }
    await trx
      .updateTable('sammantrade')
      .set({ status: next.status, justeringsdatum: next.justeringsdatum, anslagsdatum: next.anslagsdatum, ordforande: next.ordforande, justerare: next.justerare })
      .where('id', '=', input.id)
      .execute();
    await recordAudit(trx, ctx, { entity: 'sammantrade', entityId: input.id, action: 'uppdatera', before, after: next });
    return readSammantrade(trx, ctx, input.id);
  });
}

async function usedNumbers(trx: Trx): Promise<string[]> {
  return (await trx.selectFrom('arende').select('diarienummer').execute()).map((r) => r.diarienummer);
}

export async function suggestDiarienummer(ctx: ServiceContext, input: { year?: number }): Promise<{ diarienummer: string }> {
  const settings = await readSettings(ctx.db);
  const year = input.year ?? Number(ctx.today().slice(0, 4));
  const seq = nextSequence(settings.diarienummerMonster, year, await usedNumbers(ctx.db));
  return { diarienummer: formatDiarienummer(settings.diarienummerMonster, year, seq) };
}

function isUniqueViolation(error: unknown): boolean {
  return String((error as { code?: string })?.code ?? '').startsWith('SQLITE_CONSTRAINT_UNIQUE');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function createArende(
  ctx: ServiceContext,
  input: { diarienummer?: string; rubrik: string; beskrivning: string; handlaggare: string; versionIds: number[] },
): Promise<ArendeDto> {
  // Another window or process may take the same number between our read and our insert: the UNIQUE
  // constraint refuses the second one, and a suggested number is then simply recomputed. A process
  // whose snapshot went stale while the other one wrote gets SQLITE_BUSY(_SNAPSHOT): it starts over too.
  const deadline = Date.now() + 10_000;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    try {
      return await createArendeOnce(ctx, input);
    } catch (error) {
      const typed = input.diarienummer?.trim();
      if (isUniqueViolation(error) && typed) throw new ServiceError('conflict', `Diarienumret ${typed} används redan av ett annat ärende.`);
      if (!isUniqueViolation(error) && !isBusyError(error)) throw error;
      await pause(2 + Math.floor(Math.random() * 10 * Math.min(attempt + 1, 10)));
    }
  }
  throw new ServiceError('busy', 'Kunde inte ge ärendet ett diarienummer just nu. Försök igen.');
}

function createArendeOnce(ctx: ServiceContext, input: { diarienummer?: string; rubrik: string; beskrivning: string; handlaggare: string; versionIds: number[] }) {
  // BEGIN IMMEDIATE would be the textbook way; the retry loop above gives the same guarantee with Kysely's
  // deferred transactions, and the UNIQUE constraint on diarienummer is the last word either way.
  return write(ctx, async (trx) => {
    const settings = await readSettings(trx);
    const typed = input.diarienummer?.trim();
    let diarienummer: string;
    let year: number | null = null;
    let seq: number | null = null;
    if (typed) {
      const existing = await trx.selectFrom('arende').select('id').where('diarienummer', '=', typed).executeTakeFirst();
      if (existing) throw new ServiceError('conflict', `Diarienumret ${typed} används redan av ett annat ärende.`);
      diarienummer = typed;
      const parsed = parseDiarienummer(settings.diarienummerMonster, typed);
      if (parsed) ({ year, seq } = parsed);
    } else {
      year = Number(ctx.today().slice(0, 4));
      seq = nextSequence(settings.diarienummerMonster, year, await usedNumbers(trx));
      diarienummer = formatDiarienummer(settings.diarienummerMonster, year, seq);
    }
    const row = await trx
      .insertInto('arende')
      .values({
        diarienummer,
        dnr_year: year,
        dnr_seq: seq,
        rubrik: input.rubrik,
        beskrivning: input.beskrivning,
        handlaggare: input.handlaggare,
        sammantrade_id: null,
        paragraf: null,
        // The app's injected "today" is the ärende's date (the tjänsteskrivelse's); the clock gives the time.
        created_at: `${ctx.today()}T${ctx.now().toISOString().slice(11)}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await linkVersions(trx, row.id, input.versionIds);
    await recordAudit(trx, ctx, { entity: 'arende', entityId: row.id, action: 'skapa', after: { ...input, diarienummer } });
    return readArende(trx, ctx, row.id);
  });
}

async function linkVersions(trx: Trx, arendeId: number, versionIds: readonly number[]) {
  for (const versionId of new Set(versionIds)) {
    const v = await trx.selectFrom('insats_version').select(['id', 'status']).where('id', '=', versionId).executeTakeFirst();
    if (!v) throw new ServiceError('not_found', 'En av de valda insatsversionerna finns inte.');
    await trx.insertInto('arende_version').values({ arende_id: arendeId, version_id: versionId }).execute();
  }
}

export function updateArende(
  ctx: ServiceContext,
  input: { arendeId: number; rubrik?: string; beskrivning?: string; handlaggare?: string; beslutsunderlag?: string[]; expedierasTill?: string[]; versionIds?: number[] },
) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Ärendet finns inte.');
    const meeting = before.sammantrade_id ? await trx.selectFrom('sammantrade').select('status').where('id', '=', before.sammantrade_id).executeTakeFirst() : undefined;
    if (meeting?.status === 'justerat') throw new ServiceError('refused', 'Protokollet är justerat och ärendet kan inte ändras. En rättelse görs genom ett nytt beslut.');
    if (input.versionIds) {
      const beslut = await trx.selectFrom('beslut').select('id').where('arende_id', '=', before.id).executeTakeFirst();
      if (beslut) throw new ServiceError('refused', 'Beslutet är registrerat; vilka insatser ärendet omfattar kan inte längre ändras.');
      await trx.deleteFrom('arende_version').where('arende_id', '=', before.id).execute();
      await linkVersions(trx, before.id, input.versionIds);
    }
    await trx
      .updateTable('arende')
      .set({
        rubrik: input.rubrik ?? before.rubrik,
        beskrivning: input.beskrivning ?? before.beskrivning,
        handlaggare: input.handlaggare ?? before.handlaggare,
        beslutsunderlag: input.beslutsunderlag ? joinLines(input.beslutsunderlag) : before.beslutsunderlag,
        expedieras_till: input.expedierasTill ? joinLines(input.expedierasTill) : before.expedieras_till,
      })
      .where('id', '=', before.id)
      .execute();
    await recordAudit(trx, ctx, { entity: 'arende', entityId: before.id, action: 'uppdatera', before, after: input });
    return readArende(trx, ctx, before.id);
  });
}

type MeetingRow = { id: number; datum: string; namnd: string; status: string };

/** The §§ already used in the nämnd's year, with the ärende and meeting that hold each. */
async function paragrafsOfYear(trx: Trx, meeting: MeetingRow) {
  return trx
    .selectFrom('arende')
    .innerJoin('sammantrade', 'sammantrade.id', 'arende.sammantrade_id')
    .select(['arende.id', 'arende.paragraf', 'arende.diarienummer', 'arende.rubrik', 'sammantrade.id as sammantradeId', 'sammantrade.datum'])
    .where('sammantrade.datum', 'like', `${meeting.datum.slice(0, 4)}-%`)
    .where('sammantrade.namnd', '=', meeting.namnd)
    .where('arende.paragraf', 'is not', null)
    .execute();
}

/** §§ are numbered in order within the nämnd's year, as protocols are: the next one follows the highest used. */
async function nextParagraf(trx: Trx, meeting: MeetingRow): Promise<number> {
  const used = await paragrafsOfYear(trx, meeting);
  return used.reduce((max, r) => Math.max(max, r.paragraf ?? 0), 0) + 1;
}

/** Refuses a § that another ärende of the same meeting, or of the nämnd's year, already has. */
async function checkParagrafFree(trx: Trx, meeting: MeetingRow, paragraf: number, arendeId: number) {
  const used = (await paragrafsOfYear(trx, meeting)).filter((r) => r.id !== arendeId);
  const taken = used.find((r) => r.paragraf === paragraf);
  if (!taken) return;
  const next = used.reduce((max, r) => Math.max(max, r.paragraf ?? 0), 0) + 1;
  const where = taken.sammantradeId === meeting.id ? `på samma sammanträde (${taken.datum})` : `på sammanträdet ${taken.datum}; paragraferna numreras löpande under året`;
  throw new ServiceError('conflict', `§ ${paragraf} används redan av ärende ${taken.diarienummer} (${taken.rubrik}) ${where}. Nästa lediga paragraf är § ${next}.`, [
    { path: 'paragraf', message: `§ ${paragraf} är upptagen.` },
  ]);
}

async function openMeeting(trx: Trx, sammantradeId: number) {
  const meeting = await trx.selectFrom('sammantrade').selectAll().where('id', '=', sammantradeId).executeTakeFirst();
  if (!meeting) throw new ServiceError('not_found', 'Sammanträdet finns inte.');
  return meeting;
}

export async function suggestParagraf(ctx: ServiceContext, input: { sammantradeId: number }): Promise<{ paragraf: number }> {
  return { paragraf: await nextParagraf(ctx.db, await openMeeting(ctx.db, input.sammantradeId)) };
}

function paragrafConflict(error: unknown, paragraf: number): never {
  if (isUniqueViolation(error)) throw new ServiceError('conflict', `§ ${paragraf} används redan på sammanträdet. Välj en annan paragraf.`, [{ path: 'paragraf', message: 'Upptagen.' }]);
  throw error;
}

export function scheduleArende(ctx: ServiceContext, input: { arendeId: number; sammantradeId: number; paragraf?: number }) {
  return write(ctx, async (trx) => {
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
    const meeting = await openMeeting(trx, input.sammantradeId);
    if (meeting.status === 'justerat') throw new ServiceError('refused', 'Protokollet för sammanträdet är justerat; inga fler ärenden kan läggas till.');
    if (arende.sammantrade_id !== null) throw new ServiceError('conflict', 'Ärendet står redan på ett sammanträdes dagordning.');
    // The secretary may set the § (earlier §§ of the year may not be in the app); otherwise the next free one.
    const paragraf = input.paragraf ?? (await nextParagraf(trx, meeting));
    await checkParagrafFree(trx, meeting, paragraf, arende.id);
    await trx
      .updateTable('arende')
      .set({ sammantrade_id: meeting.id, paragraf })
      .where('id', '=', arende.id)
      .execute()
      .catch((e) => paragrafConflict(e, paragraf));
    await recordAudit(trx, ctx, { entity: 'arende', entityId: arende.id, action: 'lägg på dagordning', after: { sammantradeId: meeting.id, paragraf } });
    return readArende(trx, ctx, arende.id);
  });
}

export function setParagraf(ctx: ServiceContext, input: { arendeId: number; paragraf: number }) {
  return write(ctx, async (trx) => {
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
    if (arende.sammantrade_id === null) throw new ServiceError('refused', 'Ärendet står inte på någon dagordning; lägg det på ett sammanträde först.');
    const meeting = await openMeeting(trx, arende.sammantrade_id);
    if (meeting.status === 'justerat') throw new ServiceError('refused', 'Protokollet är justerat; paragrafen kan inte ändras.');
    await checkParagrafFree(trx, meeting, input.paragraf, arende.id);
    await trx
      .updateTable('arende')
      .set({ paragraf: input.paragraf })
      .where('id', '=', arende.id)
      .execute()
      .catch((e) => paragrafConflict(e, input.paragraf));
    await recordAudit(trx, ctx, { entity: 'arende', entityId: arende.id, action: 'ändra paragraf', before: { paragraf: arende.paragraf }, after: { paragraf: input.paragraf } });
    return readArende(trx, ctx, arende.id);
  });
}

export function unscheduleArende(ctx: ServiceContext, input: { arendeId: number }) {
  return write(ctx, async (trx) => {
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
    if (arende.sammantrade_id === null) return readArende(trx, ctx, arende.id);
    const beslut = await trx.selectFrom('beslut').select('id').where('arende_id', '=', arende.id).executeTakeFirst();
    if (beslut) throw new ServiceError('refused', 'Ärendet har ett registrerat beslut och kan inte tas bort från dagordningen.');
    const meeting = await openMeeting(trx, arende.sammantrade_id);
    if (meeting.status === 'justerat') throw new ServiceError('refused', 'Protokollet är justerat; dagordningen kan inte ändras.');
    await trx.updateTable('arende').set({ sammantrade_id: null, paragraf: null }).where('id', '=', arende.id).execute();
    await recordAudit(trx, ctx, { entity: 'arende', entityId: arende.id, action: 'ta bort från dagordning', before: { sammantradeId: arende.sammantrade_id, paragraf: arende.paragraf } });
    return readArende(trx, ctx, arende.id);
  });
}

export type RecordBeslutInput = {
  arendeId: number;
  utfall: 'bifall' | 'aterremiss' | 'avslag';
  beslutsdatum: string;
  beslutandeInstans: string;
  beslutstext: string;
  motivering: string;
  giltigFran: string | null;
  giltigTill: string | null;
  reviderasSenast: string | null;
  dokumentansvarig: string;
  typAvStyrdokument: string;
  gallerFor: string;
};

const OUTCOME_STATUS: Record<RecordBeslutInput['utfall'], VersionStatus> = { bifall: 'beslutad', aterremiss: 'aterremitterad', avslag: 'avslagen' };

/** Records the nämnd's beslut in an ärende and moves its versions; `franDiarium` for decisions taken before the app. */
export async function recordBeslutInTrx(trx: Trx, ctx: ServiceContext, input: RecordBeslutInput, options: { franDiarium?: boolean } = {}): Promise<number> {
  const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
  if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
  if (!options.franDiarium && arende.sammantrade_id === null) {
    throw new ServiceError('refused', 'Lägg ärendet på ett sammanträdes dagordning innan beslutet registreras.');
  }
  const existing = await trx.selectFrom('beslut').select('id').where('arende_id', '=', arende.id).executeTakeFirst();
  if (existing) throw new ServiceError('conflict', 'Ärendet har redan ett beslut. En rättelse görs genom ett nytt beslut i ett nytt ärende.');
  const versions = await trx
    .selectFrom('arende_version as av')
    .innerJoin('insats_version as v', 'v.id', 'av.version_id')
    .select(['v.id', 'v.status', 'v.namn'])
    .where('av.arende_id', '=', arende.id)
    .execute();
  if (input.utfall === 'bifall' && versions.length === 0) throw new ServiceError('refused', 'Ärendet omfattar inga insatser att besluta om.');
  const notReady = versions.filter((v) => v.status !== 'redo_for_beslut');
  if (notReady.length > 0 && !options.franDiarium) {
    throw new ServiceError(
      'refused',
      `Bara versioner som är redo för beslut kan beslutas. Inte redo: ${notReady.map((v) => v.namn).join(', ')}.`,
    );
  }
  const row = await trx
    .insertInto('beslut')
    .values({
      arende_id: arende.id,
      utfall: input.utfall,
      beslutsdatum: input.beslutsdatum,
      beslutande_instans: input.beslutandeInstans,
      beslutstext: input.beslutstext,
      motivering: input.motivering,
      giltig_fran: input.utfall === 'bifall' ? input.giltigFran : null,
      giltig_till: input.utfall === 'bifall' ? input.giltigTill : null,
      revideras_senast: input.utfall === 'bifall' ? input.reviderasSenast : null,
      dokumentansvarig: input.dokumentansvarig,
      typ_av_styrdokument: input.typAvStyrdokument,
      galler_for: input.gallerFor,
      fran_diarium: options.franDiarium ? 1 : 0,
      created_at: ctx.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const to = OUTCOME_STATUS[input.utfall];
  const at = ctx.now().toISOString();
  for (const v of versions) {
    await trx
      .updateTable('insats_version')
      .set({ status: to, beslut_id: input.utfall === 'bifall' ? row.id : null, updated_at: at })
      .where('id', '=', v.id)
      .execute();
    await recordStatusEvent(trx, v.id, v.status as VersionStatus, to, at, input.utfall === 'aterremiss' ? input.motivering : `Beslut ${arende.diarienummer}`);
  }
  await recordAudit(trx, ctx, { entity: 'beslut', entityId: row.id, action: 'registrera', after: { ...input, versionIds: versions.map((v) => v.id) } });
  return row.id;
}

export function recordBeslut(ctx: ServiceContext, input: RecordBeslutInput) {
  return write(ctx, async (trx) => {
    await recordBeslutInTrx(trx, ctx, input);
    return readArende(trx, ctx, input.arendeId);
  });
}

export type UpdateBeslutInput = Omit<RecordBeslutInput, 'arendeId'> & { beslutId: number };

/** Corrects a beslut while the protocol is not justerat; a changed outcome moves the versions again. */
export function updateBeslut(ctx: ServiceContext, input: UpdateBeslutInput) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('beslut').selectAll().where('id', '=', input.beslutId).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Beslutet finns inte.');
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', before.arende_id).executeTakeFirstOrThrow();
    const meeting = arende.sammantrade_id ? await openMeeting(trx, arende.sammantrade_id) : undefined;
    if (before.fran_diarium === 1 || meeting?.status === 'justerat') {
      throw new ServiceError('refused', 'Protokollet är justerat och beslutet kan inte ändras. En rättelse görs genom ett nytt beslut i ett nytt ärende.');
    }
    const bifall = input.utfall === 'bifall';
    if (input.utfall !== before.utfall) {
      const previous = OUTCOME_STATUS[before.utfall as RecordBeslutInput['utfall']];
      const versions = await trx
        .selectFrom('arende_version as av')
        .innerJoin('insats_version as v', 'v.id', 'av.version_id')
        .select(['v.id', 'v.status', 'v.namn'])
        .where('av.arende_id', '=', arende.id)
        .execute();
      const moved = versions.filter((v) => v.status !== previous);
      if (moved.length > 0) {
        throw new ServiceError('refused', `Utfallet kan inte längre ändras: ${moved.map((v) => v.namn).join(', ')} har ändrats sedan beslutet. Registrera ett nytt beslut i ett nytt ärende.`);
      }
      const to = OUTCOME_STATUS[input.utfall];
      const at = ctx.now().toISOString();
      for (const v of versions) {
        await trx.updateTable('insats_version').set({ status: to, beslut_id: bifall ? before.id : null, updated_at: at }).where('id', '=', v.id).execute();
        await recordStatusEvent(trx, v.id, previous, to, at, `Rättat beslut ${arende.diarienummer}${input.utfall === 'aterremiss' ? `: ${input.motivering}` : ''}`);
      }
    }
    await trx
      .updateTable('beslut')
      .set({
        utfall: input.utfall,
        beslutsdatum: input.beslutsdatum,
        beslutande_instans: input.beslutandeInstans,
        beslutstext: input.beslutstext,
        motivering: input.motivering,
        giltig_fran: bifall ? input.giltigFran : null,
        giltig_till: bifall ? input.giltigTill : null,
        revideras_senast: bifall ? input.reviderasSenast : null,
        dokumentansvarig: input.dokumentansvarig,
        typ_av_styrdokument: input.typAvStyrdokument,
        galler_for: input.gallerFor,
      })
      .where('id', '=', before.id)
      .execute();
    await recordAudit(trx, ctx, { entity: 'beslut', entityId: before.id, action: 'rätta', before, after: input });
    return readArende(trx, ctx, arende.id);
  });
}

/** The decision that covers a version, and every ärende the version has been part of (newest first). */
export async function decisionForVersion(ctx: ServiceContext, input: { versionId: number }): Promise<VersionDecisionDto> {
  const db = ctx.db;
  const version = await db.selectFrom('insats_version').select(['id', 'beslut_id']).where('id', '=', input.versionId).executeTakeFirst();
  if (!version) throw new ServiceError('not_found', 'Versionen finns inte.');
  const links = await db
    .selectFrom('arende_version as av')
    .innerJoin('arende as a', 'a.id', 'av.arende_id')
    .select('a.id')
    .where('av.version_id', '=', input.versionId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  const arenden = await Promise.all(links.map((l) => readArende(db, ctx, l.id)));
  const { namndForkortning } = await readSettings(db);
  const coveringArende = version.beslut_id === null ? undefined : arenden.find((a) => a.beslut?.id === version.beslut_id);
  return {
    covering: coveringArende?.beslut ? { ...coveringArende.beslut, diarienummer: coveringArende.diarienummer, rubrik: coveringArende.rubrik } : null,
    arenden: arenden.map((a) => ({
      arendeId: a.id,
      diarienummer: a.diarienummer,
      rubrik: a.rubrik,
      sammantradesdatum: a.sammantradesdatum,
      paragraf: a.paragraf,
      utfall: a.beslut?.utfall ?? null,
      beteckning: beteckning(a.diarienummer, namndForkortning, a.paragraf),
      motivering: a.beslut?.motivering ?? '',
    })),
  };
}

async function beslutArende(trx: Trx, beslutId: number) {
  const row = await trx
    .selectFrom('beslut as b')
    .innerJoin('arende as a', 'a.id', 'b.arende_id')
    .leftJoin('sammantrade as s', 's.id', 'a.sammantrade_id')
    .select(['b.id', 'b.arende_id', 's.status'])
    .where('b.id', '=', beslutId)
    .executeTakeFirst();
  if (!row) throw new ServiceError('not_found', 'Beslutet finns inte.');
  return row;
}

export function setOverklagad(ctx: ServiceContext, input: { beslutId: number; overklagad: boolean }) {
  return write(ctx, async (trx) => {
    const row = await beslutArende(trx, input.beslutId);
    await trx.updateTable('beslut').set({ overklagad: input.overklagad ? 1 : 0 }).where('id', '=', input.beslutId).execute();
    await recordAudit(trx, ctx, { entity: 'beslut', entityId: input.beslutId, action: input.overklagad ? 'överklagat' : 'inte överklagat' });
    return readArende(trx, ctx, row.arende_id);
  });
}

export function addTask(ctx: ServiceContext, input: { beslutId: number; text: string; due: string }) {
  return write(ctx, async (trx) => {
    const row = await beslutArende(trx, input.beslutId);
    const range = parseSeason(input.due.trim());
    if (!range) {
      throw new ServiceError('invalid_input', 'Förstod inte datumet. Skriv ett datum (2026-10-01), en månad (mars 2026) eller en period (hösten 2026).', [
        { path: 'due', message: 'Okänt datum eller period.' },
      ]);
    }
    const task = await trx
      .insertInto('aterrapportering')
      .values({ beslut_id: input.beslutId, text: input.text, due_from: range.from, due_to: range.to })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'aterrapportering', entityId: task.id, action: 'skapa', after: { ...input, ...range } });
    return readArende(trx, ctx, row.arende_id);
  });
}

export function completeTask(ctx: ServiceContext, input: { taskId: number; done: boolean }) {
  return write(ctx, async (trx) => {
    const task = await trx.selectFrom('aterrapportering').selectAll().where('id', '=', input.taskId).executeTakeFirst();
    if (!task) throw new ServiceError('not_found', 'Uppgiften finns inte.');
    await trx.updateTable('aterrapportering').set({ done: input.done ? 1 : 0 }).where('id', '=', task.id).execute();
    await recordAudit(trx, ctx, { entity: 'aterrapportering', entityId: task.id, action: input.done ? 'klar' : 'inte klar', before: task });
    const b = await trx.selectFrom('beslut').select('arende_id').where('id', '=', task.beslut_id).executeTakeFirstOrThrow();
    return readArende(trx, ctx, b.arende_id);
  });
}
