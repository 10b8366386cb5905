// Organisation: sektor → enhet (an insats belongs to one enhet), and kategori.
import { z } from 'zod';
import { requiredName } from './insats';

/** `revision`: raised by every rename (0014); organisation/rename sends it back. */
const revision = z.number().int().optional();
export const sektorSchema = z.object({ id: z.number().int(), namn: z.string(), revision });
export const enhetSchema = z.object({ id: z.number().int(), sektorId: z.number().int(), namn: z.string(), revision });
export const kategoriSchema = z.object({ id: z.number().int(), namn: z.string(), sortering: z.number().int(), revision });
export type Sektor = z.infer<typeof sektorSchema>;
export type Enhet = z.infer<typeof enhetSchema>;
export type Kategori = z.infer<typeof kategoriSchema>;

export const newSektorSchema = z.object({ namn: requiredName });
export const newEnhetSchema = z.object({ sektorId: z.number().int().positive(), namn: requiredName });
export const newKategoriSchema = z.object({ namn: requiredName });
