// Renders a DocumentModel to DOCX with the docx package: Word's own Heading 1–4 styles (so the navigation pane
// and the TOC field work), a TOC field (\o "1-3" \h) whose entries and page numbers are written from a layout of
// the pages, "Sida X av Y" with PAGE/NUMPAGES fields in the footer, and Swedish (sv-SE) as the language.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type PageNumberEstimator,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import PDFDocument from 'pdfkit';
import {
  DEFAULT_LANGUAGE,
  DRAFT_LABEL,
  cellObject,
  fitColumnWidths,
  metadataTable,
  runsOf,
  withHeadingIds,
  type Block,
  type DocumentModel,
  type HeadingBlock,
  type ListBlock,
  type ParagraphBlock,
  type RichText,
  type SignaturesBlock,
  type TableBlock,
  type TitleBlock,
  type TocBlock,
} from './document-model';

export interface RenderDocxOptions {
  /**
   * Lay out the pages to write the table of contents' page numbers and the number of pages (default true). Without
   * it, Word fills them in when the fields are updated.
   */
  estimatePages?: boolean;
  /** The layout that works out the page numbers; default docx's layout measuring text as Arial (`arialWidth`). */
  estimator?: PageNumberEstimator;
}

// Geometry in twips (1/20 pt); A4 is 11906 × 16838.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1531, bottom: 1418, left: 1361, right: 1361, header: 709, footer: 709 };
const TEXT_W = PAGE.width - MARGIN.left - MARGIN.right;
const INDENT_STEP = 567;
const CELL_MARGIN_X = 100;

const FONT = 'Arial';
const COLOR = {
  text: '1B1B1B',
  muted: '5A6470',
  heading: '0E3A5C',
  rule: 'B9C3CC',
  tableHeader: 'E6EDF3',
  rowHeader: 'F4F7F9',
  draft: 'B3261E',
  note: '8A5A00',
  noteBar: 'D9A400',
};
// Half-points.
const SIZE = { body: 20, small: 17, table: 18, lead: 22, title: 44, subtitle: 26, kicker: 20 };

// ---- Page numbers of the TOC, worked out as Word lays out the pages ----
//
// docx's layout (docx/layout) breaks the lines and pages as Word does. Its default measurer looks every word up in
// width tables of many fonts, which takes most of the time of a document; this one knows only the font the documents
// use: Arial, whose advance widths are Helvetica's (the PDF standard font, whose metrics pdfkit carries). Widths are
// summed per character, without kerning, as Word sets text, and remembered per word.

let metrics: PDFKit.PDFDocument | null = null;
const charWidths = new Map<string, Map<string, number>>();
const wordWidths = new Map<string, number>();
const HELVETICA = { R: 'Helvetica', B: 'Helvetica-Bold', I: 'Helvetica-Oblique', BI: 'Helvetica-BoldOblique' } as const;
/** A character Helvetica has no width for (Word draws it from a fallback font): an average letter. */
const UNKNOWN_WIDTH = 0.556;

/** Width of text in Arial, in points. */
export function arialWidth(text: string, font: { size: number; bold: boolean; italic: boolean }): number {
  const face = HELVETICA[font.bold ? (font.italic ? 'BI' : 'B') : font.italic ? 'I' : 'R'];
  const key = `${face}\u0000${text}`;
  let em = wordWidths.get(key);
  if (em === undefined) {
    metrics ??= new PDFDocument({ autoFirstPage: false });
    let chars = charWidths.get(face);
    if (!chars) charWidths.set(face, (chars = new Map()));
    em = 0;
    for (const ch of text) {
      let w = chars.get(ch);
      if (w === undefined) {
        w = metrics.font(face).fontSize(1).widthOfString(ch) || UNKNOWN_WIDTH;
        chars.set(ch, w);
      }
      em += w;
    }
    if (wordWidths.size > 200_000) wordWidths.clear();
    wordWidths.set(key, em);
  }
  return em * font.size;
}

const estimateWordPages = estimatePageNumbersWith({ measureWidth: arialWidth });

const hex = (color: string | null | undefined) => (color ? color.replace(/^#/, '').toUpperCase() : undefined);

/** Renders the model to DOCX bytes. */
export async function renderDocx(model: DocumentModel, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const blocks = withHeadingIds(model.blocks);
  const ctx: Ctx = { model, orderedLists: 0 };
  const children: FileChild[] = [];
  for (const block of blocks) children.push(...renderBlock(block, ctx));
  if (children.length === 0) children.push(new Paragraph(''));

  const language = model.language ?? DEFAULT_LANGUAGE;
  const firstIsTitle = blocks[0]?.kind === 'title';
  const draftHeader = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 60 },
      children: [new TextRun({ text: DRAFT_LABEL, bold: true, color: COLOR.draft, size: 18, characterSpacing: 30 })],
    });
  const headerParagraphs: Paragraph[] = [];
  if (model.draft) headerParagraphs.push(draftHeader());
  if (model.header?.left || model.header?.right) {
    headerParagraphs.push(
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_W }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children: [
          new TextRun({ text: model.header.left ?? '', size: 16, color: COLOR.muted }),
          new TextRun({ text: `\t${model.header.right ?? ''}`, size: 16, color: COLOR.muted }),
        ],
      }),
    );
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_W }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children: [
          new TextRun({ text: model.footer?.left ?? '', size: 16, color: COLOR.muted }),
          new TextRun({ children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 16, color: COLOR.muted }),
        ],
      }),
    ],
  });

  const doc = new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author ?? 'IUB-katalogen',
    keywords: model.keywords?.join(', '),
    description: model.subject,
    lastModifiedBy: 'IUB-katalogen',
    pageNumbers: options.estimatePages === false ? undefined : (options.estimator ?? estimateWordPages),
    styles: styles(language, model.compact ?? false),
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 397 + level * INDENT_STEP, hanging: 283 } } },
          })),
        },
        {
          reference: 'ordered',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 454 + level * INDENT_STEP, hanging: 340 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: firstIsTitle,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: MARGIN,
          },
        },
        headers: {
          default: new Header({ children: headerParagraphs.length ? headerParagraphs : [new Paragraph('')] }),
          ...(firstIsTitle ? { first: new Header({ children: [new Paragraph('')] }) } : {}),
        },
        footers: { default: footer, ...(firstIsTitle ? { first: footer } : {}) },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer);
}

function styles(language: string, compact: boolean) {
  const headingRun = (size: number) => ({ font: FONT, size: compact ? Math.round(size * 0.86) : size, bold: true, color: COLOR.heading });
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, color: COLOR.text, language: { value: language } },
        // lineRule stated: without it LibreOffice reads the spacing as exact and large text overlaps.
        paragraph: { spacing: { after: 100, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: SIZE.title, bold: true, color: COLOR.heading }, paragraph: { spacing: { after: 120 } } },
      heading1: { run: headingRun(32), paragraph: { spacing: { before: 400, after: 160 }, keepNext: true, keepLines: true } },
      heading2: { run: headingRun(27), paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true } },
      heading3: { run: headingRun(24), paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true } },
      heading4: { run: { ...headingRun(21), italics: false }, paragraph: { spacing: { before: 180, after: 60 }, keepNext: true, keepLines: true } },
      listParagraph: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { after: 60 } } },
      caption: {
        run: { font: FONT, size: SIZE.table, bold: true, italics: false, color: COLOR.muted },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
    },
  };
}

interface Ctx {
  model: DocumentModel;
  orderedLists: number;
}

function runs(content: RichText, base: { size?: number; color?: string; italics?: boolean } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runsOf(content)) {
    run.text
      .replace(/\t/g, ' ')
      .split('\n')
      .forEach((part, i) => {
        out.push(
          new TextRun({
            text: part,
            bold: run.bold,
            italics: run.italic || base.italics,
            size: base.size,
            color: base.color,
            break: i > 0 ? 1 : undefined,
          }),
        );
      });
  }
  return out;
}

function renderBlock(block: Block, ctx: Ctx): FileChild[] {
  switch (block.kind) {
    case 'title':
      return title(block, ctx);
    case 'metadata':
      return [table(metadataTable(block), { plain: true }), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'heading':
      return [heading(block)];
    case 'paragraph':
      return [paragraph(block)];
    case 'list':
      return list(block, ctx);
    case 'table':
      return tableWithCaption(block);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'signatures':
      return signatures(block);
    case 'toc':
      return toc(block);
  }
}

function title(block: TitleBlock, ctx: Ctx): FileChild[] {
  const out: FileChild[] = [];
  if (ctx.model.draft) {
    out.push(
      new Paragraph({
        spacing: { after: 120 },
        children: [new TextRun({ text: DRAFT_LABEL, bold: true, color: COLOR.draft, size: 22, characterSpacing: 40 })],
      }),
    );
  }
  if (block.kicker) {
    out.push(
      new Paragraph({
        spacing: { after: 160 },
        children: [new TextRun({ text: block.kicker.toLocaleUpperCase('sv-SE'), bold: true, color: COLOR.muted, size: SIZE.kicker, characterSpacing: 20 })],
      }),
    );
  }
  out.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(block.compact ? { text: block.text, size: 34 } : block.text)],
    }),
  );
  out.push(
    new Paragraph({
      spacing: { after: 320 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOR.heading, space: 8 } },
      children: block.subtitle ? [new TextRun({ text: block.subtitle, size: SIZE.subtitle, color: COLOR.heading })] : [],
    }),
  );
  return out;
}

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

function heading(block: HeadingBlock): Paragraph {
  const children: TextRun[] = [];
  if (block.number) children.push(new TextRun(block.number), new TextRun({ children: [new Tab(), block.text] }));
  else children.push(new TextRun(block.text));
  if (block.marker) children.push(new TextRun({ text: ` ${block.marker}`, color: COLOR.draft, size: block.level === 4 ? 18 : 20 }));
  // The number sits before a tab stop so that wrapped headings align like the PDF's hanging indent.
  const hanging = block.number ? Math.max(567, block.number.length * 130 + 140) : 0;
  return new Paragraph({
    heading: HEADING_LEVELS[block.level],
    tabStops: block.number ? [{ type: TabStopType.LEFT, position: hanging }] : undefined,
    indent: block.number ? { left: hanging, hanging } : undefined,
    children,
  });
}

function paragraph(block: ParagraphBlock): Paragraph {
  const style = block.style ?? 'body';
  const indent = (block.indent ?? 0) * INDENT_STEP;
  const base: IParagraphOptions = { indent: indent ? { left: indent } : undefined };
  switch (style) {
    case 'note':
      return new Paragraph({ ...base, children: runs(block.content, { italics: true, color: COLOR.muted, size: 19 }) });
    case 'small':
      return new Paragraph({ ...base, children: runs(block.content, { color: COLOR.muted, size: SIZE.small }) });
    case 'lead':
      return new Paragraph({ ...base, children: runs(block.content, { size: SIZE.lead }) });
    case 'draftNote':
      return new Paragraph({
        indent: { left: indent + 170 },
        border: { left: { style: BorderStyle.SINGLE, size: 24, color: COLOR.noteBar, space: 8 } },
        spacing: { before: 60, after: 160 },
        children: runs(block.content, { color: COLOR.note }),
      });
    default:
      return new Paragraph({ ...base, children: runs(block.content) });
  }
}

function list(block: ListBlock, ctx: Ctx): Paragraph[] {
  const level = Math.min(block.indent ?? 0, 2);
  const instance = block.ordered ? ++ctx.orderedLists : 0;
  return block.items.map(
    (item, i) =>
      new Paragraph({
        numbering: block.ordered ? { reference: 'ordered', level, instance } : { reference: 'bullets', level },
        spacing: { after: i === block.items.length - 1 ? 120 : 40 },
        children: runs(item),
      }),
  );
}

function tableWithCaption(block: TableBlock): FileChild[] {
  const out: FileChild[] = [];
  if (block.caption) out.push(new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] }));
  out.push(table(block));
  out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
  return out;
}

function table(block: TableBlock, opts: { plain?: boolean } = {}): Table {
  const size = opts.plain ? SIZE.body : SIZE.table;
  // Widen columns whose longest word would not fit (measured roughly: Arial's average letter is ~0.6 em wide).
  const minW = block.columns.map(() => 0);
  const measure = (text: string, c: number, bold: boolean) => {
    for (const word of text.split(/\s+/)) {
      const width = word.length * (size / 2) * (bold ? 0.64 : 0.58) * 20 + 2 * CELL_MARGIN_X + 40;
      if (word) minW[c] = Math.max(minW[c], width);
    }
  };
  if (block.showHeader ?? true) block.columns.forEach((col, c) => measure(col.header, c, true));
  block.rows.forEach((row) =>
    row.forEach((raw, c) => c < minW.length && measure(cellObject(raw).text, c, !!cellObject(raw).bold || (!!block.rowHeaders && c === 0))),
  );
  const widths = fitColumnWidths(
    block.columns.map((c) => c.width ?? 1),
    minW,
    TEXT_W,
  ).map((w) => Math.round(w));
  const line = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = opts.plain
    ? { top: line, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none }
    : { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  const cell = (text: string, c: number, o: { header?: boolean; bold?: boolean; fill?: string | null; align?: 'left' | 'center' | 'right' }) => {
    const align = o.align ?? block.columns[c]?.align ?? 'left';
    const fill = hex(o.fill ?? (o.header ? COLOR.tableHeader : !opts.plain && block.rowHeaders && c === 0 ? COLOR.rowHeader : null));
    return new TableCell({
      width: { size: widths[c], type: WidthType.DXA },
      shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
      margins: { top: 60, bottom: 60, left: CELL_MARGIN_X, right: CELL_MARGIN_X },
      children: text.split(/\n\s*\n/).map(
        (part) =>
          new Paragraph({
            spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO },
            alignment: align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: runs([{ text: part, bold: o.header || o.bold || (block.rowHeaders && c === 0) }], { size }),
          }),
      ),
    });
  };
  const rows: TableRow[] = [];
  if (block.showHeader ?? true) {
    rows.push(
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((col, c) => cell(col.header, c, { header: true, align: col.align })) }),
    );
  }
  for (const row of block.rows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: block.columns.map((_, c) => {
          const raw = row[c] ?? '';
          const o = cellObject(raw);
          return cell(o.text, c, { bold: o.bold, fill: o.fill, align: o.align });
        }),
      }),
    );
  }
  return new Table({
    rows,
    width: { size: TEXT_W, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
  });
}

function signatures(block: SignaturesBlock): FileChild[] {
  const out: FileChild[] = [];
  if (block.title) out.push(new Paragraph({ spacing: { before: 280, after: 60 }, keepNext: true, children: [new TextRun({ text: block.title, bold: true })] }));
  const columns = block.columns ?? 2;
  const gap = columns > 2 ? 400 : 560;
  const colW = Math.floor((TEXT_W - gap * (columns - 1)) / columns);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none };
  const hasGroups = block.signers.some((s) => s.group);
  const emptyCell = (width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children: [new Paragraph('')] });
  const signCell = (role: string, name?: string | null, group?: string | null) =>
    new TableCell({
      width: { size: colW, type: WidthType.DXA },
      borders: noBorders,
      children: [
        ...(hasGroups ? [new Paragraph({ spacing: { after: 0 }, keepNext: true, children: group ? [new TextRun({ text: group, bold: true })] : [] })] : []),
        new Paragraph({
          spacing: { before: 520, after: 0 },
          keepNext: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.text, space: 1 } },
          children: [],
        }),
        new Paragraph({ spacing: { before: 40, after: 0 }, keepNext: true, children: [new TextRun({ text: role, size: SIZE.small, color: COLOR.muted })] }),
        new Paragraph({ spacing: { after: 120 }, children: name ? [new TextRun({ text: name })] : [] }),
      ],
    });
  const rows: TableRow[] = [];
  const row = (cells: TableCell[]) => {
    const children: TableCell[] = [];
    for (let c = 0; c < columns; c++) {
      if (c > 0) children.push(emptyCell(gap));
      children.push(cells[c] ?? emptyCell(colW));
    }
    rows.push(new TableRow({ cantSplit: true, children }));
  };
  if (block.placeAndDate) row([signCell('Ort och datum')]);
  for (let i = 0; i < block.signers.length; i += columns) {
    const cells: TableCell[] = [];
    for (let c = 0; c < columns; c++) {
      const s = block.signers[i + c];
      if (!s) break;
      const startsGroup = s.group && (c === 0 || block.signers[i + c - 1]?.group !== s.group);
      cells.push(signCell(s.role, s.name, startsGroup ? s.group : null));
    }
    row(cells);
  }
  const columnWidths: number[] = [];
  for (let c = 0; c < columns; c++) columnWidths.push(...(c > 0 ? [gap, colW] : [colW]));
  out.push(
    new Table({
      rows,
      width: { size: TEXT_W, type: WidthType.DXA },
      columnWidths,
      layout: TableLayoutType.FIXED,
      borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
    }),
  );
  return out;
}

function toc(block: TocBlock): FileChild[] {
  const maxLevel = block.maxLevel ?? 3;
  return [
    new Paragraph({
      spacing: { before: 360, after: 160 },
      keepNext: true,
      children: [new TextRun({ text: block.title, bold: true, size: 32, color: COLOR.heading })],
    }),
    new TableOfContents(block.title, { hyperlink: true, headingStyleRange: `1-${maxLevel}` }),
  ];
}
