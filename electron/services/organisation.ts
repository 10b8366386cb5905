// Sektor → enhet tree and kategorier, edited in Inställningar.
import { ServiceError } from '../../shared/api/envelope';
import type { Organisation } from '../../shared/api/organisation-contract';
import { recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';

export async function readOrganisation(db: Trx): Promise<Organisation> {
  const [sektorer, enheter, kategorier] = await Promise.all([
    db.selectFrom('sektor').select(['id', 'namn']).orderBy('id').execute(),
    db.selectFrom('enhet').select(['id', 'sektor_id as sektorId', 'namn']).orderBy('id').execute(),
    db.selectFrom('kategori').select(['id', 'namn', 'sortering']).orderBy('sortering').orderBy('id').execute(),
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
    const row = await trx.insertInto('sektor').values({ namn: input.namn }).returning(['id', 'namn']).executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'sektor', entityId: row.id, action: 'skapa', after: row });
    return row;
  });
}

export function createEnhet(ctx: ServiceContext, input: { sektorId: number; namn: string }) {
  return write(ctx, async (trx) => {
    const sektor = await trx.selectFrom('sektor').select('id').where('id', '=', input.sektorId).executeTakeFirst();
    if (!sektor) throw new ServiceError('not_found', 'Sektorn finns inte.');
    const dup = await trx
      .selectFrom('enhet')
      .select('id')
      .where('sektor_id', '=', input.sektorId)
      .where('namn', '=', input.namn)
      .executeTakeFirst();
    if (dup) throw new ServiceError('conflict', `Sektorn har redan en enhet som heter "${input.namn}".`);
    const row = await trx
      .insertInto('enhet')
      .values({ sektor_id: input.sektorId, namn: input.namn })
      .returning(['id', 'sektor_id as sektorId', 'namn'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'enhet', entityId: row.id, action: 'skapa', after: row });
    return row;
  });
}

export function createKategori(ctx: ServiceContext, input: { namn: string }) {
  return write(ctx, async (trx) => {
    await assertUniqueName(trx, 'kategori', input.namn);
    const max = await trx.selectFrom('kategori').select((eb) => eb.fn.max('sortering').as('m')).executeTakeFirst();
    const row = await trx
      .insertInto('kategori')
      .values({ namn: input.namn, sortering: Number(max?.m ?? 0) + 1 })
      .returning(['id', 'namn', 'sortering'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { entity: 'kategori', entityId: row.id, action: 'skapa', after: row });
    return row;
  });
}

export function renameOrganisation(ctx: ServiceContext, input: { typ: 'sektor' | 'enhet' | 'kategori'; id: number; namn: string }) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom(input.typ).selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Det du vill byta namn på finns inte.');
    if (input.typ !== 'enhet') {
      const dup = await trx.selectFrom(input.typ).select('id').where('namn', '=', input.namn).where('id', '!=', input.id).executeTakeFirst();
      if (dup) throw new ServiceError('conflict', `Namnet "${input.namn}" används redan.`);
    }
    await trx.updateTable(input.typ).set({ namn: input.namn }).where('id', '=', input.id).execute();
    await recordAudit(trx, ctx, { entity: input.typ, entityId: input.id, action: 'byt namn', before, after: { ...before, namn: input.namn } });
    return readOrganisation(trx);
  });
}

export function deleteOrganisation(ctx: ServiceContext, input: { typ: 'sektor' | 'enhet' | 'kategori'; id: number }) {
  return write(ctx, async (trx) => {
    const before = await trx.selectFrom(input.typ).selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw new ServiceError('not_found', 'Det du vill ta bort finns inte.');
    const inUse =
      input.typ === 'sektor'
        ? await trx.selectFrom('enhet').select('id').where('sektor_id', '=', input.id).executeTakeFirst()
        : await trx
            .selectFrom('insats_version')
            .select('id')
            .where(input.typ === 'enhet' ? 'enhet_id' : 'kategori_id', '=', input.id)
            .executeTakeFirst();
    if (inUse) {
      throw new ServiceError(
        'conflict',
        input.typ === 'sektor'
          ? 'Sektorn har enheter och kan inte tas bort. Ta bort eller flytta enheterna först.'
          : 'Den används av insatser och kan inte tas bort.',
      );
    }
    await trx.deleteFrom(input.typ).where('id', '=', input.id).execute();
    await recordAudit(trx, ctx, { entity: input.typ, entityId: input.id, action: 'ta bort', before });
    return readOrganisation(trx);
  });
}
