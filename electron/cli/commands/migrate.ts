import { parse, withServices, type CliCommand } from '../command';
import { schemaVersion } from '../../database/migrator';

export const migrateCommand: CliCommand = {
  summary: 'skapar eller uppgraderar databasen till programmets schemaversion',
  async run(args, env) {
    const { values } = parse(args, {});
    return withServices(env, values.db, async ({ database }) => {
      const version = schemaVersion(database.sqlite);
      console.log(
        database.migrated.length
          ? `Migrerade ${database.file} till schemaversion ${version} (${database.migrated.join(', ')}).`
          : `${database.file} har redan schemaversion ${version}.`,
      );
      return 0;
    });
  },
};
