// Damages a database file the way a failing disk or an interrupted copy does.
import fs from 'node:fs';

/** Overwrites the header of one b-tree page (page 2 holds the first table): integrity_check fails. */
export function damagePage(file: string, page = 2, pageSize = 4096): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(24, 0xa5), 0, 24, (page - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
