// What the decision modules share: the beslut of an ärende with the meeting it was taken at, and how a
// beslut row reads (BeslutDto) and locks.
import { ServiceError } from '../../../shared/api/envelope';
import { SLUTLIGA_UTFALL, type BeslutDto } from '../../../shared/api/decisions-contract';
import { beteckning } from '../../../shared/domain/beslut';
import { overklagandeTidSlut, vunnitLagaKraft } from '../../../shared/domain/protokoll';
import type { BeslutRow } from '../../database/schema';
import type { ServiceContext, Trx } from '../context';

export const isFinal = (utfall: string) => (SLUTLIGA_UTFALL as readonly string[]).includes(utfall);

export type MeetingOfBeslut = { datum: string; status: string; anslagsdatum: string | null } | undefined;

/** Every beslut in an ärende with the sammanträde it was taken at, oldest first. */
export async function beslutOfArende(db: Trx, arendeId: number) {
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
export const beslutLocked = (row: { fran_diarium: number }, meeting: MeetingOfBeslut) => row.fran_diarium === 1 || meeting?.status === 'justerat';

export async function toBeslutDto(
  db: Trx,
  ctx: ServiceContext,
  row: BeslutRow,
  meeting: MeetingOfBeslut,
  diarienummer: string,
  forkortning: string,
): Promise<BeslutDto> {
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
    vunnitLagaKraft:
      row.fran_diarium === 1 || (anslag !== null && vunnitLagaKraft({ anslagsdatum: anslag, today: ctx.today(), overklagad: row.overklagad === 1 })),
    lasst: beslutLocked(row, meeting),
    revision: row.revision,
    uppgifter: tasks.map((t) => ({ id: t.id, text: t.text, dueFrom: t.due_from, dueTo: t.due_to, done: t.done === 1 })),
  };
}

export function meetingOf(row: { sammantradesdatum: string | null; sammantradeStatus: string | null; anslagsdatum: string | null }): MeetingOfBeslut {
  return row.sammantradesdatum === null
    ? undefined
    : { datum: row.sammantradesdatum, status: row.sammantradeStatus ?? 'planerat', anslagsdatum: row.anslagsdatum };
}

export async function openMeeting(trx: Trx, sammantradeId: number) {
  const meeting = await trx.selectFrom('sammantrade').selectAll().where('id', '=', sammantradeId).executeTakeFirst();
  if (!meeting) throw new ServiceError('not_found', 'Sammanträdet finns inte.');
  return meeting;
}

export async function beslutArende(trx: Trx, beslutId: number) {
  const row = await trx.selectFrom('beslut').select(['id', 'arende_id']).where('id', '=', beslutId).executeTakeFirst();
  if (!row) throw new ServiceError('not_found', 'Beslutet finns inte.');
  return row;
}
