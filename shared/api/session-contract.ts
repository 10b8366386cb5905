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

// Inställningar → Databas in the app: which database it opens at the next start, a local file or the
// förvaltning's shared PostgreSQL database. The password is never part of an answer: the app keeps it
// encrypted with the operating system's key store (Electron safeStorage). In the browser mode the server
// was started with --db, so no choice is offered there.
const port = z
  .number({ error: 'Porten ska vara ett tal.' })
  .int()
  .min(1, { error: 'Porten ska vara 1–65535.' })
  .max(65535, { error: 'Porten ska vara 1–65535.' });
const hostName = z
  .string()
  .trim()
  .min(1, { error: 'Ange serverns namn eller adress.' })
  .max(253)
  .regex(/^[A-Za-z0-9.\-:[\]]+$/, { error: 'Serverns namn får bara innehålla bokstäver a–z, siffror, punkt, bindestreck och kolon.' });
const pgName = z
  .string()
  .trim()
  .min(1, { error: 'Ange ett namn.' })
  .max(63, { error: 'Högst 63 tecken.' })
  .regex(/^[A-Za-z0-9_.@\-$]+$/, { error: 'Namnet får bara innehålla bokstäver a–z, siffror och _ . @ - $.' });

export const databaseChoiceSchema = z.discriminatedUnion('typ', [
  z.object({ typ: z.literal('lokal') }).strict(),
  z
    .object({
      typ: z.literal('gemensam'),
      host: hostName,
      port,
      databas: pgName,
      anvandare: pgName,
      /** A new password to keep; absent or empty keeps the one already kept (or none: Kerberos, .pgpass). */
      losenord: z.string().max(1000).optional(),
    })
    .strict(),
]);
export type DatabaseChoiceInput = z.infer<typeof databaseChoiceSchema>;

export const databaseChoiceStateSchema = z.object({
  /** false in the browser mode: the server was started with --db and the choice is made there. */
  erbjuds: z.boolean(),
  /** What the app opens at its next start; null when nothing was chosen (the local file). */
  val: z
    .discriminatedUnion('typ', [
      z.object({ typ: z.literal('lokal') }),
      z.object({ typ: z.literal('gemensam'), host: z.string(), port: z.number(), databas: z.string(), anvandare: z.string(), harLosenord: z.boolean() }),
    ])
    .nullable(),
  /** --db or IUB_DB given when the app started: they win over the choice. */
  styrsAv: z.enum(['--db', 'IUB_DB']).nullable(),
  /** The password can be kept encrypted on this computer. */
  krypteringFinns: z.boolean(),
});
export type DatabaseChoiceState = z.infer<typeof databaseChoiceStateSchema>;

export const databaseChoiceContract = {
  'databas/val': { input: z.object({}).strict(), output: databaseChoiceStateSchema },
  /** Takes effect at the next start of the app. */
  'databas/valj': { input: databaseChoiceSchema, output: databaseChoiceStateSchema },
} as const;
