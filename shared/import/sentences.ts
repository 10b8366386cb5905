// Sentences of a paragraph, without breaking at "14 kap. 3 §", "t.ex." or "ca. 6".

const ABBREVIATIONS = /(?:\bkap|\bt\.ex|\bbl\.a|\bca|\bnr|\bs|\bst|\bf\.d|\bm\.m|\bo\.s\.v|\bosv|\bdvs|\bd\.v\.s|\bjfr|\bp)\.$/iu;

export function splitSentences(paragraph: string): string[] {
  const pieces = paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}\d"”(«])/u);
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATIONS.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** First letter upper case and a full stop at the end: how a clause cut from a sentence is shown. */
export function asSentence(text: string): string {
  const t = text
    .trim()
    .replace(/^[,;:]\s*/u, '')
    .replace(/[\s,;:]+$/u, '');
  if (!t) return '';
  const capital = t.charAt(0).toLocaleUpperCase('sv') + t.slice(1);
  return /[.!?)]$/u.test(capital) ? capital : `${capital}.`;
}
