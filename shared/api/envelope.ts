// The result of every API call, on both transports: a value, or an error a user can read.
import { z } from 'zod';

export const ERROR_CODES = ['unknown_method', 'invalid_input', 'not_found', 'conflict', 'refused', 'busy', 'unauthorized', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiError };

export const envelopeSchema = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: apiErrorSchema })]);

/** Thrown by services for expected failures; the dispatcher turns it into an error envelope. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  antal: 'ett tal',
  int: 'ett heltal',
  boolean: 'ja eller nej',
  object: 'ett objekt',
  lista: 'en lista',
  array: 'en lista',
  null: 'tomt (null)',
  date: 'ett datum',
  bigint: 'ett stort tal',
};
const typeName = (t: string) => TYPE_NAMES[t] ?? t;

/** zod's Swedish locale still names JavaScript types ("förväntat object, fick undefined"); say it plainly. */
export function plainSwedish(message: string): string {
  const missing = message.match(/^Ogiltig inmatning: förväntat (\w+), fick undefined$/);
  if (missing) return `Uppgiften saknas (ska vara ${typeName(missing[1])}).`;
  const wrong = message.match(/^Ogiltig inmatning: förväntat (\w+), fick (\w+)$/);
  if (wrong) return `Fel sorts värde: ska vara ${typeName(wrong[1])}, inte ${typeName(wrong[2])}.`;
  const tooBig = message.match(/^För stor\(t\): förvänta\w* \w+ att ha <=?(-?[\d.e+]+)$/);
  if (tooBig) return `Värdet är för stort (högst ${tooBig[1]}).`;
  const tooSmall = message.match(/^För lite\(t\): förvänta\w* \w+ att ha >=?(-?[\d.e+]+)$/);
  if (tooSmall) return `Värdet är för litet (minst ${tooSmall[1]}).`;
  return message;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Turns zod issues into Swedish path/message pairs (kept short: a hostile key is not echoed whole). */
export function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) {
  return issues.slice(0, 50).map((i) => ({ path: clip(i.path.map(String).join('.'), 120), message: clip(plainSwedish(i.message), 300) }));
}
