// The portable catalogue: the whole catalogue with organisation referenced by name instead of id.
// One format serves the hand-written seed fixtures, the open-data JSON export/import round trip,
// and what the document importer proposes before the user confirms.
import { z } from 'zod';
import { isoDateSchema } from './dates';
import { insatsContentSchema, longText, shortText } from './insats';

export const portableInsatsContentSchema = insatsContentSchema.omit({ enhetId: true, kategoriId: true });
export type PortableInsatsContent = z.infer<typeof portableInsatsContentSchema>;

export const portableInsatsSchema = z.object({
  /** The heading number in the source document, e.g. "3.1.1"; null when the insats has none. */
  nummer: shortText.nullable(),
  sektor: shortText.nullable(),
  enhet: shortText.nullable(),
  kategori: shortText.nullable(),
  content: portableInsatsContentSchema,
  /** For 14 kap. 5 §: the "Bedömning särskilda skäl" text, i.e. the conclusion of the RKA. */
  bedomningSarskildaSkal: longText.default(''),
});
export type PortableInsats = z.infer<typeof portableInsatsSchema>;

/** Decision metadata as seed 002's header states it. */
export const portableBeslutSchema = z.object({
  typAvStyrdokument: shortText,
  beslutandeInstans: shortText,
  datumForBeslut: isoDateSchema,
  /** The diarienummer alone, e.g. "2025.053". */
  diarienummer: shortText,
  /** The paragraph of the protocol, e.g. 37 for "SN § 37". */
  paragraf: z.number().int().positive().nullable(),
  gallerFor: shortText,
  giltigFran: isoDateSchema,
  giltigTill: isoDateSchema.nullable(),
  reviderasSenast: isoDateSchema.nullable(),
  dokumentansvarig: shortText,
});
export type PortableBeslut = z.infer<typeof portableBeslutSchema>;

export const PORTABLE_FORMAT = 'iub-katalogen/1' as const;

export const portableCatalogueSchema = z.object({
  format: z.literal(PORTABLE_FORMAT),
  kommun: shortText,
  namnd: shortText,
  titel: shortText,
  beslut: portableBeslutSchema.nullable(),
  sektorer: z.array(z.object({ namn: shortText, enheter: z.array(shortText) })),
  kategorier: z.array(shortText),
  insatser: z.array(portableInsatsSchema),
});
export type PortableCatalogue = z.infer<typeof portableCatalogueSchema>;
