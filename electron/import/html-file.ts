// A web page or an HTML export of a catalogue (a kommun's own page, "Spara som webbsida" from Word):
// the page's body read with the same HTML reader as Word documents (html-to-text.ts), so its headings,
// tables and lists come out in the shared structure marks. The page's head, scripts, styles and
// navigation are no part of the document.
import { DocumentError, MESSAGES } from './document-error';
import { blocksToText, htmlToBlocks } from './html-to-text';

/** Whether text is an HTML document rather than plain text (the start of the file says so). */
export function looksLikeHtml(text: string): boolean {
  const start = text
    .slice(0, 2048)
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<') && /<body[\s>]/u.test(start));
}

const NOT_CONTENT = /<(head|script|style|noscript|template|svg|nav|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;

export function htmlToImportText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/iu.exec(html)?.[1] ?? html;
  const content = body.replace(/<!--[\s\S]*?-->/gu, '').replace(NOT_CONTENT, ' ');
  const text = blocksToText(htmlToBlocks(content));
  if (!text.trim()) throw new DocumentError('empty', MESSAGES.emptyText);
  return text;
}
