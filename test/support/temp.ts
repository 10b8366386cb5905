import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temporary folder per test; removed by the caller's afterEach/afterAll. */
export function tempDir(prefix = 'iub-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
