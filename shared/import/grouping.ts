// How a catalogue groups its insatser: "Insatser som tillhandahålls av sektor KAF (…)" › "Enhet
// Arbetsmarknad" (seed 001), or one kategori heading per group ("Rådgivning", seed 002).
import { ancestorsOf, type Outline, type OutlineNode } from './outline';

export interface Grouping {
  sektor: string | null;
  enhet: string | null;
  kategori: string | null;
}

const SEKTOR = /\bsektor(?:n)?\s+(.+)$/iu;
const ENHET = /^(?:enhet(?:en)?|verksamhet(?:en)?)\s+(.+)$/iu;

export function catalogueGrouping(outline: Outline): 'sektor' | 'kategori' {
  const tops = outline.insatser.map((n) => ancestorsOf(outline, n)[0]?.heading.title ?? '');
  return tops.some((t) => SEKTOR.test(t)) ? 'sektor' : 'kategori';
}

export function groupOf(outline: Outline, node: OutlineNode, mode: 'sektor' | 'kategori'): Grouping {
  const ancestors = ancestorsOf(outline, node).map((a) => a.heading.title);
  if (mode === 'sektor') {
    const sektorTitle = ancestors.find((t) => SEKTOR.test(t));
    const sektor = sektorTitle ? SEKTOR.exec(sektorTitle)![1].trim() : null;
    const enhetTitle = ancestors.length > 1 ? ancestors[ancestors.length - 1] : null;
    const enhet = enhetTitle && enhetTitle !== sektorTitle ? (ENHET.exec(enhetTitle)?.[1] ?? enhetTitle).trim() : null;
    return { sektor, enhet: sektor ? enhet : null, kategori: null };
  }
  const nearest = ancestors.length > 1 ? ancestors[ancestors.length - 1] : (ancestors[0] ?? null);
  return { sektor: null, enhet: null, kategori: nearest };
}

/** The sektorer with their enheter, and the kategorier, in the order the insatser first name them. */
export function organisationOf(insatser: readonly Grouping[]): { sektorer: Array<{ namn: string; enheter: string[] }>; kategorier: string[] } {
  const sektorer: Array<{ namn: string; enheter: string[] }> = [];
  for (const i of insatser) {
    if (!i.sektor) continue;
    let s = sektorer.find((x) => x.namn === i.sektor);
    if (!s) sektorer.push((s = { namn: i.sektor, enheter: [] }));
    if (i.enhet && !s.enheter.includes(i.enhet)) s.enheter.push(i.enhet);
  }
  const kategorier = [...new Set(insatser.flatMap((i) => (i.kategori ? [i.kategori] : [])))];
  return { sektorer, kategorier };
}
