// Holds the database's write lock for a while, as a long write in another process does:
// `node --import tsx lock-child.ts FILE MS` (BEGIN IMMEDIATE, a write, wait MS, then COMMIT).
import fs from 'node:fs';
import Database from 'better-sqlite3';

const [file, ms] = process.argv.slice(2);
const db = new Database(file);
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO settings (key, value) VALUES ('annan_process', '1') ON CONFLICT (key) DO UPDATE SET value = value + 1").run();
fs.writeSync(1, 'LÅST\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(ms));
db.exec('COMMIT');
db.close();
fs.writeSync(1, 'SLÄPPT\n');
