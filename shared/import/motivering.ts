// Which villkor a Motivering sentence justifies: the one it talks about (age, folkbokföring, the prior
// insats, the document). Folkbokförd without its own motivering takes the document's general one.
import type { Villkor } from '../domain/insats';
import { splitSentences } from './sentences';

const MENTIONS: Partial<Record<Villkor['typ'], RegExp>> = {
  alder: /ålder|åldersgräns|\d+\s*år\b|\bvuxn?a\b|\bvuxe[nt]\b|myndig|barn och unga/iu,
  folkbokford: /folkbokf|kommunens\s+ansvar|kommunens\s+invånare|egna\s+invånare/iu,
  samtycke: /samtycke|vårdnadshavare/iu,
  lamplighetsbedomning: /lämplig|barnets\s+bästa/iu,
};

function significantWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length >= 3 && !['och', 'som', 'det', 'för', 'med', 'till', 'kommun', 'någon', 'insatserna', 'insatsen'].includes(w))
    .map((w) => w.slice(0, 8));
}

function mentions(sentence: string, v: Villkor): boolean {
  const pattern = MENTIONS[v.typ];
  if (pattern) return pattern.test(sentence);
  const value = v.typ === 'tidigareInsats' ? v.tidigareInsats : v.typ === 'dokument' ? v.dokument.split(/\s+/)[0] : v.text;
  const lower = sentence.toLowerCase();
  return significantWords(value).some((w) => lower.includes(w));
}

const GENERAL_KINDS: ReadonlySet<Villkor['typ']> = new Set(['folkbokford', 'samtycke', 'lamplighetsbedomning']);

export function assignMotivering(villkor: readonly Villkor[], paragraphs: readonly string[], generalFolkbokford: string): Villkor[] {
  const out = villkor.map((v) => ({ ...v }));
  const append = (i: number, sentence: string) => {
    out[i].motivering = out[i].motivering ? `${out[i].motivering} ${sentence}` : sentence;
  };
  let previous: number[] = [];
  for (const sentence of paragraphs.flatMap(splitSentences)) {
    let targets = out.map((v, i) => (mentions(sentence, v) ? i : -1)).filter((i) => i >= 0);
    if (targets.length === 0) targets = previous;
    if (targets.length === 0) {
      const specific = out.map((v, i) => (GENERAL_KINDS.has(v.typ) ? -1 : i)).filter((i) => i >= 0);
      targets = specific.length > 0 ? specific : out.map((_, i) => i);
    }
    targets.forEach((i) => append(i, sentence));
    previous = targets;
  }
  if (generalFolkbokford) for (const v of out) if (v.typ === 'folkbokford' && !v.motivering) v.motivering = generalFolkbokford;
  return out;
}
