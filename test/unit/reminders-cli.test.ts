// The command line as IT would run it: `iub reminders --today … --json` and `iub export calendar`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/load-fixture';
import { importCatalogue } from '../../electron/services/portable';
import { IUB, TSX } from '../support/cli';
import { APP_ROOT, testServices } from '../support/services';
import { tempDir } from '../support/temp';

const run = promisify(execFile);

async function iub(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, IUB, ...args], { cwd: APP_ROOT, env: { ...process.env, IUB_DB: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let db: string;
beforeAll(async () => {
  const s = await testServices({ today: '2026-09-01', file: path.join(tempDir(), 'iub.db') });
  await importCatalogue(s.ctx, loadFixture('alingsas'));
  await s.call('sammantradesplan/save', { datum: '2026-11-24', arendeDeadline: '2026-11-03' });
  // A meeting with an ärende on its agenda has a protocol to justera (an empty planned one has none).
  const meeting = await s.call('sammantraden/create', { datum: '2026-09-22' });
  const arende = await s.call('arenden/create', { rubrik: 'Delegationsordning' });
  await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
  db = s.file;
  await s.cleanup();
}, 30_000);

describe('iub reminders', () => {
  it('prints exactly kind, due, subject and overdue with --json', async () => {
    const { code, stdout } = await iub('reminders', '--today', '2026-10-07', '--json', '--db', db);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      reminders: [
        {
          kind: 'justering',
          due: '2026-10-06',
          subject: 'Protokollet från sammanträdet 2026-09-22 skulle ha justerats senast 2026-10-06 (inom 14 dagar).',
          overdue: true,
        },
        {
          kind: 'revidering',
          due: '2026-12-31',
          subject:
            'Insatser utan individuell behovsprövning (2025.053 SN § 37), 25 insatser, ska revideras senast 2026-12-31: ta upp på sammanträdet 2026-11-24, tjänsteskrivelsen senast 2026-11-03.',
          overdue: false,
        },
      ],
    });
  });

  it('prints nothing due before the first lead time, and a readable list otherwise', async () => {
    expect(JSON.parse((await iub('reminders', '--today', '2026-09-01', '--json', '--db', db)).stdout)).toEqual({ reminders: [] });
    const text = await iub('reminders', '--today', '2026-10-07', '--db', db);
    expect(text.stdout).toContain('Påminnelser 2026-10-07:');
    expect(text.stdout).toMatch(/Försenade:\n {2}2026-10-06 {2}Justering av protokoll/);
    expect(text.stdout).toMatch(/Senare:\n {2}2026-12-31 {2}Revidering/);
  });

  it('refuses a date that is not one', async () => {
    const { code, stderr } = await iub('reminders', '--today', '2026-13-01', '--db', db);
    expect(code).toBe(2);
    expect(stderr).toContain('--today ska vara ett datum, ÅÅÅÅ-MM-DD.');
  });
});

describe('iub export calendar', () => {
  it('writes an .ics that parses and carries the revision deadline, with the same UIDs each time', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'a.ics');
    const second = path.join(dir, 'b.ics');
    const one = await iub('export', 'calendar', '--today', '2026-10-02', '--out', first, '--db', db);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain(`Skrev ${first}`);
    await iub('export', 'calendar', '--today', '2026-10-02', '--out', second, '--db', db);
    const read = (file: string) =>
      new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8'))).getAllSubcomponents('vevent').map((e) => ({
        uid: String(e.getFirstPropertyValue('uid')),
        start: String(e.getFirstPropertyValue('dtstart')),
        summary: String(e.getFirstPropertyValue('summary')),
      }));
    const a = read(first);
    expect(a).toContainEqual({
      uid: 'revidering:beslut-1@alingsas.iub-katalogen',
      start: '2026-12-31',
      summary: 'Socialnämnden – Revideras senast: Insatser utan individuell behovsprövning (2025.053 SN § 37)',
    });
    expect(read(second).map((e) => e.uid)).toEqual(a.map((e) => e.uid));
  });
});
