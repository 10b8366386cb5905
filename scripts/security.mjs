// `npm run security`: Electronegativity (Doyensec's Electron security scanner) over the main process,
// preload and the renderer's HTML. It lives in its own pinned tree, tools/electronegativity (its
// TypeScript parser needs the TypeScript 4 API; the app uses TypeScript 7): install it with
// `npm ci --prefix tools/electronegativity`. Fails on any finding not accepted, with its reason, in
// tools/electronegativity/accepted.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = path.join(root, 'tools', 'electronegativity');
const bin = path.join(toolDir, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
if (!fs.existsSync(bin)) {
  console.error('Electronegativity är inte installerad. Kör: npm ci --prefix tools/electronegativity');
  process.exit(2);
}
const config = JSON.parse(fs.readFileSync(path.join(toolDir, 'accepted.json'), 'utf8'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron;

// The scan sees exactly what ships: electron/ and the renderer's HTML (its CSP), staged with a
// package.json so the scanner knows the Electron version.
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'iub-electronegativity-'));
fs.cpSync(path.join(root, 'electron'), path.join(stage, 'electron'), { recursive: true });
fs.mkdirSync(path.join(stage, 'renderer'));
fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(stage, 'renderer', 'index.html'));
const built = path.join(root, 'dist', 'renderer', 'index.html');
if (fs.existsSync(built)) fs.copyFileSync(built, path.join(stage, 'renderer', 'index.built.html'));
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ name: 'iub-katalogen', devDependencies: { electron: electronVersion } }));

const csv = path.join(stage, 'resultat.csv');
// (-x cannot switch off a global check in 1.10.3, so excluded checks are dropped from the results)
const args = ['-i', stage, '-r', '-v', 'false', '-e', electronVersion, '-o', csv];
// offline.cjs keeps the scanner from reaching for the network (see the file).
const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(path.join(toolDir, 'offline.cjs'))}`.trim();
const run = spawnSync(bin, args, { encoding: 'utf8', timeout: 300_000, env: { ...process.env, NODE_OPTIONS: nodeOptions } });
if (run.status !== 0 || !fs.existsSync(csv)) {
  console.error(run.stdout, run.stderr);
  console.error('Electronegativity kunde inte köras.');
  process.exit(2);
}

/** Minimal CSV reading: quoted fields may hold commas. */
function parseLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}
const [, ...lines] = fs
  .readFileSync(csv, 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim());
const all = lines.map(parseLine).map(([check, severity, confidence, file, location, sample, description]) => ({
  check,
  severity,
  confidence,
  file: file.replace(/\\/g, '/'),
  location,
  sample,
  description,
}));
fs.rmSync(stage, { recursive: true, force: true });
const findings = all.filter((f) => !(f.check in config.excludedChecks));

const acceptedBy = (f) => config.accepted.find((a) => a.check === f.check && a.files.includes(f.file) && (!a.sample || f.sample.includes(a.sample)));
const open = findings.filter((f) => !acceptedBy(f));
const accepted = findings.filter((f) => acceptedBy(f));
const unused = config.accepted.filter((a) => !findings.some((f) => acceptedBy(f) === a));

const toolVersion = JSON.parse(fs.readFileSync(path.join(toolDir, 'node_modules', '@doyensec', 'electronegativity', 'package.json'), 'utf8')).version;
console.log(`Electronegativity ${toolVersion} på electron/ och renderer/index.html (Electron ${electronVersion}).`);
for (const [check, reason] of Object.entries(config.excludedChecks)) {
  const n = all.filter((f) => f.check === check).length;
  console.log(`  avstängd kontroll ${check}${n ? ` (${n} fynd bortsett från)` : ''}: ${reason}`);
}
for (const f of accepted) console.log(`  godtagen ${f.check} i ${f.file}:${f.location}: ${acceptedBy(f).reason}`);
for (const a of unused) console.log(`  (godkännandet för ${a.check} i ${a.files.join(', ')} behövs inte längre; ta bort det)`);
if (open.length > 0) {
  console.error(`\n${open.length} fynd som inte är åtgärdade eller godtagna:`);
  for (const f of open) console.error(`  ${f.severity}/${f.confidence} ${f.check} i ${f.file}:${f.location}\n    ${f.sample}\n    ${f.description}`);
  process.exit(1);
}
console.log('Inga öppna fynd.');
