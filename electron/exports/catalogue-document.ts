// The catalogue document itself, as the seeds look: a metadata header (seed 002), a table of contents, a legal
// introduction (1. Inledning) and the insatser under numbered headings (3.1.1), grouped by sektor/enhet (seed 001)
// or by kategori (seed 002), each with Innehåll och genomförande, Metod, Målgrupp, Villkor, Lämplighetsprövning,
// Dokumentation and Uppföljning.
import { kommunNamn } from '../../shared/domain/kommun-namn';
import { AKTUALISERING_LABELS, FORM_LABELS, UPPFOLJNING_LABELS, VILLKOR_LABELS, type DokumentationRegim, type Villkor } from '../../shared/domain/insats';
import type { PortableInsatsContent } from '../../shared/domain/portable';
import { lowerFirst } from '../../shared/domain/text';
import { numberOutline, type NumberedChapter } from '../../shared/export/insats-numbering';
import { textToBlocks, type Block, type DocumentModel, type RichText, type TextRun, joinFilled } from './document-model';

// ---- helpers shared by the builders ----

/** The de-identified data that is documented even when identity is not (14 kap. 3 och 5 §§ SoL). */
export const AVIDENTIFIERADE_UPPGIFTER: readonly string[] = [
  'antal deltagare',
  'deltagarnas ålder och kön',
  'problem eller svårigheter som uppstår under insatsen',
  'orsaker till att deltagare avbryter insatsen i förtid',
  'deltagarnas mående och sociala situation när insatsen inleds och när den avslutas',
];

// The kommun's name in documents lives with the domain (the importer names kommuner too).
export { kommunNamn };

/**
 * The nämnd's abbreviation as protocols write it: "Socialnämnden" → "SN", "Social- och arbetsmarknadsnämnden" →
 * "SAN", "Vård- och omsorgsnämnden" → "VON", "Individ- och familjenämnden" → "IFN".
 */
export function namndForkortning(namnd: string): string {
  const words = namnd
    .split(/[\s-]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && w.toLowerCase() !== 'och');
  if (words.length === 0) return '';
  const letters = words.map((w) => w[0].toLocaleUpperCase('sv-SE'));
  const last = words[words.length - 1].toLowerCase();
  if (/nämnd(en)?$/.test(last) && !/^nämnd(en)?$/.test(last)) letters.push('N');
  return letters.join('');
}

/** "2025.053 SN § 37": the diarienummer with the protocol paragraph. */
export function diarienummerOchParagraf(
  diarienummer: string | null | undefined,
  paragraf: number | string | null | undefined,
  forkortning: string | null | undefined,
): string {
  const parts: string[] = [];
  if (diarienummer && diarienummer.trim()) parts.push(diarienummer.trim());
  if (paragraf !== null && paragraf !== undefined && String(paragraf).trim() !== '') {
    const p = String(paragraf).trim();
    if (/§/.test(p)) parts.push(p);
    else parts.push(`${forkortning ? `${forkortning} ` : ''}§ ${p}`);
  }
  return parts.join(' ');
}

/** "§ 37" for a paragraph given as 37 or "37" or "§ 37". */
export function paragrafText(paragraf: number | string): string {
  const p = String(paragraf).trim();
  return /§/.test(p) ? p : `§ ${p}`;
}

/** "2025-10-01 – 2026-12-31", or "2025-10-01 –" when open-ended. */
export function giltighetstid(fran: string | null | undefined, till: string | null | undefined): string | null {
  if (!fran && !till) return null;
  return `${fran ?? ''} –${till ? ` ${till}` : ''}`.trim();
}

export const label = (labelText: string, text: string): RichText => [{ text: `${labelText}: `, bold: true }, { text }];

/** "a, b och c". */
export function joinSv(items: readonly string[]): string {
  const list = items.filter((s) => s.trim().length > 0);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} och ${list[list.length - 1]}`;
}

export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const first = t[0].toLocaleUpperCase('sv-SE') + t.slice(1);
  return /[.!?:]$/.test(first) ? first : `${first}.`;
}

// ---- input ----

/** Decision metadata of the styrdokument; every field may be null for a draft. */
export interface CatalogueBeslut {
  beslutandeInstans: string | null;
  /** ÅÅÅÅ-MM-DD */
  datumForBeslut: string | null;
  /** The diarienummer alone, e.g. "2025.053". */
  diarienummer: string | null;
  /** The protocol paragraph: 37, or a full reference such as "SN § 37". */
  paragraf: number | string | null;
  gallerFor: string | null;
  giltigFran: string | null;
  giltigTill: string | null;
  reviderasSenast: string | null;
  /** A role, e.g. "Verksamhetsutvecklare". */
  dokumentansvarig: string | null;
}

/** No decision yet: every field of the header left open. */
export const NO_BESLUT: CatalogueBeslut = {
  beslutandeInstans: null,
  datumForBeslut: null,
  diarienummer: null,
  paragraf: null,
  gallerFor: null,
  giltigFran: null,
  giltigTill: null,
  reviderasSenast: null,
  dokumentansvarig: null,
};

export type InsatsChange = 'ny' | 'andrad' | null;

/** One insats as the document shows it (a PortableInsats fits). */
export interface CatalogueInsats {
  /** The insats's own number ("3.2.1"); the document keeps it where it fits (shared/export/insats-numbering.ts). */
  nummer?: string | null;
  sektor?: string | null;
  enhet?: string | null;
  kategori?: string | null;
  content: PortableInsatsContent;
  /** For 14 kap. 5 §: the conclusion of the risk- och konsekvensanalys ("Bedömning särskilda skäl"). */
  bedomningSarskildaSkal?: string | null;
  /** In a draft of the next revision: whether the insats is new or changed. */
  changed?: InsatsChange;
}

export type CatalogueGrouping = 'organisation' | 'kategori';

export interface CatalogueDocumentInput {
  /** "Alingsås" or "Alingsås kommun". */
  kommun: string;
  /** "Socialnämnden". */
  namnd: string;
  /** "Insatser utan individuell behovsprövning". */
  titel: string;
  /** "Riktlinjer". */
  typAvStyrdokument: string | null;
  beslut: CatalogueBeslut;
  /** Written with the paragraph ("SN § 37"); default derived from the nämnd's name. */
  namndForkortning?: string | null;
  /**
   * The introduction under "1. Inledning"; default DEFAULT_INTRODUCTION. Blank lines separate paragraphs, lines
   * starting with "- " are list items and lines starting with "## " are numbered sub-headings (1.1, 1.2, …).
   */
  introduction?: string | null;
  /** The heading of the chapter that lists the insatser (seed 002: "Förteckning av IUB"); kategori grouping only. */
  forteckningRubrik?: string | null;
  /** The text under that heading; default a sentence on what the förteckning lists. */
  forteckningText?: string | null;
  grouping: CatalogueGrouping;
  insatser: readonly CatalogueInsats[];
  /** Order of sektorer and their enheter (as in the settings); unknown names follow in order of appearance. */
  sektorer?: ReadonlyArray<{ namn: string; enheter: readonly string[] }>;
  /** Order of kategorier. */
  kategorier?: readonly string[];
  /** Optional text under a group heading, keyed by the sektor, enhet or kategori name. */
  gruppbeskrivningar?: Readonly<Record<string, string>>;
  /** A draft: "UTKAST" in the header and title, and changed insatser marked. */
  draft: boolean;
}

export const DEFAULT_INTRODUCTION = `Socialnämnden får enligt 11 kap. 5 § socialtjänstlagen (2025:400) tillhandahålla insatser för personliga behov utan individuell behovsprövning. Syftet är att socialtjänsten ska kunna erbjuda tidiga och förebyggande insatser med låga trösklar, så att den som vill ha stöd kan få det när han eller hon är motiverad till förändring. En insats får ges på detta sätt endast om nämnden särskilt har beslutat det. Detta dokument förtecknar de insatser som nämnden har beslutat om och beskriver för var och en innehåll, målgrupp, villkor, dokumentation och uppföljning.

## Insatser utan individuell behovsprövning
En insats utan individuell behovsprövning föregås inte av ansökan, utredning eller beslut i det enskilda fallet. Den enskilde vänder sig direkt till den verksamhet som utför insatsen. Vissa insatser får aldrig ges utan individuell behovsprövning, bland annat kontaktperson och kontaktfamilj, vård i familjehem, vård i LVM-hem och särskilda ungdomshem, vård av barn och unga i jourhem, stödboende och andra hem för vård eller boende samt bostad i boende för äldre eller för personer med funktionsnedsättning. Insatser för ekonomiska behov, såsom ekonomiskt bistånd, omfattas inte av möjligheten.

Barn som inte har fyllt 15 år får ta del av en insats endast med vårdnadshavares samtycke. Barn som har fyllt 15 år får ta del av en insats utan vårdnadshavares samtycke om nämnden har bedömt att insatsen är lämplig att ge på det sättet. Bedömningen utgår från barnets bästa och redovisas under respektive insats.

## Rätten att ansöka om behovsprövade insatser
Insatserna är ett komplement till och inskränker inte den enskildes rätt att ansöka om insatser enligt 11 kap. 1 § socialtjänstlagen och att få sin ansökan prövad. Utföraren ska enligt 11 kap. 6 § informera den som vänder sig till verksamheten om möjligheten att ansöka om individuellt behovsprövade insatser och om vart han eller hon i så fall kan vända sig.

## Målgrupp och villkor
Målgruppen beskriver vilka nämnden vill nå med insatsen. Någon prövning av om den enskilde tillhör målgruppen görs inte. Villkoren ska däremot vara uppfyllda för att den enskilde ska kunna ta del av insatsen. Nämnden har utformat villkoren utifrån objektiva grunder och sakliga hänsyn, så att utföraren kan kontrollera dem summariskt, till exempel genom att se en identitetshandling, ett hyresavtal eller ett intyg, utan att göra någon egen bedömning. Om det är oklart om ett villkor är uppfyllt hänvisas den enskilde till socialnämnden. Varje villkor redovisas med sin motivering.

## Dokumentation
Genomförandet av insatserna ska dokumenteras enligt 14 kap. 3 § socialtjänstlagen, det vill säga faktiska omständigheter och händelser av betydelse. Vid rådgivning behöver uppgifter om enskildas personliga förhållanden inte dokumenteras (14 kap. 4 §).

Om det finns särskilda skäl får nämnden enligt 14 kap. 5 § besluta att uppgifter som kan röja den enskildes identitet inte ska dokumenteras vid en viss insats. Ett sådant beslut gäller alla som deltar i insatsen och kan aldrig fattas av utföraren. Skälen vägs mot behovet av att kunna följa upp insatsen på individnivå, och inför beslutet görs en risk- och konsekvensanalys. Även då dokumenteras avidentifierade uppgifter, som antal deltagare, ålder och kön, problem som uppstår under insatsen, orsaker till att deltagare avbryter samt deltagarnas mående när insatsen inleds och avslutas.

## Kvalitet och uppföljning
Insatserna ska vara av god kvalitet och följas upp systematiskt enligt 5 kap. 1 och 2 §§ socialtjänstlagen. För varje insats anges hur den följs upp.`;

// ---- builder ----

const NOT_SET = '–';
const DRAFT_NOT_SET = 'Ej fastställt';

/** Builds the catalogue document. */
export function buildCatalogueDocument(input: CatalogueDocumentInput): DocumentModel {
  const kommun = kommunNamn(input.kommun);
  const forkortning = input.namndForkortning ?? namndForkortning(input.namnd);
  const b = input.beslut;
  const missing = input.draft ? DRAFT_NOT_SET : NOT_SET;
  const value = (v: string | null | undefined) => (v && v.trim() ? v.trim() : missing);
  const dnr = diarienummerOchParagraf(b.diarienummer, b.paragraf, forkortning);

  const blocks: Block[] = [];
  blocks.push({ kind: 'title', kicker: kommun, text: input.titel, subtitle: input.namnd });
  blocks.push({
    kind: 'metadata',
    rows: [
      { label: 'Typ av styrdokument', value: value(input.typAvStyrdokument) },
      { label: 'Beslutande instans', value: value(b.beslutandeInstans) },
      { label: 'Datum för beslut', value: value(b.datumForBeslut) },
      { label: 'Diarienummer', value: value(dnr) },
      { label: 'Gäller för', value: value(b.gallerFor) },
      { label: 'Giltighetstid', value: value(giltighetstid(b.giltigFran, b.giltigTill)) },
      { label: 'Revideras senast', value: value(b.reviderasSenast) },
      { label: 'Dokumentansvarig', value: value(b.dokumentansvarig) },
    ],
  });

  const nya = input.insatser.filter((i) => i.changed === 'ny').length;
  const andrade = input.insatser.filter((i) => i.changed === 'andrad').length;
  if (input.draft) {
    const parts: string[] = [];
    if (nya) parts.push(nya === 1 ? '1 ny insats, markerad [Ny]' : `${nya} nya insatser, markerade [Ny]`);
    if (andrade) parts.push(andrade === 1 ? '1 ändrad insats, markerad [Ändrad]' : `${andrade} ändrade insatser, markerade [Ändrad]`);
    const changes = parts.length ? ` I förslaget finns ${joinSv(parts)}.` : '';
    blocks.push({
      kind: 'paragraph',
      style: 'draftNote',
      content: `Utkast – dokumentet är inte beslutat av ${lowerFirst(input.namnd)}.${changes}`,
    });
  }
  blocks.push({ kind: 'toc', title: 'Innehåll', maxLevel: 3 });
  blocks.push({ kind: 'pageBreak' });

  // 1. Inledning (and the document's other prose chapters)
  const introduction = input.introduction ?? DEFAULT_INTRODUCTION;
  blocks.push(...introductionBlocks(introduction));

  // n. … the insatser, after the prose chapters, numbered by numberedOutline (the one place their numbers come from).
  const outline = numberedOutline(input);
  const groups = groupInsatser(input);
  const beskrivning = (name: string) => input.gruppbeskrivningar?.[name];
  if (input.grouping === 'kategori') {
    const chapter = outline[0];
    if (chapter) blocks.push({ kind: 'heading', level: 1, number: `${chapter.number}.`, text: input.forteckningRubrik?.trim() || 'Förteckning över insatser' });
    const forteckningText = input.forteckningText?.trim();
    if (chapter && forteckningText) blocks.push(...textToBlocks(forteckningText));
    else if (chapter) {
      blocks.push({
        kind: 'paragraph',
        content: `Förteckningen listar de insatser som ${lowerFirst(input.namnd)} tillhandahåller utan individuell behovsprövning, ordnade efter kategori. Där nämnden har beslutat om undantag från dokumentationskravet enligt 14 kap. 5 § socialtjänstlagen redovisas bedömningen av särskilda skäl vid respektive insats.`,
      });
    }
    for (const section of chapter?.sections ?? []) {
      const g = groups[section.index];
      blocks.push({ kind: 'heading', level: 2, number: section.number, text: g.name });
      const text = beskrivning(g.name);
      if (text) blocks.push(...textToBlocks(text));
      for (const { number, insats } of section.insatser) blocks.push(...insatsBlocks(insats, number));
    }
  } else {
    for (const chapter of outline) {
      const g = groups[chapter.index];
      blocks.push({ kind: 'heading', level: 1, number: `${chapter.number}.`, text: sektorRubrik(g.name) });
      const text = beskrivning(g.name);
      if (text) blocks.push(...textToBlocks(text));
      for (const section of chapter.sections) {
        const e = g.children[section.index];
        blocks.push({ kind: 'heading', level: 2, number: section.number, text: enhetRubrik(e.name) });
        const et = beskrivning(e.name);
        if (et) blocks.push(...textToBlocks(et));
        for (const { number, insats } of section.insatser) blocks.push(...insatsBlocks(insats, number));
      }
    }
  }
  if (input.insatser.length === 0) {
    blocks.push({ kind: 'paragraph', style: 'note', content: 'Katalogen innehåller ännu inga insatser.' });
  }

  const title = input.draft ? `UTKAST – ${input.titel}` : input.titel;
  return {
    title,
    subject: `${input.titel} – ${joinFilled(', ', input.namnd, kommun)}`,
    author: input.namnd,
    keywords: ['insatser utan individuell behovsprövning', '11 kap. 5 § socialtjänstlagen', kommun].filter(Boolean),
    language: 'sv-SE',
    draft: input.draft,
    header: { left: joinFilled(' · ', kommun, input.namnd), right: input.titel },
    footer: { left: dnr ? `Dnr ${dnr}` : (input.typAvStyrdokument ?? '') },
    blocks,
  };
}

const OTHER_GROUP = 'Övriga insatser';

export function sektorRubrik(name: string): string {
  if (name === OTHER_GROUP) return name;
  return /^sektor\b/i.test(name) ? `Insatser som tillhandahålls av ${lowerFirst(name)}` : `Insatser som tillhandahålls av sektor ${name}`;
}

export function enhetRubrik(name: string): string {
  if (name === OTHER_GROUP) return name;
  return /^enhet(en)?\b/i.test(name) ? name : `Enhet ${name}`;
}

interface Group {
  name: string;
  children: Array<{ name: string; insatser: CatalogueInsats[] }>;
}

/** Groups the insatser by sektor → enhet, or by kategori (one child holding them all), in the given order. */
export function groupInsatser(input: Pick<CatalogueDocumentInput, 'grouping' | 'insatser' | 'sektorer' | 'kategorier'>): Group[] {
  const groups: Group[] = [];
  const find = (name: string) => groups.find((g) => g.name === name);
  const ensure = (name: string) => {
    let g = find(name);
    if (!g) groups.push((g = { name, children: [] }));
    return g;
  };
  const ensureChild = (g: Group, name: string) => {
    let c = g.children.find((x) => x.name === name);
    if (!c) g.children.push((c = { name, insatser: [] }));
    return c;
  };
  if (input.grouping === 'kategori') {
    for (const k of input.kategorier ?? []) ensureChild(ensure(k), '');
    for (const insats of input.insatser) {
      const name = insats.kategori?.trim() || OTHER_GROUP;
      ensureChild(ensure(name), '').insatser.push(insats);
    }
  } else {
    for (const s of input.sektorer ?? []) {
      const g = ensure(s.namn);
      for (const e of s.enheter) ensureChild(g, e);
    }
    for (const insats of input.insatser) {
      const g = ensure(insats.sektor?.trim() || OTHER_GROUP);
      ensureChild(g, insats.enhet?.trim() || OTHER_GROUP).insatser.push(insats);
    }
  }
  // Groups and enheter without insatser are left out; "Övriga" comes last.
  const result = groups.map((g) => ({ ...g, children: g.children.filter((c) => c.insatser.length > 0) })).filter((g) => g.children.length > 0);
  result.sort((a, b) => Number(a.name === OTHER_GROUP) - Number(b.name === OTHER_GROUP));
  for (const g of result) g.children.sort((a, b) => Number(a.name === OTHER_GROUP) - Number(b.name === OTHER_GROUP));
  return result;
}

const CHAPTER_LINE = /^\s*#\s+(.+?)\s*$/;
const SUB_LINE = /^\s*(#{2,3})\s+(.+?)\s*$/;
const linesOf = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');

/**
 * How many prose chapters the introduction text holds: one per "# " line (an imported document's "1. Inledning",
 * "2. Rättsliga utgångspunkter"), or one ("1. Inledning") for a text without them.
 */
export function proseChapterCount(text: string): number {
  const chapters = linesOf(text).filter((l) => CHAPTER_LINE.test(l)).length;
  return Math.max(1, chapters + (startsWithChapter(text) ? 0 : 1));
}

function startsWithChapter(text: string): boolean {
  const firstLine = linesOf(text).find((l) => l.trim().length > 0);
  return firstLine !== undefined && CHAPTER_LINE.test(firstLine);
}

/**
 * The prose chapters: "# " lines are numbered chapters (1., 2., …), "## " lines sub-headings (2.1, 2.2) and "### "
 * lines the level under them (2.2.1); other lines paragraphs and lists. Text before the first "# " line (or a
 * text without one) is the chapter "1. Inledning".
 */
export function introductionBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let chapter = 0;
  let sub = 0;
  let subsub = 0;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) blocks.push(...textToBlocks(buffer.join('\n')));
    buffer = [];
  };
  const openChapter = (title: string) => {
    flush();
    chapter++;
    sub = 0;
    subsub = 0;
    blocks.push({ kind: 'heading', level: 1, number: `${chapter}.`, text: title });
  };
  if (!startsWithChapter(text)) openChapter('Inledning');
  for (const line of linesOf(text)) {
    const chapterHeading = CHAPTER_LINE.exec(line);
    const heading = SUB_LINE.exec(line);
    if (chapterHeading) openChapter(chapterHeading[1]);
    else if (heading && heading[1].length === 3 && sub > 0) {
      flush();
      subsub++;
      blocks.push({ kind: 'heading', level: 3, number: `${chapter}.${sub}.${subsub}`, text: heading[2] });
    } else if (heading) {
      flush();
      sub++;
      subsub = 0;
      blocks.push({ kind: 'heading', level: 2, number: `${chapter}.${sub}`, text: heading[2] });
    } else buffer.push(line);
  }
  flush();
  return blocks;
}

type NumberingInput = Pick<CatalogueDocumentInput, 'grouping' | 'insatser' | 'sektorer' | 'kategorier' | 'introduction'>;

/** The document's outline of groups and insatser with their numbers, after the prose chapters. */
export function numberedOutline(input: NumberingInput): NumberedChapter<CatalogueInsats>[] {
  const first = proseChapterCount(input.introduction ?? DEFAULT_INTRODUCTION) + 1;
  const groups = groupInsatser(input);
  const chapters =
    input.grouping === 'kategori'
      ? groups.length
        ? [{ sections: groups.map((g) => ({ insatser: g.children[0].insatser })) }]
        : []
      : groups.map((g) => ({ sections: g.children.map((e) => ({ insatser: e.insatser })) }));
  return numberOutline(chapters, first, (i) => i.nummer);
}

/**
 * The number each insats has in the catalogue document, in the order of `input.insatser`: the one number every
 * export writes (the document, CSV, JSON, the public text, the checklist). The insats's own number where it fits
 * (seed 002: "3.2.1 Anhörigstöd vid beroende"), else the next free one in its group.
 */
export function insatsNumbers(input: NumberingInput): string[] {
  const numberOf = new Map<CatalogueInsats, string>();
  for (const c of numberedOutline(input)) for (const s of c.sections) for (const i of s.insatser) numberOf.set(i.insats, i.number);
  return input.insatser.map((i) => numberOf.get(i) ?? '');
}

const PARAGRAPH_WORDS: Record<DokumentationRegim, RegExp> = {
  '14:3': /14\s*kap\.?\s*3\s*§/i,
  '14:4': /14\s*kap\.?\s*4\s*§/i,
  '14:5': /14\s*kap\.?\s*5\s*§/i,
};

function dokumentationStatement(regim: DokumentationRegim, system: string): string {
  const i = system ? ` i ${/^(verksamhetssystemet|systemet)\b/i.test(system) ? system : `verksamhetssystemet ${system}`}` : '';
  switch (regim) {
    case '14:3':
      return `Insatsen dokumenteras på individnivå enligt 14 kap. 3 § socialtjänstlagen${i}.`;
    case '14:4':
      return `Insatsen är rådgivning. Enligt 14 kap. 4 § socialtjänstlagen dokumenteras inte uppgifter om enskildas personliga förhållanden${i ? `; övriga uppgifter dokumenteras${i}` : ''}.`;
    case '14:5':
      return `Undantag enligt 14 kap. 5 § socialtjänstlagen: uppgifter som kan röja deltagarnas identitet dokumenteras inte vid insatsen. Beslutet gäller alla som deltar i insatsen${i ? `. Avidentifierade uppgifter dokumenteras${i}` : ''}.`;
  }
}

const CHANGE_MARKER: Record<'ny' | 'andrad', string> = { ny: '[Ny]', andrad: '[Ändrad]' };

/** The blocks of one insats under its number. */
export function insatsBlocks(insats: CatalogueInsats, number: string): Block[] {
  const c = insats.content;
  const blocks: Block[] = [];
  const sub = (text: string) => blocks.push({ kind: 'heading', level: 4, text });
  const missing = () => blocks.push({ kind: 'paragraph', style: 'note', content: 'Uppgift saknas.' });
  const free = (text: string) => {
    const b = textToBlocks(text);
    if (b.length) blocks.push(...b);
    return b.length > 0;
  };

  blocks.push({
    kind: 'heading',
    level: 3,
    number,
    text: c.namn,
    marker: insats.changed ? CHANGE_MARKER[insats.changed] : null,
  });
  if (insats.changed === 'ny') {
    blocks.push({ kind: 'paragraph', style: 'draftNote', content: 'Ny insats i detta förslag.' });
  } else if (insats.changed === 'andrad') {
    const summary = c.andringssammanfattning.trim();
    blocks.push({
      kind: 'paragraph',
      style: 'draftNote',
      content: summary
        ? [{ text: 'Ändrad i detta förslag: ', bold: true }, { text: summary }]
        : 'Insatsen är ändrad i detta förslag jämfört med gällande beslut.',
    });
  }

  // Innehåll och genomförande
  sub('Innehåll och genomförande');
  const hasInnehall = free(c.innehall);
  const extra: Block[] = [];
  if (c.form && !/insatsen (kan )?ges/i.test(c.innehall)) {
    const formText: Record<NonNullable<PortableInsatsContent['form']>, string> = {
      individuellt: 'Insatsen ges individuellt.',
      grupp: 'Insatsen ges i grupp.',
      bada: 'Insatsen kan ges individuellt eller i grupp.',
    };
    extra.push({ kind: 'paragraph', content: formText[c.form] ?? FORM_LABELS[c.form] });
  }
  const squashed = (t: string) => t.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv-SE');
  if (c.aktualisering.text.trim()) {
    // Documents often say how the insats is reached inside Innehåll already; it is not repeated.
    if (!squashed(c.innehall).includes(squashed(c.aktualisering.text))) extra.push(...textToBlocks(c.aktualisering.text));
  } else if (c.aktualisering.kanaler.length) {
    const kanaler = c.aktualisering.kanaler.map((k) => AKTUALISERING_LABELS[k].toLocaleLowerCase('sv-SE'));
    extra.push({ kind: 'paragraph', content: label('Aktualisering', sentence(joinSv(kanaler))) });
  }
  if (c.utforare.trim()) extra.push({ kind: 'paragraph', content: label('Utförare', sentence(c.utforare)) });
  blocks.push(...extra);
  if (!hasInnehall && extra.length === 0) missing();

  // Metod
  sub(c.metoder.length > 1 ? 'Metoder' : 'Metod');
  if (c.metoder.length === 0) {
    blocks.push({ kind: 'paragraph', content: 'Ingen särskild metod anges.' });
  }
  for (const m of c.metoder) {
    const namn = m.namn.trim().replace(/[.\s]+$/, '');
    const desc = textToBlocks(m.beskrivning);
    const first = desc[0];
    if (first && first.kind === 'paragraph' && typeof first.content === 'string') {
      const text = first.content;
      // A description that opens with the method's name gets that name in bold instead of a repetition.
      const opens = text.toLocaleLowerCase('sv-SE').startsWith(namn.toLocaleLowerCase('sv-SE'));
      blocks.push({
        kind: 'paragraph',
        content: opens ? [{ text: text.slice(0, namn.length), bold: true }, { text: text.slice(namn.length) }] : [{ text: `${namn}. `, bold: true }, { text }],
      });
      blocks.push(...desc.slice(1));
    } else {
      blocks.push({ kind: 'paragraph', content: [{ text: namn, bold: true }] });
      blocks.push(...desc);
    }
    const details: TextRun[] = [];
    if (m.malgrupp.trim()) details.push({ text: 'Målgrupp: ', bold: true }, { text: m.malgrupp.trim().replace(/\s*\n\s*/g, ' ') });
    if (m.omfattning.trim()) {
      if (details.length) details[details.length - 1] = { text: `${details[details.length - 1].text}\n` };
      details.push({ text: 'Omfattning: ', bold: true }, { text: m.omfattning.trim().replace(/\s*\n\s*/g, ' ') });
    }
    if (details.length) blocks.push({ kind: 'paragraph', content: details, indent: 1 });
  }

  // Målgrupp
  sub('Målgrupp');
  if (!free(c.malgrupp)) missing();

  // Villkor
  const villkor = c.villkor.filter((v) => v.typ !== 'lamplighetsbedomning');
  const lamplighet = c.villkor.filter((v) => v.typ === 'lamplighetsbedomning');
  sub('Villkor');
  if (villkor.length === 0) blocks.push({ kind: 'paragraph', content: 'Insatsen har inga villkor.' });
  for (const v of villkor) blocks.push(...villkorBlocks(v));

  // Lämplighetsprövning 15–17 år
  if (lamplighet.length) {
    sub('Lämplighetsprövning för ungdomar 15–17 år');
    for (const v of lamplighet) blocks.push(...villkorBlocks(v));
  }

  // Dokumentation
  sub('Dokumentation');
  const regim = c.dokumentation.regim;
  const system = c.dokumentation.system.trim();
  const anteckningar = c.dokumentation.anteckningar.trim();
  const statedByUser = PARAGRAPH_WORDS[regim].test(anteckningar);
  if (!statedByUser) blocks.push({ kind: 'paragraph', content: dokumentationStatement(regim, system) });
  if (anteckningar) blocks.push(...textToBlocks(anteckningar));
  if (statedByUser && system && !anteckningar.toLocaleLowerCase('sv-SE').includes(system.toLocaleLowerCase('sv-SE'))) {
    blocks.push({ kind: 'paragraph', content: `Dokumentationen förs i ${system}.` });
  }
  if (regim === '14:5') {
    const bedomning = (insats.bedomningSarskildaSkal ?? '').trim();
    blocks.push({
      kind: 'paragraph',
      content: bedomning
        ? [{ text: 'Bedömning särskilda skäl: ', bold: true }, { text: bedomning }]
        : [
            { text: 'Bedömning särskilda skäl: ', bold: true },
            { text: 'Saknas. Nämnden ska ha gjort en risk- och konsekvensanalys innan den beslutar om undantag.', italic: true },
          ],
    });
    blocks.push({
      kind: 'paragraph',
      content: 'Följande avidentifierade uppgifter dokumenteras ändå enligt 14 kap. 3 och 5 §§ socialtjänstlagen:',
    });
    blocks.push({ kind: 'list', items: AVIDENTIFIERADE_UPPGIFTER.map((u) => sentence(u).replace(/\.$/, '')) });
  }

  // Uppföljning
  sub('Uppföljning');
  if (c.uppfoljning.text.trim()) free(c.uppfoljning.text);
  else if (c.uppfoljning.typ) {
    blocks.push({
      kind: 'paragraph',
      content: c.uppfoljning.typ === 'besoksstatistik' ? 'Besöksstatistik för verksamhetsuppföljning.' : `${UPPFOLJNING_LABELS[c.uppfoljning.typ]}.`,
    });
  } else missing();

  return blocks;
}

function villkorBlocks(v: Villkor): Block[] {
  const text = v.text.trim() || VILLKOR_LABELS[v.typ];
  const blocks: Block[] = textToBlocks(text);
  if (v.motivering.trim()) {
    const mot = textToBlocks(v.motivering, { indent: 1 });
    const first = mot[0];
    if (first && first.kind === 'paragraph' && typeof first.content === 'string') {
      blocks.push({ kind: 'paragraph', indent: 1, content: label('Motivering', first.content) });
      blocks.push(...mot.slice(1));
    } else blocks.push(...mot);
  }
  return blocks;
}

/** Plain-text helper for other builders: the dokumentation regime in words. */
export function dokumentationIOrd(regim: DokumentationRegim): string {
  switch (regim) {
    case '14:3':
      return 'dokumentation på individnivå (14 kap. 3 § SoL)';
    case '14:4':
      return 'rådgivning utan dokumentation av personliga förhållanden (14 kap. 4 § SoL)';
    case '14:5':
      return 'undantag från att dokumentera uppgifter som kan röja identitet (14 kap. 5 § SoL)';
  }
}
