// Sentences of a decision text: split at . ! ? or line breaks followed by a new sentence.
export function splitSentencesSimple(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\d)|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
