import path from 'node:path';
import { backupDatabase } from '../../database/backup';
import { CliError } from '../cli-error';
import { parse, withServices, type CliCommand } from '../command';

export const backupCommand: CliCommand = {
  summary: 'skriver en säkerhetskopia (SQLite online backup): backup --out FIL',
  async run(args, env) {
    const { values } = parse(args, { out: { type: 'string' } });
    if (!values.out) throw new CliError('Ange --out FIL.', 2);
    const out = path.resolve(values.out);
    return withServices(env, values.db, async ({ database, ctx }) => {
      if (path.resolve(database.file) === out) throw new CliError('Säkerhetskopian kan inte skrivas över databasen själv.', 2);
      await backupDatabase(database.sqlite, database.file, 'manuell', ctx.now(), out);
      console.log(`Säkerhetskopia skriven: ${out}`);
      return 0;
    });
  },
};
