import path from 'node:path';
import { resolveDatabasePath } from '../../database/default-path';
import { readBackupContents } from '../../database/identity';
import { restoreFromBackup } from '../../database/restore';
import { migrationsDir } from '../../services/start-services';
import { CliError } from '../cli-error';
import { parse, type CliCommand } from '../command';

export const restoreCommand: CliCommand = {
  async run(args, env) {
    const { values, positionals } = parse(args, { 'annan-databas': { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new CliError('Ange exakt en säkerhetskopia: restore FIL', 2);
    const target = resolveDatabasePath(values.db);
    // A backup of another database (the backups folder may be shared) replaces this one only when asked to.
    const now = readBackupContents(target);
    const backup = readBackupContents(path.resolve(positionals[0]));
    console.log(
      `Nuvarande databas: ${now.insatser ?? '?'} insatser, ${now.beslut ?? '?'} beslut. Säkerhetskopian: ${backup.insatser ?? '?'} insatser, ${backup.beslut ?? '?'} beslut.`,
    );
    if (now.databasId && backup.databasId && now.databasId !== backup.databasId && !values['annan-databas']) {
      throw new CliError('Säkerhetskopian är tagen av en annan databas. Lägg till --annan-databas om den verkligen ska ersätta den här databasen.', 1);
    }
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
