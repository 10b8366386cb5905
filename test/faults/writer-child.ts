// A second process writing to the same database file, as the CLI or a second app would:
// `node --import tsx writer-child.ts FILE TAG COUNT` makes COUNT pairs of writes through the real
// dispatcher, an insats created and a settings change (which reads before it writes), and prints one
// JSON line with the outcome of each call.
import { fileURLToPath } from 'node:url';
import { startServices } from '../../electron/services/start-services';
import { dispatch } from '../../electron/api/dispatch';
import { emptyInsatsContent } from '../../shared/domain/insats';

const [file, tag, count] = process.argv.slice(2);
const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const services = await startServices({ file, appRoot, backups: false });
const outcomes: Array<{ kind: 'insats' | 'installning'; name: string; code: string }> = [];
process.stdout.write('REDO\n');
for (let i = 0; i < Number(count); i++) {
  const name = `${tag} ${i}`;
  const created = await dispatch(services.ctx, 'insatser/create', { content: emptyInsatsContent(name) }, () => undefined);
  outcomes.push({ kind: 'insats', name, code: created.ok ? 'ok' : `${created.error.code}: ${created.error.message}` });
  const updated = await dispatch(services.ctx, 'settings/update', { forvaltning: name }, () => undefined);
  outcomes.push({ kind: 'installning', name, code: updated.ok ? 'ok' : `${updated.error.code}: ${updated.error.message}` });
}
await services.close();
process.stdout.write(JSON.stringify(outcomes) + '\n');
