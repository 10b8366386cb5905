// The audit trail of one insats, for reading and for export. The trail itself is append-only: no method
// of the contract edits or deletes it (the database refuses it too, by triggers in 0001_init.sql).
import { z } from 'zod';
import { generatedFileSchema } from './files';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });

/** One entry of the trail, as it was recorded. */
export const auditEntrySchema = z.object({
  id: z.number(),
  /** ISO time. */
  at: z.string(),
  /** Display name from the settings at the time. */
  actor: z.string(),
  osUser: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

export const insatsAuditEntrySchema = auditEntrySchema.extend({
  /** "Version 2: spara utkast", "Beslut 2025.053 SN § 37: registrera". */
  beskrivning: z.string(),
});
export type InsatsAuditEntry = z.infer<typeof insatsAuditEntrySchema>;

export const AUDIT_EXPORT_FORMATS = ['csv', 'json'] as const;

export const auditContract = {
  'audit/insats': {
    input: z.object({ insatsId: id }).strict(),
    output: z.array(insatsAuditEntrySchema),
  },
  'audit/exportInsats': {
    input: z.object({ insatsId: id, format: z.enum(AUDIT_EXPORT_FORMATS, { error: 'Välj CSV eller JSON.' }) }).strict(),
    output: generatedFileSchema,
  },
} as const;
