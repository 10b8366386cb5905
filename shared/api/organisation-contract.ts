import { z } from 'zod';
import { enhetSchema, kategoriSchema, newEnhetSchema, newKategoriSchema, newSektorSchema, sektorSchema } from '../domain/organisation';
import { requiredName } from '../domain/insats';
import { revisionSchema } from './catalogue-contract';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });

export const organisationSchema = z.object({
  sektorer: z.array(sektorSchema),
  enheter: z.array(enhetSchema),
  kategorier: z.array(kategoriSchema),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationUsageSchema = z.object({
  enheter: z.array(z.object({ id: z.number(), insatser: z.number() })),
  kategorier: z.array(z.object({ id: z.number(), insatser: z.number() })),
});
export type OrganisationUsage = z.infer<typeof organisationUsageSchema>;

export const organisationContract = {
  'organisation/get': { input: z.object({}).strict(), output: organisationSchema },
  'organisation/createSektor': { input: newSektorSchema.strict(), output: sektorSchema },
  'organisation/createEnhet': { input: newEnhetSchema.strict(), output: enhetSchema },
  'organisation/createKategori': { input: newKategoriSchema.strict(), output: kategoriSchema },
  'organisation/rename': {
    /** `revision`: the one the user saw; a name changed meanwhile is refused with `conflict` (0014). */
    input: z.object({ typ: z.enum(['sektor', 'enhet', 'kategori']), id, namn: requiredName, revision: revisionSchema.optional() }).strict(),
    output: organisationSchema,
  },
  'organisation/delete': {
    input: z.object({ typ: z.enum(['sektor', 'enhet', 'kategori']), id }).strict(),
    output: organisationSchema,
  },
  'organisation/moveEnhet': { input: z.object({ id, sektorId: id }).strict(), output: organisationSchema },
  'organisation/moveKategori': {
    input: z.object({ id, riktning: z.enum(['upp', 'ner'], { error: 'Riktningen ska vara upp eller ner.' }) }).strict(),
    output: organisationSchema,
  },
  'organisation/usage': { input: z.object({}).strict(), output: organisationUsageSchema },
} as const;
