// `npm run iub -- export catalogue|checklist|public|json|csv`: the documents written headless from a database file,
// with the same validation and Swedish errors as the app.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../electron/services/portable';
import { loadFixture } from '../fixtures/load-fixture';
import { docxText, pdfText, unzip } from '../support/documents';
import { runCli } from '../support/cli';
import { testServices, type TestServices } from '../support/services';
import { tempDir } from '../support/temp';

const TODAY = '2025-11-03';

describe('iub export', () => {
  let s: TestServices;
  let db: string;
  const out = tempDir('iub-cli-export-');

  beforeAll(async () => {
    s = await testServices({ today: TODAY });
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    db = s.file;
    await s.close();
  }, 60_000);
  afterAll(async () => {
    await s?.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  const run = (...args: string[]) => runCli(['export', ...args, '--db', db, '--today', TODAY], { timeoutMs: 90_000 });

  it('skriver katalogdokumentet som PDF, grupperat efter kategori som passar katalogen', async () => {
    const file = join(out, 'katalog.pdf');
    const r = await run('catalogue', '--format', 'pdf', '--out', file);
    expect(r.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Skrev ${file}`);
    const text = pdfText(new Uint8Array(readFileSync(file)), true).join('\n');
    expect(text).toMatch(/Diarienummer\s+2025\.053 SN § 37/);
    // The municipality's numbers (issue 17): the document says 3.1 and 3.2.1 as the app and the protocol do.
    expect(text).toContain('3.1 Rådgivning');
    expect(text).toMatch(/3\.2\.1\s+Anhörigstöd vid beroende/);
  }, 90_000);

  it('skriver checklistan som DOCX för utkastet, grupperad som användaren väljer', async () => {
    const file = join(out, 'checklista.docx');
    const r = await run('checklist', '--format', 'docx', '--utkast', '--grouping', 'organisation', '--out', file);
    expect(r.code).toBe(0);
    const text = await docxText(new Uint8Array(readFileSync(file)));
    expect(text).toContain('Checklista för utförare');
    expect(text).toContain('UTKAST');
    expect(text).toContain('Övriga insatser');
    expect(text.match(/Informera alltid:/g)).toHaveLength(25);
  }, 90_000);

  it('skriver den publika texten som en mapp, eller som zip', async () => {
    const dir = join(out, 'publik');
    expect((await run('public', '--out', dir)).code).toBe(0);
    const names = readdirSync(dir);
    expect(names).toContain('index.html');
    expect(names).toContain('stil.css');
    expect(names.filter((n) => n.endsWith('.html'))).toHaveLength(26);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<html lang="sv">');

    const zip = join(out, 'publik.zip');
    expect((await run('public', '--format', 'zip', '--out', zip)).code).toBe(0);
    expect([...(await unzip(new Uint8Array(readFileSync(zip)))).keys()].sort()).toEqual(names.sort());
  }, 90_000);

  it('skriver öppna data som JSON och CSV', async () => {
    const json = join(out, 'katalog.json');
    expect((await run('json', '--datum', '2025-10-01', '--out', json)).code).toBe(0);
    const catalogue = JSON.parse(readFileSync(json, 'utf8'));
    expect(catalogue).toMatchObject({ format: 'iub-katalogen/1', kommun: 'Alingsås', beslut: { diarienummer: '2025.053', paragraf: 37 } });
    expect(catalogue.insatser).toHaveLength(25);
    const csv = join(out, 'katalog.csv');
    expect((await run('csv', '--format', 'csv', '--out', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFNummer;Namn;Sektor;Enhet;Kategori/);
  }, 90_000);

  it('säger på svenska vad som är fel och skriver ingenting', async () => {
    const file = join(out, 'fel.pdf');
    const wrongFormat = await run('catalogue', '--format', 'odt', '--out', file);
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.stderr).toContain('--format ska vara pdf eller docx.');
    const nothingInForce = await run('json', '--datum', '2025-09-30', '--out', file);
    expect(nothingInForce.code).toBe(1);
    expect(nothingInForce.stderr).toContain('Inga insatser gällde enligt beslut den 2025-09-30.');
    const badDate = await run('csv', '--datum', '2025-02-30', '--out', file);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('Datumet finns inte i kalendern.');
    const both = await run('catalogue', '--utkast', '--datum', '2025-10-01', '--out', file);
    expect(both.code).toBe(2);
    expect(existsSync(file)).toBe(false);
  }, 90_000);
});
