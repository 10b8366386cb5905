// Återrapportering: the tasks a beslut gives the förvaltning, due on a date, in a month or a season.
import { ServiceError } from '../../../shared/api/envelope';
import { parseSeason } from '../../../shared/domain/protokoll';
import { recordAudit } from '../audit';
import { write, type ServiceContext } from '../context';
import { readArende } from './arenden';
import { beslutArende } from './beslut-rows';

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
    await trx
      .updateTable('aterrapportering')
      .set({ done: input.done ? 1 : 0 })
      .where('id', '=', task.id)
      .execute();
    await recordAudit(trx, ctx, { entity: 'aterrapportering', entityId: task.id, action: input.done ? 'klar' : 'inte klar', before: task });
    const b = await trx.selectFrom('beslut').select('arende_id').where('id', '=', task.beslut_id).executeTakeFirstOrThrow();
    return readArende(trx, ctx, b.arende_id);
  });
}
