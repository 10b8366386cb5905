// `npm run iub -- copy --from KÄLLA --to MÅL`: copies a whole catalogue between a SQLite file and a
// PostgreSQL database (either way), refusing a target that is not empty. Both are migrated first, so
// they have the same schema. The time of the copy is kept in the target's settings (senasteKopiering),
// which Inställningar shows beside IT's backups.
import { copyCatalogue, CopyRefusedError } from '../../database/copy';
import { resolveDatabasePath } from '../../database/default-path';
import { recordLastCopy } from '../../services/settings-copy';
import { CliError } from '../cli-error';
import { parse, startCliServices, type CliCommand } from '../command';

export const copyCommand: CliCommand = {
  async run(args, env) {
    const { values } = parse(args, { from: { type: 'string' }, to: { type: 'string' } });
    if (!values.from || !values.to) throw new CliError('Ange både --from (källa) och --to (mål): en databasfil eller en postgres://-adress.', 2);
    const from = resolveDatabasePath(values.from);
    const to = resolveDatabasePath(values.to);
    if (from === to) throw new CliError('Källan och målet är samma databas.', 2);
    const source = await startCliServices(env, from, undefined, 'before-migrations');
    try {
      const target = await startCliServices(env, to, undefined, false);
      try {
        const report = await copyCatalogue(source.ctx.db, target.ctx.db);
        await recordLastCopy(target.ctx, { from: source.ctx.file, at: target.ctx.now().toISOString() });
        const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
        console.log(
          `Kopierade ${total} rader från ${source.ctx.file} till ${target.ctx.file}: ${Object.entries(report.rows)
            .filter(([, n]) => n > 0)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}.`,
        );
        return 0;
      } finally {
        await target.close();
      }
    } catch (error) {
      if (error instanceof CopyRefusedError) throw new CliError(error.message, 1);
      throw error;
    } finally {
      await source.close();
    }
  },
};
