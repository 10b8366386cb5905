// §-numbering and the agenda: putting an ärende on a sammanträde at a §, correcting the §, taking it off.
import { ServiceError } from '../../../shared/api/envelope';
import { recordAudit } from '../audit';
import { isConstraintRefusal } from '../../database/dialect';
import { write, type ServiceContext, type Trx } from '../context';
import { readArende } from './arenden';
import { meetingItems } from './meeting-items';
import { beslutLocked, beslutOfArende, isFinal, meetingOf, openMeeting } from './beslut-rows';

type MeetingRow = { id: number; datum: string; namnd: string; status: string };

/** Who holds a §: an ärende awaiting its beslut on the agenda, or a beslut taken at it. */
type ParagrafOwner = { kind: 'arende' | 'beslut'; id: number };

/**
 * The §§ already used in the nämnd's year, with the ärende and meeting that hold each: the places of ärenden
 * awaiting a beslut and the §§ of the beslut taken (an återremiss keeps its § after the ärende has moved on).
 */
async function paragrafsOfYear(trx: Trx, meeting: MeetingRow) {
  const year = `${meeting.datum.slice(0, 4)}-%`;
  const rows = await trx
    .selectFrom(meetingItems(trx).as('mi'))
    .innerJoin('arende', 'arende.id', 'mi.arende_id')
    .innerJoin('sammantrade', 'sammantrade.id', 'mi.sammantrade_id')
    .select(['mi.kind', 'mi.id', 'mi.paragraf', 'arende.diarienummer', 'arende.rubrik', 'sammantrade.id as sammantradeId', 'sammantrade.datum'])
    .where('sammantrade.datum', 'like', year)
    .where('sammantrade.namnd', '=', meeting.namnd)
    .where('mi.paragraf', 'is not', null)
    .execute();
  return rows.map(({ kind, ...r }) => ({ ...r, owner: { kind, id: r.id } as ParagrafOwner }));
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
  const where =
    taken.sammantradeId === meeting.id ? `på samma sammanträde (${taken.datum})` : `på sammanträdet ${taken.datum}; paragraferna numreras löpande under året`;
  throw new ServiceError(
    'conflict',
    `§ ${paragraf} används redan av ärende ${taken.diarienummer} (${taken.rubrik}) ${where}. Nästa lediga paragraf är § ${next}.`,
    [{ path: 'paragraf', message: `§ ${paragraf} är upptagen.` }],
  );
}

export async function suggestParagraf(ctx: ServiceContext, input: { sammantradeId: number }): Promise<{ paragraf: number }> {
  return { paragraf: await nextParagraf(ctx.db, await openMeeting(ctx.db, input.sammantradeId)) };
}

/** The UNIQUE constraints and the triggers of 0007 are the last word on a § used twice on a meeting. */
function paragrafConflict(error: unknown, paragraf: number): never {
  if (isConstraintRefusal(error)) {
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
        throw new ServiceError(
          'refused',
          `Ärendet återremitterades ${last.sammantradesdatum ?? last.beslutsdatum}${last.paragraf !== null ? ` § ${last.paragraf}` : ''}. Lägg det på ett senare sammanträde.`,
          [{ path: 'sammantradeId', message: `Välj ett sammanträde efter ${after}.` }],
        );
      }
      if (!current.planering.mojlig) {
        throw new ServiceError(
          'refused',
          `Ärendet kan inte tas upp igen förrän förslaget är omarbetat och redo för beslut. ${current.planering.hinder.map((h) => h.text).join(' ')}`,
        );
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
      await recordAudit(trx, ctx, {
        entity: 'arende',
        entityId: arende.id,
        action: 'ändra paragraf',
        before: { paragraf: arende.paragraf },
        after: { paragraf: input.paragraf },
      });
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
    await recordAudit(trx, ctx, {
      entity: 'beslut',
      entityId: final.id,
      action: 'ändra paragraf',
      before: { paragraf: final.paragraf },
      after: { paragraf: input.paragraf },
    });
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
    await recordAudit(trx, ctx, {
      entity: 'arende',
      entityId: arende.id,
      action: 'ta bort från dagordning',
      before: { sammantradeId: arende.sammantrade_id, paragraf: arende.paragraf },
    });
    return readArende(trx, ctx, arende.id);
  });
}
