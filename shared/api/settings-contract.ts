import { z } from 'zod';
import { requiredName, shortText } from '../domain/insats';
import { validatePatternOrNull } from './pattern-check';

export const settingsSchema = z.object({
  konfigurerad: z.boolean(),
  kommun: z.string(),
  namnd: z.string(),
  /** The nämnd's short form in paragraph references: "2025.053 SN § 37". */
  namndForkortning: z.string(),
  forvaltning: z.string(),
  anvandare: z.string(),
  diarienummerMonster: z.string(),
  kravFolkbokforing: z.boolean(),
  paminnelseDagar: z.array(z.number().int()),
  forslagVantetidDagar: z.number().int(),
  antalSakerhetskopior: z.number().int(),
  /** The revision of the last save (0: never saved); send it back with settings/update (0017). */
  revision: z.number().int(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  konfigurerad: false,
  kommun: '',
  namnd: 'Socialnämnden',
  namndForkortning: 'SN',
  forvaltning: 'Socialförvaltningen',
  anvandare: '',
  diarienummerMonster: '{year}.{seq:000}',
  kravFolkbokforing: false,
  paminnelseDagar: [90, 30, 7],
  forslagVantetidDagar: 60,
  antalSakerhetskopior: 10,
  revision: 0,
};

const leadDays = z
  .array(z.number().int().min(1, { error: 'Minst 1 dag.' }).max(730, { error: 'Högst 730 dagar.' }))
  .min(1, { error: 'Ange minst en påminnelsetid.' })
  .max(6, { error: 'Högst sex påminnelsetider.' });

export const settingsUpdateSchema = z
  .object({
    kommun: requiredName,
    namnd: requiredName,
    namndForkortning: shortText,
    forvaltning: shortText,
    anvandare: requiredName,
    diarienummerMonster: shortText.refine((p) => validatePatternOrNull(p) === null, {
      error: 'Mönstret måste innehålla {year} och {seq}, t.ex. {year}.{seq:000}.',
    }),
    kravFolkbokforing: z.boolean(),
    paminnelseDagar: leadDays,
    forslagVantetidDagar: z.number().int().min(1).max(730),
    antalSakerhetskopior: z.number().int().min(1, { error: 'Minst en säkerhetskopia.' }).max(100),
    /** The revision the change was based on; an older one is refused with `conflict`. */
    revision: z.number({ error: 'Revisionen ska vara ett tal: ladda om sidan.' }).int().min(0),
  })
  .partial()
  .strict();

export const settingsContract = {
  'settings/get': { input: z.object({}).strict(), output: settingsSchema },
  'settings/update': { input: settingsUpdateSchema, output: settingsSchema },
} as const;
