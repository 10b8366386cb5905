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
