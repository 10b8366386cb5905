import { CliError } from './cli-error';

/** Takes the common flag `--log FIL` (or `--log=FIL`) out of the arguments, wherever it stands. */
export function takeLogFlag(argv: string[]): { logFile: string | null; rest: string[] } {
  const rest: string[] = [];
  let logFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--log' || arg.startsWith('--log=')) {
      const value = arg === '--log' ? argv[++i] : arg.slice('--log='.length);
      if (!value || value.startsWith('--')) throw new CliError('Fel i flaggorna: --log ska följas av ett filnamn, till exempel --log iub.log.', 2);
      logFile = value;
    } else rest.push(arg);
  }
  return { logFile, rest };
}
