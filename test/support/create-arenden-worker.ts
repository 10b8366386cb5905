// A second app process on the same database file: waits for "go" on stdin, then creates ärenden with
// suggested diarienummer as fast as it can and prints the numbers it got (one JSON line).
import readline from 'node:readline';
import { dispatch } from '../../electron/api/dispatch';
import { startServices } from '../../electron/services/start-services';
import { APP_ROOT } from './services';

const [file, countText, label] = process.argv.slice(2);
const services = await startServices({ file, appRoot: APP_ROOT, today: '2025-09-01', backups: false });
console.log('ready');
const rl = readline.createInterface({ input: process.stdin });
await new Promise<void>((resolve) => rl.once('line', () => resolve()));
rl.close();
const numbers: string[] = [];
const errors: string[] = [];
for (let i = 0; i < Number(countText); i++) {
  // A person does not create ärenden back to back; a short pause lets the two processes take turns.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
  const envelope = await dispatch(services.ctx, 'arenden/create', { rubrik: `${label} ${i}` }, () => undefined);
  if (envelope.ok) numbers.push((envelope.value as { diarienummer: string }).diarienummer);
  else errors.push(envelope.error.message);
}
console.log(JSON.stringify({ numbers, errors }));
await services.close();
