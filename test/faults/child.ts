// Child processes for the fault tests: tsx scripts on the same database file, with their output
// collected and waits on what they print (never on sleeps).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { APP_ROOT } from '../support/services';

export interface Child {
  process: ChildProcess;
  output(): string;
  /** Resolves when the child has printed a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves when the process has ended and all its output is read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startChild(script: string, args: string[]): Child {
  // tsx as a loader in this one process (not the tsx CLI, which runs the script in a grandchild that a
  // SIGKILL would not reach).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(APP_ROOT, 'test', 'faults', script), ...args], {
    cwd: APP_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];
  const check = () => {
    // A copy: a waiter that matches is removed from the list while it is walked.
    for (const w of waiters.slice()) {
      const m = out.match(w.pattern);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    check();
  });
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    output: () => out,
    exited,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Väntade på ${pattern} men fick:\n${out}`)), timeoutMs);
        waiters.push({ pattern, resolve: (m) => (clearTimeout(timer), resolve(m)) });
        void exited.then(() => setTimeout(() => reject(new Error(`Processen avslutades innan ${pattern}:\n${out}`)), 50));
        check();
      });
    },
  };
}
