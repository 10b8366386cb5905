// Reading generated documents back the way a person or a program would: pdftotext, pdfinfo, pdftoppm, the ZIP
// inside a DOCX, mammoth.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** The text of each page; `layout` keeps columns (TOC leaders and page numbers on one line). */
export function pdfText(bytes: Uint8Array, layout: boolean): string[] {
  const args = layout ? ['-layout', '-enc', 'UTF-8', '-', '-'] : ['-enc', 'UTF-8', '-', '-'];
  const text = execFileSync('pdftotext', args, { input: Buffer.from(bytes), maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-'], { input: Buffer.from(bytes) }).toString('utf8');
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Renders every page to PNG (60 dpi) in `dir`; returns the file names. */
export function pdfToPng(pdfFile: string, dir: string, prefix = 'sida'): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, join(dir, prefix)]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort();
}

export function writeOut(dir: string, name: string, bytes: Uint8Array | string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export interface TocEntry {
  number: string;
  title: string;
  page: number;
}

/** TOC lines as pdftotext -layout writes them: "2.1.1 Titel ........ 4"; a long title may wrap onto a second line. */
export function tocEntries(pages: string[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const page of pages) {
    let pending: { number: string; title: string } | null = null;
    for (const line of page.split('\n')) {
      const full = /^\s*(\d+(?:\.\d+)*\.?)\s+(.+?)\s*\.{4,}\s*(\d+)\s*$/.exec(line);
      const start = /^\s*(\d+(?:\.\d+)*\.?)\s+(\S.*?)\s*$/.exec(line);
      const end = /^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$/.exec(line);
      if (full) {
        entries.push({ number: full[1], title: full[2], page: Number(full[3]) });
        pending = null;
      } else if (pending && end) {
        entries.push({ number: pending.number, title: `${pending.title} ${end[1]}`, page: Number(end[2]) });
        pending = null;
      } else if (start && !/Sida \d+ av \d+/.test(line)) {
        pending = { number: start[1], title: start[2] };
      } else pending = null;
    }
  }
  return entries;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Index (0-based) of the first page from `after` on where the heading "number title" starts a line (it may wrap). */
export function headingPage(pages: string[], entry: TocEntry, after: number): number {
  const words = `${entry.number} ${entry.title}`.split(/\s+/).map(escapeRe).join('\\s+');
  // A TOC line (the title followed by dot leaders) is not the heading: the contents may end on the page where the text starts.
  const re = new RegExp(`(^|\\n)[ \\t]*${words}(?![ \\t]*\\.{3,})(\\s|$)`);
  for (let i = after; i < pages.length; i++) if (re.test(pages[i])) return i;
  return -1;
}

/** The last page (0-based) that holds TOC lines. */
export function tocLastPage(pages: string[]): number {
  return Math.max(...pages.map((p, i) => (/\.{4,}\s*\d+\s*$/m.test(p) ? i : -1)));
}

export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('string'));
  return files;
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** The DOCX as HTML (mammoth maps Word's Heading 1–4 styles to h1–h4). */
export async function docxHtml(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

export function fromBase64(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/**
 * What an archived and published PDF must carry (PDF/A-2a, PDF/UA-1), read from the file itself: the XMP's
 * pdfaid part 2 conformance A and pdfuaid part 1 (with the extension schema PDF/A needs for it), dc:title, an
 * sRGB output intent with its ICC profile, every font embedded, a language, tagged (MarkInfo, StructTreeRoot)
 * and the title shown instead of the file name. Returns the problems found (empty when there are none).
 */
export function archivalPdfProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const raw = Buffer.from(bytes).toString('latin1');
  const xmp = execFileSync('pdfinfo', ['-meta', '-'], { input: Buffer.from(bytes) }).toString('utf8');
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(raw.startsWith('%PDF-1.7'), 'inte PDF 1.7');
  check(/<pdfaid:part>2<\/pdfaid:part>/.test(xmp), 'XMP saknar pdfaid:part 2');
  check(/<pdfaid:conformance>A<\/pdfaid:conformance>/.test(xmp), 'XMP saknar pdfaid:conformance A');
  check(/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp), 'XMP saknar pdfuaid:part 1');
  check(/<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>/.test(xmp), 'XMP saknar extension schema för pdfuaid');
  check(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">[^<]+<\/rdf:li>/.test(xmp), 'XMP saknar dc:title');
  check(/\/Type \/Metadata/.test(raw), 'katalogen saknar Metadata-ström');
  check(/\/OutputIntents \[\d+ 0 R\]/.test(raw), 'saknar OutputIntents');
  check(/\/S \/GTS_PDFA1/.test(raw) && /\/OutputConditionIdentifier \(sRGB IEC61966-2\.1\)/.test(raw), 'saknar sRGB output intent');
  check(/\/DestOutputProfile \d+ 0 R/.test(raw), 'output intent saknar ICC-profil');
  check(/\/Lang \(sv-SE\)/.test(raw), 'saknar språk sv-SE');
  const markInfo = /\/MarkInfo (\d+) 0 R/.exec(raw);
  const markInfoObject = markInfo ? new RegExp(`(?:^|\\s)${markInfo[1]} 0 obj\\s*<<([^>]*)>>`).exec(raw) : null;
  check(/\/MarkInfo <<\s*\/Marked true/.test(raw) || /\/Marked true/.test(markInfoObject?.[1] ?? ''), 'inte taggad (MarkInfo)');
  check(/\/StructTreeRoot \d+ 0 R/.test(raw), 'saknar StructTreeRoot');
  check(/\/DisplayDocTitle true/.test(raw), 'visar inte titeln');
  const fonts = execFileSync('pdffonts', ['-'], { input: Buffer.from(bytes) })
    .toString('utf8')
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  check(fonts.length > 0, 'inga typsnitt');
  for (const line of fonts) check(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/.test(line), `typsnittet är inte inbäddat: ${line.trim()}`);
  return problems;
}
