// `npm run iub -- roles [--db postgres://…]`: who has which of the catalogue's roles in the shared
// database (members of iub_sekreterare, iub_verksamhetsutvecklare, iub_lasare; see README).
import { engineOf } from '../../database/dialect';
import { roleMembers } from '../../database/postgres-dialect';
import { ROLL_NAMN, type Roll } from '../../../shared/domain/roles';
import { parse, withServices, type CliCommand } from '../command';
import { sessionInfo } from '../../services/session';

const GROUP: Record<string, Roll> = { iub_sekreterare: 'sekreterare', iub_verksamhetsutvecklare: 'verksamhetsutvecklare', iub_lasare: 'lasare' };

export const rolesCommand: CliCommand = {
  async run(args, env) {
    const { values } = parse(args, { json: { type: 'boolean' } });
    return withServices(env, values.db, async ({ ctx }) => {
      const me = await sessionInfo(ctx);
      if (engineOf(ctx.db) === 'sqlite') {
        console.log(`${ctx.file} är en lokal databas: ${me.anvandare} har alla behörigheter. Roller finns bara i en gemensam PostgreSQL-databas.`);
        return 0;
      }
      const members = await roleMembers(ctx.db);
      if (values.json) {
        console.log(
          JSON.stringify(
            members.map((m) => ({ anvandare: m.user, roller: m.roles.map((r) => GROUP[r]), kanLoggaIn: m.canLogin })),
            null,
            2,
          ),
        );
        return 0;
      }
      console.log(`Roller i ${ctx.file} (du är ${me.anvandare}: ${me.rollNamn}):`);
      if (members.length === 0) console.log('  Ingen har någon roll ännu. Se README, "Gemensam databas", för hur IT ger roller.');
      for (const m of members) {
        console.log(`  ${m.user.padEnd(24)}${m.roles.map((r) => ROLL_NAMN[GROUP[r]!]).join(', ')}${m.canLogin ? '' : ' (grupp, kan inte logga in)'}`);
      }
      return 0;
    });
  },
};
