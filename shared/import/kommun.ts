// "folkbokförd i Östersunds kommun" → Östersund; "i Alingsås kommun" → Alingsås. Swedish adds a genitive
// s to most names ending in a consonant; names already ending in s (-ås, -näs, -fors) take none. The
// configured kommun, when given, decides.

const KEEPS_FINAL_S = /(?:[aeiouyåäöé]s|rs)$/iu;

export function kommunFromGenitive(word: string, hint = ''): string {
  const name = word.trim();
  if (hint) {
    const h = hint.trim();
    if (name.localeCompare(h, 'sv', { sensitivity: 'base' }) === 0) return h;
    if (name.localeCompare(`${h}s`, 'sv', { sensitivity: 'base' }) === 0) return h;
  }
  if (/s$/iu.test(name) && !KEEPS_FINAL_S.test(name)) return name.slice(0, -1);
  return name;
}

const KOMMUN_PHRASE = /\bi\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:kommun|stad)\b/u;

/** The kommun named in "… i X kommun" in the text, or null. "i kommunen" gives the hint. */
export function kommunInText(text: string, hint = ''): string | null {
  const m = KOMMUN_PHRASE.exec(text);
  if (m) return kommunFromGenitive(m[1], hint);
  if (/\bi\s+kommunen\b/iu.test(text) && hint) return hint;
  return null;
}

// Not \b: it is ASCII-only and would match "stersunds" inside "Östersunds".
const NAMED_KOMMUN = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:kommun|KOMMUN)(?![\p{L}])/gu;
/** Words that start a sentence before "kommun" without naming one ("Varje kommun …"). */
const NOT_NAMES = new Set(['varje', 'en', 'ett', 'denna', 'den', 'samma', 'annan', 'vilken', 'er', 'din', 'vår', 'egen', 'hela', 'berörd']);

/** The kommun the document names most often ("Östersunds kommun", "BERGSLUNDA KOMMUN"), or null. */
export function namedKommun(lines: readonly string[]): string | null {
  const counts = new Map<string, { name: string; n: number }>();
  for (const line of lines) {
    for (const m of line.matchAll(NAMED_KOMMUN)) {
      if (NOT_NAMES.has(m[1].toLocaleLowerCase('sv'))) continue;
      const raw = m[1] === m[1].toLocaleUpperCase('sv') ? m[1][0] + m[1].slice(1).toLocaleLowerCase('sv') : m[1];
      const name = kommunFromGenitive(raw);
      const key = name.toLocaleLowerCase('sv');
      const seen = counts.get(key) ?? { name, n: 0 };
      seen.n += 1;
      counts.set(key, seen);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.name ?? null;
}

/** Whether two kommun names are the same kommun ("Östersund", "östersund"). */
export const sameKommun = (a: string, b: string) => a.trim().localeCompare(b.trim(), 'sv', { sensitivity: 'base' }) === 0;
