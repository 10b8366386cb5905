// The one resolver for the built renderer's files, shared by the browser mode's HTTP server and the
// Electron app:// protocol handler: an address becomes a file inside the folder or nothing. A malformed
// %-sequence, a NUL, or a path that climbs out of the folder ("..", an encoded slash) never reaches the
// disk; an unknown path inside the folder is a client-side route and gets index.html.
import fs from 'node:fs';
import path from 'node:path';

export const STATIC_MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type StaticResolution =
  | { kind: 'file'; file: string; type: string }
  /** The address is refused (malformed or outside the folder). */
  | { kind: 'refused' }
  /** The renderer has not been built: no index.html in the folder. */
  | { kind: 'missing' };

/** A malformed %-sequence in an address is refused, never thrown. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const isFile = (file: string) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Resolves an address path (still %-encoded, as in a URL) inside `staticDir`. */
export function resolveStaticFile(staticDir: string, pathname: string): StaticResolution {
  const root = path.resolve(staticDir);
  const decoded = safeDecode(pathname);
  // A backslash is a separator on Windows: refused everywhere so the check is the same on every system.
  if (decoded === null || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  let file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep) && file !== root) return { kind: 'refused' };
  if (!isFile(file)) file = path.join(root, 'index.html'); // client-side routes
  if (!isFile(file)) return { kind: 'missing' };
  return { kind: 'file', file, type: STATIC_MIME[path.extname(file)] ?? 'application/octet-stream' };
}
