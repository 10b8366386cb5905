// Ärenden with their diarienummer: how an ärende reads (its history and what stops it from being put on
// an agenda again), and creating and editing it.
import { claimIfSent } from '../revision';
import { ServiceError } from '../../../shared/api/envelope';
import { UTFALL_LABELS, type ArendeDto } from '../../../shared/api/decisions-contract';
import { formatDiarienummer, nextSequence, parseDiarienummer } from '../../../shared/domain/diarienummer';
import { STATUS_LABELS, type VersionStatus } from '../../../shared/domain/status';
import { isBusyError, isUniqueViolation } from '../../database/dialect';
import { recordAudit } from '../audit';
import { write, type ServiceContext, type Trx } from '../context';
import { effectiveStatuses } from '../effective-status';
import { readSettings } from '../settings';
import { beslutLocked, beslutOfArende, isFinal, meetingOf, toBeslutDto } from './beslut-rows';

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
  if (final)
    hinder.push(
      about(`Ärendet är avgjort (${UTFALL_LABELS[final.utfall].toLocaleLowerCase('sv-SE')} ${final.beteckning}) och kan inte läggas på en dagordning igen.`),
    );
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
    revision: a.revision,
  };
}

/** Lists (beslutsunderlag, expedieras till) are stored one item per line, on the ärende and in the justerade protocol. */
export const splitLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const joinLines = (lines: readonly string[]) =>
  lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

export async function listArenden(ctx: ServiceContext): Promise<ArendeDto[]> {
  const rows = await ctx.db.selectFrom('arende').select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return Promise.all(rows.map((r) => readArende(ctx.db, ctx, r.id)));
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

function createArendeOnce(
  ctx: ServiceContext,
  input: { diarienummer?: string; rubrik: string; beskrivning: string; handlaggare: string; versionIds: number[] },
) {
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
  input: {
    arendeId: number;
    revision?: number;
    rubrik?: string;
    beskrivning?: string;
    handlaggare?: string;
    beslutsunderlag?: string[];
    expedierasTill?: string[];
    versionIds?: number[];
  },
) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('arende').selectAll().where('id', '=', input.arendeId).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Ärendet finns inte.');
    await claimIfSent(trx, { table: 'arende', id: before.id, audit: { entity: 'arende', entityId: before.id }, what: 'ärendet' }, input.revision);
    const meeting = before.sammantrade_id
      ? await trx.selectFrom('sammantrade').select('status').where('id', '=', before.sammantrade_id).executeTakeFirst()
      : undefined;
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
