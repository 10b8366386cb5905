// The registry of CLI commands; each command lives in its own file under commands/ and is loaded only
// when it runs (a dynamic import, a chunk of its own in dist-cli/): `--help` and a mistyped command name
// load no database driver, document library or service (they took most of the start time of `iub`).
import type { CliCommand } from './command';

export interface CommandEntry {
  /** One line for `iub --help`; kept here so that the help loads no command. */
  summary: string;
  load(): Promise<CliCommand>;
}

/** The kinds `export` writes, for its summary; a test holds this list equal to EXPORT_KINDS. */
export const EXPORT_KIND_NAMES = ['rka', 'calendar', 'protokollsutdrag', 'tjansteskrivelse', 'catalogue', 'checklist', 'public', 'json', 'csv'];

export const commands: Record<string, CommandEntry> = {
  serve: {
    summary: 'startar webbläsarläget (samma gränssnitt och tjänster som appen) på 127.0.0.1',
    load: async () => (await import('./commands/serve')).serveCommand,
  },
  migrate: {
    summary: 'skapar eller uppgraderar databasen till programmets schemaversion',
    load: async () => (await import('./commands/migrate')).migrateCommand,
  },
  backup: {
    summary: 'skriver en säkerhetskopia (SQLite online backup) i mappen backups, eller till --out FIL',
    load: async () => (await import('./commands/backup')).backupCommand,
  },
  restore: {
    summary: 'återställer databasen från en säkerhetskopia (tar först en kopia av nuvarande fil): restore FIL [--annan-databas]',
    load: async () => (await import('./commands/restore')).restoreCommand,
  },
  export: {
    summary: `skriver dokument: export ${EXPORT_KIND_NAMES.join('|')} --out SÖKVÄG (se export --help)`,
    load: async () => (await import('./commands/export')).exportCommand,
  },
  check: {
    summary: 'kontrollerar alla versioner under arbete mot lagen: check [--json]; slutkod 1 om något spärrar',
    load: async () => (await import('./commands/check')).checkCommand,
  },
  reminders: {
    summary: 'visar påminnelserna som är aktuella en dag: reminders [--today ÅÅÅÅ-MM-DD] [--json]',
    load: async () => (await import('./commands/reminders')).remindersCommand,
  },
  import: {
    summary: 'importerar ett katalogdokument (.docx, .pdf, .txt, .html, .xlsx, .csv) eller öppna data (.json): import FIL [--dry-run] [--json]',
    load: async () => (await import('./commands/import')).importCommand,
  },
  copy: {
    summary: 'kopierar hela katalogen mellan en databasfil och en PostgreSQL-databas (--from, --to; målet måste vara tomt)',
    load: async () => (await import('./commands/copy')).copyCommand,
  },
  roles: {
    summary: 'listar vem som har vilken roll i den gemensamma databasen',
    load: async () => (await import('./commands/roles')).rolesCommand,
  },
};

export function printHelp(): void {
  const lines = [
    'IUB-katalogen – kommandorad',
    '',
    'Användning: npm run iub -- <kommando> [flaggor]',
    '',
    'Gemensamma flaggor:',
    '  --db FIL|URL    databasfil eller postgres://-adress till en gemensam databas (annars miljövariabeln IUB_DB eller appens standardmapp)',
    '  --log FIL       skriver det som loggas (fel och händelser) även till FIL; annars bara till terminalfönstret (stderr)',
    '',
    'Kommandon:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`),
  ];
  console.log(lines.join('\n'));
}
