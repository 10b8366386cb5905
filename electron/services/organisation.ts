// Sektor → enhet tree and kategorier, edited in Inställningar.
import { ServiceError } from '../../shared/api/envelope';
import type { Organisation, OrganisationUsage } from '../../shared/api/organisation-contract';
import { searchableText } from '../../shared/domain/diff';
import { indexVersionText } from '../database/dialect';
import { nameLookup, parseContent } from './catalogue';
import { recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';
import { claimIfSent } from './revision';

export async function readOrganisation(db: Trx): Promise<Organisation> {
  const [sektorer, enheter, kategorier] = await Promise.all([
    db.selectFrom('sektor').select(['id', 'namn', 'revision']).orderBy('id').execute(),
    db.selectFrom('enhet').select(['id', 'sektor_id as sektorId', 'namn', 'revision']).orderBy('id').execute(),
    db.selectFrom('kategori').select(['id', 'namn', 'sortering', 'revision']).orderBy('sortering').orderBy('id').execute(),
  ]);
  return { sektorer, enheter, kategorier };
}

export function getOrganisation(ctx: ServiceContext): Promise<Organisation> {
  return readOrganisation(ctx.db);
}

async function assertUniqueName(trx: Trx, table: 'sektor' | 'kategori', namn: string) {
  const existing = await trx.selectFrom(table).select('id').where('namn', '=', namn).executeTakeFirst();
  if (existing) throw new ServiceError('conflict', `Det finns redan ${table === 'sektor' ? 'en sektor' : 'en kategori'} som heter "${namn}".`);
}

export function createSektor(ctx: ServiceContext, input: { namn: string }) {
  return write(ctx, async (trx) => {
    await assertUniqueName(trx, 'sektor', input.namn);
    const row = await trx.insertInto('sektor').values({ namn: input.namn }).returning(['id', 'namn', 'revision']).executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'sektor', entityId: row.id, action: 'skapa', after: row });
    return row;
  });
}

export function createEnhet(ctx: ServiceContext, input: { sektorId: number; namn: string }) {
  return write(ctx, async (trx) => {
    const sektor = await trx.selectFrom('sektor').select('id').where('id', '=', input.sektorId).executeTakeFirst();
    if (!sektor) throw new ServiceError('not_found', 'Sektorn finns inte.');
    const dup = await trx.selectFrom('enhet').select('id').where('sektor_id', '=', input.sektorId).where('namn', '=', input.namn).executeTakeFirst();
    if (dup) throw new ServiceError('conflict', `Sektorn har redan en enhet som heter "${input.namn}".`);
    const row = await trx
      .insertInto('enhet')
      .values({ sektor_id: input.sektorId, namn: input.namn })
      .returning(['id', 'sektor_id as sektorId', 'namn', 'revision'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'enhet', entityId: row.id, action: 'skapa', after: row });
    return row;
  });
}

export function createKategori(ctx: ServiceContext, input: { namn: string }) {
  return write(ctx, async (trx) => {
    await assertUniqueName(trx, 'kategori', input.namn);
    const max = await trx
      .selectFrom('kategori')
      .select((eb) => eb.fn.max('sortering').as('m'))
      .executeTakeFirst();
    const row = await trx
      .insertInto('kategori')
      .values({ namn: input.namn, sortering: Number(max?.m ?? 0) + 1 })
      .returning(['id', 'namn', 'sortering', 'revision'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'kategori', entityId: row.id, action: 'skapa', after: row });
    return row;
  });
}

type Kind = 'sektor' | 'enhet' | 'kategori';
const KIND_WORD: Record<Kind, string> = { sektor: 'Sektorn', enhet: 'Enheten', kategori: 'Kategorin' };

/** The insatser (by their newest name) that have any version referring to an enhet or kategori. */
async function insatserUsing(trx: Trx, typ: 'enhet' | 'kategori', id: number): Promise<string[]> {
  const rows = await trx
    .selectFrom('insats_version as v')
    .select(['v.insats_id', 'v.namn', 'v.version_no'])
    .where(typ === 'enhet' ? 'v.enhet_id' : 'v.kategori_id', '=', id)
    .orderBy('v.version_no')
    .execute();
  const names = new Map<number, string>();
  for (const r of rows) names.set(r.insats_id, r.namn);
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'sv'));
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 3).map((n) => `”${n}”`);
  return names.length > 3 ? `${shown.join(', ')} och ${names.length - 3} till` : shown.join(', ').replace(/, ([^,]*)$/, ' och $1');
}

/** The search index holds enhet and kategori names; a rename must reach every version that uses them. */
async function reindexVersionsUsing(trx: Trx, typ: 'enhet' | 'kategori', id: number) {
  const rows = await trx
    .selectFrom('insats_version')
    .select(['id', 'content_json'])
    .where(typ === 'enhet' ? 'enhet_id' : 'kategori_id', '=', id)
    .execute();
  if (rows.length === 0) return;
  const names = await nameLookup(trx);
  for (const r of rows) await indexVersionText(trx, r.id, searchableText(parseContent(r), names));
}

const KIND_WORDS: Record<Kind, string> = { sektor: 'sektorn', enhet: 'enheten', kategori: 'kategorin' };

export function renameOrganisation(ctx: ServiceContext, input: { typ: Kind; id: number; namn: string; revision?: number }) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom(input.typ).selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Det du vill byta namn på finns inte.');
    await claimIfSent(trx, { table: input.typ, id: input.id, audit: { entity: input.typ, entityId: input.id }, what: KIND_WORDS[input.typ] }, input.revision);
    if (input.typ === 'enhet') {
      const sektorId = (before as { sektor_id: number }).sektor_id;
      const dup = await trx
        .selectFrom('enhet')
        .select('id')
        .where('sektor_id', '=', sektorId)
        .where('namn', '=', input.namn)
        .where('id', '!=', input.id)
        .executeTakeFirst();
      if (dup) throw new ServiceError('conflict', `Sektorn har redan en enhet som heter ”${input.namn}”.`);
    } else {
      const dup = await trx.selectFrom(input.typ).select('id').where('namn', '=', input.namn).where('id', '!=', input.id).executeTakeFirst();
      if (dup) throw new ServiceError('conflict', `Det finns redan ${input.typ === 'sektor' ? 'en sektor' : 'en kategori'} som heter ”${input.namn}”.`);
    }
    await trx.updateTable(input.typ).set({ namn: input.namn }).where('id', '=', input.id).execute();
    if (input.typ !== 'sektor') await reindexVersionsUsing(trx, input.typ, input.id);
    await recordAudit(trx, ctx, { entity: input.typ, entityId: input.id, action: 'byt namn', before, after: { ...before, namn: input.namn } });
    return readOrganisation(trx);
  });
}

export function deleteOrganisation(ctx: ServiceContext, input: { typ: Kind; id: number }) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom(input.typ).selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Det du vill ta bort finns inte.');
    const word = `${KIND_WORD[input.typ]} ”${before.namn}”`;
    if (input.typ === 'sektor') {
      const enheter = await trx.selectFrom('enhet').select('namn').where('sektor_id', '=', input.id).orderBy('namn').execute();
      if (enheter.length > 0) {
        throw new ServiceError(
          'conflict',
          `${word} har ${enheter.length === 1 ? 'enheten' : `${enheter.length} enheter,`} ${listNames(enheter.map((e) => e.namn))}, och kan inte tas bort. Ta bort enheterna eller flytta dem till en annan sektor först.`,
        );
      }
    } else {
      const users = await insatserUsing(trx, input.typ, input.id);
      if (users.length > 0) {
        throw new ServiceError(
          'conflict',
          `${word} används av ${users.length === 1 ? 'insatsen' : `${users.length} insatser,`} ${listNames(users)}, och kan inte tas bort. ` +
            'Versionerna ska gå att läsa som de beslutades, även de äldre. ' +
            (input.typ === 'enhet' ? 'Byt namn på enheten eller flytta den till en annan sektor i stället.' : 'Byt namn på kategorin i stället.'),
        );
      }
    }
    await trx.deleteFrom(input.typ).where('id', '=', input.id).execute();
    await recordAudit(trx, ctx, { entity: input.typ, entityId: input.id, action: 'ta bort', before });
    return readOrganisation(trx);
  });
}

/** Moves an enhet to another sektor (a reorganisation); its insatser follow it. */
export function moveEnhet(ctx: ServiceContext, input: { id: number; sektorId: number }) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom('enhet').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Enheten finns inte.');
    const sektor = await trx.selectFrom('sektor').select(['id', 'namn']).where('id', '=', input.sektorId).executeTakeFirst();
    if (!sektor) throw new ServiceError('not_found', 'Sektorn finns inte.');
    if (before.sektor_id === sektor.id) return readOrganisation(trx);
    const dup = await trx.selectFrom('enhet').select('id').where('sektor_id', '=', sektor.id).where('namn', '=', before.namn).executeTakeFirst();
    if (dup) throw new ServiceError('conflict', `Sektorn ”${sektor.namn}” har redan en enhet som heter ”${before.namn}”.`);
    await trx.updateTable('enhet').set({ sektor_id: sektor.id }).where('id', '=', input.id).execute();
    await recordAudit(trx, ctx, { entity: 'enhet', entityId: input.id, action: 'flytta', before, after: { ...before, sektor_id: sektor.id } });
    return readOrganisation(trx);
  });
}

/** Moves a kategori one step up or down in the order the catalogue is grouped and printed in. */
export function moveKategori(ctx: ServiceContext, input: { id: number; riktning: 'upp' | 'ner' }) {
  return write(ctx, async (trx) => {
    const all = await trx.selectFrom('kategori').select(['id', 'namn', 'sortering']).orderBy('sortering').orderBy('id').execute();
    const i = all.findIndex((k) => k.id === input.id);
    if (i < 0) throw new ServiceError('not_found', 'Kategorin finns inte.');
    const j = input.riktning === 'upp' ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return readOrganisation(trx);
    const order = all.map((k) => k.id);
    [order[i], order[j]] = [order[j], order[i]];
    // Renumber 1..n so equal or sparse sortering values never make a move a no-op.
    for (const [n, id] of order.entries())
      await trx
        .updateTable('kategori')
        .set({ sortering: n + 1 })
        .where('id', '=', id)
        .execute();
    await recordAudit(trx, ctx, { entity: 'kategori', entityId: input.id, action: 'flytta', before: all, after: order });
    return readOrganisation(trx);
  });
}

/** How many insatser (with any version) belong to each enhet and kategori: shown beside them in Inställningar. */
export async function organisationUsage(ctx: ServiceContext): Promise<OrganisationUsage> {
  const count = async (column: 'enhet_id' | 'kategori_id') => {
    const rows = await ctx.db
      .selectFrom('insats_version')
      .select([column, (eb) => eb.fn.count<number>('insats_id').distinct().as('n')])
      .where(column, 'is not', null)
      .groupBy(column)
      .execute();
    return rows.map((r) => ({ id: Number(r[column as keyof typeof r]), insatser: Number(r.n) }));
  };
  const [enheter, kategorier] = await Promise.all([count('enhet_id'), count('kategori_id')]);
  return { enheter, kategorier };
}
