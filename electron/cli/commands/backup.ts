import path from 'node:path';
import { backupDatabase, pruneBackups } from '../../database/backup';
import { requireLocalFile } from '../../database/dialect';
import { readSettings } from '../../services/settings';
import { CliError } from '../cli-error';
import { parse, withServices, type CliCommand } from '../command';

export const backupCommand: CliCommand = {
  async run(args, env) {
    const { values } = parse(args, { out: { type: 'string' } });
    const out = values.out ? path.resolve(values.out) : undefined;
    return withServices(env, values.db, async ({ database, ctx }) => {
      if (out && path.resolve(database.file) === out) throw new CliError('Säkerhetskopian kan inte skrivas över databasen själv.', 2);
      let sqlite;
      try {
        sqlite = requireLocalFile(database.sqlite);
      } catch (error) {
        throw new CliError((error as Error).message, 1);
      }
      const written = await backupDatabase(sqlite, database.file, 'manuell', ctx.now(), out);
      if (!out) pruneBackups(database.file, (await readSettings(database.db)).antalSakerhetskopior);
      console.log(`Säkerhetskopia skriven: ${written}`);
      return 0;
    });
  },
};
