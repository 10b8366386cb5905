import path from 'node:path';
import { resolveDatabasePath } from '../../database/default-path';
import { startWebServer } from '../../http/server';
import { CliError } from '../cli-error';
import { parse, startCliServices, type CliCommand } from '../command';

export const serveCommand: CliCommand = {
  async run(args, env) {
    const { values } = parse(args, {
      port: { type: 'string' },
      today: { type: 'string' },
      token: { type: 'string' },
      'open-hint': { type: 'boolean' },
    });
    const port = values.port ? Number(values.port) : 5180;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('Ogiltigt portnummer.', 2);
    if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new CliError('--today ska skrivas ÅÅÅÅ-MM-DD.', 2);
    const file = resolveDatabasePath(values.db);
    const services = await startCliServices(env, file, values.today);
    const server = await startWebServer({
      ctx: services.ctx,
      staticDir: path.join(env.appRoot, 'dist', 'renderer'),
      port,
      token: values.token,
    }).catch(async (error: Error) => {
      await services.close();
      throw new CliError(`Kunde inte starta servern: ${error.message}`, 1);
    });
    console.log(`IUB-katalogen körs i webbläsarläge.\nDatabas: ${file}\nÖppna: ${server.openUrl}`);
    const stop = async () => {
      await server.close();
      await services.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return -1;
  },
};
