// The registry of CLI commands; each command lives in its own file under commands/.
import type { CliCommand } from './command';
import { serveCommand } from './commands/serve';
import { migrateCommand } from './commands/migrate';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { exportCommand } from './commands/export';
import { checkCommand } from './commands/check';
import { remindersCommand } from './commands/reminders';
import { importCommand } from './commands/import';
import { copyCommand } from './commands/copy';
import { rolesCommand } from './commands/roles';

export const commands: Record<string, CliCommand> = {
  serve: serveCommand,
  migrate: migrateCommand,
  backup: backupCommand,
  restore: restoreCommand,
  export: exportCommand,
  check: checkCommand,
  reminders: remindersCommand,
  import: importCommand,
  copy: copyCommand,
  roles: rolesCommand,
};

export function printHelp(): void {
  const lines = [
    'IUB-katalogen – kommandorad',
    '',
    'Användning: npm run iub -- <kommando> [flaggor]',
    '',
    'Gemensamma flaggor:',
    '  --db FIL|URL    databasfil eller postgres://-adress till en gemensam databas (annars miljövariabeln IUB_DB eller appens standardmapp)',
    '',
    'Kommandon:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`),
  ];
  console.log(lines.join('\n'));
}
