// The villkor of one insats from its Villkor, Lämplighetsprövning and "För barn 7–14 år" sections:
// each sentence is cut into one villkor per thing it requires, typed, with what was read noted.
import { emptyVillkor, type Villkor } from '../domain/insats';
import { ageBelongsToOther, villkorAgeIsAboutChildOfParticipant } from './age-subject';
import { findAges, formatAge } from './ages';
import type { InsatsSection } from './insats-sections';
import type { Recognised, Unrecognised } from './proposal';
import { asSentence, splitSentences } from './sentences';
import { deniesFolkbokforing, detectVillkor, type VillkorHit } from './villkor-detectors';

export interface VillkorResult {
  villkor: Villkor[];
  recognised: Recognised[];
  unrecognised: Unrecognised[];
}

const CONNECTOR = /\s+och\s+|\s+samt\s+|,\s+/giu;

/** Cuts a sentence into one clause per hit, at the "och"/"samt"/comma before each later hit. */
export function cutClauses(sentence: string, hits: readonly VillkorHit[]): string[] {
  const starts = hits.map((hit, k) => {
    if (k === 0) return 0;
    const prevEnd = hits[k - 1].end;
    let cut = hit.index;
    for (const m of sentence.slice(prevEnd, hit.index).matchAll(CONNECTOR)) cut = prevEnd + (m.index ?? 0);
    return cut;
  });
  return hits.map((_, k) =>
    asSentence(
      sentence
        .slice(starts[k], k + 1 < hits.length ? starts[k + 1] : sentence.length)
        .replace(/^\s*(?:,\s*)?(?:och|samt)\s+(?:är\s+)?/iu, '')
        .replace(/\s+(?:som|och|samt|att)\s*$/iu, ''),
    ),
  );
}

/** Several age phrases in one sentence ("3–12 år och 13–18 år") make one range. */
function mergeAgeHits(hits: VillkorHit[]): VillkorHit[] {
  const out: VillkorHit[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last?.typ === 'alder' && hit.typ === 'alder') {
      const mins = [last.alderMin, hit.alderMin];
      const maxs = [last.alderMax, hit.alderMax];
      out[out.length - 1] = {
        ...last,
        end: hit.end,
        phrase: `${last.phrase} … ${hit.phrase}`,
        alderMin: mins.includes(null) ? null : Math.min(...(mins as number[])),
        alderMax: maxs.includes(null) ? null : Math.max(...(maxs as number[])),
      };
    } else out.push(hit);
  }
  return out;
}

function fromHit(hit: VillkorHit, clause: string, sentence: string, malgrupp: string, out: VillkorResult) {
  const v = emptyVillkor(hit.typ, clause);
  switch (hit.typ) {
    case 'alder': {
      if (ageBelongsToOther(sentence, hit.index) || villkorAgeIsAboutChildOfParticipant(clause, malgrupp)) {
        out.villkor.push(emptyVillkor('ovrigt', clause));
        out.recognised.push({
          field: 'villkor',
          label: `Övrigt villkor: åldern (${formatAge(hit.alderMin ?? null, hit.alderMax ?? null)}) gäller barnet, inte deltagaren`,
          source: clause,
        });
        return;
      }
      v.alderMin = hit.alderMin ?? null;
      v.alderMax = hit.alderMax ?? null;
      out.recognised.push({ field: 'villkor', label: `Ålder: ${formatAge(v.alderMin, v.alderMax)}`, source: hit.phrase });
      if (hit.ambiguousAge) {
        out.unrecognised.push({
          field: 'villkor',
          text: clause,
          reason: `"${hit.phrase}" säger inte om det är lägsta eller högsta ålder; tolkat som lägsta ålder.`,
        });
      }
      break;
    }
    case 'folkbokford':
      v.kommun = hit.kommun ?? '';
      out.recognised.push({ field: 'villkor', label: v.kommun ? `Folkbokförd i ${v.kommun}` : 'Folkbokförd i kommunen', source: hit.phrase });
      if (!v.kommun) out.unrecognised.push({ field: 'villkor', text: clause, reason: 'Kommunen kunde inte läsas ut.' });
      break;
    case 'samtycke':
      out.recognised.push({ field: 'villkor', label: 'Vårdnadshavares samtycke', source: hit.phrase });
      break;
    case 'tidigareInsats':
      v.tidigareInsats = hit.tidigareInsats ?? '';
      out.recognised.push({ field: 'villkor', label: `Tidigare insats: ${v.tidigareInsats}`, source: hit.phrase });
      break;
    case 'dokument':
      v.dokument = hit.dokument ?? '';
      out.recognised.push({ field: 'villkor', label: `Dokument att visa: ${v.dokument}`, source: hit.phrase });
      break;
    default:
      break;
  }
  out.villkor.push(v);
}

/** "upp till 14 år" beside a consent means 14 included: the consent of the under-15 rule, stated to its last year. */
const consentMax = (hit: VillkorHit) => (/^upp\s+till\s+14\s*år/iu.test(hit.phrase) ? 14 : (hit.alderMax ?? null));

/**
 * The age phrase says whom the consent is for (not who may take part): it follows the consent ("samtycke
 * … för den som inte fyllt 15 år"), or it heads the sentence as a label or with "för" ("För barn 13–14 år:
 * Krävs samtycke", "Barn 10–14 år: samtycke"). "Barn upp till 18 år med vårdnadshavares samtycke" keeps
 * its age villkor.
 */
function agesScopeConsent(sentence: string, age: VillkorHit, consent: VillkorHit): boolean {
  if (age.index > consent.index) return true;
  const between = sentence.slice(age.end, consent.index);
  const before = sentence.slice(0, age.index);
  if (/:/u.test(between) || /^\s*för\b/iu.test(before)) return true;
  // "den som inte fyllt 15 år behöver samtycke", "Barn under 15 år behöver vårdnadshavares samtycke": the
  // age names who needs the consent.
  const underOnly = (age.alderMin ?? null) === null && age.alderMax !== null && age.alderMax !== undefined && age.alderMax <= 14;
  if (/\bden\s+som\s+(?:är\s+)?$/iu.test(before)) return true;
  if (underOnly && /^\s*(?:behöver|måste\s+ha|ska\s+ha|kräver|krävs|har)\b/iu.test(between)) return true;
  // "Upp till 14 år med vårdnadshavares medgivande": a sentence that opens with an age under 15 and goes
  // straight on to the consent states the consent's scope.
  const withMed = /^\s*med\s*$/iu.test(between) || (/^\s*$/u.test(between) && /^med\b/iu.test(consent.phrase));
  if (!before.trim() && withMed && consentMax(age) !== null && (consentMax(age) as number) <= 14) return true;
  // "Deltagande upp till 14 år sker med vårdnadshavares medgivande": only ages under 15, where the law asks
  // for consent, and the sentence is about taking part, not about who may.
  return (
    age.alderMax !== null && age.alderMax !== undefined && age.alderMax <= 14 && /^\s*(?:deltagande|deltagandet|medverkan|för\s+deltagande)\b/iu.test(sentence)
  );
}

/**
 * The nämnd's lämplighetsbedömning written as a villkor sentence ("Nämnden har bedömt att insatsen är
 * lämplig att ge till ungdomar 15–17 år utan vårdnadshavares samtycke", "Lämplighetsbedömning 15–17 år:
 * …"): its 15–17 is the band the assessment covers, not an age limit. "Ingen lämplighetsbedömning" is not one.
 */
const LAMPLIGHET =
  /lämplighets(?:bedöm|pröv)\p{L}*|(?:bedömt|bedömer|bedömning(?:en)?)\s+(?:\p{L}+\s+){0,4}?lämplig\b|\blämplig\s+(?:att\s+ge\s+|att\s+erbjuda\s+)?(?:för|till)\s+(?:ungdomar|unga|barn)|\blämplig\s+utan\s+(?:vårdnadshavares\s+)?samtycke/iu;
const NOT_DONE = /\b(?:ingen|inte|ej|saknas)\b/iu;

export function isLamplighetsbedomning(sentence: string): boolean {
  const m = LAMPLIGHET.exec(sentence);
  if (!m) return false;
  const before = sentence.slice(0, m.index);
  return !NOT_DONE.test(before) && !/\b(?:inte|ej)\s+(?:gjorts|gjord|genomförts)\b/iu.test(sentence);
}

function readVillkorSentence(sentence: string, malgrupp: string, kommunHint: string, out: VillkorResult) {
  if (isLamplighetsbedomning(sentence)) {
    const text = asSentence(sentence);
    out.villkor.push(emptyVillkor('lamplighetsbedomning', text));
    out.recognised.push({ field: 'villkor', label: 'Lämplighetsbedömning 15–17 år utan samtycke', source: text });
    return;
  }
  const hits = mergeAgeHits(detectVillkor(sentence, { kommunHint }));
  if (hits.length === 0 && deniesFolkbokforing(sentence)) {
    // Not a villkor: the document says there is none of this kind.
    out.recognised.push({ field: 'villkor', label: 'Inget krav på folkbokföring', source: asSentence(sentence) });
    return;
  }
  if (hits.length === 0) {
    out.villkor.push(emptyVillkor('ovrigt', asSentence(sentence)));
    out.unrecognised.push({
      field: 'villkor',
      text: sentence,
      reason: 'Villkoret är inte av någon känd typ och importeras som övrigt villkor. Kontrollera att utföraren kan pröva det utan bedömning.',
    });
    return;
  }
  // A consent villkor keeps its age scope: "För barn 13–14 år: Krävs samtycke från vårdnadshavare" and
  // "Vårdnadshavares samtycke för den som inte fyllt 15 år" are one consent villkor for those ages, not a
  // consent plus an age villkor that would turn the sentence around.
  const consent = hits.find((h) => h.typ === 'samtycke');
  const consentAges = hits.filter((h) => h.typ === 'alder');
  if (
    consent &&
    consentAges.length > 0 &&
    hits.every((h) => h.typ === 'samtycke' || h.typ === 'alder') &&
    consentAges.every((a) => agesScopeConsent(sentence, a, consent))
  ) {
    const v = emptyVillkor('samtycke', asSentence(sentence));
    const mins = consentAges.map((h) => h.alderMin ?? null);
    const maxs = consentAges.map(consentMax);
    v.alderMin = mins.includes(null) ? null : Math.min(...(mins as number[]));
    v.alderMax = maxs.includes(null) ? null : Math.max(...(maxs as number[]));
    if (v.alderMin === null && v.alderMax === null) v.alderMax = 14;
    out.villkor.push(v);
    out.recognised.push({ field: 'villkor', label: `Vårdnadshavares samtycke (${formatAge(v.alderMin, v.alderMax)})`, source: asSentence(sentence) });
    return;
  }
  const clauses = cutClauses(sentence, hits);
  hits.forEach((hit, k) => fromHit(hit, hits.length === 1 ? asSentence(sentence) : clauses[k], sentence, malgrupp, out));
}

const NONE = /^(?:inga(?:\s+villkor)?|insatsen har inga villkor)\.?$/iu;
/** "Inga villkor utöver ålder": the målgrupp's age is the one villkor. */
const ONLY_AGE = /^inga\s+(?:andra\s+|övriga\s+)?villkor\s+utöver\s+(?:ålder|åldern|åldersgränsen|åldersgräns)\.?$/iu;

function malgruppAgeVillkor(paragraph: string, malgrupp: string): Villkor | null {
  const age = findAges(malgrupp).find((a) => !ageBelongsToOther(malgrupp, a.index) && !a.ambiguous);
  if (!age) return null;
  const v = emptyVillkor('alder', asSentence(paragraph));
  v.alderMin = age.min;
  v.alderMax = age.max;
  return v;
}
const OWN_MOTIVERING = /^motivering(?:ar)?\s*:\s*(.+)$/iu;

/** Reads the villkor of an insats; `malgrupp` tells whose ages a villkor states. */
export function readVillkor(sections: readonly InsatsSection[], malgrupp: string, kommunHint: string): VillkorResult {
  const out: VillkorResult = { villkor: [], recognised: [], unrecognised: [] };
  const hasVillkorSection = sections.some((s) => s.key === 'villkor');
  for (const section of sections) {
    const paragraphs = section.lines.map((l) => l.text.replace(/\t+/g, ' '));
    if (section.key === 'villkor') {
      let fromPrevious: Villkor[] = [];
      for (const paragraph of paragraphs) {
        const own = OWN_MOTIVERING.exec(paragraph);
        if (own) {
          // "Motivering: …" right after a villkor justifies that villkor.
          for (const v of fromPrevious) v.motivering = v.motivering ? `${v.motivering} ${own[1]}` : own[1];
          continue;
        }
        const before = out.villkor.length;
        if (ONLY_AGE.test(paragraph.trim())) {
          const v = malgruppAgeVillkor(paragraph, malgrupp);
          if (v) {
            out.villkor.push(v);
            out.recognised.push({ field: 'villkor', label: `Ålder: ${formatAge(v.alderMin, v.alderMax)} (målgruppens ålder)`, source: paragraph });
            fromPrevious = [v];
            continue;
          }
        }
        if (NONE.test(paragraph)) {
          out.recognised.push({ field: 'villkor', label: 'Inga villkor', source: paragraph });
          continue;
        }
        // "folkbokförd i kommunen; den som inte fyllt 15 år behöver samtycke": each part is a villkor of its own.
        for (const sentence of splitSentences(paragraph).flatMap((x) => x.split(/;\s+/u)))
          if (sentence.trim()) readVillkorSentence(sentence, malgrupp, kommunHint, out);
        fromPrevious = out.villkor.slice(before);
      }
    } else if (section.key === 'lamplighet') {
      const text = paragraphs.join(' ').trim();
      if (!text) {
        out.unrecognised.push({ field: 'villkor', text: section.label, reason: 'Rubriken om lämplighetsprövning har ingen text under sig.' });
        continue;
      }
      out.villkor.push(emptyVillkor('lamplighetsbedomning', text));
      out.recognised.push({ field: 'villkor', label: 'Lämplighetsbedömning 15–17 år utan samtycke', source: section.label });
    } else if (section.key === 'samtyckeFor') {
      for (const paragraph of paragraphs) {
        const text = `${section.label}: ${paragraph}`;
        const consent = /samtycke|medgivande/iu.test(paragraph);
        out.villkor.push(emptyVillkor(consent ? 'samtycke' : 'ovrigt', text));
        if (consent) out.recognised.push({ field: 'villkor', label: 'Vårdnadshavares samtycke', source: text });
        else out.unrecognised.push({ field: 'villkor', text, reason: 'Texten under rubriken nämner inget samtycke; importeras som övrigt villkor.' });
      }
    } else if (section.key === 'malgruppOchVillkor' && !hasVillkorSection) {
      // No villkor heading: folkbokföring and consent written in the målgrupp text still bind.
      for (const sentence of paragraphs.flatMap(splitSentences)) {
        const hits = detectVillkor(sentence, { kommunHint }).filter((h) => h.typ === 'folkbokford' || h.typ === 'samtycke');
        hits.forEach((hit) => fromHit(hit, asSentence(sentence), sentence, malgrupp, out));
      }
    }
  }
  return out;
}
