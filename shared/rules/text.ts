// Recognising Swedish words in free text: normalisation, word-boundary aware patterns that accept
// inflections ("kontaktpersoner", "familjehemmet"), and the text fields of an insats to scan.
import type { InsatsContent } from '../domain/insats';

/** NFC, no soft hyphens, single spaces, lower case. */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .toLowerCase()
    .trim();
}

// JavaScript's \b only knows ASCII letters; Swedish needs å, ä, ö, é.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const TAIL = '\\p{L}*';

/**
 * A word beginning with `stem`, followed by any inflection or compound tail
 * ("kontaktperson" matches "kontaktpersonerna", "kontaktpersonsuppdrag").
 * `inCompound` also matches the stem as the last part of a compound ("jourfamiljehem").
 */
export function stem(source: string, opts: { inCompound?: boolean } = {}): RegExp {
  return new RegExp(`${opts.inCompound ? '' : START}${source}${TAIL}`, 'iu');
}

/** An exact word or phrase (the source may itself contain alternatives and inflections). */
export function phrase(source: string): RegExp {
  return new RegExp(`${START}(?:${source})${END}`, 'iu');
}

export interface TextHit {
  /** The matched text. */
  match: string;
  /** The whole word(s) the match lies in, as written in the normalised text. */
  word: string;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Expand a match to the whole words it touches. */
function wordAround(text: string, index: number, length: number): string {
  let start = index;
  let end = index + length;
  while (start > 0 && isLetter(text[start - 1])) start--;
  while (end < text.length && isLetter(text[end])) end++;
  return text.slice(start, end);
}

/**
 * The first match of any pattern in `text` (already normalised or not) whose word is not an exception.
 * `exceptions` are tested against the whole word, e.g. /^familjehemsplacera/ spares "familjehemsplacerade".
 */
export function findHit(text: string, patterns: readonly RegExp[], exceptions: readonly RegExp[] = []): TextHit | null {
  const normalized = normalize(text);
  if (normalized === '') return null;
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of normalized.matchAll(global)) {
      const word = wordAround(normalized, m.index ?? 0, m[0].length);
      if (exceptions.some((e) => e.test(word))) continue;
      return { match: m[0], word };
    }
  }
  return null;
}

export interface TextSource {
  /** Content field path, e.g. 'innehall', 'metoder.1.beskrivning'. */
  field: string;
  /** Swedish description for messages, e.g. 'innehållet', 'metoden ”CRAFT”'. */
  label: string;
  text: string;
}

/** The descriptive free-text fields of an insats (not the name, not villkor), in reading order. */
export function contentSources(content: InsatsContent): TextSource[] {
  const sources: TextSource[] = [
    { field: 'innehall', label: 'innehållet', text: content.innehall },
    { field: 'malgrupp', label: 'målgruppen', text: content.malgrupp },
  ];
  content.metoder.forEach((m, i) => {
    const label = m.namn.trim() ? `metoden ”${m.namn.trim()}”` : `metod ${i + 1}`;
    sources.push({ field: `metoder.${i}.namn`, label, text: m.namn });
    sources.push({ field: `metoder.${i}.beskrivning`, label, text: m.beskrivning });
    sources.push({ field: `metoder.${i}.malgrupp`, label, text: m.malgrupp });
    sources.push({ field: `metoder.${i}.omfattning`, label, text: m.omfattning });
  });
  return sources;
}

export const isBlank = (s: string | null | undefined): boolean => !s || s.trim() === '';
