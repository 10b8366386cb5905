// `npm run iub -- export protokollsutdrag|tjansteskrivelse --paragraph N --meeting DATUM --format pdf|docx --out FIL`:
// the same documents as the app, headless, on a real database file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { IUB, TSX } from '../support/cli';
import { APP_ROOT, testServices } from '../support/services';
import { tempDir } from '../support/temp';

let file: string;
const out = tempDir('iub-cli-');

function iub(...args: string[]) {
  return spawnSync(process.execPath, [TSX, IUB, ...args], {
    cwd: APP_ROOT,
    encoding: 'utf8',
  });
}

beforeAll(async () => {
  const s = await testServices({ today: '2025-09-16' });
  const v = await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
  s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut' WHERE id = ?").run(v.versionId);
  const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
  const a = await s.call('arenden/create', { diarienummer: '2025.053', rubrik: 'Insatser utan individuell behovsprövning', versionIds: [v.versionId] });
  await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id, paragraf: 37 });
  await s.call('beslut/record', {
    arendeId: a.id,
    utfall: 'bifall',
    beslutsdatum: '2025-09-16',
    beslutandeInstans: 'Socialnämnden',
    beslutstext: 'Socialnämnden antar riktlinjen.',
    giltigFran: '2025-10-01',
    reviderasSenast: '2026-12-31',
    dokumentansvarig: 'Verksamhetsutvecklare',
    typAvStyrdokument: 'Riktlinjer',
  });
  // An ärende återremitterat at § 38 of the same meeting comes back at § 39 of a later one and is adopted there.
  const w = await s.call('insatser/create', { content: emptyInsatsContent('Spelberoendestöd') });
  s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut' WHERE id = ?").run(w.versionId);
  const later = await s.call('sammantraden/create', { datum: '2025-10-14' });
  const b = await s.call('arenden/create', { diarienummer: '2025.054', rubrik: 'Spelberoendestöd', versionIds: [w.versionId] });
  await s.call('arenden/schedule', { arendeId: b.id, sammantradeId: meeting.id, paragraf: 38 });
  const common = { beslutsdatum: '2025-09-16', beslutandeInstans: 'Socialnämnden', beslutstext: 'Socialnämnden återremitterar ärendet.' };
  await s.call('beslut/record', { arendeId: b.id, utfall: 'aterremiss', ...common, motivering: 'Villkoren behöver förtydligas.' });
  s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut' WHERE id = ?").run(w.versionId);
  await s.call('arenden/schedule', { arendeId: b.id, sammantradeId: later.id });
  await s.call('beslut/record', {
    arendeId: b.id,
    utfall: 'bifall',
    ...common,
    beslutsdatum: '2025-10-14',
    beslutstext: 'Socialnämnden antar insatsen.',
    giltigFran: '2025-11-01',
  });
  file = s.file;
  await s.close();
}, 30_000);

describe('export protokollsutdrag på kommandoraden', () => {
  it('skriver PDF med § och diarienummer', () => {
    const target = path.join(out, 'utdrag.pdf');
    const r = iub('export', 'protokollsutdrag', '--db', file, '--paragraph', '37', '--meeting', '2025-09-16', '--format', 'pdf', '--out', target);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Skrev ${target}`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', target, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Diarienummer 2025.053 SN § 37');
    expect(text).toContain('Giltighetstid 2025-10-01 –');
    expect(text).toContain('Revideras senast 2026-12-31');
    expect(text).toContain('Dokumentansvarig Verksamhetsutvecklare');
  });

  it('skriver DOCX, och tjänsteskrivelsen likaså', async () => {
    const target = path.join(out, 'utdrag.docx');
    expect(iub('export', 'protokollsutdrag', '--db', file, '--paragraph', '37', '--meeting', '2025-09-16', '--format', 'docx', '--out', target).status).toBe(0);
    const text = (await mammoth.extractRawText({ path: target })).value;
    expect(text).toContain('2025.053 SN § 37');
    const memo = path.join(out, 'tjansteskrivelse.pdf');
    expect(iub('export', 'tjansteskrivelse', '--db', file, '--paragraph', '37', '--meeting', '2025-09-16', '--out', memo).status).toBe(0);
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', memo, '-']).toString('utf8')).toContain('Tjänsteskrivelse');
  });

  it('hittar både återremissens § och den senare paragrafen där samma ärende bifölls', () => {
    const first = path.join(out, 'aterremiss.pdf');
    expect(iub('export', 'protokollsutdrag', '--db', file, '--paragraph', '38', '--meeting', '2025-09-16', '--out', first).status).toBe(0);
    const firstText = execFileSync('pdftotext', ['-enc', 'UTF-8', first, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(firstText).toContain('Paragraf SN § 38');
    expect(firstText).toContain('Skäl för återremiss: Villkoren behöver förtydligas.');
    const second = path.join(out, 'bifall.pdf');
    expect(iub('export', 'protokollsutdrag', '--db', file, '--paragraph', '39', '--meeting', '2025-10-14', '--out', second).status).toBe(0);
    const secondText = execFileSync('pdftotext', ['-enc', 'UTF-8', second, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(secondText).toContain('Diarienummer 2025.054 SN § 39');
    expect(secondText).toContain('återremitterade ärendet till förvaltningen vid sammanträdet 2025-09-16, SN § 38');
  });

  it('svarar med en svensk förklaring när paragrafen inte finns eller flaggorna är fel', () => {
    const missing = iub('export', 'protokollsutdrag', '--db', file, '--paragraph', '99', '--meeting', '2025-09-16', '--out', path.join(out, 'x.pdf'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Det finns ingen § 99 på ett sammanträde 2025-09-16.');
    const badDate = iub('export', 'protokollsutdrag', '--db', file, '--paragraph', '37', '--meeting', '16/9', '--out', path.join(out, 'x.pdf'));
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--meeting ÅÅÅÅ-MM-DD');
    const badFormat = iub(
      'export',
      'protokollsutdrag',
      '--db',
      file,
      '--paragraph',
      '37',
      '--meeting',
      '2025-09-16',
      '--format',
      'odt',
      '--out',
      path.join(out, 'x.odt'),
    );
    expect(badFormat.stderr).toContain('--format ska vara pdf eller docx');
    expect(fs.existsSync(path.join(out, 'x.pdf'))).toBe(false);
  });
});
