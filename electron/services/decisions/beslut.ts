// The nämnd's beslut and their consequences for the insats versions they concern: recording, correcting,
// what covers a version, and överklagande.
import { findBlanketExemption } from '../../../shared/rules/blanket-exemption';
import { claimIfSent } from '../revision';
import { ServiceError } from '../../../shared/api/envelope';
import { UTFALL_LABELS, type VersionDecisionDto } from '../../../shared/api/decisions-contract';
import { beteckning } from '../../../shared/domain/beslut';
import type { VersionStatus } from '../../../shared/domain/status';
import { recordAudit } from '../audit';
import { recordStatusEvent } from '../catalogue';
import { keepDocumentTextsWithBeslutInTrx } from '../document-texts';
import { write, type ServiceContext, type Trx } from '../context';
import { readSettings } from '../settings';
import { readArende } from './arenden';
import { beslutArende, beslutLocked, openMeeting } from './beslut-rows';

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
    throw new ServiceError('refused', `Bara versioner som är redo för beslut kan beslutas. Inte redo: ${notReady.map((v) => v.namn).join(', ')}.`);
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
  // The adopted document is re-issued as it was adopted: a bifall taken in the app keeps the texts of the day.
  // (A beslut from the diarium was adopted with a document the app never had: a document import keeps that
  // document's own texts itself, see document-import.ts.)
  if (input.utfall === 'bifall' && !options.franDiarium) await keepDocumentTextsWithBeslutInTrx(trx, ctx, row.id);
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

export type UpdateBeslutInput = Omit<RecordBeslutInput, 'arendeId'> & { beslutId: number; revision?: number };

/** Corrects a beslut while its own protocol is not justerat; a changed outcome moves its versions again. */
export function updateBeslut(ctx: ServiceContext, input: UpdateBeslutInput) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('beslut').selectAll().where('id', '=', input.beslutId).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Beslutet finns inte.');
    await claimIfSent(trx, { table: 'beslut', id: before.id, audit: { entity: 'beslut', entityId: before.id }, what: 'beslutet' }, input.revision);
    const arende = await trx.selectFrom('arende').selectAll().where('id', '=', before.arende_id).executeTakeFirstOrThrow();
    const meeting = before.sammantrade_id ? await openMeeting(trx, before.sammantrade_id) : undefined;
    if (beslutLocked(before, meeting)) {
      throw new ServiceError('refused', 'Protokollet är justerat och beslutet kan inte ändras. En rättelse görs genom ett nytt beslut i ett nytt ärende.');
    }
    const bifall = input.utfall === 'bifall';
    if (input.utfall !== before.utfall) {
      const later = await trx.selectFrom('beslut').select('id').where('arende_id', '=', arende.id).where('id', '>', before.id).executeTakeFirst();
      if (later) {
        throw new ServiceError(
          'refused',
          'Ärendet har behandlats igen efter det här beslutet, så utfallet kan inte längre ändras. Rätta texten eller registrera ett nytt beslut i ett nytt ärende.',
        );
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
        throw new ServiceError(
          'refused',
          `Utfallet kan inte längre ändras: ${moved.map((v) => v.namn).join(', ')} har ändrats sedan beslutet. Registrera ett nytt beslut i ett nytt ärende.`,
        );
      }
      const to = OUTCOME_STATUS[input.utfall];
      const at = ctx.now().toISOString();
      for (const v of versions) {
        await trx
          .updateTable('insats_version')
          .set({ status: to, beslut_id: bifall ? before.id : null, updated_at: at })
          .where('id', '=', v.id)
          .execute();
        await recordStatusEvent(
          trx,
          v.id,
          previous,
          to,
          at,
          `Rättat beslut ${arende.diarienummer}${input.utfall === 'aterremiss' ? `: ${input.motivering}` : ''}`,
        );
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
    for (const b of await db
      .selectFrom('beslut')
      .select('arende_id')
      .where('id', 'in', [...beslutIds])
      .execute())
      arendeIds.add(b.arende_id);
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

export function setOverklagad(ctx: ServiceContext, input: { beslutId: number; overklagad: boolean }) {
  return write(ctx, async (trx) => {
    const row = await beslutArende(trx, input.beslutId);
    await trx
      .updateTable('beslut')
      .set({ overklagad: input.overklagad ? 1 : 0 })
      .where('id', '=', input.beslutId)
      .execute();
    await recordAudit(trx, ctx, { entity: 'beslut', entityId: input.beslutId, action: input.overklagad ? 'överklagat' : 'inte överklagat' });
    return readArende(trx, ctx, row.arende_id);
  });
}
