// Metoder of an insats: the Metod section as seed 002 writes it ("Name. Description." with "Målgrupp:"
// and "Omfattning:" lines, or one paragraph per method), and a bulleted "- Name: description" list in
// the Innehåll (seed 001, 2.1.1). Omfattning is read where the document states it.
import type { Metod } from '../domain/insats';
import type { Recognised } from './proposal';
import { asSentence, splitSentences } from './sentences';
import { isOmfattningSentence, omfattningSentences } from './omfattning';

interface Draft {
  namn: string | null;
  paragraphs: string[];
  malgrupp: string;
  omfattning: string;
  labelled: boolean;
}

const NONE = /^[-–—]?$|^(?:ingen|inga)(?:\s+(?:särskild\s+)?metod(?:er)?(?:\s+anges)?)?\.?$/iu;
const ATTRIBUTE = /^(målgrupp|omfattning)\s*:\s*(.*)$/iu;
const DESCRIPTION_START = /^(?:metoden|det|den|detta|en|ett|syftet|insatsen|att|behandlingen|programmet|målet|mål|genom|i|vid|för|om)\b/iu;
/** A name has no verb; "Familjen kan få hjälp." is description. */
const VERB = /\b(?:kan|ska|skall|får|är|har|ges|blir|erbjuds|innebär|bygger|syftar|riktar)\b/iu;
const MAX_NAME_WORDS = 8;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "X, Y, är en …" → "X (Y)"; "Medling är en …" → "Medling". */
function nameFromDefinition(paragraph: string): string | null {
  const m = /^(.{2,70}?),?\s+är\s+(?:en|ett)\b/u.exec(paragraph);
  if (!m || words(m[1]) > MAX_NAME_WORDS || DESCRIPTION_START.test(m[1])) return null;
  const parts = /^([^,]+),\s*(.+?),?$/u.exec(m[1]);
  return parts ? `${parts[1].trim()} (${parts[2].trim()})` : m[1].trim();
}

/** A method's name and what follows it, when the paragraph opens with one. */
export function methodHead(paragraph: string): { namn: string; rest: string } | null {
  const trimmed = paragraph.trim();
  if (!/[.!?:]$/u.test(trimmed) && words(trimmed) <= MAX_NAME_WORDS && !DESCRIPTION_START.test(trimmed) && !VERB.test(trimmed))
    return { namn: trimmed, rest: '' };
  const first = splitSentences(trimmed)[0] ?? '';
  const bare = first.replace(/[.]$/u, '');
  if (first.endsWith('.') && words(bare) <= MAX_NAME_WORDS && bare.length <= 80 && !DESCRIPTION_START.test(bare) && !VERB.test(bare)) {
    return { namn: bare, rest: trimmed.slice(first.length).trim() };
  }
  const defined = nameFromDefinition(trimmed);
  return defined ? { namn: defined, rest: trimmed } : null;
}

function start(paragraph: string): Draft {
  const head = methodHead(paragraph);
  return head
    ? { namn: head.namn, paragraphs: head.rest ? [head.rest] : [], malgrupp: '', omfattning: '', labelled: false }
    : { namn: null, paragraphs: [paragraph], malgrupp: '', omfattning: '', labelled: false };
}

function abbreviation(namn: string): string | null {
  return /\(([\p{Lu}\d-]{2,10})\)\s*$/u.exec(namn)?.[1] ?? null;
}

/** Reads the methods of one Metod section. */
export function readMethodSection(paragraphs: readonly string[]): Draft[] {
  const paras = paragraphs.map((p) => p.trim()).filter((p) => !NONE.test(p));
  const labelled = paras.some((p) => ATTRIBUTE.test(p));
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const p of paras) {
    const attr = ATTRIBUTE.exec(p);
    if (attr) {
      if (!current) drafts.push((current = { namn: null, paragraphs: [], malgrupp: '', omfattning: '', labelled: true }));
      const key = attr[1].toLowerCase() === 'målgrupp' ? 'malgrupp' : 'omfattning';
      current[key] = current[key] ? `${current[key]} ${attr[2]}` : attr[2];
      current.labelled = true;
      continue;
    }
    // With "Målgrupp:"/"Omfattning:" lines a method ends at its last label; a paragraph that opens with a
    // name starts the next one either way.
    const opensNew = !current || (labelled && current.labelled) || methodHead(p) !== null;
    if (opensNew) drafts.push((current = start(p)));
    else current!.paragraphs.push(p);
  }
  // Unlabelled omfattning: sentences with counts; "ÅP består av 10 träffar" belongs to the method called (ÅP).
  if (!labelled) {
    const abbreviations = drafts.map((d) => (d.namn ? abbreviation(d.namn) : null));
    drafts.forEach((d) => {
      for (const sentence of d.paragraphs.flatMap(splitSentences)) {
        if (!isOmfattningSentence(sentence)) continue;
        const owner = abbreviations.findIndex((a) => a !== null && sentence.startsWith(`${a} `));
        const target = owner >= 0 ? drafts[owner] : d;
        target.omfattning = target.omfattning ? `${target.omfattning} ${sentence}` : sentence;
      }
    });
  }
  return drafts;
}

/** "- ACT-samtal i grupp: en gruppbaserad samtalsserie …" lines after a sentence ending in a colon. */
export function readListedMethods(paragraphs: readonly string[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!paragraphs[i].trim().endsWith(':')) continue;
    for (let j = i + 1; j < paragraphs.length; j++) {
      const m = /^[-–•*]\s+([^:]{2,90}?):\s+(.+)$/u.exec(paragraphs[j].trim());
      if (!m || words(m[1]) > MAX_NAME_WORDS + 2) break;
      const description = asSentence(m[2]);
      drafts.push({ namn: m[1].trim(), paragraphs: [description], malgrupp: '', omfattning: omfattningSentences([description]).join(' '), labelled: false });
    }
    if (drafts.length >= 2) return drafts;
    drafts.length = 0;
  }
  return [];
}

export interface MethodsResult {
  metoder: Metod[];
  recognised: Recognised[];
}

/** The metoder of an insats; `innehall` supplies omfattning for a lone method that states none. */
export function readMethods(metodParagraphs: readonly string[] | null, innehall: readonly string[], insatsNamn: string): MethodsResult {
  const drafts = metodParagraphs ? readMethodSection(metodParagraphs) : readListedMethods(innehall);
  if (drafts.length === 1 && !drafts[0].omfattning) drafts[0].omfattning = omfattningSentences(innehall).join(' ');
  const metoder = drafts.map((d, i) => ({
    namn: d.namn ?? (drafts.length === 1 ? insatsNamn : `${insatsNamn} (${i + 1})`),
    beskrivning: d.paragraphs.join('\n\n'),
    malgrupp: d.malgrupp,
    omfattning: d.omfattning,
  }));
  const recognised = metoder.map((m) => ({
    field: 'metoder',
    label: `Metod: ${m.namn}${m.omfattning ? ` – omfattning: ${m.omfattning}` : ''}`,
    source: m.namn,
  }));
  return { metoder, recognised };
}
