// The result of every API call, on both transports: a value, or an error a user can read.
import { z } from 'zod';

export const ERROR_CODES = [
  'unknown_method',
  'invalid_input',
  'not_found',
  'conflict',
  'refused',
  'busy',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiError };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

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

/** Turns zod issues into Swedish path/message pairs. */
export function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
