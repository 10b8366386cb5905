import path from 'node:path';
import { resolveDatabasePath } from '../../database/default-path';
import { restoreFromBackup } from '../../database/restore';
import { migrationsDir } from '../../services/start-services';
import { CliError } from '../cli-error';
import { parse, type CliCommand } from '../command';

export const restoreCommand: CliCommand = {
  summary: 'återställer databasen från en säkerhetskopia (tar först en kopia av nuvarande fil): restore FIL',
  async run(args, env) {
    const { values, positionals } = parse(args, {}, true);
    if (positionals.length !== 1) throw new CliError('Ange exakt en säkerhetskopia: restore FIL', 2);
    const target = resolveDatabasePath(values.db);
    try {
      const safety = await restoreFromBackup(target, path.resolve(positionals[0]), migrationsDir(env.appRoot), new Date());
      if (safety) console.log(`Kopia av den tidigare databasen: ${safety}`);
      console.log(`Återställde ${target} från ${path.resolve(positionals[0])}.`);
      return 0;
    } catch (error) {
      throw new CliError((error as Error).message, 1);
    }
  },
};
