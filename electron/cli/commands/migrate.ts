import { parse, withServices, type CliCommand } from '../command';

export const migrateCommand: CliCommand = {
  async run(args, env) {
    const { values } = parse(args, {});
    return withServices(env, values.db, async ({ database }) => {
      const version = await database.schemaVersion();
      console.log(
        database.migrated.length
          ? `Migrerade ${database.file} till schemaversion ${version} (${database.migrated.join(', ')}).`
          : `${database.file} har redan schemaversion ${version}.`,
      );
      return 0;
    });
  },
};
