// Runs `npm run iub -- …` as a real child process (tsx, as the npm script does).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { APP_ROOT } from './services';

export const TSX = path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
export const IUB = path.join(APP_ROOT, 'electron', 'cli', 'iub.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, IUB, ...args], { cwd: APP_ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`iub ${args.join(' ')} svarade inte:\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout,
        stderr: stderr
          .split('\n')
          .filter((l) => !l.startsWith('npm warn'))
          .join('\n'),
      });
    });
  });
}
