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
import { EMPTY_PROFILE, type ImportProfile } from './import-profile';
import { findInsatsTable, tableInsatser } from './insats-table';
import type { ImportWarning, ParsedCatalogue, ProposedInsats, UnknownLabel } from './proposal';
import { findUnknownLabels } from './unknown-labels';
import { detectToc } from './toc';
import { namedKommun } from './kommun';
import { findBlanketExemption } from '../rules/blanket-exemption';
import { bilagaNode, memoDate, memoDecision, memoKind, memoSarskildaSkal, readBilagaInsatser, readForslagTillBeslut } from './tjansteskrivelse';

export interface ParseOptions {
  /** The kommun the app is set up for; decides "Alingsås kommun" → Alingsås and "i kommunen". */
  kommunHint?: string;
  /** The kind of heading that is an insats (a ParsedCatalogue.headingLevels level), when the user says so. */
  insatsLevel?: string;
  /** The kommun's import profile: its own labels, column meanings and insats heading level. */
  profile?: ImportProfile;
}

const label = (i: ProposedInsats) => `${i.nummer ?? ''} ${i.content.namn}`.trim();

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export function parseCatalogueDocument(text: string, givenOptions: ParseOptions = {}): ParsedCatalogue {
  const profile = givenOptions.profile ?? EMPTY_PROFILE;
  const options: ParseOptions = { ...givenOptions, insatsLevel: givenOptions.insatsLevel ?? profile.insatsLevel ?? undefined };
  const extraLabels = profile.labels;
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

  // --- Row-per-insats table (spreadsheet, Word table; insats-table.ts): when no outline holds insatser,
  // they are the table's rows, and the free text above its header row is the head.
  const table = outline.insatser.length === 0 ? findInsatsTable(body, profile.columns) : null;
  const firstHeading = table?.header.no ?? outline.nodes[0]?.line.no ?? Number.POSITIVE_INFINITY;
  const before = (no: number) => markup.lines.filter((l) => l.no < no && !toc.lineNos.has(l.no));
  // A tjänsteskrivelse proposes a decision: its Förslag till beslut is the decision text, its insatser are
  // in Bilaga 1, and its date is the memo's (shared/import/tjansteskrivelse.ts).
  const memo = memoKind(markup.lines);
  const forslagTillBeslut = memo ? readForslagTillBeslut(body) : [];
  const bilaga = memo ? readBilagaInsatser(body) : [];
  let head = before(firstHeading);
  let decision = (memo ? memoDecision(markup.lines, forslagTillBeslut, sourceOf) : null) ?? readDecisionMetadata(head, sourceOf);
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
  // Or follow a numbered title ("1. Riktlinje för …" in a Word heading): then it is among the lines before the first insats.
  const firstInsats = outline.insatser[0]?.line.no ?? Number.POSITIVE_INFINITY;
  if (!decision && firstInsats > firstHeading) decision = readDecisionMetadata(before(firstInsats), sourceOf);
  const fromHead = readDocumentHeader(head, decision?.draft.beslutandeInstans ?? '');
  const numberedTitles = () => outline.nodes.filter((n) => n.line.no < firstInsats && n.line.text.length <= 120).map((n) => n.line);
  const header = fromHead.titel || firstInsats <= firstHeading ? fromHead : { ...readDocumentHeader(numberedTitles(), ''), namnd: fromHead.namnd };
  const grouping = catalogueGrouping(outline);

  const insatsChapters = new Set(outline.insatser.map(chapterKey));
  const intro = outline.nodes.filter((n) => !insatsChapters.has(chapterKey(n))).flatMap((n) => n.body.map((l) => l.text));
  const folkbokfordMotivering = introFolkbokfordMotivering(intro);

  const lastLine = raw.length;
  const fromBilaga = bilaga
    .map((b, k) =>
      proposeInsats(
        bilagaNode(b),
        { sektor: null, enhet: null, kategori: null },
        { kommunHint, folkbokfordMotivering, tocName: null, sourceOf, toLine: (bilaga[k + 1]?.line.no ?? b.line.no + 2) - 1, extraLabels },
      ),
    )
    .map((i) => ({
      ...i,
      nummer: null,
      // The memo gives the särskilda skäl in its Ärendet, not beside the bullet.
      bedomningSarskildaSkal: i.bedomningSarskildaSkal || (i.content.dokumentation.regim === '14:5' ? memoSarskildaSkal(body, i.content.namn) : ''),
    }));
  const fromOutline = outline.insatser.map((node) => {
    const next = endOf(outline, node);
    const tocEntry = node.heading.number ? toc.entries.find((e) => e.number === node.heading.number) : undefined;
    return proposeInsats(node, groupOf(outline, node, grouping), {
      kommunHint,
      folkbokfordMotivering,
      tocName: tocEntry?.title ?? null,
      sourceOf,
      toLine: (next ?? lastLine + 1) - 1,
      extraLabels,
    });
  });
  // Without a bilaga in the file, a numbered beslutspunkt ("4. Paragrafen förklaras omedelbart justerad") is no insats.
  const isPoint = (i: ProposedInsats) => forslagTillBeslut.some((p) => p.startsWith(i.content.namn));
  const fromTable = table
    ? tableInsatser(table).map(({ node, kategori }) =>
        proposeInsats(
          node,
          { sektor: null, enhet: null, kategori },
          { kommunHint, folkbokfordMotivering, tocName: null, sourceOf, toLine: node.line.no, extraLabels },
        ),
      )
    : null;
  const insatser = fromBilaga.length > 0 ? fromBilaga : (fromTable ?? fromOutline.filter((i) => !isPoint(i)));

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
  const unknownLabels: UnknownLabel[] = table
    ? table.columns.flatMap((c) =>
        c.meaning === null && c.header ? [{ label: c.header, key: c.key, lineNo: table.header.no, count: 1, kind: 'kolumn' as const }] : [],
      )
    : findUnknownLabels(
        outline.insatser.flatMap((n) => n.body),
        extraLabels,
      );
  for (const u of unknownLabels)
    warn(
      'unknown_label',
      u.kind === 'kolumn'
        ? `Kolumnen "${u.label}" (rad ${u.lineNo}) känns inte igen och har lagts i insatsernas innehåll. Ange i granskningen vad kolumnen innehåller.`
        : `Etiketten "${u.label}:" (rad ${u.lineNo}${u.count > 1 ? ` och ${u.count - 1} till` : ''}) känns inte igen, så texten efter den har räknats till avsnittet före. Ange i granskningen vad etiketten betyder.`,
    );
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
  if (memo) {
    const date = memoDate(markup.lines);
    warn(
      'tjansteskrivelse',
      `Dokumentet är en ${memo} – ett förslag till beslut, inte ett fattat beslut.${date ? ` Datumet ${date} är skrivelsens, inte nämndens beslutsdatum.` : ''}` +
        `${forslagTillBeslut.length > 0 ? ` Förslaget till beslut (${forslagTillBeslut.length} punkter) föreslås som ärendets beslutstext.` : ''}` +
        `${fromBilaga.length > 0 ? ` Insatserna är hämtade ur bilaga 1.` : ''} Ange datum för beslut när nämnden har beslutat.`,
    );
  }
  // 14 kap. 5 § is decided per insats: a blanket exemption in the proposed decision text blocks.
  for (const f of findBlanketExemption(forslagTillBeslut.join('\n'), 'forslagTillBeslut')) warn('blanket_exemption', `Spärr: ${f.message} (${f.reference})`);
  if (memo) {
    // The memo's own date is no decision date, so no_decision/decision_incomplete would only repeat the notice.
  } else if (!decision) warn('no_decision', 'Dokumentet saknar beslutsuppgifter (diarienummer och datum för beslut). Insatserna importeras som utkast.');
  else if (!decision.complete)
    warn(
      'decision_incomplete',
      `Beslutsuppgifterna är ofullständiga (saknas: ${decision.missing.join(', ')}). Komplettera dem för att registrera beslutet, annars importeras insatserna som utkast.`,
    );

  const { sektorer, kategorier } = organisationOf(insatser);

  return {
    titel: header.titel,
    kommun,
    // The kommun the document itself names, whatever the app is set up for (a warning when they differ).
    namedKommun: namedKommun(markup.lines.map((l) => l.text)),
    namnd: header.namnd,
    grouping,
    decision,
    sektorer,
    kategorier,
    insatser,
    warnings,
    ...(memo ? { tjansteskrivelse: true, forslagTillBeslut } : {}),
    unknownLabels,
    tableColumns: table ? table.columns.map((c) => ({ header: c.header, key: c.key, meaning: c.meaning })) : null,
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
