// A kommun's name as Swedish documents write it: "Östersund" → "Östersunds kommun", "Alingsås" → "Alingsås
// kommun", "Falun" → "Falu kommun"; a name that already says kommun, stad or region is kept.
export function kommunNamn(kommun: string): string {
  const k = kommun.trim();
  if (!k) return '';
  if (/\b(kommun|stad|region)$/i.test(k)) return k;
  if (/^falun$/i.test(k)) return 'Falu kommun';
  return /[bcdfghjklmnpqrtvw]$/i.test(k) ? `${k}s kommun` : `${k} kommun`;
}
