// The start time of the command line: `iub --help` run from the bundle with plain Node, beside `npm -v`
// measured in the same run on the same machine (a familiar Node program, to judge the number by).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { buildCli, CLI_BUNDLE } from './build-cli.mjs';
import { median } from './bench-exports';
import type { BenchResult } from './bench';

const RUNS = 7;

function startTime(command: string, args: string[], cwd: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} misslyckades: ${result.stderr}`);
  }
  return Math.round(median(times));
}

export async function benchCliStart(appRoot: string): Promise<BenchResult[]> {
  await buildCli();
  return [
    { name: `Start av iub --help (median av ${RUNS})`, value: startTime(process.execPath, [CLI_BUNDLE, '--help'], appRoot), unit: 'ms', target: 500 },
    // `npm` as the shell finds it (on this machine with its own Node): a yardstick, not a target.
    { name: `Start av npm -v, samma maskin och körning (median av ${RUNS})`, value: startTime('npm', ['-v'], appRoot), unit: 'ms' },
  ];
}
