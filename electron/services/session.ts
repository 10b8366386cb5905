// Who the current person is in the catalogue and what their role lets them do (session/info): the
// renderer disables what the role may not do, with the reason; the database enforces it regardless.
import { behorigheter, ROLL_NAMN } from '../../shared/domain/roles';
import { currentRole, engineOf } from '../database/dialect';
import type { ServiceContext } from './context';
import { readLastCopy } from './settings-copy';
import { ServiceError } from '../../shared/api/envelope';
import type { DatabaseChoiceInput, DatabaseChoiceState } from '../../shared/api/session-contract';

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

/** The browser mode has no choice to offer: its server opened the database given with --db. */
const NOT_OFFERED: DatabaseChoiceState = { erbjuds: false, val: null, styrsAv: '--db', krypteringFinns: false };

export function databaseChoice(ctx: ServiceContext): DatabaseChoiceState {
  return ctx.databaseChoice?.state() ?? NOT_OFFERED;
}

export function chooseDatabase(ctx: ServiceContext, input: DatabaseChoiceInput): DatabaseChoiceState {
  if (!ctx.databaseChoice) {
    throw new ServiceError(
      'refused',
      'Servern startades med --db och databasen väljs när den startas ("iub serve --db FIL.db" eller "--db postgres://…"), inte här. Inget har ändrats.',
    );
  }
  return ctx.databaseChoice.choose(input);
}
