import { z } from 'zod';
import { enhetSchema, kategoriSchema, newEnhetSchema, newKategoriSchema, newSektorSchema, sektorSchema } from '../domain/organisation';
import { requiredName } from '../domain/insats';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });

export const organisationSchema = z.object({
  sektorer: z.array(sektorSchema),
  enheter: z.array(enhetSchema),
  kategorier: z.array(kategoriSchema),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationContract = {
  'organisation/get': { input: z.object({}).strict(), output: organisationSchema },
  'organisation/createSektor': { input: newSektorSchema.strict(), output: sektorSchema },
  'organisation/createEnhet': { input: newEnhetSchema.strict(), output: enhetSchema },
  'organisation/createKategori': { input: newKategoriSchema.strict(), output: kategoriSchema },
  'organisation/rename': {
    input: z.object({ typ: z.enum(['sektor', 'enhet', 'kategori']), id, namn: requiredName }).strict(),
    output: organisationSchema,
  },
  'organisation/delete': {
    input: z.object({ typ: z.enum(['sektor', 'enhet', 'kategori']), id }).strict(),
    output: organisationSchema,
  },
} as const;
