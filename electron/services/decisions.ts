// Sammanträden, ärenden with diarienummer and §, and the nämnd's beslut with their consequences for
// the insats versions they concern. An ärende may be handled at several sammanträden: each beslut keeps the
// sammanträde and § it was taken at; an återremiss frees the ärende for a later meeting (same diarienummer,
// new §), and the final beslut (bifall or avslag) closes it.
import { findBlanketExemption } from '../../shared/rules/blanket-exemption';
import { ServiceError } from '../../shared/api/envelope';
import { SLUTLIGA_UTFALL, UTFALL_LABELS, type ArendeDto, type BeslutDto, type SammantradeDto, type VersionDecisionDto } from '../../shared/api/decisions-contract';
import { beteckning } from '../../shared/domain/beslut';
import { formatDiarienummer, nextSequence, parseDiarienummer } from '../../shared/domain/diarienummer';
import { justeringDeadline, overklagandeTidSlut, parseSeason, vunnitLagaKraft } from '../../shared/domain/protokoll';
import { STATUS_LABELS, type VersionStatus } from '../../shared/domain/status';
import type { BeslutRow } from '../database/schema';
import { recordAudit } from './audit';
import { recordStatusEvent } from './catalogue';
import { write, type ServiceContext, type Trx } from './context';
import { readSettings } from './settings';
import { effectiveStatuses } from './effective-status';
import { isBusyError } from '../database/sqlite-dialect';

const isFinal = (utfall: string) => (SLUTLIGA_UTFALL as readonly string[]).includes(utfall);

type MeetingOfBeslut = { datum: string; status: string; anslagsdatum: string | null } | undefined;

/** Every beslut in an ärende with the sammanträde it was taken at, oldest first. */
async function beslutOfArende(db: Trx, arendeId: number) {
  const rows = await db
    .selectFrom('beslut as b')
    .leftJoin('sammantrade as s', 's.id', 'b.sammantrade_id')
    .selectAll('b')
    .select(['s.datum as sammantradesdatum', 's.status as sammantradeStatus', 's.anslagsdatum as anslagsdatum'])
    .where('b.arende_id', '=', arendeId)
    .orderBy('b.id')
    .execute();
  return rows;
}

/** A beslut is read-only once its own sammanträde's protocol is justerat (or it was taken before the app). */
const beslutLocked = (row: { fran_diarium: number }, meeting: MeetingOfBeslut) => row.fran_diarium === 1 || meeting?.status === 'justerat';

async function toBeslutDto(db: Trx, ctx: ServiceContext, row: BeslutRow, meeting: MeetingOfBeslut, diarienummer: string, forkortning: string): Promise<BeslutDto> {
  const tasks = await db.selectFrom('aterrapportering').selectAll().where('beslut_id', '=', row.id).orderBy('due_to').execute();
  const anslag = meeting?.anslagsdatum ?? null;
  return {
    id: row.id,
    arendeId: row.arende_id,
    sammantradeId: row.sammantrade_id,
    sammantradesdatum: meeting?.datum ?? null,
    paragraf: row.paragraf,
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
    beteckning: beteckning(diarienummer, forkortning, row.paragraf),
    overklagandeTidSlut: anslag ? overklagandeTidSlut(anslag) : null,
    // A decision taken from the diarium (already in force when imported) counts as laga kraft.
    vunnitLagaKraft: row.fran_diarium === 1 || (anslag !== null && vunnitLagaKraft({ anslagsdatum: anslag, today: ctx.today(), overklagad: row.overklagad === 1 })),
    lasst: beslutLocked(row, meeting),
    uppgifter: tasks.map((t) => ({ id: t.id, text: t.text, dueFrom: t.due_from, dueTo: t.due_to, done: t.done === 1 })),
  };
}

function meetingOf(row: { sammantradesdatum: string | null; sammantradeStatus: string | null; anslagsdatum: string | null }): MeetingOfBeslut {
  return row.sammantradesdatum === null ? undefined : { datum: row.sammantradesdatum, status: row.sammantradeStatus ?? 'planerat', anslagsdatum: row.anslagsdatum };
}

/** What a version still needs before the nämnd can decide on it again, in words; null when it is ready. */
function versionHinder(v: { namn: string; version_no?: number; versionNo?: number; status: string }): string | null {
  if (v.status === 'redo_for_beslut') return null;
  const namn = `${v.namn} (version ${v.versionNo ?? v.version_no})`;
  const label = (STATUS_LABELS[v.status as VersionStatus] ?? v.status).toLocaleLowerCase('sv-SE');
  switch (v.status) {
    case 'aterremitterad':
      return `${namn} är ${label}: arbeta om den i Katalog, lämna den som förslag och markera den redo för beslut.`;
    case 'utkast':
      return `${namn} är ett utkast: lämna den som förslag och markera den redo för beslut.`;
    case 'forslag':
      return `${namn} är ett förslag: markera den redo för beslut när kontrollen saknar spärrar.`;
    default:
      return `${namn} är ${label} och kan inte beslutas i ärendet: ta bort den ur ärendet eller välj en ny version.`;
  }
}

export async function readArende(db: Trx, ctx: ServiceContext, arendeId: number): Promise<ArendeDto> {
  const a = await db.selectFrom('arende').selectAll().where('id', '=', arendeId).executeTakeFirst();
  if (!a) throw new ServiceError('not_found', 'Ärendet finns inte.');
  const settings = await readSettings(db);
  const pending = a.sammantrade_id
    ? await db.selectFrom('sammantrade').select(['id', 'datum', 'status']).where('id', '=', a.sammantrade_id).executeTakeFirst()
    : undefined;
  const versions = await db
    .selectFrom('arende_version as av')
    .innerJoin('insats_version as v', 'v.id', 'av.version_id')
    .selectAll('v')
    .where('av.arende_id', '=', a.id)
    .orderBy('v.namn')
    .execute();
  const statuses = await effectiveStatuses(db, versions, ctx.today());
  const rows = await beslutOfArende(db, a.id);
  const historik = await Promise.all(rows.map((r) => toBeslutDto(db, ctx, r, meetingOf(r), a.diarienummer, settings.namndForkortning)));
  const final = historik.find((b) => isFinal(b.utfall)) ?? null;
  const finalRow = rows.find((r) => isFinal(r.utfall));
  const last = historik.at(-1) ?? null;

  const hinder: ArendeDto['planering']['hinder'] = [];
  const about = (text: string) => ({ text, versionId: null, insatsId: null });
  if (final) hinder.push(about(`Ärendet är avgjort (${UTFALL_LABELS[final.utfall].toLocaleLowerCase('sv-SE')} ${final.beteckning}) och kan inte läggas på en dagordning igen.`));
  else if (pending) hinder.push(about(`Ärendet står redan på dagordningen för sammanträdet ${pending.datum} § ${a.paragraf}.`));
  else if (last) {
    // Back from an återremiss: the nämnd takes it up again only with a reworked proposal that is redo för beslut.
    if (versions.length === 0) hinder.push(about('Ärendet omfattar inga insatser. Välj insatser under Ändra ärendet.'));
    for (const v of versions) {
      const text = versionHinder({ ...v, status: statuses.get(v.id) ?? v.status });
      if (text) hinder.push({ text, versionId: v.id, insatsId: v.insats_id });
    }
  }
  return {
    id: a.id,
    diarienummer: a.diarienummer,
    rubrik: a.rubrik,
    beskrivning: a.beskrivning,
    handlaggare: a.handlaggare,
    beslutsunderlag: splitLines(a.beslutsunderlag),
    expedierasTill: splitLines(a.expedieras_till),
    skapad: a.created_at.slice(0, 10),
    sammantradeId: pending ? a.sammantrade_id : (final?.sammantradeId ?? null),
    sammantradesdatum: pending ? pending.datum : (final?.sammantradesdatum ?? null),
    sammantradeStatus: ((pending ? pending.status : finalRow?.sammantradeStatus) ?? null) as ArendeDto['sammantradeStatus'],
    paragraf: pending ? a.paragraf : (final?.paragraf ?? null),
    versioner: versions.map((v) => ({ versionId: v.id, insatsId: v.insats_id, versionNo: v.version_no, namn: v.namn, status: statuses.get(v.id) ?? v.status })),
    beslut: final,
    historik,
    planering: { mojlig: hinder.length === 0, hinder, senareAn: last?.sammantradesdatum ?? last?.beslutsdatum ?? null },
  };
}

/** Lists (beslutsunderlag, expedieras till) are stored one item per line, on the ärende and in the justerade protocol. */
export const splitLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const joinLines = (lines: readonly string[]) => lines.map((l) => l.trim()).filter(Boolean).join('\n');

export async function listArenden(ctx: ServiceContext): Promise<ArendeDto[]> {
  const rows = await ctx.db.selectFrom('arende').select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return Promise.all(rows.map((r) => readArende(ctx.db, ctx, r.id)));
}

async function readSammantrade(db: Trx, ctx: ServiceContext, id: number): Promise<SammantradeDto> {
  const m = await db.selectFrom('sammantrade').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw new ServiceError('not_found', 'Sammanträdet finns inte.');
  const settings = await readSettings(db);
  const awaited = await db.selectFrom('arende').select(['id', 'diarienummer', 'rubrik', 'paragraf']).where('sammantrade_id', '=', id).execute();
  const decided = await db
    .selectFrom('beslut as b')
    .innerJoin('arende as a', 'a.id', 'b.arende_id')
    .selectAll('b')
    .select(['a.diarienummer', 'a.rubrik as arendeRubrik'])
    .where('b.sammantrade_id', '=', id)
    .execute();
  const meeting: MeetingOfBeslut = { datum: m.datum, status: m.status, anslagsdatum: m.anslagsdatum };
  const paragrafer: SammantradeDto['paragrafer'] = [
    ...awaited.map((a) => ({ paragraf: a.paragraf, arendeId: a.id, diarienummer: a.diarienummer, rubrik: a.rubrik, beslut: null })),
    ...(await Promise.all(
      decided.map(async (b) => ({
        paragraf: b.paragraf,
        arendeId: b.arende_id,
        diarienummer: b.diarienummer,
        // The rubrik as the justerade protocol has it.
        rubrik: b.rubrik ?? b.arendeRubrik,
        beslut: await toBeslutDto(db, ctx, b, meeting, b.diarienummer, settings.namndForkortning),
      })),
    )),
  ].sort((x, y) => (x.paragraf ?? Infinity) - (y.paragraf ?? Infinity) || x.arendeId - y.arendeId);
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
    paragrafer,
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
    if (next.status === 'justerat' && before.status !== 'justerat') await freezeTexts(trx, input.id);
    await recordAudit(trx, ctx, { entity: 'sammantrade', entityId: input.id, action: 'uppdatera', before, after: next });
    return readSammantrade(trx, ctx, input.id);
  });
}

/**
 * The ärende's texts that a § prints follow the ärende until the protocol is justerat, and are kept in the
 * beslut from then on: an ärende reworked after an återremiss does not change the justerade §.
 */
async function freezeTexts(trx: Trx, sammantradeId: number) {
  const rows = await trx
    .selectFrom('beslut as b')
    .innerJoin('arende as a', 'a.id', 'b.arende_id')
    .select(['b.id', 'a.rubrik', 'a.beskrivning', 'a.beslutsunderlag', 'a.expedieras_till'])
    .where('b.sammantrade_id', '=', sammantradeId)
    .where('b.rubrik', 'is', null)
    .execute();
  for (const r of rows) {
    await trx
      .updateTable('beslut')
      .set({ rubrik: r.rubrik, beskrivning: r.beskrivning, beslutsunderlag: r.beslutsunderlag, expedieras_till: r.expedieras_till })
      .where('id', '=', r.id)
      .execute();
  }
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
    const final = (await beslutOfArende(trx, before.id)).find((b) => isFinal(b.utfall));
    if (meeting?.status === 'justerat' || (final && beslutLocked(final, meetingOf(final)))) {
      throw new ServiceError('refused', 'Protokollet är justerat och ärendet kan inte ändras. En rättelse görs genom ett nytt beslut.');
    }
    if (input.versionIds) {
      // After an återremiss the reworked proposal may cover other versions; after the final beslut it may not.
      if (final) throw new ServiceError('refused', 'Beslutet är registrerat; vilka insatser ärendet omfattar kan inte längre ändras.');
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

/** Who holds a §: an ärende awaiting its beslut on the agenda, or a beslut taken at it. */
type ParagrafOwner = { kind: 'arende' | 'beslut'; id: number };

/**
 * The §§ already used in the nämnd's year, with the ärende and meeting that hold each: the places of ärenden
 * awaiting a beslut and the §§ of the beslut taken (an återremiss keeps its § after the ärende has moved on).
 */
async function paragrafsOfYear(trx: Trx, meeting: MeetingRow) {
  const year = `${meeting.datum.slice(0, 4)}-%`;
  const awaited = await trx
    .selectFrom('arende')
    .innerJoin('sammantrade', 'sammantrade.id', 'arende.sammantrade_id')
    .select(['arende.id', 'arende.paragraf', 'arende.diarienummer', 'arende.rubrik', 'sammantrade.id as sammantradeId', 'sammantrade.datum'])
    .where('sammantrade.datum', 'like', year)
    .where('sammantrade.namnd', '=', meeting.namnd)
    .where('arende.paragraf', 'is not', null)
    .execute();
  const decided = await trx
    .selectFrom('beslut')
    .innerJoin('arende', 'arende.id', 'beslut.arende_id')
    .innerJoin('sammantrade', 'sammantrade.id', 'beslut.sammantrade_id')
    .select(['beslut.id', 'beslut.paragraf', 'arende.diarienummer', 'arende.rubrik', 'sammantrade.id as sammantradeId', 'sammantrade.datum'])
    .where('sammantrade.datum', 'like', year)
    .where('sammantrade.namnd', '=', meeting.namnd)
    .where('beslut.paragraf', 'is not', null)
    .execute();
  return [
    ...awaited.map((r) => ({ ...r, owner: { kind: 'arende', id: r.id } as ParagrafOwner })),
    ...decided.map((r) => ({ ...r, owner: { kind: 'beslut', id: r.id } as ParagrafOwner })),
  ];
}

/** §§ are numbered in order within the nämnd's year, as protocols are: the next one follows the highest used. */
async function nextParagraf(trx: Trx, meeting: MeetingRow): Promise<number> {
  const used = await paragrafsOfYear(trx, meeting);
  return used.reduce((max, r) => Math.max(max, r.paragraf ?? 0), 0) + 1;
}

/** Refuses a § that another ärende or beslut of the same meeting, or of the nämnd's year, already has. */
async function checkParagrafFree(trx: Trx, meeting: MeetingRow, paragraf: number, self: ParagrafOwner | null) {
  const used = (await paragrafsOfYear(trx, meeting)).filter((r) => !self || r.owner.kind !== self.kind || r.owner.id !== self.id);
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

/** The UNIQUE constraints and the triggers of 0007 are the last word on a § used twice on a meeting. */
function paragrafConflict(error: unknown, paragraf: number): never {
  const code = String((error as { code?: string })?.code ?? '');
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_TRIGGER') {
    throw new ServiceError('conflict', `§ ${paragraf} används redan på sammanträdet. Välj en annan paragraf.`, [{ path: 'paragraf', message: 'Upptagen.' }]);
  }
  throw error;
}

export function scheduleArende(ctx: ServiceContext, input: { arendeId: number; sammantradeId: number; paragraf?: number }) {
  return write(ctx, async (trx) => {
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
    const meeting = await openMeeting(trx, input.sammantradeId);
    if (meeting.status === 'justerat') throw new ServiceError('refused', 'Protokollet för sammanträdet är justerat; inga fler ärenden kan läggas till.');
    if (arende.sammantrade_id !== null) throw new ServiceError('conflict', 'Ärendet står redan på ett sammanträdes dagordning.');
    const current = await readArende(trx, ctx, arende.id);
    const last = current.historik.at(-1);
    if (current.beslut) throw new ServiceError('refused', current.planering.hinder.map((h) => h.text).join(' '));
    if (last) {
      // Back from an återremiss: a later sammanträde, and a reworked proposal that is redo för beslut again.
      const after = last.sammantradesdatum ?? last.beslutsdatum;
      if (meeting.datum <= after) {
        throw new ServiceError('refused', `Ärendet återremitterades ${last.sammantradesdatum ?? last.beslutsdatum}${last.paragraf !== null ? ` § ${last.paragraf}` : ''}. Lägg det på ett senare sammanträde.`, [
          { path: 'sammantradeId', message: `Välj ett sammanträde efter ${after}.` },
        ]);
      }
      if (!current.planering.mojlig) {
        throw new ServiceError('refused', `Ärendet kan inte tas upp igen förrän förslaget är omarbetat och redo för beslut. ${current.planering.hinder.map((h) => h.text).join(' ')}`);
      }
    }
    // The secretary may set the § (earlier §§ of the year may not be in the app); otherwise the next free one.
    const paragraf = input.paragraf ?? (await nextParagraf(trx, meeting));
    await checkParagrafFree(trx, meeting, paragraf, null);
    await trx
      .updateTable('arende')
      .set({ sammantrade_id: meeting.id, paragraf })
      .where('id', '=', arende.id)
      .execute()
      .catch((e) => paragrafConflict(e, paragraf));
    await recordAudit(trx, ctx, {
      entity: 'arende',
      entityId: arende.id,
      action: last ? 'lägg på dagordning igen efter återremiss' : 'lägg på dagordning',
      after: { sammantradeId: meeting.id, paragraf },
    });
    return readArende(trx, ctx, arende.id);
  });
}

/** Corrects the § of the ärende's place: on the agenda, or of its final beslut until the protocol is justerat. */
export function setParagraf(ctx: ServiceContext, input: { arendeId: number; paragraf: number }) {
  return write(ctx, async (trx) => {
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
    if (arende.sammantrade_id !== null) {
      const meeting = await openMeeting(trx, arende.sammantrade_id);
      if (meeting.status === 'justerat') throw new ServiceError('refused', 'Protokollet är justerat; paragrafen kan inte ändras.');
      await checkParagrafFree(trx, meeting, input.paragraf, { kind: 'arende', id: arende.id });
      await trx
        .updateTable('arende')
        .set({ paragraf: input.paragraf })
        .where('id', '=', arende.id)
        .execute()
        .catch((e) => paragrafConflict(e, input.paragraf));
      await recordAudit(trx, ctx, { entity: 'arende', entityId: arende.id, action: 'ändra paragraf', before: { paragraf: arende.paragraf }, after: { paragraf: input.paragraf } });
      return readArende(trx, ctx, arende.id);
    }
    const final = (await beslutOfArende(trx, arende.id)).find((b) => isFinal(b.utfall));
    if (!final || final.sammantrade_id === null) throw new ServiceError('refused', 'Ärendet står inte på någon dagordning; lägg det på ett sammanträde först.');
    if (beslutLocked(final, meetingOf(final))) throw new ServiceError('refused', 'Protokollet är justerat; paragrafen kan inte ändras.');
    await checkParagrafFree(trx, await openMeeting(trx, final.sammantrade_id), input.paragraf, { kind: 'beslut', id: final.id });
    await trx
      .updateTable('beslut')
      .set({ paragraf: input.paragraf })
      .where('id', '=', final.id)
      .execute()
      .catch((e) => paragrafConflict(e, input.paragraf));
    await recordAudit(trx, ctx, { entity: 'beslut', entityId: final.id, action: 'ändra paragraf', before: { paragraf: final.paragraf }, after: { paragraf: input.paragraf } });
    return readArende(trx, ctx, arende.id);
  });
}

export function unscheduleArende(ctx: ServiceContext, input: { arendeId: number }) {
  return write(ctx, async (trx) => {
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
    if (arende.sammantrade_id === null) {
      const final = (await beslutOfArende(trx, arende.id)).find((b) => isFinal(b.utfall));
      if (final) throw new ServiceError('refused', 'Ärendet har ett registrerat beslut och kan inte tas bort från dagordningen.');
      return readArende(trx, ctx, arende.id);
    }
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

/** A blanket exemption in the beslut text (14 kap. 5 § is per insats) is a blocking finding: refused with it. */
function refuseBlanketExemption(input: { beslutstext: string; motivering: string }) {
  const findings = [...findBlanketExemption(input.beslutstext, 'beslutstext'), ...findBlanketExemption(input.motivering, 'motivering')];
  if (findings.length > 0) {
    throw new ServiceError(
      'refused',
      `Spärr (${findings[0].reference}): ${findings[0].message}`,
      findings.map((f) => ({ path: f.field, message: f.message })),
    );
  }
}

const OUTCOME_STATUS: Record<RecordBeslutInput['utfall'], VersionStatus> = { bifall: 'beslutad', aterremiss: 'aterremitterad', avslag: 'avslagen' };

async function versionsOfBeslut(trx: Trx, beslutId: number) {
  return trx
    .selectFrom('beslut_version as bv')
    .innerJoin('insats_version as v', 'v.id', 'bv.version_id')
    .select(['v.id', 'v.status', 'v.namn'])
    .where('bv.beslut_id', '=', beslutId)
    .execute();
}

/**
 * Records the nämnd's beslut at the § where the ärende stands on the agenda and moves its versions; the § moves
 * from the agenda into the beslut. An återremiss leaves the ärende open for a later sammanträde; bifall and avslag
 * close it. `franDiarium` for decisions taken before the app.
 */
export async function recordBeslutInTrx(trx: Trx, ctx: ServiceContext, input: RecordBeslutInput, options: { franDiarium?: boolean } = {}): Promise<number> {
  const arende = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
  if (!arende) throw new ServiceError('not_found', 'Ärendet finns inte.');
  const history = await readArende(trx, ctx, arende.id);
  if (history.beslut) {
    throw new ServiceError(
      'conflict',
      `Ärendet är redan avgjort (${UTFALL_LABELS[history.beslut.utfall].toLocaleLowerCase('sv-SE')} ${history.beslut.beteckning}). Ett ärende får ett enda slutligt beslut; en rättelse görs genom ett nytt beslut i ett nytt ärende.`,
    );
  }
  if (!options.franDiarium && arende.sammantrade_id === null) {
    const last = history.historik.at(-1);
    throw new ServiceError(
      'refused',
      last
        ? `Ärendet återremitterades ${last.sammantradesdatum ?? last.beslutsdatum}${last.paragraf !== null ? ` § ${last.paragraf}` : ''}. Lägg det på ett senare sammanträdes dagordning innan nästa beslut registreras.`
        : 'Lägg ärendet på ett sammanträdes dagordning innan beslutet registreras.',
    );
  }
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
  if (!options.franDiarium) refuseBlanketExemption(input);
  const meeting = arende.sammantrade_id === null ? undefined : await openMeeting(trx, arende.sammantrade_id);
  // The texts are kept from the start when the protocol is already fixed (justerat, or a decision from the diarium).
  const frozen = options.franDiarium || meeting?.status === 'justerat';
  // The § moves from the agenda into the beslut: free it first (a § is used once on a meeting, see 0007).
  await trx.updateTable('arende').set({ sammantrade_id: null, paragraf: null }).where('id', '=', arende.id).execute();
  const row = await trx
    .insertInto('beslut')
    .values({
      arende_id: arende.id,
      sammantrade_id: arende.sammantrade_id,
      paragraf: arende.paragraf,
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
      rubrik: frozen ? arende.rubrik : null,
      beskrivning: frozen ? arende.beskrivning : null,
      beslutsunderlag: frozen ? arende.beslutsunderlag : null,
      expedieras_till: frozen ? arende.expedieras_till : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const to = OUTCOME_STATUS[input.utfall];
  const at = ctx.now().toISOString();
  for (const v of versions) {
    await trx.insertInto('beslut_version').values({ beslut_id: row.id, version_id: v.id }).execute();
    await trx
      .updateTable('insats_version')
      .set({ status: to, beslut_id: input.utfall === 'bifall' ? row.id : null, updated_at: at })
      .where('id', '=', v.id)
      .execute();
    await recordStatusEvent(trx, v.id, v.status as VersionStatus, to, at, input.utfall === 'aterremiss' ? input.motivering : `Beslut ${arende.diarienummer}`);
  }
  await recordAudit(trx, ctx, {
    entity: 'beslut',
    entityId: row.id,
    action: 'registrera',
    after: { ...input, sammantradeId: arende.sammantrade_id, paragraf: arende.paragraf, versionIds: versions.map((v) => v.id) },
  });
  return row.id;
}

export function recordBeslut(ctx: ServiceContext, input: RecordBeslutInput) {
  return write(ctx, async (trx) => {
    await recordBeslutInTrx(trx, ctx, input);
    return readArende(trx, ctx, input.arendeId);
  });
}

export type UpdateBeslutInput = Omit<RecordBeslutInput, 'arendeId'> & { beslutId: number };

/** Corrects a beslut while its own protocol is not justerat; a changed outcome moves its versions again. */
export function updateBeslut(ctx: ServiceContext, input: UpdateBeslutInput) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('beslut').selectAll().where('id', '=', input.beslutId).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Beslutet finns inte.');
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', before.arende_id).executeTakeFirstOrThrow();
    const meeting = before.sammantrade_id ? await openMeeting(trx, before.sammantrade_id) : undefined;
    if (beslutLocked(before, meeting)) {
      throw new ServiceError('refused', 'Protokollet är justerat och beslutet kan inte ändras. En rättelse görs genom ett nytt beslut i ett nytt ärende.');
    }
    const bifall = input.utfall === 'bifall';
    if (input.utfall !== before.utfall) {
      const later = await trx.selectFrom('beslut').select('id').where('arende_id', '=', arende.id).where('id', '>', before.id).executeTakeFirst();
      if (later) {
        throw new ServiceError('refused', 'Ärendet har behandlats igen efter det här beslutet, så utfallet kan inte längre ändras. Rätta texten eller registrera ett nytt beslut i ett nytt ärende.');
      }
      if (before.utfall === 'aterremiss' && arende.sammantrade_id !== null) {
        const next = await openMeeting(trx, arende.sammantrade_id);
        throw new ServiceError(
          'refused',
          `Ärendet står redan på dagordningen för sammanträdet ${next.datum} § ${arende.paragraf}. Ta bort det därifrån innan återremissen rättas till ett annat utfall.`,
        );
      }
      const previous = OUTCOME_STATUS[before.utfall as RecordBeslutInput['utfall']];
      const versions = await versionsOfBeslut(trx, before.id);
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
    refuseBlanketExemption(input);
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

/** The decision that covers a version, and every handling of it: each beslut that concerned it and an ärende where it awaits one. */
export async function decisionForVersion(ctx: ServiceContext, input: { versionId: number }): Promise<VersionDecisionDto> {
  const db = ctx.db;
  const version = await db.selectFrom('insats_version').select(['id', 'beslut_id']).where('id', '=', input.versionId).executeTakeFirst();
  if (!version) throw new ServiceError('not_found', 'Versionen finns inte.');
  const decided = await db.selectFrom('beslut_version').select('beslut_id').where('version_id', '=', input.versionId).execute();
  const linked = await db.selectFrom('arende_version').select('arende_id').where('version_id', '=', input.versionId).execute();
  const beslutIds = new Set(decided.map((d) => d.beslut_id));
  const arendeIds = new Set(linked.map((l) => l.arende_id));
  if (beslutIds.size) {
    for (const b of await db.selectFrom('beslut').select('arende_id').where('id', 'in', [...beslutIds]).execute()) arendeIds.add(b.arende_id);
  }
  const arenden = await Promise.all([...arendeIds].map((id) => readArende(db, ctx, id)));
  const { namndForkortning } = await readSettings(db);
  type Row = VersionDecisionDto['arenden'][number] & { order: string };
  const rows: Row[] = [];
  let covering: VersionDecisionDto['covering'] = null;
  for (const a of arenden) {
    for (const b of a.historik) {
      if (b.id === version.beslut_id) covering = { ...b, diarienummer: a.diarienummer, rubrik: a.rubrik };
      if (!beslutIds.has(b.id)) continue;
      rows.push({
        arendeId: a.id,
        beslutId: b.id,
        diarienummer: a.diarienummer,
        rubrik: a.rubrik,
        sammantradesdatum: b.sammantradesdatum,
        paragraf: b.paragraf,
        utfall: b.utfall,
        beteckning: b.beteckning,
        motivering: b.motivering,
        order: `${b.sammantradesdatum ?? b.beslutsdatum}\u0000${String(b.id).padStart(12, '0')}`,
      });
    }
    // Still open with the version in it: on an agenda, or waiting to be put on one.
    if (!a.beslut && a.versioner.some((v) => v.versionId === input.versionId)) {
      rows.push({
        arendeId: a.id,
        beslutId: null,
        diarienummer: a.diarienummer,
        rubrik: a.rubrik,
        sammantradesdatum: a.sammantradesdatum,
        paragraf: a.paragraf,
        utfall: null,
        beteckning: beteckning(a.diarienummer, namndForkortning, a.paragraf),
        motivering: '',
        order: `\uffff${a.sammantradesdatum ?? a.skapad}\u0000${String(a.id).padStart(12, '0')}`,
      });
    }
  }
  rows.sort((x, y) => (x.order < y.order ? 1 : x.order > y.order ? -1 : 0));
  return { covering, arenden: rows.map(({ order: _order, ...r }) => r) };
}

async function beslutArende(trx: Trx, beslutId: number) {
  const row = await trx.selectFrom('beslut').select(['id', 'arende_id']).where('id', '=', beslutId).executeTakeFirst();
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
