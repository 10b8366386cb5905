// The process that is killed: `tsx import-child.ts FILE SMALL BIG` first saves SMALL insatser one by
// one (each its own committed write, announced on stdout), then imports a generated catalogue of BIG
// insatser in one transaction, announcing when it is in the middle of it and when it has committed.
// With HOLD it stops in the middle of the import (transaction open, pages already spilled to the
// write-ahead log) until it is killed, so the kill is certain to land mid-write.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServices } from '../../electron/services/start-services';
import { importCatalogue, onImportedInsats } from '../../electron/services/portable';
import { createInsats } from '../../electron/services/catalogue';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { bigCatalogue } from './big-catalogue';

const [file, small, big, hold] = process.argv.slice(2);
const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const say = (line: string) => fs.writeSync(1, `${line}\n`); // synchronous: the parent sees it before we go on

const services = await startServices({ file, appRoot, backups: false });
for (let i = 0; i < Number(small); i++) {
  await createInsats(services.ctx, { content: emptyInsatsContent(`Sparad ${i}`) });
  say(`SPARAD ${i}`);
}
// A small page cache, as under memory pressure, makes SQLite write uncommitted pages of the import to
// the write-ahead log early: the kill then leaves half a transaction on disk for recovery to ignore.
services.ctx.sqlite!.pragma('cache_size = 50');
say(`FÖRE ${fs.statSync(`${file}-wal`).size}`);
let n = 0;
onImportedInsats(async () => {
  n += 1;
  if (n === Math.floor(Number(big) / 2)) {
    say(`MITT I ${fs.statSync(`${file}-wal`).size}`);
    if (hold === 'HOLD') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // blocks until killed
  }
});
await importCatalogue(services.ctx, bigCatalogue(Number(big)));
say('KLAR');
await services.close();
