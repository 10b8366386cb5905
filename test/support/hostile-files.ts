// Hostile files, generated here rather than stored: zip bombs (honest and lying central directories),
// PDF page bombs, stream bombs and circular page trees. Each is small on disk and large (or endless)
// for a reader that trusts it.
import zlib from 'node:zlib';

interface ZipEntry {
  name: string;
  data: Buffer;
  /** What the central directory claims the entry unpacks to (a lying directory), default the truth. */
  claimedSize?: number;
}

/** A zip with deflated entries, written by hand so the directory can lie. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    // level 1: a gigabyte of repetition still packs ~1000 to 1, and generating it stays fast
    const packed = zlib.deflateRawSync(e.data, { level: 1 });
    const crc = zlib.crc32(e.data);
    const size = e.claimedSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function docxWith(body: Buffer, claimedSize?: number): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: body, claimedSize },
  ]);
}

/** A DOCX whose document.xml unpacks to `bytes` of tiny paragraphs (issue 16: 611 KB → 200 MiB). */
export function docxParagraphBomb(bytes: number, options: { lie?: boolean } = {}): Buffer {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  const tail = Buffer.from('</w:body></w:document>');
  const para = Buffer.from('<w:p><w:r><w:t>a</w:t></w:r></w:p>');
  const body = Buffer.alloc(bytes);
  head.copy(body, 0);
  let at = head.length;
  while (at + para.length <= bytes - tail.length) at += para.copy(body, at);
  body.fill(0x20, at, bytes - tail.length);
  tail.copy(body, bytes - tail.length);
  return docxWith(body, options.lie ? 4096 : undefined);
}

/** A DOCX whose document.xml is `bytes` of spaces. */
export function docxSpacesBomb(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, 0x20);
  Buffer.from('<w:document>').copy(body, 0);
  return docxWith(body);
}

/** A PDF from numbered object bodies ("<< … >>" or "<< … >>\nstream…endstream"), with a correct xref. */
export function makePdf(objects: Array<string | Buffer>, rootRef = '1 0 R'): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(obj);
    length += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${rootRef} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** `pages` pages sharing one small content stream (issue 16: 5.6 MB, 20,000 pages). */
export function pdfPageBomb(pages: number): Buffer {
  // 1 catalog, 2 pages, 3 font, 4 content, 5… the pages
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const content = stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (Sida) Tj ET'));
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    content,
    ...Array.from({ length: pages }, () => page),
  ]);
}

/** One page whose Flate content stream unpacks to `bytes` (issue 16: 0.5 MB → 1.5 GB in pdfjs). */
export function pdfStreamBomb(bytes: number): Buffer {
  const data = zlib.deflateSync(Buffer.alloc(bytes, 0x20), { level: 1 });
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream('/Filter /FlateDecode', data),
  ]);
}

/** A page tree whose Pages node lists itself among its kids. */
export function pdfCircularPages(): Buffer {
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (Text) Tj ET')),
  ]);
}
