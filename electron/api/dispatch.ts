// The single entry for every API call on every transport: unknown methods and invalid input are
// answered with a clear Swedish error before any service runs; nothing the renderer sends is trusted.
import { contract, isMethod, type Method } from '../../shared/api/contract';
import { describeIssues, ServiceError, type Envelope } from '../../shared/api/envelope';
import { isBusyError, isConnectionLostError, isDiskFullError, isPermissionDeniedError } from '../database/dialect';
import { STORAGE_MESSAGES } from '../database/errors';
import type { ServiceContext } from '../services/context';
import { handlers, type Handlers } from './handlers';
import { logError, whereIsTheLog } from '../logging/log';

export type Logger = (message: string, error: unknown) => void;

export async function dispatch(ctx: ServiceContext, method: string, rawInput: unknown, log: Logger = defaultLog): Promise<Envelope> {
  if (typeof method !== 'string' || !isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Okänd funktion: "${String(method).slice(0, 80)}".` } };
  }
  const spec = contract[method];
  let parsed: ReturnType<typeof spec.input.safeParse>;
  try {
    parsed = spec.input.safeParse(rawInput ?? {});
  } catch {
    // e.g. a payload nested so deep that checking it exhausts the stack: still bad input, not a crash
    return { ok: false, error: { code: 'invalid_input', message: 'Uppgifterna är inte giltiga: de är för djupt nästlade eller för stora.' } };
  }
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    const first = issues[0];
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `Uppgifterna är inte giltiga${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : '.'}`,
        issues,
      },
    };
  }
  try {
    const handler = handlers[method] as Handlers[Method] as (c: ServiceContext, i: unknown) => Promise<unknown>;
    // IPC (structured clone) can carry keys whose value is undefined, JSON cannot: drop them so both
    // transports hand the services the same input (a patch with `kommun: undefined` must not erase it).
    const value = await handler(ctx, withoutUndefined(parsed.data));
    return { ok: true, value: spec.output.parse(value) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
    if (isBusyError(error)) {
      return { ok: false, error: { code: 'busy', message: 'Databasen är upptagen av en annan process just nu. Försök igen om en stund; inget har sparats.' } };
    }
    if (isPermissionDeniedError(error)) {
      return {
        ok: false,
        error: {
          code: 'refused',
          message:
            'Du har inte behörighet att göra detta i den gemensamma databasen (din roll tillåter det inte). Inget har sparats. Kontakta nämndsekreteraren eller IT om du behöver behörigheten.',
        },
      };
    }
    if (isConnectionLostError(error)) {
      return {
        ok: false,
        error: {
          code: 'busy',
          message: 'Förbindelsen med den gemensamma databasen bröts. Inget har sparats. Försök igen om en stund; kvarstår felet, kontakta IT.',
        },
      };
    }
    if (isDiskFullError(error)) {
      return { ok: false, error: { code: 'refused', message: STORAGE_MESSAGES.diskFull } };
    }
    log(`Fel i ${method as Method}`, error);
    return {
      ok: false,
      error: { code: 'internal', message: `Ett oväntat fel inträffade. Inget har sparats. Försök igen eller kontakta IT-stöd. ${whereIsTheLog()}` },
    };
  }
}

function defaultLog(message: string, error: unknown) {
  logError(message, error);
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = withoutUndefined(v);
  return out;
}
