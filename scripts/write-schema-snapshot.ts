// Rewrites migrations/schema-snapshots.json from the migrations (run after adding one).
import fs from 'node:fs';
import path from 'node:path';
import { buildSchemaSnapshots, SNAPSHOT_FILE } from '../electron/database/schema-snapshot';

const dir = path.resolve('migrations');
fs.writeFileSync(path.join(dir, SNAPSHOT_FILE), `${JSON.stringify(buildSchemaSnapshots(dir), null, 1)}\n`);
console.log(`Skrev ${path.join('migrations', SNAPSHOT_FILE)}`);
