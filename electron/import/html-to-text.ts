// Mammoth's HTML of a Word document → the importer's text: one paragraph per line with a blank line
// between, table cells separated by tabs (a row is one line), strikethrough as ~~…~~ and bold as **…**
// so the parser can tell deleted text from emphasis. Heading levels are kept so unnumbered Word
// headings can be numbered.

export interface TextBlock {
  text: string;
  /** 1–6 for a Word heading, 0 for anything else. */
  headingLevel: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const CONTAINER_TAGS = new Set(['ul', 'ol', 'table', 'div', 'blockquote']);

export function htmlToBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let line = '';
  let level = 0;
  let cells = 0;
  const flush = () => {
    const text = line
      .replace(/[ \u00a0]+/g, ' ')
      .replace(/ *\t */g, '\t')
      .replace(/\t+$/u, '')
      .replace(/^\t+/u, '')
      .trim();
    if (text.replace(/~~|\*\*/g, '').trim()) blocks.push({ text, headingLevel: level });
    line = '';
    level = 0;
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      line += decodeEntities(m[3]).replace(/[\r\n]+/g, ' ');
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 's' || tag === 'del' || tag === 'strike') line += '~~';
    else if (tag === 'strong' || tag === 'b') line += '**';
    else if (tag === 'td' || tag === 'th') {
      cells += closing ? -1 : 1;
      if (closing) line += '\t';
    } else if (tag === 'tr') flush();
    else if (cells > 0) {
      // Paragraphs and breaks inside a table cell stay on the row's line.
      if (tag === 'br' || (closing && PARAGRAPH_TAGS.has(tag))) line += ' ';
    } else if (tag === 'br') flush();
    else if (PARAGRAPH_TAGS.has(tag)) {
      flush();
      if (!closing && tag[0] === 'h') level = Number(tag[1]);
      if (!closing && tag === 'li') line = '- ';
    } else if (CONTAINER_TAGS.has(tag)) flush();
  }
  flush();
  return blocks;
}

export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
