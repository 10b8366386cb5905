// Statuses of one insats version (docs/domain.md, "En versions livscykel").
export const VERSION_STATUSES = [
  'utkast',
  'forslag',
  'redo_for_beslut',
  'beslutad',
  'gallande',
  'ersatt',
  'upphavd',
  'utgangen',
  'aterremitterad',
  'avslagen',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const STATUS_LABELS: Record<VersionStatus, string> = {
  utkast: 'Utkast',
  forslag: 'Förslag',
  redo_for_beslut: 'Redo för beslut',
  beslutad: 'Beslutad',
  gallande: 'Gällande',
  ersatt: 'Ersatt',
  upphavd: 'Upphävd',
  utgangen: 'Utgången',
  aterremitterad: 'Återremitterad',
  avslagen: 'Avslagen',
};

/** Versions in these statuses can still be edited in place. */
export const EDITABLE_STATUSES: readonly VersionStatus[] = ['utkast', 'aterremitterad'];
