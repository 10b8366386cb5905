// The ids of the excluded kinds (excluded-kinds.ts), as a tuple for the API contract; a test keeps them in step.
export const EXCLUDED_KIND_IDS = [
  'kontaktperson',
  'familjehem',
  'lvm-sis',
  'placering-unga',
  'boende-aldre-funktionsnedsattning',
  'heldygnsvard',
  'ekonomiskt-bistand',
] as const;
export type ExcludedKindId = (typeof EXCLUDED_KIND_IDS)[number];
