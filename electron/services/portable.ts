// The portable catalogue in and out: open-data JSON export, its lossless re-import, the seed fixtures
// and confirmed document imports all go through here. An import is one transaction.
import { ServiceError } from '../../shared/api/envelope';
import { PORTABLE_FORMAT, type PortableCatalogue, type PortableInsats } from '../../shared/domain/portable';
import type { InsatsContent } from '../../shared/domain/insats';
import { recordAudit } from './audit';
import { createInsatsInTrx, nameLookupMaps, parseContent, compareNummer } from './catalogue';
import { write, type ServiceContext, type Trx } from './context';
import { readSettings } from './settings';
import { recordBeslutInTrx } from './decisions';
import { defaultArendeDeadline } from '../../shared/reminders/plan';

export interface ImportResult {
  insatser: number;
  versionIds: number[];
  beslutId: number | null;
}

/** Features that keep data beside the content (the RKA's conclusion) hook in here. */
export type ImportedInsatsHook = (trx: Trx, ctx: ServiceContext, versionId: number, insats: PortableInsats) => Promise<void>;
const importHooks: ImportedInsatsHook[] = [];
export function onImportedInsats(hook: ImportedInsatsHook) {
  importHooks.push(hook);
}
export type ExportedInsatsHook = (db: Trx, versionId: number) => Promise<Partial<PortableInsats>>;
const exportHooks: ExportedInsatsHook[] = [];
export function onExportInsats(hook: ExportedInsatsHook) {
  exportHooks.push(hook);
}

async function ensureOrganisation(trx: Trx, catalogue: PortableCatalogue) {
  const sektorIds = new Map<string, number>();
  const enhetIds = new Map<string, number>();
  const kategoriIds = new Map<string, number>();
  const sektorer = [...catalogue.sektorer];
  for (const i of catalogue.insatser) {
    if (i.sektor && !sektorer.some((s) => s.namn === i.sektor)) sektorer.push({ namn: i.sektor, enheter: [] });
    const s = sektorer.find((x) => x.namn === i.sektor);
    if (s && i.enhet && !s.enheter.includes(i.enhet)) s.enheter.push(i.enhet);
  }
  for (const s of sektorer) {
    const existing = await trx.selectFrom('sektor').select('id').where('namn', '=', s.namn).executeTakeFirst();
    const id = existing?.id ?? (await trx.insertInto('sektor').values({ namn: s.namn }).returning('id').executeTakeFirstOrThrow()).id;
    sektorIds.set(s.namn, id);
    for (const e of s.enheter) {
      const ex = await trx.selectFrom('enhet').select('id').where('sektor_id', '=', id).where('namn', '=', e).executeTakeFirst();
      enhetIds.set(
        `${s.namn}\u0000${e}`,
        ex?.id ?? (await trx.insertInto('enhet').values({ sektor_id: id, namn: e }).returning('id').executeTakeFirstOrThrow()).id,
      );
    }
  }
  const kategorier = [...new Set([...catalogue.kategorier, ...catalogue.insatser.map((i) => i.kategori).filter((k): k is string => !!k)])];
  for (const k of kategorier) {
    const ex = await trx.selectFrom('kategori').select('id').where('namn', '=', k).executeTakeFirst();
    if (ex) kategoriIds.set(k, ex.id);
    else {
      const max = await trx
        .selectFrom('kategori')
        .select((eb) => eb.fn.max('sortering').as('m'))
        .executeTakeFirst();
      kategoriIds.set(
        k,
        (
          await trx
            .insertInto('kategori')
            .values({ namn: k, sortering: Number(max?.m ?? 0) + 1 })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    }
  }
  return { sektorIds, enhetIds, kategoriIds };
}

export async function importCatalogueInTrx(trx: Trx, ctx: ServiceContext, catalogue: PortableCatalogue): Promise<ImportResult> {
  const org = await ensureOrganisation(trx, catalogue);
  const versionIds: number[] = [];
  for (const insats of catalogue.insatser) {
    const content: InsatsContent = {
      ...insats.content,
      enhetId: insats.sektor && insats.enhet ? (org.enhetIds.get(`${insats.sektor}\u0000${insats.enhet}`) ?? null) : null,
      kategoriId: insats.kategori ? (org.kategoriIds.get(insats.kategori) ?? null) : null,
    };
    const versionId = await createInsatsInTrx(trx, ctx, content, insats.nummer);
    for (const hook of importHooks) await hook(trx, ctx, versionId, insats);
    versionIds.push(versionId);
  }
  let beslutId: number | null = null;
  if (catalogue.beslut && versionIds.length > 0) {
    const b = catalogue.beslut;
    const settings = await readSettings(trx);
    const dup = await trx.selectFrom('arende').select('id').where('diarienummer', '=', b.diarienummer).executeTakeFirst();
    if (dup) throw new ServiceError('conflict', `Diarienumret ${b.diarienummer} finns redan i appen; beslutet importeras inte två gånger.`);
    // The decision was taken before the app: its meeting is recorded as held and justerat.
    const meeting = await trx
      .insertInto('sammantrade')
      .values({
        datum: b.datumForBeslut,
        arende_deadline: defaultArendeDeadline(b.datumForBeslut),
        namnd: b.beslutandeInstans || settings.namnd,
        status: 'justerat',
        justeringsdatum: b.datumForBeslut,
        anslagsdatum: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const arende = await trx
      .insertInto('arende')
      .values({
        diarienummer: b.diarienummer,
        dnr_year: null,
        dnr_seq: null,
        rubrik: catalogue.titel || 'Insatser utan individuell behovsprövning',
        sammantrade_id: meeting.id,
        paragraf: b.paragraf,
        // A historic ärende was opened no later than its decision, not on the day it was imported.
        created_at: `${b.datumForBeslut}T00:00:00.000Z`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const versionId of versionIds) await trx.insertInto('arende_version').values({ arende_id: arende.id, version_id: versionId }).execute();
    beslutId = await recordBeslutInTrx(
      trx,
      ctx,
      {
        arendeId: arende.id,
        utfall: 'bifall',
        beslutsdatum: b.datumForBeslut,
        beslutandeInstans: b.beslutandeInstans,
        beslutstext: `${b.beslutandeInstans} antar ${catalogue.titel || 'förteckningen över insatser utan individuell behovsprövning'}.`,
        motivering: '',
        giltigFran: b.giltigFran,
        giltigTill: b.giltigTill,
        reviderasSenast: b.reviderasSenast,
        dokumentansvarig: b.dokumentansvarig,
        typAvStyrdokument: b.typAvStyrdokument,
        gallerFor: b.gallerFor,
      },
      { franDiarium: true },
    );
  }
  await recordAudit(trx, ctx, {
    entity: 'katalog',
    entityId: 'import',
    action: 'importera',
    after: { titel: catalogue.titel, insatser: versionIds.length, beslut: catalogue.beslut },
  });
  return { insatser: versionIds.length, versionIds, beslutId };
}

export function importCatalogue(ctx: ServiceContext, catalogue: PortableCatalogue): Promise<ImportResult> {
  return write(ctx, (trx) => importCatalogueInTrx(trx, ctx, catalogue));
}

/** The catalogue as it stands: the newest version of every insats (or, with a date, the one in force). */
export async function exportCatalogue(ctx: ServiceContext, options: { versionIds?: number[] } = {}): Promise<PortableCatalogue> {
  const db = ctx.db;
  const settings = await readSettings(db);
  const rows = await db
    .selectFrom('insats_version as v')
    .innerJoin('insats as i', 'i.id', 'v.insats_id')
    .selectAll('v')
    .select('i.nummer')
    .orderBy('v.version_no')
    .execute();
  const latest = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!options.versionIds || options.versionIds.includes(r.id)) latest.set(r.insats_id, r);
  const chosen = [...latest.values()].sort((a, b) => compareNummer(a.nummer, b.nummer) || a.insats_id - b.insats_id);
  const maps = await nameLookupMaps(db);
  const insatser: PortableInsats[] = [];
  for (const r of chosen) {
    const { enhetId, kategoriId, ...content } = parseContent(r);
    const enhet = enhetId !== null ? maps.enheter.get(enhetId) : undefined;
    let extra: Partial<PortableInsats> = {};
    for (const hook of exportHooks) extra = { ...extra, ...(await hook(db, r.id)) };
    insatser.push({
      nummer: r.nummer,
      sektor: enhet ? (maps.sektorer.get(enhet.sektorId) ?? null) : null,
      enhet: enhet?.namn ?? null,
      kategori: kategoriId !== null ? (maps.kategorier.get(kategoriId) ?? null) : null,
      content,
      bedomningSarskildaSkal: '',
      ...extra,
    });
  }
  const org = await db.selectFrom('sektor').select(['id', 'namn']).orderBy('id').execute();
  return {
    format: PORTABLE_FORMAT,
    kommun: settings.kommun,
    namnd: settings.namnd,
    titel: 'Insatser utan individuell behovsprövning',
    beslut: null,
    sektorer: org.map((s) => ({ namn: s.namn, enheter: [...maps.enheter.values()].filter((e) => e.sektorId === s.id).map((e) => e.namn) })),
    kategorier: [...maps.kategorier.values()],
    insatser,
  };
}
