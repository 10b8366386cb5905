// Children and IUB (11 kap. SoL, seed 002 §2.2.1): under 15 the vårdnadshavare must consent; 15–17 may
// take part without consent only if the nämnd has judged the insats suitable (lämplighetsbedömning).
import type { InsatsContent, Villkor } from '../domain/insats';
import { REFERENCES, type CheckInput, type Finding } from './findings';
import { isBlank } from './text';

/** An inclusive age span; open ends are filled with 0 and 120. */
export interface AgeSpan {
  min: number;
  max: number;
}

const MIN_AGE = 0;
const MAX_AGE = 120;

/**
 * The ages that can take part. The alder villkor decide access (the utförare checks them; the målgrupp
 * cannot be used to turn anyone away), so when there are any, their intersection is the span. Without
 * an alder villkor the målgrupp's age range is used. Null when neither states an age: the rules then
 * do not guess.
 */
export function accessAgeSpan(content: InsatsContent): AgeSpan | null {
  const ageVillkor = content.villkor.filter((v) => v.typ === 'alder' && (v.alderMin !== null || v.alderMax !== null));
  if (ageVillkor.length > 0) {
    return {
      min: Math.max(...ageVillkor.map((v) => v.alderMin ?? MIN_AGE)),
      max: Math.min(...ageVillkor.map((v) => v.alderMax ?? MAX_AGE)),
    };
  }
  const m = content.malgruppAlder;
  if (m && (m.min !== null || m.max !== null)) return { min: m.min ?? MIN_AGE, max: m.max ?? MAX_AGE };
  return null;
}

/** The part of `span` within [from, to], or null when they do not overlap. */
export function overlap(span: AgeSpan | null, from: number, to: number): AgeSpan | null {
  if (!span) return null;
  const min = Math.max(span.min, from);
  const max = Math.min(span.max, to);
  return min <= max ? { min, max } : null;
}

/** Whether the insats can reach children under 18 (false when no age is stated). */
export function reachesUnder18(content: InsatsContent): boolean {
  return overlap(accessAgeSpan(content), MIN_AGE, 17) !== null;
}

/** A samtycke villkor covers the ages its own range states, or every age when it states none. */
function consentCovers(v: Villkor, ages: AgeSpan): boolean {
  return v.typ === 'samtycke' && (v.alderMin === null || v.alderMin <= ages.min) && (v.alderMax === null || v.alderMax >= ages.max);
}

const describe = (s: AgeSpan) => (s.min === s.max ? `${s.min} år` : `${s.min}–${s.max} år`);
/** " (12–14 år)" when only part of the band is reached, '' when all of it is. */
const within = (s: AgeSpan, from: number, to: number) => (s.min === from && s.max === to ? '' : ` (${describe(s)})`);

export function childRules(input: CheckInput): Finding[] {
  const { content } = input;
  const span = accessAgeSpan(content);
  const findings: Finding[] = [];

  const under15 = overlap(span, MIN_AGE, 14);
  if (under15 && !content.villkor.some((v) => consentCovers(v, under15))) {
    findings.push({
      ruleId: 'child-under-15-consent',
      severity: 'block',
      field: 'villkor',
      message: `Insatsen når barn under 15 år${within(under15, MIN_AGE, 14)}. Lägg till villkoret vårdnadshavares samtycke för dem.`,
      reference: REFERENCES.barn,
    });
  }

  const age15to17 = overlap(span, 15, 17);
  if (age15to17) {
    const consent = content.villkor.some((v) => consentCovers(v, age15to17));
    const assessed = content.villkor.some((v) => v.typ === 'lamplighetsbedomning' && !isBlank(v.text));
    if (!consent && !assessed) {
      findings.push({
        ruleId: 'child-15-17-assessment',
        severity: 'block',
        field: 'villkor',
        message:
          `Insatsen når ungdomar 15–17 år${within(age15to17, 15, 17)}. Dokumentera nämndens lämplighetsbedömning ` +
          '(barnets bästa) för att ge insatsen utan vårdnadshavares samtycke, eller lägg till villkoret samtycke.',
        reference: REFERENCES.barn,
      });
    }
  }
  return findings;
}
