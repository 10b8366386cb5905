// Renders a DocumentModel to a PDF with pdfkit: A4, embedded DejaVu fonts (å ä ö and every other Swedish
// character), running header and "Sida X av Y" footer, a table of contents with real page numbers (laid out
// twice: once to learn the pages, then for real), bookmarks and named destinations for the headings, and a
// tagged structure (Document, H1–H4, P, L/LI, Table/TR/TH/TD, TOC/TOCI) with language sv-SE.
// Every string is drawn as text: nothing from the model is interpreted.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import {
  DEFAULT_LANGUAGE,
  DRAFT_LABEL,
  cellObject,
  fitColumnWidths,
  headingLabel,
  inToc,
  metadataTable,
  runsOf,
  withHeadingIds,
  type Block,
  type DocumentModel,
  type HeadingBlock,
  type ListBlock,
  type MetadataBlock,
  type ParagraphBlock,
  type RichText,
  type SignaturesBlock,
  type TableBlock,
  type TableCell,
  type TableCellObject,
  type TextRun,
  type TitleBlock,
  type TocBlock,
} from './document-model';

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;

/** TrueType font files for the four faces the renderer uses. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

export interface RenderPdfOptions {
  /** Font files; default: DejaVu Sans from the dejavu-fonts-ttf package. */
  fonts?: PdfFonts;
  /** Creation date written to the metadata (default: now). */
  creationDate?: Date;
}

const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
  boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
} as const;

let defaultFonts: PdfFonts | null = null;

function nodeRequire(): NodeRequire {
  // An ES module (the CLI bundle, tsx) has import.meta.url; the CommonJS Electron bundle has an empty
  // import.meta and a real `require`. The ES bundle's `require` is esbuild's shim, without resolve().
  const url = (import.meta as { url?: string }).url;
  return url ? createRequire(url) : require;
}

/** Reads the DejaVu Sans faces shipped with the app (cached after the first call). */
export function loadDefaultFonts(): PdfFonts {
  if (defaultFonts) return defaultFonts;
  const req = nodeRequire();
  const read = (spec: string) => new Uint8Array(readFileSync(req.resolve(spec)));
  defaultFonts = {
    regular: read(FONT_FILES.regular),
    bold: read(FONT_FILES.bold),
    italic: read(FONT_FILES.italic),
    boldItalic: read(FONT_FILES.boldItalic),
  };
  return defaultFonts;
}

// ---- Page geometry and style (points; A4 = 595.28 × 841.89) ----

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = { top: 80, bottom: 72, left: 68, right: 68 };
const CONTENT_W = PAGE_W - MARGIN.left - MARGIN.right;
const HEADER_Y = 38;
const FOOTER_Y = PAGE_H - 50;
const INDENT_STEP = 28;

const COLOR = {
  text: '#1b1b1b',
  muted: '#5a6470',
  heading: '#0e3a5c',
  rule: '#b9c3cc',
  tableHeader: '#e6edf3',
  rowHeader: '#f4f7f9',
  draft: '#b3261e',
  note: '#8a5a00',
  noteBar: '#d9a400',
};

const SIZE = { body: 10, small: 8.5, table: 9, lead: 11 };
const LINE_GAP = 2.6;

type HeadingStyle = Record<1 | 2 | 3 | 4, { size: number; before: number; after: number; keep: number }>;
const HEADING_STYLE: HeadingStyle = {
  1: { size: 16, before: 20, after: 8, keep: 90 },
  2: { size: 13.5, before: 16, after: 6, keep: 80 },
  3: { size: 12, before: 14, after: 5, keep: 70 },
  4: { size: 10.5, before: 9, after: 3, keep: 40 },
};
const COMPACT_HEADING_STYLE: HeadingStyle = {
  1: { size: 14, before: 16, after: 6, keep: 80 },
  2: { size: 11.5, before: 12, after: 4, keep: 60 },
  3: { size: 10.5, before: 10, after: 3, keep: 50 },
  4: { size: 10, before: 8, after: 2, keep: 40 },
};

type FontName = 'R' | 'B' | 'I' | 'BI';
const fontFor = (bold?: boolean, italic?: boolean): FontName => (bold ? (italic ? 'BI' : 'B') : italic ? 'I' : 'R');

interface PassResult {
  bytes: Uint8Array;
  headingPages: Map<string, number>;
  pageCount: number;
}

/** Renders the model to PDF bytes. */
export async function renderPdf(model: DocumentModel, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? loadDefaultFonts();
  const normalized: DocumentModel = { ...model, blocks: withHeadingIds(model.blocks) };
  const hasToc = normalized.blocks.some((b) => b.kind === 'toc');
  // First pass: the TOC without page numbers, to learn on which page each heading lands. The TOC's layout does
  // not depend on its numbers (they sit in a column of their own), so the second pass settles; more are a guard.
  let result = await new PdfPass(normalized, fonts, null, options.creationDate).run();
  if (!hasToc) return result.bytes;
  for (let pass = 0; pass < 3; pass++) {
    const pages = result.headingPages;
    result = await new PdfPass(normalized, fonts, pages, options.creationDate).run();
    if (sameMap(pages, result.headingPages)) break;
  }
  return result.bytes;
}

function sameMap(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** The PDF/A part and conformance every document declares (pdfkit writes the XMP and the sRGB output intent). */
export const PDF_SUBSET = 'PDF/A-2a';

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Adds the PDF/UA-1 identification to the XMP beside pdfkit's PDF/A one, and escapes the document information
 * pdfkit copies into the XMP ("Stöd & råd" in a title would otherwise make the metadata invalid XML).
 */
function declarePdfUa(doc: Doc): void {
  const d = doc as unknown as { appendXML(xml: string): void; _addInfo(): void; info: Record<string, unknown> };
  // PDF/A-2 accepts a property outside its predefined schemas only when an extension schema describes it.
  d.appendXML(`
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `);
  const addInfo = d._addInfo.bind(d);
  d._addInfo = () => {
    const info = d.info;
    d.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? xmlEscape(v) : v]));
    try {
      addInfo();
    } finally {
      d.info = info;
    }
  };
}

/** Parsed faces (fontkit) and their word layouts, by font file, shared by every document and pass. */
const sharedFaces = new WeakMap<Uint8Array, { font: unknown; layoutCache: Record<string, unknown> }>();
const MAX_SHARED_LAYOUTS = 200_000;

class PdfPass {
  private readonly doc: Doc;
  private readonly root: StructElement;
  private readonly chunks: Buffer[] = [];
  private readonly headingPages = new Map<string, number>();
  private readonly outlineStack: Array<{ level: number; item: PDFKit.PDFOutline }> = [];
  private pageNo = 1;
  /** y where content of the current page starts (nothing above to separate from). */
  private atTop = true;
  /** The index in the model of the block being drawn (a heading looks at the blocks after it). */
  private blockIndex = 0;

  constructor(
    private readonly model: DocumentModel,
    fonts: PdfFonts,
    private readonly tocPages: Map<string, number> | null,
    creationDate?: Date,
  ) {
    const info: PDFKit.DocumentInfo = { Title: model.title, Creator: 'IUB-katalogen', Producer: 'IUB-katalogen (pdfkit)' };
    if (model.subject) info.Subject = model.subject;
    if (model.author) info.Author = model.author;
    if (model.keywords?.length) info.Keywords = model.keywords.join(', ');
    if (creationDate) info.CreationDate = creationDate;
    const pdfOptions: PDFKit.PDFDocumentOptions & { tagged: boolean; lang: string; displayTitle: boolean } = {
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      pdfVersion: '1.7',
      // For the archive and the accessibility law: PDF/A-2a (fonts embedded, XMP with the conformance, an sRGB
      // output intent, tagged and with a language) and PDF/UA-1, declared in the XMP below.
      subset: PDF_SUBSET,
      tagged: true,
      lang: model.language ?? DEFAULT_LANGUAGE,
      displayTitle: true,
      info,
    };
    this.doc = new PDFDocument(pdfOptions);
    declarePdfUa(this.doc);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.doc.on('pageAdded', () => {
      this.pageNo++;
      this.atTop = true;
    });
    this.registerFace('R', fonts.regular);
    this.registerFace('B', fonts.bold);
    this.registerFace('I', fonts.italic);
    this.registerFace('BI', fonts.boldItalic);
    this.doc.font('R').fontSize(SIZE.body).fillColor(COLOR.text);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /**
   * Registers a face, reusing the parsed font and its word layouts from earlier documents made with the same font
   * file: parsing the font and shaping every word again is most of the time a document takes, and the layouts
   * (glyph ids and advances of one word in one face) do not depend on the document.
   */
  private registerFace(name: FontName, bytes: Uint8Array): void {
    const shared = sharedFaces.get(bytes);
    this.doc.registerFont(name, shared ? (shared.font as Buffer) : Buffer.from(bytes));
    this.doc.font(name);
    const embedded = (this.doc as unknown as { _font: { font: unknown; layoutCache?: Record<string, unknown> } })._font;
    if (shared) {
      if (Object.keys(shared.layoutCache).length > MAX_SHARED_LAYOUTS) shared.layoutCache = Object.create(null) as Record<string, unknown>;
      embedded.layoutCache = shared.layoutCache;
    } else if (embedded.layoutCache) {
      sharedFaces.set(bytes, { font: embedded.font, layoutCache: embedded.layoutCache });
    }
  }

  run(): Promise<PassResult> {
    const done = new Promise<void>((resolve, reject) => {
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    this.model.blocks.forEach((block, i) => {
      this.blockIndex = i;
      this.block(block);
    });
    this.root.end();
    this.drawPageFurniture();
    const pageCount = this.doc.bufferedPageRange().count;
    this.doc.end();
    return done.then(() => ({
      bytes: new Uint8Array(Buffer.concat(this.chunks)),
      headingPages: this.headingPages,
      pageCount,
    }));
  }

  // ---- primitives ----

  private get maxY(): number {
    return PAGE_H - MARGIN.bottom;
  }

  private newPage(): void {
    this.doc.continueOnNewPage();
    this.doc.y = MARGIN.top;
  }

  private ensureSpace(height: number): void {
    if (!this.atTop && this.doc.y + height > this.maxY) this.newPage();
  }

  private space(points: number): void {
    if (this.atTop) return;
    this.doc.y += points;
  }

  /** Draws inside a structure element of the given type; the content may run over pages. */
  private tagged(type: string, draw: () => void, parent: StructElement = this.root): StructElement {
    const el = this.doc.struct(type);
    parent.add(el);
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    // Added after drawing so that the parent tree also knows the parts on later pages.
    el.add(content);
    el.end();
    this.atTop = false;
    return el;
  }

  private group(type: string, parent: StructElement = this.root): StructElement {
    const el = this.doc.struct(type);
    parent.add(el);
    return el;
  }

  /** Vector drawing that is not content (rules, fills, leaders). */
  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  private setFont(name: FontName, size: number, color = COLOR.text): void {
    this.doc.font(name).fontSize(size).fillColor(color);
  }

  /** Writes rich text from (x, current y) within width; pdfkit breaks lines and pages. */
  private richText(
    content: RichText,
    x: number,
    width: number,
    size: number,
    color: string,
    italic = false,
    align: 'left' | 'center' | 'right' | 'justify' = 'left',
  ): void {
    // Hard line breaks ("\n" inside a run) split the text into lines, each written as its own run sequence.
    const lines: TextRun[][] = [[]];
    for (const run of runsOf(content)) {
      run.text
        .replace(/\t/g, ' ')
        .split('\n')
        .forEach((part, i) => {
          if (i > 0) lines.push([]);
          if (part.length) lines[lines.length - 1].push({ ...run, text: part });
        });
    }
    for (const runs of lines) {
      if (runs.length === 0) continue;
      runs.forEach((run, i) => {
        this.setFont(fontFor(run.bold, run.italic || italic), size, color);
        const opts: PDFKit.Mixins.TextOptions = { width, lineGap: LINE_GAP, continued: i < runs.length - 1, align };
        if (i === 0) this.doc.text(run.text, x, this.doc.y, opts);
        else this.doc.text(run.text, opts);
      });
    }
  }

  private lineHeight(size: number): number {
    this.doc.fontSize(size);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Greedy word wrap with the current font, for text drawn line by line. */
  private wrap(text: string, width: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && this.doc.widthOfString(candidate) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }

  // ---- blocks ----

  private block(block: Block): void {
    switch (block.kind) {
      case 'title':
        return this.title(block);
      case 'metadata':
        return this.metadata(block);
      case 'heading':
        return this.heading(block);
      case 'paragraph':
        return this.paragraph(block);
      case 'list':
        return this.list(block);
      case 'table':
        return this.table(block);
      case 'pageBreak':
        if (!this.atTop) this.newPage();
        return;
      case 'signatures':
        return this.signatures(block);
      case 'toc':
        return this.toc(block);
    }
  }

  private title(block: TitleBlock): void {
    const x = MARGIN.left;
    const compact = block.compact ?? false;
    this.space(6);
    if (this.model.draft) {
      this.tagged('P', () => {
        this.setFont('B', 11, COLOR.draft);
        this.doc.text(DRAFT_LABEL, x, this.doc.y, { width: CONTENT_W, characterSpacing: 2 });
      });
      this.doc.y += compact ? 4 : 8;
    }
    if (block.kicker) {
      this.tagged('P', () => {
        this.setFont('B', compact ? 9 : 10, COLOR.muted);
        this.doc.text(block.kicker!.toLocaleUpperCase('sv-SE'), x, this.doc.y, { width: CONTENT_W, characterSpacing: 1 });
      });
      this.doc.y += compact ? 5 : 10;
    }
    this.tagged('P', () => {
      this.setFont('B', compact ? 17 : 22, COLOR.heading);
      this.doc.text(block.text, x, this.doc.y, { width: CONTENT_W, lineGap: 2 });
    });
    if (block.subtitle) {
      this.doc.y += compact ? 3 : 6;
      this.tagged('P', () => {
        this.setFont('R', compact ? 11.5 : 13, COLOR.heading);
        this.doc.text(block.subtitle!, x, this.doc.y, { width: CONTENT_W });
      });
    }
    this.doc.y += compact ? 8 : 12;
    const y = this.doc.y;
    this.artifact(() => {
      this.doc
        .moveTo(x, y)
        .lineTo(x + CONTENT_W, y)
        .lineWidth(compact ? 0.9 : 1.2)
        .strokeColor(COLOR.heading)
        .stroke();
    });
    this.doc.y += compact ? 12 : 16;
    this.setFont('R', SIZE.body);
  }

  private metadata(block: MetadataBlock): void {
    this.space(4);
    this.table(metadataTable(block), { plain: true });
    this.doc.y += 6;
  }

  private heading(block: HeadingBlock): void {
    const style = (this.model.compact ? COMPACT_HEADING_STYLE : HEADING_STYLE)[block.level];
    const x = MARGIN.left;
    this.space(style.before);
    this.ensureSpace(this.keepWithNext(this.blockIndex, style.keep));
    const id = block.id!;
    const y = this.doc.y;
    this.headingPages.set(id, this.pageNo);
    this.doc.addNamedDestination(id, 'XYZ', 0, y - 4, 0);
    if (inToc(block)) this.addOutline(block, y);
    const type = `H${block.level}`;
    this.tagged(type, () => {
      this.setFont('B', style.size, COLOR.heading);
      let textX = x;
      if (block.number) {
        const numberWidth = this.doc.widthOfString(block.number);
        const gap = style.size * 0.6;
        // The trailing space keeps "3.1.1 Titel" apart in extracted and tagged text.
        this.doc.text(`${block.number} `, x, y, { lineBreak: false });
        textX = x + numberWidth + gap;
        this.doc.y = y;
      }
      const width = CONTENT_W - (textX - x);
      if (block.marker) {
        this.doc.text(`${block.text} `, textX, y, { width, continued: true });
        this.setFont('B', style.size * 0.8, COLOR.draft);
        this.doc.text(block.marker, { width });
      } else {
        this.doc.text(block.text, textX, y, { width });
      }
    });
    this.doc.x = x;
    this.doc.y += style.after;
    this.setFont('R', SIZE.body);
  }

  /**
   * The space a heading needs at the bottom of a page: itself and the headings right after it ("3.2.1 …" then
   * "Innehåll och genomförande") and the first two lines of what follows them, so a heading never stands alone at
   * the foot of a page (keep with next); at least the style's own minimum, at most most of a page.
   */
  private keepWithNext(index: number, minimum: number): number {
    const blocks = this.model.blocks;
    const styles = this.model.compact ? COMPACT_HEADING_STYLE : HEADING_STYLE;
    let total = 0;
    let i = index;
    for (; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind !== 'heading') break;
      const st = styles[b.level];
      this.setFont('B', st.size);
      const text = `${b.number ? `${b.number}   ` : ''}${b.text}${b.marker ? ` ${b.marker}` : ''}`;
      total += (i === index ? 0 : st.before) + this.doc.heightOfString(text, { width: CONTENT_W - 40 }) + st.after;
    }
    const next = blocks[i];
    if (next && next.kind !== 'pageBreak' && next.kind !== 'heading') total += this.lineHeight(SIZE.body) * 2 + 6;
    this.setFont('R', SIZE.body);
    return Math.min(Math.max(total, minimum), (this.maxY - MARGIN.top) * 0.6);
  }

  private addOutline(block: HeadingBlock, y: number): void {
    while (this.outlineStack.length && this.outlineStack[this.outlineStack.length - 1].level >= block.level) this.outlineStack.pop();
    const parent = this.outlineStack.length ? this.outlineStack[this.outlineStack.length - 1].item : this.doc.outline;
    const label = block.marker ? `${headingLabel(block)} ${block.marker}` : headingLabel(block);
    const item = parent.addItem(label, { top: y - 4, left: PAGE_W } as unknown as { expanded?: boolean });
    this.outlineStack.push({ level: block.level, item });
  }

  private paragraph(block: ParagraphBlock): void {
    const indent = (block.indent ?? 0) * INDENT_STEP;
    const style = block.style ?? 'body';
    const size = style === 'small' ? SIZE.small : style === 'lead' ? SIZE.lead : style === 'note' ? 9.5 : SIZE.body;
    const color = style === 'note' || style === 'small' ? COLOR.muted : style === 'draftNote' ? COLOR.note : COLOR.text;
    this.ensureSpace(this.lineHeight(size) * 2);
    if (style === 'draftNote') {
      const x = MARGIN.left + indent + 10;
      const width = CONTENT_W - indent - 10;
      this.setFont('R', size);
      const height = this.doc.heightOfString(
        runsOf(block.content)
          .map((r) => r.text)
          .join(''),
        { width, lineGap: LINE_GAP },
      );
      this.ensureSpace(height + 4);
      const top = this.doc.y;
      const startPage = this.pageNo;
      this.tagged('P', () => this.richText(block.content, x, width, size, color));
      if (this.pageNo === startPage) {
        const bottom = this.doc.y - LINE_GAP;
        this.artifact(() => {
          this.doc.rect(MARGIN.left + indent, top - 1, 3, bottom - top + 2).fill(COLOR.noteBar);
        });
      }
    } else {
      this.tagged('P', () => this.richText(block.content, MARGIN.left + indent, CONTENT_W - indent, size, color, style === 'note'));
    }
    this.doc.x = MARGIN.left;
    this.doc.y += style === 'small' ? 3 : 5;
  }

  private list(block: ListBlock): void {
    const indent = (block.indent ?? 0) * INDENT_STEP;
    const labelX = MARGIN.left + indent + 4;
    const bodyX = MARGIN.left + indent + (block.ordered ? 22 : 16);
    const width = MARGIN.left + CONTENT_W - bodyX;
    const list = this.group('L');
    block.items.forEach((item, i) => {
      this.ensureSpace(this.lineHeight(SIZE.body) * (i === block.items.length - 1 ? 1 : 2));
      const li = this.group('LI', list);
      const y = this.doc.y;
      this.tagged(
        'Lbl',
        () => {
          this.setFont('R', SIZE.body);
          this.doc.text(block.ordered ? `${i + 1}.` : '•', labelX, y, { lineBreak: false });
        },
        li,
      );
      this.doc.y = y;
      this.tagged('LBody', () => this.richText(item, bodyX, width, SIZE.body, COLOR.text), li);
      li.end();
      this.doc.y += 2.5;
    });
    list.end();
    this.doc.x = MARGIN.left;
    this.doc.y += 3;
  }

  private table(block: TableBlock, opts: { plain?: boolean } = {}): void {
    const doc = this.doc;
    const x0 = MARGIN.left;
    const pad = { x: 5, y: 4 };
    const size = opts.plain ? SIZE.body : SIZE.table;
    const showHeader = block.showHeader ?? true;
    const headerCells: TableCellObject[] = block.columns.map((c) => ({ text: c.header, bold: true, align: c.align }));

    const cellFont = (cell: TableCellObject, r: number, c: number, header: boolean): FontName =>
      header || cell.bold || (block.rowHeaders && c === 0) ? 'B' : 'R';
    const widths = this.columnWidths(block, showHeader ? headerCells : null, size, pad.x, cellFont);
    const rowHeight = (cells: TableCellObject[], r: number, header: boolean): number => {
      let h = 0;
      cells.forEach((cell, c) => {
        doc.font(cellFont(cell, r, c, header)).fontSize(size);
        const text = cell.text || ' ';
        h = Math.max(h, doc.heightOfString(text, { width: widths[c] - 2 * pad.x, lineGap: 1.5 }));
      });
      return h + 2 * pad.y;
    };

    this.space(4);
    if (block.caption) {
      this.ensureSpace(60);
      this.tagged('Caption', () => {
        this.setFont('B', SIZE.table, COLOR.muted);
        doc.text(block.caption!, x0, doc.y, { width: CONTENT_W });
      });
      doc.y += 3;
    }

    const table = this.group('Table');
    const drawRow = (cells: TableCellObject[], r: number, header: boolean, height: number) => {
      const y = doc.y;
      // Fills and rules first (artifacts), then the text of each cell (tagged).
      this.artifact(() => {
        let x = x0;
        cells.forEach((cell, c) => {
          const fill = cell.fill ?? (header ? COLOR.tableHeader : !opts.plain && block.rowHeaders && c === 0 ? COLOR.rowHeader : null);
          if (fill) doc.rect(x, y, widths[c], height).fill(fill);
          x += widths[c];
        });
        doc.lineWidth(0.6).strokeColor(COLOR.rule);
        if (opts.plain) {
          doc
            .moveTo(x0, y + height)
            .lineTo(x0 + CONTENT_W, y + height)
            .stroke();
          if (r === 0)
            doc
              .moveTo(x0, y)
              .lineTo(x0 + CONTENT_W, y)
              .stroke();
        } else {
          doc.rect(x0, y, CONTENT_W, height).stroke();
          let cx = x0;
          for (let c = 0; c < widths.length - 1; c++) {
            cx += widths[c];
            doc
              .moveTo(cx, y)
              .lineTo(cx, y + height)
              .stroke();
          }
        }
      });
      const tr = this.group('TR', table);
      let x = x0;
      cells.forEach((cell, c) => {
        const type = header || (block.rowHeaders && c === 0) ? 'TH' : 'TD';
        const font = cellFont(cell, r, c, header);
        this.tagged(
          type,
          () => {
            this.setFont(font, size, COLOR.text);
            doc.text(cell.text, x + pad.x, y + pad.y, {
              width: widths[c] - 2 * pad.x,
              lineGap: 1.5,
              align: cell.align ?? block.columns[c]?.align ?? 'left',
            });
          },
          tr,
        );
        x += widths[c];
      });
      tr.end();
      doc.x = x0;
      doc.y = y + height;
    };

    const header = () => {
      if (!showHeader) return;
      const h = rowHeight(headerCells, -1, true);
      drawRow(headerCells, -1, true, h);
    };

    const cellsOf = (row: readonly TableCell[]) => block.columns.map((_, c) => cellObject(row[c] ?? ''));
    const firstRowHeight = block.rows.length ? rowHeight(cellsOf(block.rows[0]), 0, false) : 0;
    this.ensureSpace((showHeader ? rowHeight(headerCells, -1, true) : 0) + Math.min(firstRowHeight, 200));
    header();
    block.rows.forEach((row, r) => {
      const cells = cellsOf(row);
      const h = rowHeight(cells, r, false);
      const pageContent = this.maxY - MARGIN.top;
      if (h > pageContent - 40) {
        // A row taller than a page: written out as label–text paragraphs instead.
        cells.forEach((cell, c) => {
          this.paragraph({ kind: 'paragraph', content: [{ text: `${block.columns[c]?.header ?? ''}: `, bold: true }, { text: cell.text }] });
        });
        return;
      }
      if (doc.y + h > this.maxY) {
        this.newPage();
        header();
      }
      drawRow(cells, r, false, h);
    });
    table.end();
    this.atTop = false;
    doc.x = x0;
    doc.y += 8;
    this.setFont('R', SIZE.body);
  }

  /**
   * Column widths in proportion to the columns' weights, widened where needed so that no word is broken inside a
   * cell (e.g. "Sannolikhet" in a narrow header), taking the space from the columns that have some to spare.
   */
  private columnWidths(
    block: TableBlock,
    headerCells: TableCellObject[] | null,
    size: number,
    padX: number,
    cellFont: (cell: TableCellObject, r: number, c: number, header: boolean) => FontName,
  ): number[] {
    const doc = this.doc;
    const minW = block.columns.map(() => 0);
    const measure = (cell: TableCellObject, r: number, c: number, header: boolean) => {
      doc.font(cellFont(cell, r, c, header)).fontSize(size);
      for (const word of cell.text.split(/\s+/)) {
        if (word) minW[c] = Math.max(minW[c], doc.widthOfString(word) + 2 * padX + 1);
      }
    };
    headerCells?.forEach((cell, c) => measure(cell, -1, c, true));
    block.rows.forEach((row, r) => row.forEach((raw, c) => c < minW.length && measure(cellObject(raw), r, c, false)));
    return fitColumnWidths(
      block.columns.map((c) => c.width ?? 1),
      minW,
      CONTENT_W,
    );
  }

  private signatures(block: SignaturesBlock): void {
    const doc = this.doc;
    const columns = block.columns ?? 2;
    const gap = columns > 2 ? 20 : 28;
    const colW = (CONTENT_W - gap * (columns - 1)) / columns;
    const rows = Math.ceil(block.signers.length / columns);
    const hasGroups = block.signers.some((s) => s.group);
    const groupH = hasGroups ? 14 : 0;
    const rowH = 58 + groupH;
    this.space(12);
    // The whole block stays together when it fits on a page.
    this.ensureSpace((block.title ? 20 : 0) + (block.placeAndDate ? rowH : 0) + rowH * rows);
    const section = this.group('Div');
    if (block.title) {
      this.tagged(
        'P',
        () => {
          this.setFont('B', SIZE.body, COLOR.text);
          doc.text(block.title!, MARGIN.left, doc.y, { width: CONTENT_W });
        },
        section,
      );
      doc.y += 2;
    }
    const line = (x: number, width: number, label: string, name?: string | null) => {
      const y = doc.y + 30;
      this.artifact(() => {
        doc
          .moveTo(x, y)
          .lineTo(x + width, y)
          .lineWidth(0.7)
          .strokeColor(COLOR.text)
          .stroke();
      });
      this.tagged(
        'P',
        () => {
          this.setFont('R', SIZE.small, COLOR.muted);
          doc.text(label, x, y + 4, { width });
          if (name) {
            this.setFont('R', SIZE.body, COLOR.text);
            doc.text(name, x, doc.y + 1, { width });
          }
        },
        section,
      );
    };
    if (block.placeAndDate) {
      const top = doc.y;
      line(MARGIN.left, colW, 'Ort och datum');
      doc.y = top + 58;
    }
    for (let r = 0; r < rows; r++) {
      this.ensureSpace(rowH);
      const top = doc.y;
      for (let c = 0; c < columns; c++) {
        const i = r * columns + c;
        const signer = block.signers[i];
        if (!signer) continue;
        const x = MARGIN.left + c * (colW + gap);
        if (signer.group && (c === 0 || block.signers[i - 1]?.group !== signer.group)) {
          this.tagged(
            'P',
            () => {
              this.setFont('B', SIZE.body, COLOR.text);
              doc.text(signer.group!, x, top, { lineBreak: false });
            },
            section,
          );
        }
        doc.y = top + groupH;
        line(x, colW, signer.role, signer.name);
      }
      doc.y = top + rowH;
    }
    section.end();
    doc.x = MARGIN.left;
    this.setFont('R', SIZE.body);
  }

  private toc(block: TocBlock): void {
    const doc = this.doc;
    const maxLevel = block.maxLevel ?? 3;
    const entries = this.model.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && inToc(b, maxLevel));
    const x0 = MARGIN.left;
    const pageColW = 34;
    const levelIndent = [0, 0, 16, 32];
    // Number column per level: as wide as the widest number of that level.
    const numberW: Record<number, number> = {};
    for (const e of entries) {
      doc.font(e.level === 1 ? 'B' : 'R').fontSize(SIZE.body);
      const w = e.number ? doc.widthOfString(e.number) + 8 : 0;
      numberW[e.level] = Math.max(numberW[e.level] ?? 0, w);
    }
    this.space(HEADING_STYLE[1].before);
    this.ensureSpace(120);
    const tocEl = this.group('TOC');
    this.tagged(
      'Caption',
      () => {
        this.setFont('B', HEADING_STYLE[1].size, COLOR.heading);
        doc.text(block.title, x0, doc.y, { width: CONTENT_W });
      },
      tocEl,
    );
    doc.y += 10;
    const lh = this.lineHeight(SIZE.body);
    for (const e of entries) {
      const font: FontName = e.level === 1 ? 'B' : 'R';
      doc.font(font).fontSize(SIZE.body);
      const x = x0 + levelIndent[e.level];
      const textX = x + (numberW[e.level] ?? 0);
      const textW = x0 + CONTENT_W - pageColW - textX - 6;
      const label = e.marker ? `${e.text} ${e.marker}` : e.text;
      const lines = this.wrap(label, textW);
      if (e.level === 1) this.space(5);
      this.ensureSpace(lines.length * lh);
      const top = doc.y;
      const page = this.tocPages?.get(e.id!);
      const pageText = page === undefined ? '' : String(page);
      const lastLineW = doc.widthOfString(lines[lines.length - 1]);
      const item = this.group('TOCI', tocEl);
      this.tagged(
        'Reference',
        () => {
          this.setFont(font, SIZE.body, COLOR.text);
          if (e.number) doc.text(`${e.number} `, x, top, { lineBreak: false });
          lines.forEach((l, i) => doc.text(`${l} `, textX, top + i * lh, { lineBreak: false }));
          doc.text(pageText, x0 + CONTENT_W - pageColW, top + (lines.length - 1) * lh, { width: pageColW, align: 'right', lineBreak: false });
        },
        item,
      );
      item.end();
      // Dot leaders: text, so that extraction reads "3.1.1 Familjerådgivning ..... 12" on one line, but an
      // artifact, so that assistive technology skips it.
      const lastY = top + (lines.length - 1) * lh;
      const dotsFrom = textX + lastLineW + 5;
      const dotsTo = x0 + CONTENT_W - doc.widthOfString(pageText || '00') - 5;
      doc.font('R');
      const dotW = doc.widthOfString('.');
      const count = Math.max(0, Math.floor((dotsTo - dotsFrom) / 3.6));
      if (count > 1) {
        const spacing = (dotsTo - dotsFrom - count * dotW) / (count - 1);
        this.artifact(() => {
          this.setFont('R', SIZE.body, COLOR.rule);
          doc.text('.'.repeat(count), dotsFrom, lastY, { lineBreak: false, characterSpacing: spacing });
        });
      }
      doc.goTo(x, top, x0 + CONTENT_W - x, lines.length * lh, e.id!);
      doc.x = x0;
      doc.y = top + lines.length * lh + 1.5;
    }
    tocEl.end();
    doc.y += 8;
    this.setFont('R', SIZE.body);
  }

  // ---- running header and footer ----

  /** The text, shortened with "…" to fit the width in the current font. */
  private fit(text: string, width: number): string {
    const t = text.replace(/\s+/g, ' ').trim();
    if (this.doc.widthOfString(t) <= width) return t;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.doc.widthOfString(`${t.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${t.slice(0, lo).trimEnd()}…`;
  }

  private drawPageFurniture(): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const total = range.count;
    const firstIsTitle = this.model.blocks[0]?.kind === 'title';
    for (let i = 0; i < total; i++) {
      doc.switchToPage(range.start + i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' });
      const headerLeft = this.model.header?.left ?? '';
      const headerRight = this.model.header?.right ?? '';
      const showHeader = !(i === 0 && firstIsTitle);
      if (showHeader && (headerLeft || headerRight || this.model.draft)) {
        this.setFont('R', 8, COLOR.muted);
        const half = CONTENT_W / 2 - 12;
        if (headerLeft) doc.text(this.fit(headerLeft, half), MARGIN.left, HEADER_Y, { lineBreak: false });
        if (headerRight) {
          const right = this.fit(headerRight, half);
          doc.text(right, MARGIN.left + CONTENT_W - doc.widthOfString(right), HEADER_Y, { lineBreak: false });
        }
        if (this.model.draft) {
          this.setFont('B', 9, COLOR.draft);
          doc.text(DRAFT_LABEL, MARGIN.left, HEADER_Y - 13, { width: CONTENT_W, align: 'center', lineBreak: false, characterSpacing: 1.5 });
        }
        doc
          .moveTo(MARGIN.left, HEADER_Y + 13)
          .lineTo(MARGIN.left + CONTENT_W, HEADER_Y + 13)
          .lineWidth(0.5)
          .strokeColor(COLOR.rule)
          .stroke();
      }
      doc
        .moveTo(MARGIN.left, FOOTER_Y - 6)
        .lineTo(MARGIN.left + CONTENT_W, FOOTER_Y - 6)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
      this.setFont('R', 8, COLOR.muted);
      const footerLeft = this.model.footer?.left ?? '';
      if (footerLeft) doc.text(this.fit(footerLeft, CONTENT_W * 0.7), MARGIN.left, FOOTER_Y, { lineBreak: false });
      const pageText = `Sida ${i + 1} av ${total}`;
      doc.text(pageText, MARGIN.left + CONTENT_W - doc.widthOfString(pageText), FOOTER_Y, { lineBreak: false });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }
}
