// Whether a build output is missing or older than any of its sources, by modification time.
// Cheap enough to run at every start of `npm run iub` (a few hundred stat calls, no reading).
import fs from 'node:fs';
import path from 'node:path';

/** The newest modification time (ms) of the files under the given files or folders; 0 when none exist. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (entry !== 'node_modules') visit(path.join(p, entry));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const p of paths) visit(p);
  return newest;
}

/** True when `output` does not exist or a file under `sources` was changed after it was written. */
export function isStale(output, sources) {
  let built;
  try {
    built = fs.statSync(output).mtimeMs;
  } catch {
    return true;
  }
  return newestMtime(sources) > built;
}
