// Minimal check of a diarienummer pattern, used by the settings contract.
export function validatePatternOrNull(pattern: string): string | null {
  if (!pattern.includes('{year}')) return 'Mönstret saknar {year}.';
  if (!/\{seq(:0+)?\}/.test(pattern)) return 'Mönstret saknar {seq}.';
  return null;
}
