// File names at the boundary: generated files (exports) and uploaded files (document import) carry
// names, the backup restore takes one, and the CLI writes exports into a folder. No name may lead out
// of its folder, hide what it is, or be refused by Windows later.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedFileSchema, isSafeFileName, safeFileStem, uploadedFileSchema } from '../../shared/api/files';
import { backupsContract } from '../../shared/api/backups-contract';
import { writeGenerated } from '../../electron/cli/commands/export';
import { generatedFile } from '../../electron/services/files';
import { HOSTILE_STRINGS } from '../support/hostile';
import { tempDir } from '../support/temp';

const TRAVERSAL = [
  '..',
  '.',
  '../utanför.pdf',
  '..\\utanför.pdf',
  'mapp/fil.pdf',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'C:fil.pdf',
  'fil.pdf\u0000.exe',
  'rapport\u202efdp.exe',
  'NUL',
  'con.pdf',
  'fil.pdf.',
  ' fil.pdf',
  '',
  'a'.repeat(201),
];

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('filnamn på genererade filer', () => {
  it.each(TRAVERSAL.map((n) => [n]))('vägrar %j', (name) => {
    expect(isSafeFileName(name)).toBe(false);
    expect(generatedFileSchema.safeParse({ fileName: name, mimeType: 'application/pdf', base64: '' }).success).toBe(false);
  });

  it('godtar vanliga namn', () => {
    for (const name of ['protokollsutdrag-2025-09-16-37.pdf', 'IUB-katalog Alingsås 2025.docx', 'öppna-data.json', '.gitkeep-lik.txt']) {
      expect(isSafeFileName(name), name).toBe(true);
    }
  });

  it('ett godtaget namn hamnar alltid direkt i mappen, på både Windows och POSIX', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...HOSTILE_STRINGS, ...TRAVERSAL)), (name) => {
        if (!isSafeFileName(name)) return;
        for (const p of [path.posix, path.win32]) {
          const folder = p === path.posix ? '/srv/export' : 'C:\\export';
          expect(p.dirname(p.join(folder, name))).toBe(folder);
          expect(p.basename(p.join(folder, name))).toBe(name);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('namn som appen själv gör av fri text är alltid godtagbara', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom(...HOSTILE_STRINGS)), (text) => {
        expect(isSafeFileName(generatedFile(text, 'pdf', '').fileName)).toBe(true);
        expect(safeFileStem(text)).toMatch(/^[a-z0-9-]{1,80}$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('uppladdade filers namn (visas bara)', () => {
  it('vägrar kontrolltecken och tecken som vänder texten', () => {
    for (const name of ['fil\u0000.docx', 'rad\nbrytning.pdf', 'rapport\u202efdp.exe']) {
      expect(uploadedFileSchema.safeParse({ fileName: name, base64: '' }).success, name).toBe(false);
    }
    expect(uploadedFileSchema.safeParse({ fileName: 'Bilaga 1 – Östersund.docx', base64: 'UEsDBA==' }).success).toBe(true);
  });
});

describe('återställning tar bara ett namn i mappen backups', () => {
  it.each(['../iub.db', '..', '/tmp/x.db', 'backups/../../x.db', 'x.db/..', 'a\\..\\b.db', 'x.db\u0000'])('vägrar %j', (name) => {
    expect(backupsContract['backups/restore'].input.safeParse({ name }).success).toBe(false);
  });
});

describe('export på kommandoraden skriver bara i mappen --out', () => {
  const file = (fileName: string) => ({ fileName, mimeType: 'text/plain', base64: Buffer.from('x').toString('base64') });

  it('skriver flera filer i mappen', () => {
    const dir = tempDir();
    dirs.push(dir);
    const out = path.join(dir, 'ut');
    expect(writeGenerated(out, [file('a.txt'), file('b.txt')])).toEqual([path.join(out, 'a.txt'), path.join(out, 'b.txt')]);
  });

  it.each(['../utanför.txt', '..', '/tmp/utanför.txt', 'mapp/fil.txt', '..\\utanför.txt'])('vägrar %j och skriver ingenting', (name) => {
    const dir = tempDir();
    dirs.push(dir);
    const out = path.join(dir, 'ut');
    expect(() => writeGenerated(out, [file('först.txt'), file(name)])).toThrow(/Ogiltigt filnamn i exporten/);
    expect(fs.readdirSync(dir)).toEqual(['ut']);
    expect(fs.readdirSync(out)).toEqual([]); // not even the valid first file
  });
});
