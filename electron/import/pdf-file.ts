// A PDF's text layer through pdfjs-dist (its legacy build runs under Node without a browser).
import { DocumentError, MESSAGES } from './document-error';
import { pagesToText, type PdfItem } from './pdf-layout';
import { assertPageCount, PDF_MESSAGES } from './pdf-guard';

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

/** Whether a page's font is bold, from its name ("ABCDEF+LiberationSans-Bold"); the fonts are loaded by the operator list. */
function boldFonts(page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } }, names: Iterable<string>): Set<string> {
  const bold = new Set<string>();
  for (const id of names) {
    if (!page.commonObjs.has(id)) continue;
    const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean } | null;
    if (font && (font.bold || font.black || /bold|black|heavy|semibold|demi/iu.test(font.name ?? ''))) bold.add(id);
  }
  return bold;
}

export async function readPdfFile(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of the array it is given; pass a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0, fontExtraProperties: true });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new DocumentError('encrypted', MESSAGES.encrypted);
    throw new DocumentError('damaged', MESSAGES.damagedPdf);
  }
  try {
    assertPageCount(pdf.numPages);
    const pages: PdfItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as RawItem[]).filter((i): i is Required<RawItem> => typeof i.str === 'string' && Array.isArray(i.transform));
      await page.getOperatorList();
      const bold = boldFonts(page, new Set(items.map((i) => i.fontName)));
      pages.push(
        items.map((i) => ({
          str: i.str,
          x: i.transform[4],
          y: i.transform[5],
          width: i.width,
          size: Math.abs(i.transform[3]) || i.height,
          bold: bold.has(i.fontName),
        })),
      );
      page.cleanup();
    }
    const text = pagesToText(pages);
    if (!text.replace(/\f/g, '').trim()) throw new DocumentError('no_text_layer', MESSAGES.noTextLayer);
    return { text, pages: pdf.numPages };
  } catch (error) {
    // pdfjs's own errors (a circular page tree, a broken object) are English: the user gets Swedish.
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('damaged', PDF_MESSAGES.damaged);
  } finally {
    await task.destroy();
  }
}
