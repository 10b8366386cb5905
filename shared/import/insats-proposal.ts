// One proposed insats from its heading and text: sections, structured content, and for each thing
// what it was read from or why it could not be.
import type { PortableInsatsContent } from '../domain/portable';
import { ageBelongsToOther } from './age-subject';
import { findAges, formatAge } from './ages';
import { readAktualisering } from './aktualisering';
import { readDocumentation } from './documentation';
import { readFollowUp } from './follow-up';
import { readForm } from './form';
import type { Grouping } from './grouping';
import { headingKey } from './fuzzy';
import { sectionText, sectionsOf, splitSections, type InsatsSection } from './insats-sections';
import { readMethods } from './methods';
import { assignMotivering } from './motivering';
import type { OutlineNode } from './outline';
import type { ProposedInsats, Recognised, Unrecognised } from './proposal';
import type { ExtraLabels } from './section-labels';
import { findFolkbokfordUndantag } from './undantag';
import { isPlaceholder } from './placeholders';
import { readVillkor } from './villkor';
import { clipContent } from './clip';
import { LONG_TEXT } from '../domain/insats';

export interface InsatsContext {
  kommunHint: string;
  /** The introduction's motivering for folkbokförd, used where an insats gives none. */
  folkbokfordMotivering: string;
  tocName: string | null;
  sourceOf(from: number, to: number): string;
  /** Last line of this insats's text (the line before the next heading). */
  toLine: number;
  /** The kommun's own section labels (import profile). */
  extraLabels?: ExtraLabels;
}

const paragraphsOf = (sections: readonly InsatsSection[]) => sections.flatMap((s) => s.lines.map((l) => l.text.replace(/\t+/g, ' ')));
const join = (sections: readonly InsatsSection[]) => sections.map(sectionText).filter(Boolean).join('\n\n');

/** The målgrupp's own age ("Barn 7–12 år"), not the age of someone it names ("föräldrar till barn 0–17 år"). */
function malgruppAge(text: string): { min: number | null; max: number | null; phrase: string } | null {
  // "barn i åldrarna 3–12 år och 13–18 år": an age listed right after a child's age is the child's too.
  const ages = [];
  let previousOther: { end: number } | null = null;
  for (const a of findAges(text)) {
    const listed = previousOther !== null && /^\s*(?:och|eller|,)\s*$/u.test(text.slice(previousOther.end, a.index));
    if (listed || ageBelongsToOther(text, a.index)) previousOther = { end: a.index + a.phrase.length };
    else {
      previousOther = null;
      ages.push(a);
    }
  }
  if (ages.length === 0) return null;
  const mins = ages.map((a) => a.min);
  const maxs = ages.map((a) => a.max);
  return {
    min: mins.includes(null) ? null : Math.min(...(mins as number[])),
    max: maxs.includes(null) ? null : Math.max(...(maxs as number[])),
    phrase: ages.map((a) => a.phrase).join(', '),
  };
}

/** The målgrupp text: a Målgrupp section, or "Målgrupp och villkor" up to its Villkor heading. */
function malgruppText(sections: readonly InsatsSection[]): string {
  return join(sectionsOf(sections, 'malgrupp', 'malgruppOchVillkor'));
}

export function proposeInsats(node: OutlineNode, group: Grouping, ctx: InsatsContext): ProposedInsats {
  const name = node.heading.title;
  const sections = splitSections(node.body, ctx.extraLabels).map((s) => ({ ...s, lines: s.lines.filter((l) => !isPlaceholder(l.text)) }));
  const recognised: Recognised[] = [];
  const unrecognised: Unrecognised[] = [];
  const empty = sections.every((s) => s.lines.length === 0);

  const malgrupp = malgruppText(sections);
  const villkorResult = readVillkor(sections, malgrupp, ctx.kommunHint);
  recognised.push(...villkorResult.recognised);
  unrecognised.push(...villkorResult.unrecognised);

  const innehallSections = sectionsOf(sections, 'innehall', 'inledning', 'omfattning');
  const utforare = join(sectionsOf(sections, 'utforare')).replace(/\.$/u, '');
  const innehallParas = paragraphsOf(innehallSections);
  let villkor = assignMotivering(villkorResult.villkor, paragraphsOf(sectionsOf(sections, 'motivering')), ctx.folkbokfordMotivering);
  const allParas = paragraphsOf(sections);
  villkor = villkor.map((v) => (v.typ === 'folkbokford' && !v.undantag ? { ...v, undantag: findFolkbokfordUndantag(allParas, v.text) } : v));
  for (const v of villkor) if (v.undantag) recognised.push({ field: 'villkor', label: `Undantag från folkbokföring: ${v.undantag}`, source: v.undantag });

  const ownAge = malgruppAge(malgrupp);
  const ageVillkor = villkor.filter((v) => v.typ === 'alder');
  let malgruppAlder: PortableInsatsContent['malgruppAlder'] = null;
  if (ownAge) {
    malgruppAlder = { min: ownAge.min, max: ownAge.max };
    recognised.push({ field: 'malgruppAlder', label: `Målgruppens ålder: ${formatAge(ownAge.min, ownAge.max)}`, source: ownAge.phrase });
  } else if (ageVillkor.length > 0) {
    const mins = ageVillkor.map((v) => v.alderMin);
    const maxs = ageVillkor.map((v) => v.alderMax);
    malgruppAlder = { min: mins.includes(null) ? null : Math.max(...(mins as number[])), max: maxs.includes(null) ? null : Math.min(...(maxs as number[])) };
  }

  const metodSections = sectionsOf(sections, 'metod');
  const methods = readMethods(metodSections.length > 0 ? paragraphsOf(metodSections) : null, innehallParas, name);
  recognised.push(...methods.recognised);

  const dokumentationText = join(sectionsOf(sections, 'dokumentation'));
  const documentation = readDocumentation(dokumentationText);
  recognised.push(...documentation.recognised);
  unrecognised.push(...documentation.unrecognised);
  const bedomning = join(sectionsOf(sections, 'bedomning'));
  if (bedomning) recognised.push({ field: 'bedomningSarskildaSkal', label: 'Bedömning av särskilda skäl (14 kap. 5 §)', source: bedomning.slice(0, 120) });

  const uppfoljningText = join(sectionsOf(sections, 'uppfoljning'));
  const followUp = readFollowUp(uppfoljningText);
  if (followUp.typ)
    recognised.push({
      field: 'uppfoljning',
      label: `Uppföljning: ${followUp.typ === 'besoksstatistik' ? 'besöksstatistik' : 'individbaserad'}`,
      source: followUp.phrase,
    });
  else if (uppfoljningText)
    unrecognised.push({ field: 'uppfoljning', text: uppfoljningText, reason: 'Typen av uppföljning (besöksstatistik eller individbaserad) framgår inte.' });

  const aktualisering = readAktualisering([...innehallParas, ...paragraphsOf(sectionsOf(sections, 'aktualisering'))]);
  const innehall = join(innehallSections);
  const form = readForm(`${innehall}\n${name}`);

  if (!empty) {
    if (!dokumentationText)
      unrecognised.push({ field: 'dokumentation', text: '', reason: 'Avsnittet Dokumentation saknas; 14 kap. 3 § (huvudregeln) föreslås.' });
    if (!uppfoljningText) unrecognised.push({ field: 'uppfoljning', text: '', reason: 'Dokumentet anger ingen uppföljning för insatsen.' });
    if (!sections.some((s) => s.key === 'villkor' || s.key === 'malgruppOchVillkor'))
      unrecognised.push({ field: 'villkor', text: '', reason: 'Dokumentet har inget avsnitt om villkor för insatsen.' });
    for (const s of sections.filter((x) => x.fuzzy)) recognised.push({ field: 'rubrik', label: `Rubriken "${s.label}" lästes som ${s.key}`, source: s.label });
    const lead = sections.find((s) => s.key === 'inledning');
    if (lead) unrecognised.push({ field: 'innehall', text: sectionText(lead), reason: 'Text utan rubrik före första avsnittet; den har lagts i innehållet.' });
  }

  const full: PortableInsatsContent = {
    namn: name,
    innehall,
    form,
    metoder: methods.metoder,
    malgrupp,
    malgruppAlder,
    villkor,
    aktualisering,
    dokumentation: { regim: documentation.regim, system: documentation.system, anteckningar: dokumentationText },
    uppfoljning: { typ: followUp.typ, text: uppfoljningText },
    utforare: utforare || (group.enhet ?? ''),
    andringssammanfattning: '',
  };
  const { content, clipped } = clipContent(full);
  if (clipped.length > 0)
    unrecognised.push({ field: 'innehall', text: '', reason: `Texten är för lång och har kortats (${clipped.join(', ')}). Kontrollera mot källtexten.` });
  const fromLine = node.line.no;
  const toLine = Math.max(fromLine, ctx.toLine);
  return {
    nummer: node.heading.number ? node.heading.number.slice(0, 40) : null,
    sektor: group.sektor,
    enhet: group.enhet,
    kategori: group.kategori,
    content,
    bedomningSarskildaSkal: bedomning.slice(0, LONG_TEXT),
    tocName: ctx.tocName && headingKey(ctx.tocName) !== headingKey(name) ? ctx.tocName : null,
    source: { fromLine, toLine, text: ctx.sourceOf(fromLine, toLine) },
    sections: sections.map((s) => ({ label: s.label || 'Utan rubrik', text: sectionText(s), fromLine: s.fromLine })),
    recognised,
    unrecognised,
    empty,
  };
}
