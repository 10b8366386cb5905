// Document text → proposed catalogue. Pure: the text in, the proposal out, nothing read or written.
// Steps: lines (with the extraction's structure marks) → page artefacts out → revision marks out → table
// of contents aside → broken paragraphs joined → key–value table rows as "Label: value" → outline
// (numbered or marked headings) → insatser with their sections, structure and source → warnings.
import { readDecisionMetadata } from './decision-metadata';
import { readDocumentHeader } from './document-header';
import { catalogueGrouping, groupOf, organisationOf } from './grouping';
import { proposeInsats } from './insats-proposal';
import { introFolkbokfordMotivering } from './intro-motivering';
import { rawLines, sourceText, splitLines } from './lines';
import { stripMarkup } from './markup';
import { buildOutline, chapterKey, coverHeadingsEnd, detachCover, endOf, isBoldHeadingLine } from './outline';
import { outlineWarnings } from './outline-warnings';
import { readBoldLabels, readKeyValueRows } from './key-value-rows';
import { removePageArtefacts } from './page-artefacts';
import { joinBrokenParagraphs } from './paragraphs';
import type { ImportWarning, ParsedCatalogue, ProposedInsats } from './proposal';
import { detectToc } from './toc';

export interface ParseOptions {
  /** The kommun the app is set up for; decides "Alingsås kommun" → Alingsås and "i kommunen". */
  kommunHint?: string;
  /** The kind of heading that is an insats (a ParsedCatalogue.headingLevels level), when the user says so. */
  insatsLevel?: string;
}

const label = (i: ProposedInsats) => `${i.nummer ?? ''} ${i.content.namn}`.trim();

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export function parseCatalogueDocument(text: string, options: ParseOptions = {}): ParsedCatalogue {
  const kommunHint = options.kommunHint?.trim() ?? '';
  const raw = rawLines(text);
  const split = splitLines(text);
  const artefacts = removePageArtefacts(split);
  // The source shown beside a proposal leaves out the page numbers, headers and footers taken away.
  const kept = new Set(artefacts.lines.map((l) => l.no));
  const dropped = new Set(split.filter((l) => !kept.has(l.no)).map((l) => l.no));
  const sourceOf = (from: number, to: number) => sourceText(raw, from, to, dropped);
  const boldLines = new Set(artefacts.lines.filter((l) => !l.heading && isBoldHeadingLine(l.text)).map((l) => l.no));
  const markup = stripMarkup(readBoldLabels(artefacts.lines));
  const toc = detectToc(markup.lines);
  const body = readKeyValueRows(joinBrokenParagraphs(markup.lines.filter((l) => !toc.lineNos.has(l.no))).lines);
  const tocNumbers = new Set(toc.entries.flatMap((e) => (e.number ? [e.number] : [])));
  const outline = buildOutline(body, tocNumbers, { insatsLevel: options.insatsLevel }, boldLines);

  const firstHeading = outline.nodes[0]?.line.no ?? Number.POSITIVE_INFINITY;
  const before = (no: number) => markup.lines.filter((l) => l.no < no && !toc.lineNos.has(l.no));
  let head = before(firstHeading);
  let decision = readDecisionMetadata(head, sourceOf);
  // The metadata may sit under cover headings ("# Riktlinje …", "Socialnämnden" then "Diarienummer …"), before the first chapter.
  const coverEnd = coverHeadingsEnd(outline);
  if (!decision && coverEnd !== null && coverEnd > firstHeading) {
    const withCover = before(coverEnd);
    const found = readDecisionMetadata(withCover, sourceOf);
    if (found) {
      [head, decision] = [withCover, found];
      detachCover(outline, coverEnd);
    }
  }
  const header = readDocumentHeader(head, decision?.draft.beslutandeInstans ?? '');
  const grouping = catalogueGrouping(outline);

  const insatsChapters = new Set(outline.insatser.map(chapterKey));
  const intro = outline.nodes.filter((n) => !insatsChapters.has(chapterKey(n))).flatMap((n) => n.body.map((l) => l.text));
  const folkbokfordMotivering = introFolkbokfordMotivering(intro);

  const lastLine = raw.length;
  const insatser = outline.insatser.map((node) => {
    const next = endOf(outline, node);
    const tocEntry = node.heading.number ? toc.entries.find((e) => e.number === node.heading.number) : undefined;
    return proposeInsats(node, groupOf(outline, node, grouping), {
      kommunHint,
      folkbokfordMotivering,
      tocName: tocEntry?.title ?? null,
      sourceOf,
      toLine: (next ?? lastLine + 1) - 1,
    });
  });

  const kommun = kommunHint || mostCommon(insatser.flatMap((i) => i.content.villkor.map((v) => v.kommun)));
  const warnings: ImportWarning[] = outlineWarnings(outline, insatser);
  const warn = (code: ImportWarning['code'], message: string, nummer: string | null = null) => warnings.push({ code, message, nummer });

  for (const i of insatser) {
    if (i.empty)
      warn('empty_insats', `${label(i)} har ingen text under rubriken i dokumentet. Inget har fyllts i; komplettera insatsen eller välj bort den.`, i.nummer);
    if (i.tocName)
      warn(
        'toc_name_differs',
        `${i.nummer}: rubriken i texten ("${i.content.namn}") skiljer sig från innehållsförteckningen ("${i.tocName}"). Välj den stavning som är rätt.`,
        i.nummer,
      );
    if (i.content.dokumentation.regim === '14:5' && !i.bedomningSarskildaSkal) {
      warn('rka_missing', `${label(i)} undantas enligt 14 kap. 5 § men dokumentet redovisar ingen bedömning av särskilda skäl.`, i.nummer);
    }
  }
  const withoutDocumentation = insatser.filter((i) => !i.empty && !i.content.dokumentation.anteckningar);
  if (withoutDocumentation.length > 0) {
    warn(
      'documentation_missing',
      `${withoutDocumentation.length} insatser saknar avsnittet Dokumentation; 14 kap. 3 § föreslås för dem: ${withoutDocumentation.map(label).join(', ')}.`,
    );
  }
  const seen = new Set<string>();
  for (const i of insatser) {
    if (i.nummer && seen.has(i.nummer)) warn('duplicate_number', `Numret ${i.nummer} förekommer flera gånger i dokumentet.`, i.nummer);
    if (i.nummer) seen.add(i.nummer);
  }
  if (tocNumbers.size > 0 && outline.insatsDepth > 0) {
    for (const e of toc.entries) {
      const parts = e.number?.split('.') ?? [];
      if (!e.number || parts.length !== outline.insatsDepth || !insatsChapters.has(`decimal ${parts[0]}`)) continue;
      if (!insatser.some((i) => i.nummer === e.number))
        warn('toc_missing_heading', `Innehållsförteckningen nämner ${e.number} ${e.title}, men rubriken finns inte i texten.`, e.number);
    }
    for (const i of insatser)
      if (i.nummer && !tocNumbers.has(i.nummer)) warn('heading_not_in_toc', `${label(i)} finns i texten men inte i innehållsförteckningen.`, i.nummer);
  }
  if (markup.struck > 0) warn('struck_text', `${markup.struck} överstrukna textavsnitt räknades som borttagna och togs inte med.`);
  const removed = artefacts.pageNumbers + artefacts.headersFooters;
  if (removed > 0) warn('page_artefacts', `${removed} rader med sidnummer, sidhuvud eller sidfot togs bort.`);
  if (!decision) warn('no_decision', 'Dokumentet saknar beslutsuppgifter (diarienummer och datum för beslut). Insatserna importeras som utkast.');
  else if (!decision.complete)
    warn(
      'decision_incomplete',
      `Beslutsuppgifterna är ofullständiga (saknas: ${decision.missing.join(', ')}). Komplettera dem för att registrera beslutet, annars importeras insatserna som utkast.`,
    );

  const { sektorer, kategorier } = organisationOf(insatser);

  return {
    titel: header.titel,
    kommun,
    namnd: header.namnd,
    grouping,
    decision,
    sektorer,
    kategorier,
    insatser,
    warnings,
    headingLevels: outline.levels.map(({ level, count, example, chosen }) => ({ level, count, example, chosen })),
    stats: {
      lines: split.length,
      tocEntries: toc.entries.length,
      headings: outline.nodes.length,
      pageArtefacts: removed,
      struck: markup.struck,
    },
  };
}
