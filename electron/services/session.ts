// Who the current person is in the catalogue and what their role lets them do (session/info): the
// renderer disables what the role may not do, with the reason; the database enforces it regardless.
import { behorigheter, ROLL_NAMN } from '../../shared/domain/roles';
import { currentRole, engineOf } from '../database/dialect';
import type { ServiceContext } from './context';
import { readLastCopy } from './settings-copy';

export async function sessionInfo(ctx: ServiceContext) {
  const { user, role } = await currentRole(ctx.db, ctx.osUser);
  return {
    motor: engineOf(ctx.db),
    databas: ctx.file,
    anvandare: user,
    roll: role,
    rollNamn: ROLL_NAMN[role],
    behorigheter: behorigheter(role),
    senasteKopiering: await readLastCopy(ctx),
  };
}
