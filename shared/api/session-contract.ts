import { z } from 'zod';
import { ATGARDER, ROLLER } from '../domain/roles';

export const sessionInfoSchema = z.object({
  motor: z.enum(['sqlite', 'postgres']),
  /** The SQLite file or the PostgreSQL URL without its password. */
  databas: z.string(),
  /** The database role (PostgreSQL session_user) or the operating-system user (SQLite). */
  anvandare: z.string(),
  roll: z.enum(ROLLER),
  rollNamn: z.string(),
  /** Per action: null when allowed, else the Swedish reason the UI shows beside the disabled control. */
  behorigheter: z.record(z.enum(ATGARDER), z.string().nullable()),
  /** The last `iub copy` into this database, if any (backups of a shared database are IT's). */
  senasteKopiering: z.object({ from: z.string(), at: z.string() }).nullable(),
});

export const sessionContract = {
  'session/info': { input: z.object({}).strict(), output: sessionInfoSchema },
} as const;
