// What a villkor sentence can say, one detector per kind: folkbokförd i <kommun>, vårdnadshavares
// samtycke, an age, a prior insats, a document to show. Each finds its phrase and where it starts, so a
// sentence like "18 år och äldre som gått en 12 stegs primärbehandling samt folkbokförda i Östersunds
// kommun" becomes three villkor.
import type { VillkorTyp } from '../domain/insats';
import { findAges } from './ages';
import { kommunInText } from './kommun';

export interface VillkorHit {
  typ: VillkorTyp;
  index: number;
  end: number;
  phrase: string;
  alderMin?: number | null;
  alderMax?: number | null;
  ambiguousAge?: boolean;
  kommun?: string;
  tidigareInsats?: string;
  dokument?: string;
}

export interface DetectorContext {
  kommunHint: string;
}

type Detector = (sentence: string, ctx: DetectorContext) => VillkorHit[];

function all(regex: RegExp, text: string): RegExpExecArray[] {
  const r = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  return [...text.matchAll(r)] as RegExpExecArray[];
}

const FOLKBOKFORD = /folkbokför(?:d|da|t|as|ing(?:en)?)\b/iu;
/** "behöver inte vara folkbokförd", "oavsett folkbokföring", "Folkbokföring i kommunen krävs inte": no villkor. */
const NEGATED_BEFORE = /\b(?:inte|ej|oavsett|utan\s+krav\s+på|inget\s+krav\s+på|inga\s+krav\s+på)\s+(?:\p{L}+\s+){0,2}$/iu;
// \b is ASCII-only, so a word starting with å, ä or ö is bounded by (?<!\p{L}).
const NEGATED_AFTER = /^[^.;,]*?(?<!\p{L})(?:krävs|behövs|är)\s+(?:inte|ej)\b|^[^.;,]*?(?<!\p{L})är\s+(?:inget|inte\s+ett)\s+krav\b/iu;

/** The sentence says folkbokföring is not required ("Folkbokföring i kommunen krävs inte"). */
export function deniesFolkbokforing(sentence: string): boolean {
  return all(FOLKBOKFORD, sentence).some(
    (m) => NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) || NEGATED_AFTER.test(sentence.slice(m.index)),
  );
}

const folkbokford: Detector = (sentence, ctx) =>
  all(FOLKBOKFORD, sentence).flatMap((m) => {
    if (NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) || NEGATED_AFTER.test(sentence.slice(m.index))) return [];
    const rest = sentence.slice(m.index);
    const kommun = kommunInText(rest, ctx.kommunHint) ?? ctx.kommunHint;
    const kommunEnd = /\b(?:kommun|kommunen|stad)\b/iu.exec(rest);
    const end = m.index + (kommunEnd ? kommunEnd.index + kommunEnd[0].length : m[0].length);
    return [{ typ: 'folkbokford' as const, index: m.index, end, phrase: sentence.slice(m.index, end), kommun }];
  });

const GUARDIAN = '(?:vårdnadshavar(?:e|es|en|ens|na|nas)|förälder|förälderns|föräldrar(?:s|na|nas)?)';
const SAMTYCKE = new RegExp(
  [
    `(?:med\\s+)?(?:(?:sin|sina|barnets)\\s+)?${GUARDIAN}\\s+(?:samtycke|medgivande|godkännande|tillstånd)`,
    `(?:samtycke|medgivande|godkännande|tillstånd)\\s+(?:från|av)\\s+(?:barnets\\s+|sin\\s+|sina\\s+)?${GUARDIAN}`,
    // Taking part together with the vårdnadshavare is consent given by taking part (issue 19).
    `(?:deltar|medverkar|kommer|är\\s+med)\\s+(?:\\p{L}+\\s+)?(?:tillsammans\\s+)?med\\s+(?:sin|sina|en|barnets)\\s+${GUARDIAN}`,
    `tillsammans\\s+med\\s+(?:sin|sina|en|barnets)\\s+${GUARDIAN}`,
    // "Barn 10–14 år: samtycke", "Krävs samtycke." – a bare samtycke in a villkor means the guardian's.
    `(?<![\\p{L}])samtycke(?:t)?(?![\\p{L}])(?!\\s+(?:från|av)\\s+(?:den\\s+unge|barnet|ungdomen|deltagaren))`,
  ].join('|'),
  'iu',
);

const samtycke: Detector = (sentence) =>
  all(SAMTYCKE, sentence)
    .filter((m) => !/\butan\s+$/iu.test(sentence.slice(Math.max(0, m.index - 6), m.index)))
    .map((m) => ({ typ: 'samtycke' as const, index: m.index, end: m.index + m[0].length, phrase: m[0] }));

const alder: Detector = (sentence) =>
  findAges(sentence).map((a) => ({
    typ: 'alder' as const,
    index: a.index,
    end: a.index + a.phrase.length,
    phrase: a.phrase,
    alderMin: a.min,
    alderMax: a.max,
    ambiguousAge: a.ambiguous,
  }));

const STOP = '(?=\\s+(?:och|samt)\\b|[,.;]|$)';
const PRIOR_INSATS: ReadonlyArray<{ regex: RegExp; value(m: RegExpExecArray): string }> = [
  { regex: new RegExp(`haft\\s+(?:insatsen\\s+|en\\s+|ett\\s+)?(\\p{Lu}[\\p{L}\\d -]*?)${STOP}`, 'gu'), value: (m) => m[1] },
  { regex: /efter\s+(?:avslutad\s+)?insats\s+(?:på|hos|vid)\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*)/gu, value: (m) => m[1] },
  { regex: /deltagit\s+i\s+(?:någon\s+av\s+)?(?:insatserna\s+|insatsen\s+)?(.+?)(?=\s+samt\b|\s+och\s+(?:är|vara|folkbokf)|[.;]|$)/giu, value: (m) => m[1] },
  { regex: new RegExp(`(?:gått|genomgått|avslutat)\\s+(?:en\\s+|ett\\s+)?(.+?)${STOP}`, 'giu'), value: (m) => m[1] },
  { regex: /har\s+(?:en\s+)?([\p{L}\d]+)-behandlare/giu, value: (m) => m[1] },
  { regex: new RegExp(`(?:tidigare|pågående)\\s+(?:insats|kontakt|behandling)\\s+(?:på|hos|vid|med|i)\\s+(.+?)${STOP}`, 'giu'), value: (m) => m[1] },
];

const tidigareInsats: Detector = (sentence) =>
  PRIOR_INSATS.flatMap(({ regex, value }) =>
    all(regex, sentence).map((m) => ({
      typ: 'tidigareInsats' as const,
      index: m.index,
      end: m.index + m[0].length,
      phrase: m[0],
      tidigareInsats: value(m).trim(),
    })),
  );

const DOKUMENT =
  /\b(?:hyreskontrakt|hyresavtal|förstahandskontrakt|id-handling|identitetshandling|legitimation|läkarintyg|intyg)\b(?:\s+(?:i|från|för)\s+\p{Lu}[\p{L}-]*(?:\s+(?:kommun|stad))?)?/giu;

const dokument: Detector = (sentence) =>
  all(DOKUMENT, sentence).map((m) => ({
    typ: 'dokument' as const,
    index: m.index,
    end: m.index + m[0].length,
    phrase: m[0],
    dokument: m[0].charAt(0).toLocaleUpperCase('sv') + m[0].slice(1),
  }));

/** Every detector, in the order their hits are preferred when two overlap. */
export const VILLKOR_DETECTORS: readonly Detector[] = [folkbokford, samtycke, tidigareInsats, dokument, alder];

/** All hits in a sentence, in text order, without overlaps (earlier detectors win). */
export function detectVillkor(sentence: string, ctx: DetectorContext): VillkorHit[] {
  const hits: VillkorHit[] = [];
  for (const detector of VILLKOR_DETECTORS) {
    for (const hit of detector(sentence, ctx)) {
      if (hits.some((h) => hit.index < h.end && hit.end > h.index)) continue;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
