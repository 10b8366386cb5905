// `npm run bench`: the performance targets of the issues, measured on generated and seed data.
// Prints a table and writes test-results/bench.json (`npm run bench -- cli` runs only the named sections). Targets are checked here, never in timed tests.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startServices } from '../electron/services/start-services';
import { write } from '../electron/services/context';
import { insertVersion, listInsatser } from '../electron/services/catalogue';
import { updateSettings } from '../electron/services/settings';
import { emptyInsatsContent, type InsatsContent } from '../shared/domain/insats';
import { benchExports, median } from './bench-exports';
import { benchBrowserFirstRows } from './bench-browser';
import { benchCliStart } from './bench-cli';
import { formatScores, scoreCorpus } from '../test/support/corpus-score';
import { benchLoad } from './bench-load';

const APP_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const WORDS = [
  'samtal',
  'stöd',
  'grupp',
  'föräldrar',
  'anhöriga',
  'beroende',
  'våld',
  'boende',
  'skuld',
  'budget',
  'ungdom',
  'barn',
  'vuxna',
  'motivation',
  'behandling',
  'rådgivning',
  'mötesplats',
  'aktivitet',
  'familj',
  'kris',
];

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
  /** The target is a minimum (e.g. "at least 5× faster") rather than a maximum. */
  higherIsBetter?: boolean;
  pass?: boolean;
}

function generated(i: number, v: number): InsatsContent {
  const w = (k: number) => WORDS[(i * 7 + k * 3 + v) % WORDS.length];
  return {
    ...emptyInsatsContent(`Insats ${i} ${w(1)} ${w(2)}`),
    innehall: `Version ${v}. ${Array.from({ length: 40 }, (_, k) => w(k)).join(' ')}. Metoden CRA${i % 50 === 0 ? ' CRAFT' : ''} används.`,
    malgrupp: `Personer med behov av ${w(3)} och ${w(4)}.`,
    malgruppAlder: i % 3 === 0 ? { min: 7, max: 18 } : { min: 18, max: null },
    villkor: [
      {
        typ: 'folkbokford',
        text: 'Folkbokförd i kommunen.',
        motivering: 'Kommunens ansvar.',
        alderMin: null,
        alderMax: null,
        kommun: 'Benchby',
        undantag: '',
        tidigareInsats: '',
        dokument: '',
      },
    ],
    dokumentation: { regim: i % 10 === 0 ? '14:4' : '14:3', system: 'Lifecare IFO', anteckningar: '' },
    uppfoljning: { typ: 'besoksstatistik', text: 'Besöksstatistik.' },
    andringssammanfattning: v > 1 ? `Ändring ${v}` : '',
  };
}

async function benchCatalogue(results: BenchResult[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iub-bench-'));
  const file = path.join(dir, 'bench.db');
  const services = await startServices({ file, appRoot: APP_ROOT, backups: false });
  const ctx = services.ctx;
  await updateSettings(ctx, { kommun: 'Benchby', namnd: 'Socialnämnden', anvandare: 'Bench' });
  const t0 = performance.now();
  await write(ctx, async (trx) => {
    // As a catalogue looks after two revisions: version 1 decided in 2024, version 2 decided in 2025
    // (in force, so version 1 shows as ersatt), version 3 a draft being worked on.
    const beslutIds: number[] = [];
    for (const [k, year] of [2024, 2025].entries()) {
      const arende = await trx
        .insertInto('arende')
        .values({ diarienummer: `${year}.00${k + 1}`, rubrik: 'Katalogen', created_at: `${year}-01-01` })
        .returning('id')
        .executeTakeFirstOrThrow();
      const beslut = await trx
        .insertInto('beslut')
        .values({
          arende_id: arende.id,
          utfall: 'bifall',
          beslutsdatum: `${year - 1}-12-15`,
          beslutande_instans: 'Socialnämnden',
          giltig_fran: `${year}-01-01`,
          created_at: `${year - 1}-12-15`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      beslutIds.push(beslut.id);
    }
    for (let i = 1; i <= 5000; i++) {
      const insats = await trx
        .insertInto('insats')
        .values({ nummer: `9.${Math.ceil(i / 100)}.${i}`, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let v = 1; v <= 3; v++) {
        const versionId = await insertVersion(trx, ctx, insats.id, v, generated(i, v), v < 3 ? 'beslutad' : 'utkast');
        if (v < 3)
          await trx
            .updateTable('insats_version')
            .set({ beslut_id: beslutIds[v - 1] })
            .where('id', '=', versionId)
            .execute();
      }
    }
  });
  results.push({ name: 'Generera 5 000 insatser × 3 versioner', value: Math.round(performance.now() - t0), unit: 'ms' });

  // The list is reused until the next write; "efter en ändring" measures the full build after a write.
  const touch = () => ctx.sqlite!.prepare("UPDATE settings SET value = value WHERE key = 'kommun'").run();
  const listTimes: number[] = [];
  const freshListTimes: number[] = [];
  for (let k = 0; k < 7; k++) {
    touch();
    let t = performance.now();
    const rows = await listInsatser(ctx, {});
    freshListTimes.push(performance.now() - t);
    if (rows.length !== 5000) throw new Error(`Fel antal rader: ${rows.length}`);
    t = performance.now();
    await listInsatser(ctx, {});
    listTimes.push(performance.now() - t);
  }
  results.push({ name: 'Katalog: lista 5 000 insatser i tjänsten, efter en ändring (median)', value: round(median(freshListTimes)), unit: 'ms' });
  results.push({ name: 'Katalog: lista 5 000 insatser i tjänsten, igen (median)', value: round(median(listTimes)), unit: 'ms' });

  const queries = ['CRAFT', 'föräldrar', 'beroende stöd', 'Insats 4711', 'motivation', 'mötesplats', 'kris', 'budget skuld', 'våld', 'ungdom'];
  const searchTimes: number[] = [];
  const freshSearchTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now();
      await listInsatser(ctx, { sok: q });
      searchTimes.push(performance.now() - t);
    }
    for (const q of queries.slice(0, 4)) {
      touch();
      const t = performance.now();
      await listInsatser(ctx, { sok: q });
      freshSearchTimes.push(performance.now() - t);
    }
  }
  results.push({ name: 'Fulltextsökning i tjänsten (median)', value: round(median(searchTimes)), unit: 'ms', target: 30 });
  // Informative: the first search after a write also rebuilds the list (the target is on the search as typed).
  results.push({ name: 'Fulltextsökning i tjänsten, direkt efter en ändring (median)', value: round(median(freshSearchTimes)), unit: 'ms' });

  await services.close();
  results.push(await benchBrowserFirstRows(APP_ROOT, file));
  fs.rmSync(dir, { recursive: true, force: true });
}

function round(n: number) {
  return Math.round(n * 10) / 10;
}

/** `npm run bench -- cli exports`: only the named sections; without names, all of them. */
const SECTIONS = {
  catalogue: (results: BenchResult[]) => benchCatalogue(results),
  exports: async (results: BenchResult[]) => void results.push(...(await benchExports(APP_ROOT))),
  cli: async (results: BenchResult[]) => void results.push(...(await benchCliStart(APP_ROOT))),
  // Many users at once over HTTP, on PostgreSQL (two servers) and SQLite (scripts/bench-load.ts).
  load: async (results: BenchResult[]) => void results.push(...(await benchLoad(APP_ROOT))),
  // The import's accuracy is printed as its own table after the timings (see main).
  import: async () => {},
};

async function main() {
  const results: BenchResult[] = [];
  // Section names pick parts; --load-only is the load section alone; --load-seconds N is read by bench-load.ts.
  const args = process.argv.slice(2);
  const asked = args.flatMap((arg, i) => (arg === '--load-only' ? ['load'] : arg.startsWith('--') || args[i - 1] === '--load-seconds' ? [] : [arg]));
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length) {
    console.error(`Okänd del: ${unknown.join(', ')}. Välj bland: ${Object.keys(SECTIONS).join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  for (const [name, run] of Object.entries(SECTIONS)) if (!asked.length || asked.includes(name)) await run(results);
  // A value that could not be measured (NaN) never passes.
  for (const r of results) if (r.target !== undefined) r.pass = r.higherIsBetter ? r.value >= r.target : r.value < r.target;
  console.log('\nIUB-katalogen – prestanda\n');
  for (const r of results) {
    const target = r.target !== undefined ? ` (mål ${r.higherIsBetter ? '≥' : '<'} ${r.target} ${r.unit}: ${r.pass ? 'OK' : 'MISSAT'})` : '';
    console.log(`${r.name.padEnd(60)} ${String(r.value).padStart(8)} ${r.unit}${target}`);
  }
  fs.mkdirSync(path.join(APP_ROOT, 'test-results'), { recursive: true });
  // Import accuracy: the scored corpus (test/corpus/), fields right / fields expected per document.
  if (!asked.length || asked.includes('import')) {
    const accuracy = await scoreCorpus();
    console.log('\nIUB-katalogen – importens träffsäkerhet (test/corpus)\n');
    console.log(formatScores(accuracy));
    fs.writeFileSync(
      path.join(APP_ROOT, 'test-results', 'import-accuracy.json'),
      JSON.stringify(
        accuracy.map(({ file, right, expected, extra, refused }) => ({ file, right, expected, extra, refused })),
        null,
        2,
      ),
    );
  }
  // A partial run does not overwrite the full run's numbers.
  const out = asked.length ? `bench-${[...new Set(asked)].join('-')}.json` : 'bench.json';
  fs.writeFileSync(path.join(APP_ROOT, 'test-results', out), JSON.stringify(results, null, 2));
  if (results.some((r) => r.pass === false)) process.exitCode = 1;
}

await main();
