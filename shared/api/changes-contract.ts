// Others' changes without a reload: open screens poll "what changed since the cursor I last saw".
import { z } from 'zod';

export const changeSetSchema = z.object({
  /** Pass it back as `after` next time. */
  cursor: z.number(),
  /** What changed after `after`, each kind and id once, oldest first (the audit trail's names). */
  changes: z.array(z.object({ entity: z.string(), entityId: z.string() })),
  /** More changes than listed: refresh everything. */
  more: z.boolean(),
});
export type ChangeSet = z.infer<typeof changeSetSchema>;

export const changesContract = {
  /** `after: null` only returns the cursor to start from. */
  'changes/since': {
    input: z.object({ after: z.number().int().min(0).nullable() }).strict(),
    output: changeSetSchema,
  },
} as const;
