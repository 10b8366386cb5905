// Tolerance for typos in headings ("Dokumentaton", "Uppföljnig"): a small edit distance.

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** How many typos a word of this length may carry and still count as the word. */
export function typoAllowance(length: number): number {
  if (length >= 14) return 2;
  if (length >= 7) return 1;
  return 0;
}

/** Lower case, no trailing punctuation, single spaces: the form headings are compared in. */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐‑‒–—−]/gu, '-')
    .replace(/\s*-\s*/gu, ' - ')
    .replace(/[\t ]+/g, ' ')
    .replace(/[\s.:;,…]+$/u, '')
    .replace(/^[\s.:;,]+/u, '')
    .trim();
}
