// Two app processes (two windows, or the app and the browser mode) on one database file create ärenden at
// the same moment: every ärende gets its own diarienummer, none is given twice and none is lost.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT, testServices } from '../support/services';

function worker(file: string, count: number, label: string) {
  const child = spawn(
    process.execPath,
    [path.join(APP_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(APP_ROOT, 'test/support/create-arenden-worker.ts'), file, String(count), label],
    {
      cwd: APP_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`Processen avslutades (${code}) före start:\n${err}`)));
  });
  const done = new Promise<{ numbers: string[]; errors: string[] }>((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line));
      else reject(new Error(`Processen avslutades (${code}):\n${out}\n${err}`));
    });
  });
  return { ready, done, go: () => child.stdin.end('go\n') };
}

describe('diarienummer från två processer samtidigt', () => {
  it('ger varje ärende ett eget nummer i följd, aldrig samma två gånger', async () => {
    const s = await testServices({ today: '2025-09-01' });
    await s.call('arenden/create', { diarienummer: '2025.052', rubrik: 'Från diariet' });
    const file = s.file;
    await s.close();
    const count = 60;
    const workers = [worker(file, count, 'Fönster A'), worker(file, count, 'Fönster B')];
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const results = await Promise.all(workers.map((w) => w.done));
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const numbers = results.flatMap((r) => r.numbers);
    expect(numbers).toHaveLength(2 * count);
    expect(new Set(numbers).size).toBe(2 * count);
    expect([...numbers].sort()).toEqual(Array.from({ length: 2 * count }, (_, i) => `2025.${String(53 + i).padStart(3, '0')}`));
    // Both processes really wrote at the same time: their numbers interleave rather than follow in two blocks.
    for (const r of results) expect(r.numbers).toHaveLength(count);
    const [a, b] = results.map((r) => r.numbers.map((n) => Number(n.slice(5))));
    expect(Math.max(...a) > Math.min(...b) && Math.max(...b) > Math.min(...a)).toBe(true);
    const check = await testServices({ file, today: '2025-09-01', configured: false });
    try {
      const rows = check.sqlite.prepare('SELECT diarienummer FROM arende').all() as Array<{ diarienummer: string }>;
      expect(rows).toHaveLength(2 * count + 1);
    } finally {
      await check.close();
    }
  }, 60_000);
});
