import { z } from 'zod';
import { auditEntrySchema } from './audit-contract';

// insatser and beslut: how much the backup holds (null when the copy cannot be read), for the restore confirmation.
const backupFileSchema = z.object({
  name: z.string(),
  size: z.number(),
  createdAt: z.string(),
  insatser: z.number().nullable(),
  beslut: z.number().nullable(),
});

export const backupsContract = {
  'backups/list': { input: z.object({}).strict(), output: z.array(backupFileSchema) },
  'backups/create': { input: z.object({}).strict(), output: backupFileSchema },
  /** What the open file holds, for the restore confirmation beside the backup's counts. */
  'backups/current': { input: z.object({}).strict(), output: z.object({ insatser: z.number().nullable(), beslut: z.number().nullable() }) },
  'backups/restore': {
    input: z
      .object({
        // Only a file name from the backups folder: never a path.
        name: z
          .string()
          .regex(/^[\w.-]+\.db$/, { error: 'Ogiltigt namn på säkerhetskopia.' })
          .max(200),
      })
      .strict(),
    output: z.object({ restoredFrom: z.string(), safetyCopy: z.string().nullable() }),
  },
  'audit/list': {
    input: z
      .object({ entity: z.string().max(50).optional(), entityId: z.string().max(50).optional(), limit: z.number().int().min(1).max(5000).default(200) })
      .strict(),
    output: z.array(auditEntrySchema),
  },
} as const;
