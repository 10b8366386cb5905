// Issue 16, findings 2 and 3: documents built to exhaust a reader. Each is refused in Swedish with
// "inget har sparats", in a worker with a memory ceiling and a clock, while the browser-mode server
// (a real `iub serve` child) keeps answering other requests, stays under 1 GB and leaves the database
// byte for byte as it was.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogueDocumentInWorker } from '../../electron/import/parse-in-worker';
import { assertSafeZip, MAX_ZIP_ENTRY_BYTES } from '../../electron/import/zip-guard';
import { docxParagraphBomb, docxSpacesBomb, pdfCircularPages, pdfPageBomb, pdfStreamBomb } from '../support/hostile-files';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';
import { fileContents } from '../support/db-content';
import { runCli } from '../support/cli';

const MiB = 1024 * 1024;
const NOTHING_SAVED = /[Ii]nget har sparats/;

async function refusal(bytes: Uint8Array, limits = {}): Promise<{ message: string; ms: number }> {
  const started = Date.now();
  const message = await readCatalogueDocumentInWorker(bytes, 'fil', {}, limits).then(
    () => 'importerades',
    (e: Error) => e.message,
  );
  return { message, ms: Date.now() - started };
}

describe('dokument byggda för att fälla läsaren', () => {
  it.each([
    ['DOCX: 200 MiB små stycken', () => docxParagraphBomb(200 * MiB), /packas upp till mer än 64 MB.*zip-bomb/],
    [
      'DOCX: innehållsförteckningen ljuger om storleken',
      () => docxParagraphBomb(200 * MiB, { lie: true }),
      /mer än vad filens egen innehållsförteckning anger/,
    ],
    ['DOCX: 1 GiB mellanslag', () => docxSpacesBomb(1024 * MiB), /packas upp till mer än 64 MB/],
    ['PDF: 20 000 sidor', () => pdfPageBomb(20_000), /PDF-filen har 20\s000 sidor; högst 2\s000/],
    ['PDF: ett datablock som packas upp till 500 MiB', () => pdfStreamBomb(500 * MiB), /datablock som packas upp till mer än 48 MB/],
    ['PDF: sidträdet hänvisar till sig självt', () => pdfCircularPages(), /PDF-filen är skadad och kunde inte läsas/],
  ])(
    '%s vägras på svenska inom 10 s',
    async (_name, make, message) => {
      const { message: got, ms } = await refusal(make());
      expect(got).toMatch(message);
      expect(got).toMatch(NOTHING_SAVED);
      expect(got).not.toMatch(/\b(the|error|invalid|failed)\b/i);
      expect(ms).toBeLessThan(10_000);
    },
    60_000,
  );

  it('ett arkiv inom gränserna passerar zip-kontrollen, ett trasigt vägras', () => {
    expect(() => assertSafeZip(Buffer.from('PK\u0003\u0004 inget arkiv'))).toThrow(/skadat ZIP-arkiv/);
    expect(() => assertSafeZip(docxParagraphBomb(MAX_ZIP_ENTRY_BYTES - 1024))).not.toThrow();
  });

  it('en läsning som tar för lång tid avbryts med besked', async () => {
    const { message, ms } = await refusal(pdfPageBomb(1500), { timeoutMs: 200 });
    expect(message).toMatch(/tog för lång tid att läsa.*Inget har sparats/);
    expect(ms).toBeLessThan(3000);
  });

  it('en läsning kan avbrytas', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { message, ms } = await refusal(pdfPageBomb(1500), { signal: controller.signal });
    expect(message).toBe('Inläsningen av dokumentet avbröts. Inget har sparats.');
    expect(ms).toBeLessThan(2000);
  });

  it('en läsning som slukar minne stoppas av arbetarens minnestak, inte av processen', async () => {
    // 40 MiB of tiny paragraphs passes the zip guard; with a 64 MiB heap the reader runs out first
    const { message } = await refusal(docxParagraphBomb(40 * MiB), { memoryMb: 64 });
    expect(message).toMatch(/för mycket minne.*Inget har sparats/);
  }, 60_000);
});

describe('kommandoraden', () => {
  it('iub import av en DOCX-bomb på 200 MiB vägras på svenska inom 10 s och databasen får inget', async () => {
    const dir = tempDir('iub-fientlig-cli-');
    try {
      const file = path.join(dir, 'bomb.docx');
      fs.writeFileSync(file, docxParagraphBomb(200 * MiB));
      const db = path.join(dir, 'iub.db');
      const started = Date.now();
      const result = await runCli(['import', file, '--db', db]);
      expect(Date.now() - started).toBeLessThan(10_000 + 3000); // + the CLI's own start
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/zip-bomb.*inget har sparats/);
      expect(fileContents(db).insats ?? []).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

// ---- the browser-mode server as its own process ----

interface Served {
  child: ChildProcess;
  url: string;
  token: string;
}

async function serve(dbFile: string): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(APP_ROOT, 'electron', 'cli', 'iub.ts'), 'serve', '--db', dbFile, '--port', '0'], {
    cwd: APP_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(output)), 30_000);
    const onData = (c: Buffer) => {
      output += c.toString();
      const m = /Öppna: (http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9a-f]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`${m[1]} ${m[2]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exit ${code}: ${output}`)));
  });
  const [url, token] = openUrl.split(' ');
  return { child, url, token };
}

/** The process's peak resident memory (VmHWM) in bytes. */
function peakMemory(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

describe('webbläsarläget under en fientlig import', () => {
  const dir = tempDir('iub-fientlig-');
  const dbFile = path.join(dir, 'iub.db');
  let server: Served;
  let before: ReturnType<typeof fileContents>;

  beforeAll(async () => {
    // the database is created and closed once, so what is compared is a file at rest
    const first = await serve(dbFile);
    await new Promise((r) => {
      first.child.once('exit', r);
      first.child.kill('SIGTERM');
    });
    before = fileContents(dbFile);
    server = await serve(dbFile);
  }, 60_000);
  afterAll(async () => {
    if (server?.child.exitCode === null) {
      await new Promise((r) => {
        server.child.once('exit', r);
        server.child.kill('SIGTERM');
      });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = (method: string, body: unknown) =>
    fetch(`${server.url}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.each([
    ['en DOCX-bomb på 200 MiB', () => docxParagraphBomb(200 * MiB), 'bomb.docx'],
    ['en PDF med 20 000 sidor', () => pdfPageBomb(20_000), 'sidor.pdf'],
  ])(
    '%s vägras inom 10 s under 1 GB medan servern svarar på annat',
    async (_name, make, fileName) => {
      const base64 = make().toString('base64');
      const started = Date.now();
      let done = false;
      const parse = call('import/parse', { file: { fileName, base64 } }).then(async (r) => {
        done = true;
        return { status: r.status, body: await r.json() };
      });
      // while the document is read, other requests are answered promptly
      const pings: number[] = [];
      while (!done && pings.length < 20) {
        const t = Date.now();
        const res = await call('settings/get', {});
        expect(res.status).toBe(200);
        expect((await res.json()).ok).toBe(true);
        if (!done) pings.push(Date.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      const result = await parse;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(pings.length).toBeGreaterThan(0);
      expect(Math.max(...pings)).toBeLessThan(1000);
      expect(result.body.ok).toBe(false);
      expect(result.body.error.code).toBe('invalid_input');
      expect(result.body.error.message).toMatch(NOTHING_SAVED);
      expect(server.child.exitCode).toBeNull();
      expect(peakMemory(server.child.pid!)).toBeLessThan(1024 * MiB);
    },
    60_000,
  );

  // The server's own start (a start backup, a checkpoint) may touch the file's pages; what must not
  // change is what it holds: no table, row or audit entry from the refused documents.
  it('databasens innehåll är oförändrat', async () => {
    await new Promise((r) => {
      server.child.once('exit', r);
      server.child.kill('SIGTERM');
    });
    expect(fileContents(dbFile)).toEqual(before);
  });
});
