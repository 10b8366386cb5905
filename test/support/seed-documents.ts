// Test inputs made from the seed text: a Word document with the numbered headings as real Word headings
// (Heading 1–3), the metadata block as a table, bullets as a list and revision marks as strikethrough/bold;
// and a PDF with a running header, "Sida N av M" footers and page breaks wherever the text falls.
import { createRequire } from 'node:module';
import { Document, HeadingLevel, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { parseNumberedHeading } from '../../shared/import/headings';
import { METADATA_LABELS } from '../../shared/import/decision-metadata';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

const nonEmptyLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const isBodyHeading = (line: string) => !line.includes('\t') && !/\.{3,}/.test(line) && parseNumberedHeading(line) !== null;
const isMetadata = (line: string) => METADATA_LABELS.some((m) => m.pattern.test(line)) && line.includes(':');

/** "~~struck~~ and **bold**" → runs with Word's strikethrough and bold. */
function runs(text: string): TextRun[] {
  return text
    .split(/(~~[^~]*~~|\*\*[^*]*\*\*)/)
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith('~~')) return new TextRun({ text: part.slice(2, -2), strike: true });
      if (part.startsWith('**')) return new TextRun({ text: part.slice(2, -2), bold: true });
      const cells = part.split('\t');
      return new TextRun({ children: cells.flatMap((c, i) => (i === 0 ? [c] : [new Tab(), c])) });
    });
}

export interface DocxOptions {
  /** Leave the numbers out of the heading text, as Word's automatic heading numbering does. */
  automaticNumbering?: boolean;
}

export async function seedDocx(text: string, options: DocxOptions = {}): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  let metadata: string[][] = [];
  const flushMetadata = () => {
    if (metadata.length === 0) return;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: metadata.map(
          ([label, value]) =>
            new TableRow({ children: [new TableCell({ children: [new Paragraph(label)] }), new TableCell({ children: [new Paragraph(value)] })] }),
        ),
      }),
    );
    metadata = [];
  };
  for (const line of nonEmptyLines(text)) {
    if (isMetadata(line)) {
      const colon = line.indexOf(':');
      metadata.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
      continue;
    }
    flushMetadata();
    const heading = isBodyHeading(line) ? parseNumberedHeading(line) : null;
    if (heading) {
      const title = options.automaticNumbering ? heading.title : line;
      children.push(new Paragraph({ heading: LEVELS[Math.min(heading.parts.length, 4) - 1], children: runs(title) }));
    } else if (line.startsWith('- ')) children.push(new Paragraph({ bullet: { level: 0 }, children: runs(line.slice(2)) }));
    else children.push(new Paragraph({ children: runs(line) }));
  }
  flushMetadata();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export interface PdfOptions {
  header?: string;
  userPassword?: string;
  /** Draw only shapes: a "scanned" PDF without a text layer. */
  withoutText?: boolean;
}

export function seedPdf(text: string, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 70, bottom: 70, left: 60, right: 60 },
    bufferPages: true,
    userPassword: options.userPassword,
    ownerPassword: options.userPassword ? 'ägare' : undefined,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  if (options.withoutText) {
    doc.rect(60, 60, 300, 400).fill('#888');
  } else {
    for (const line of nonEmptyLines(text)) {
      const shown = line.replace(/~~([^~]*)~~/g, '').replace(/\*\*([^*]*)\*\*/g, '$1');
      if (isBodyHeading(line)) {
        // Like Word's "keep with next": a heading does not end a page.
        if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
        doc.moveDown(0.6).font('bold').fontSize(13).text(shown, { paragraphGap: 6 });
      } else if (shown.includes('\t')) {
        // A TOC entry: the title on the left, its page number against the right margin on its last line.
        const [title, page] = [shown.slice(0, shown.lastIndexOf('\t')).replace(/\t/g, ' '), shown.slice(shown.lastIndexOf('\t') + 1)];
        doc.font('regular').fontSize(10.5);
        doc.text(title, 60, undefined, { width: doc.page.width - 190 });
        const lastLine = doc.y - doc.currentLineHeight(true);
        doc.text(page, doc.page.width - 100, lastLine, { width: 40, align: 'right', lineBreak: false });
        doc.x = 60;
        doc.y = lastLine + doc.currentLineHeight(true) + 4;
      } else {
        doc.font('regular').fontSize(10.5).text(shown, 60, undefined, { paragraphGap: 6 });
      }
    }
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('regular').fontSize(8);
      if (options.header) doc.text(options.header, 60, 30, { lineBreak: false });
      doc.text(`Sida ${i + 1} av ${range.count}`, 60, doc.page.height - 40, { lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
  }
  doc.end();
  return done;
}
