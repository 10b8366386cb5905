// Sentences of a decision text: split at . ! ? before a capital letter ("14 kap. 5 §" stays whole), or at line breaks.
export function splitSentencesSimple(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
