// The headings inside an insats, as the seeds write them (and close variants): each maps to what the
// section holds. A label is a whole line ("Villkor:", "Villkoren", "Dokumentation.") or, for a few, the
// start of a line followed by its text ("Villkor: Vuxna från 18 år.").
import { editDistance, headingKey, typoAllowance } from './fuzzy';

export const SECTION_KEYS = [
  'malgruppOchVillkor',
  'malgrupp',
  'villkor',
  'motivering',
  'lamplighet',
  'samtyckeFor',
  'innehall',
  'metod',
  'dokumentation',
  'uppfoljning',
  'bedomning',
  'aktualisering',
  'omfattning',
  'utforare',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A kommun's own labels (an import profile's choices), keyed by labelKey(). */
export type ExtraLabels = Readonly<Record<string, SectionKey>>;

/** The form a label is compared and stored in: lower case, no trailing colon or full stop. */
export const labelKey = (label: string) => headingKey(label);

interface LabelSpec {
  key: SectionKey;
  /** Exact forms (compared with typo tolerance). */
  words?: string[];
  /** Forms with variable parts ("Lämplighetsprövning för ungdomar 15-17 år"). */
  pattern?: RegExp;
  /** May start a line with the section's text after a colon. */
  inline?: boolean;
}

export const SECTION_LABELS: readonly LabelSpec[] = [
  { key: 'malgruppOchVillkor', words: ['målgrupp och villkor', 'målgrupp och villkoren', 'målgrupper och villkor'] },
  {
    key: 'malgrupp',
    words: ['målgrupp', 'målgrupper', 'vem vänder sig insatsen till', 'vem vänder sig insatsen till?', 'för vem', 'vem kan få insatsen'],
    inline: true,
  },
  { key: 'villkor', words: ['villkor', 'villkoren', 'förutsättningar', 'förutsättningar för att ta del', 'krav för att delta'], inline: true },
  { key: 'motivering', words: ['motivering', 'motiveringar', 'motivering till villkoren'], inline: true },
  { key: 'lamplighet', pattern: /^lämplighets(?:prövning|bedömning)(?:\s+(?:för|av)\s+[^.:]{0,60})?$/u },
  { key: 'samtyckeFor', pattern: /^för\s+(?:barn|ungdomar|unga|samtal)\b[^.:]{0,50}$/u },
  { key: 'innehall', words: ['innehåll', 'innehåll och genomförande', 'genomförande', 'beskrivning', 'insatsens innehåll'], inline: true },
  { key: 'metod', words: ['metod', 'metoder', 'arbetsmetod', 'arbetsmetoder'], inline: true },
  { key: 'dokumentation', words: ['dokumentation', 'journalföring', 'hur dokumenteras insatsen', 'hur dokumenteras'], inline: true },
  { key: 'uppfoljning', words: ['uppföljning', 'utvärdering', 'uppföljning och utvärdering'], inline: true },
  { key: 'bedomning', words: ['bedömning särskilda skäl', 'bedömning av särskilda skäl', 'särskilda skäl'], inline: true },
  { key: 'aktualisering', words: ['aktualisering'], inline: true },
  { key: 'omfattning', words: ['omfattning'], inline: true },
  { key: 'utforare', words: ['utförare'], inline: true },
];

export interface LabelMatch {
  key: SectionKey;
  /** The label as written. */
  label: string;
  /** Text after "Label:" on the same line, or '' for a label alone on its line. */
  rest: string;
  /** True when the label was matched with a typo. */
  fuzzy: boolean;
}

function matchWords(key: string, spec: LabelSpec): { fuzzy: boolean } | null {
  if (spec.pattern?.test(key)) return { fuzzy: false };
  for (const word of spec.words ?? []) {
    if (key === word) return { fuzzy: false };
    const allowance = typoAllowance(word.length);
    if (allowance > 0 && editDistance(key, word, allowance) <= allowance) return { fuzzy: true };
  }
  return null;
}

/** A whole line that is a section label, or an inline "Label: text"; `extra` adds a kommun's own labels. */
export function matchSectionLabel(line: string, extra: ExtraLabels = {}): LabelMatch | null {
  const trimmed = line.trim();
  if (trimmed.length > 70 && !trimmed.includes(':')) return null;
  const whole = headingKey(trimmed);
  if (whole.length <= 70) {
    if (Object.hasOwn(extra, whole)) return { key: extra[whole], label: trimmed.replace(/[\s.:]+$/u, ''), rest: '', fuzzy: false };
    for (const spec of SECTION_LABELS) {
      const m = matchWords(whole, spec);
      if (m) return { key: spec.key, label: trimmed.replace(/[\s.:]+$/u, ''), rest: '', fuzzy: m.fuzzy };
    }
  }
  const colon = trimmed.indexOf(':');
  if (colon > 0 && colon <= 40) {
    const head = headingKey(trimmed.slice(0, colon));
    const rest = trimmed.slice(colon + 1).trim();
    if (Object.hasOwn(extra, head)) return { key: extra[head], label: trimmed.slice(0, colon).trim(), rest, fuzzy: false };
    for (const spec of SECTION_LABELS) {
      if (!spec.inline && spec.key !== 'samtyckeFor' && spec.key !== 'lamplighet') continue;
      const m = matchWords(head, spec);
      if (m) return { key: spec.key, label: trimmed.slice(0, colon).trim(), rest, fuzzy: m.fuzzy };
    }
  }
  // "Vem kan få insatsen – vuxna från 18 år": a dash separates too, but only after a label written exactly.
  const dash = /^(.{3,40}?)\s+[–—-]\s+(\S.*)$/u.exec(trimmed);
  if (dash) {
    const head = headingKey(dash[1]);
    const spec = SECTION_LABELS.find((x) => x.inline && (x.words ?? []).includes(head));
    if (spec) return { key: spec.key, label: dash[1].trim(), rest: dash[2].trim(), fuzzy: false };
  }
  return null;
}

/** The Swedish name of each section, as the review screen offers it for a label the vocabulary does not know. */
export const SECTION_NAMES: Readonly<Record<SectionKey, string>> = {
  malgruppOchVillkor: 'Målgrupp och villkor',
  malgrupp: 'Målgrupp',
  villkor: 'Villkor',
  motivering: 'Motivering',
  lamplighet: 'Lämplighetsbedömning',
  samtyckeFor: 'Samtycke för en åldersgrupp',
  innehall: 'Innehåll',
  metod: 'Metod',
  dokumentation: 'Dokumentation',
  uppfoljning: 'Uppföljning',
  bedomning: 'Bedömning av särskilda skäl',
  aktualisering: 'Aktualisering',
  omfattning: 'Omfattning',
  utforare: 'Utförare',
};
