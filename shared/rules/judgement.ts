// Villkor that put someone's judgement between the person and the insats (11 kap. 5 § SoL: villkor the
// utförare can check summarily, with no assessment). Two tests, both as data: a vocabulary of the forms
// such wordings take, and a structural test – the villkor names a person or role who decides.
import { findHit, phrase, stem, type TextHit } from './text';

export interface JudgementForm {
  id: string;
  /** What the form means, for the corpus and for reviewers. */
  description: string;
  patterns: RegExp[];
  /** Wordings the form is meant to catch. */
  examples: string[];
}

export const JUDGEMENT_FORMS: readonly JudgementForm[] = [
  {
    id: 'bedomning',
    description: 'an assessment or a trial by someone',
    patterns: [stem('bedöm'), phrase('(?:prövas|efter prövning|individuell prövning)'), stem('prövning', { inCompound: true })],
    examples: ['efter bedömning av behandlare', 'om personalen bedömer att', 'efter individuell prövning'],
  },
  {
    id: 'samrad',
    description: 'agreed or consulted with someone',
    patterns: [stem('samråd', { inCompound: true }), phrase('(?:efter|enligt|genom|vid) (?:\\p{L}+ )?överenskommelse'), stem('överenskomm')],
    examples: ['efter överenskommelse med enhetschef', 'i samråd med socialsekreterare'],
  },
  {
    id: 'lamplig',
    description: 'found suitable, appropriate or motivated',
    patterns: [stem('lämplig', { inCompound: true }), phrase('(?:anses|bedöms|är|finns) motiverad\\p{L}*'), stem('olämplig')],
    examples: ['om personalen finner det lämpligt', 'när det anses lämpligt'],
  },
  {
    id: 'i-man-av',
    description: 'as far as there is room, when needed',
    patterns: [phrase('i mån av \\p{L}+'), phrase('vid behov'), phrase('om behov finns'), phrase('(?:efter|utifrån|enligt) behov'), phrase('kan komma att')],
    examples: ['i mån av plats', 'vid behov', 'utifrån behov'],
  },
  {
    id: 'kontakt-med',
    description: 'access runs through a contact with someone who lets the person in',
    patterns: [
      phrase('efter (?:kontakt|samtal|avstämning|dialog|möte) med \\p{L}+'),
      phrase('(?:efter|med) (?:godkännande|medgivande|beslut|tillstånd|klartecken) (?:av|från) (?!vårdnadshavar|förälder|föräldrar)\\p{L}+'),
      phrase('efter (?:remiss|hänvisning) från \\p{L}+'),
    ],
    examples: ['efter kontakt med handläggare', 'efter godkännande av enhetschefen', 'efter remiss från socialsekreterare'],
  },
  {
    id: 'om-anser',
    description: 'if someone considers, finds or decides',
    patterns: [
      phrase(
        'om (?!du |man |jag |vi |den enskilde |den enskilda |deltagaren |personen )(?:\\p{L}+ ){1,3}(?:anser|finner|tycker|bedömer|avgör|beslutar|bestämmer|godkänner|bedömt|ser behov)',
      ),
      phrase('(?:när|då|så länge) (?:\\p{L}+ ){1,3}(?:anser|finner|bedömer|avgör)'),
    ],
    examples: ['om personalen anser att', 'om behandlaren finner det motiverat', 'så länge ledaren bedömer'],
  },
];

/** Persons and roles in a municipality's villkor who could stand between the person and the insats. */
const DECIDER =
  '(?:handläggar\\p{L}*|socialsekreterar\\p{L}*|personal\\p{L}*|behandlar\\p{L}*|utförar\\p{L}*|enhetschef\\p{L}*|chef\\p{L}*|samordnar\\p{L}*|kurator\\p{L}*|ledar\\p{L}*|gruppledar\\p{L}*|ansvarig\\p{L}*|verksamhetens?|mottagning\\p{L}*|team\\p{L}*|nämnd\\p{L}*|socialtjänst\\p{L}*)';
const DECIDES = '(?:avgör\\p{L}*|beslutar|beslut|bestämmer|bestäms|prövar|godkänn\\p{L}*|väljer ut|tar ställning|ger klartecken|tillstyrk\\p{L}*)';

/** The structural test: a named role that decides ("enhetschefen avgör", "beslut av handläggare"). */
export const DECIDER_PATTERNS: readonly RegExp[] = [
  phrase(`${DECIDER} (?:\\p{L}+ ){0,2}${DECIDES}`),
  phrase(`${DECIDES} (?:\\p{L}+ ){0,2}(?:av|från|hos) (?:\\p{L}+ )?${DECIDER}`),
];

/** Every pattern of both tests, vocabulary first. */
export const ASSESSMENT_PATTERNS: readonly RegExp[] = [...JUDGEMENT_FORMS.flatMap((f) => f.patterns), ...DECIDER_PATTERNS];

/** The first wording in `text` that asks for someone's judgement, or null. */
export function findJudgement(text: string): TextHit | null {
  return findHit(text, ASSESSMENT_PATTERNS);
}
