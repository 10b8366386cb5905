// Sammanträden: the meeting with its agenda and the §§ decided at it, and its protocol (justering, anslag).
import { claimIfSent } from '../revision';
import { ServiceError } from '../../../shared/api/envelope';
import type { SammantradeDto } from '../../../shared/api/decisions-contract';
import { justeringDeadline, overklagandeTidSlut, protokollDateProblem } from '../../../shared/domain/protokoll';
import { recordAudit } from '../audit';
import { write, type ServiceContext, type Trx } from '../context';
import { readSettings } from '../settings';
import { defaultArendeDeadline } from '../../../shared/reminders/plan';
import { toBeslutDto, type MeetingOfBeslut } from './beslut-rows';

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
    arendeDeadline: m.arende_deadline ?? defaultArendeDeadline(m.datum),
    justeringsdatum: m.justeringsdatum,
    justeringSenast: justeringDeadline(m.datum),
    justeringForsenad: m.status !== 'justerat' && ctx.today() > justeringDeadline(m.datum),
    anslagsdatum: m.anslagsdatum,
    overklagandeTidSlut: m.anslagsdatum ? overklagandeTidSlut(m.anslagsdatum) : null,
    ordforande: m.ordforande,
    justerare: m.justerare,
    revision: m.revision,
    paragrafer,
  };
}

export async function listSammantraden(ctx: ServiceContext): Promise<SammantradeDto[]> {
  const rows = await ctx.db.selectFrom('sammantrade').select('id').orderBy('datum', 'desc').execute();
  return Promise.all(rows.map((r) => readSammantrade(ctx.db, ctx, r.id)));
}

export function createSammantrade(ctx: ServiceContext, input: { datum: string; namnd?: string; arendeDeadline?: string }) {
  return write(ctx, async (trx) => {
    const settings = await readSettings(trx);
    const namnd = input.namnd || settings.namnd;
    // One list: a meeting already in the sammanträdesplan is that sammanträde, not a second one.
    const same = await trx.selectFrom('sammantrade').select('id').where('datum', '=', input.datum).where('namnd', '=', namnd).executeTakeFirst();
    if (same) {
      throw new ServiceError('conflict', `${namnd} har redan ett sammanträde ${input.datum} (det finns i sammanträdesplanen).`, [
        { path: 'datum', message: 'Finns redan.' },
      ]);
    }
    const row = await trx
      .insertInto('sammantrade')
      .values({
        datum: input.datum,
        namnd,
        arende_deadline: input.arendeDeadline ?? defaultArendeDeadline(input.datum),
        justeringsdatum: null,
        anslagsdatum: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'sammantrade', entityId: row.id, action: 'skapa', after: input });
    return readSammantrade(trx, ctx, row.id);
  });
}

export function updateSammantrade(
  ctx: ServiceContext,
  input: {
    id: number;
    revision?: number;
    status?: SammantradeDto['status'];
    justeringsdatum?: string | null;
    anslagsdatum?: string | null;
    ordforande?: string;
    justerare?: string;
  },
) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('sammantrade').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Sammanträdet finns inte.');
    await claimIfSent(
      trx,
      { table: 'sammantrade', id: before.id, audit: { entity: 'sammantrade', entityId: before.id }, what: 'sammanträdet' },
      input.revision,
    );
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
      throw new ServiceError('invalid_input', 'Ange justeringsdatum innan protokollet markeras som justerat.', [
        { path: 'justeringsdatum', message: 'Ange justeringsdatum.' },
      ]);
    }
    if (next.justeringsdatum && next.justeringsdatum < before.datum) {
      throw new ServiceError('invalid_input', 'Justeringsdatum kan inte vara före sammanträdet.', [{ path: 'justeringsdatum', message: 'Före sammanträdet.' }]);
    }
    if (next.anslagsdatum && next.justeringsdatum && next.anslagsdatum < next.justeringsdatum) {
      throw new ServiceError('invalid_input', 'Anslaget kan inte ske före justeringen.', [{ path: 'anslagsdatum', message: 'Före justeringen.' }]);
    }
    // Only what changes is checked, so a protocol recorded before this rule is not refused for its old dates.
    const dateProblem = protokollDateProblem({
      datum: before.datum,
      status: next.status === before.status ? 'planerat' : (next.status as SammantradeDto['status']),
      justeringsdatum: next.justeringsdatum !== before.justeringsdatum ? next.justeringsdatum : null,
      anslagsdatum: next.anslagsdatum !== before.anslagsdatum ? next.anslagsdatum : null,
      today: ctx.today(),
    });
    if (dateProblem) throw new ServiceError('invalid_input', dateProblem.message, [{ path: dateProblem.path, message: dateProblem.field }]);
    await trx
      .updateTable('sammantrade')
      .set({
        status: next.status,
        justeringsdatum: next.justeringsdatum,
        anslagsdatum: next.anslagsdatum,
        ordforande: next.ordforande,
        justerare: next.justerare,
      })
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
