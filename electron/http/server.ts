// The browser mode's transport: the same API contract over HTTP on 127.0.0.1 only.
// POST /api/<method> with a JSON body and the per-start token; foreign Host/Origin headers are refused
// so another web page cannot reach the API through the user's browser (DNS rebinding, CSRF).
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

export interface WebServerOptions {
  ctx: ServiceContext;
  /** The built renderer (vite build output). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  /** The address to open: carries the token the page hands to the API. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Room for an uploaded document at uploadedFileSchema's limit (30 MB of base64) and the JSON around it. */
export const MAX_BODY = 32 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function json(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value));
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** A malformed %-sequence in an address is refused, never thrown (a throw here would stop the server). */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const staticDir = path.resolve(options.staticDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    const hosts = allowedHosts(port);
    // A refused request's body is read and thrown away, so the connection stays usable for the next one.
    const refuse = (status: number, message: string, code: 'unauthorized' | 'refused' = 'unauthorized') => {
      req.resume();
      return json(res, status, { ok: false, error: { code, message } });
    };
    if (!req.headers.host || !hosts.has(req.headers.host)) return refuse(403, 'Otillåten värd.');
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return refuse(403, 'Otillåtet ursprung.');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Metoden stöds inte.', 'refused');
    req.resume();
    return serveStatic(res, url.pathname);
  });

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!given || !tokensEqual(given, token)) {
      req.resume();
      return json(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Saknar eller fel åtkomstnyckel. Öppna adressen som skrevs ut när servern startade.' } });
    }
    if (req.method !== 'POST') {
      req.resume();
      return json(res, 405, { ok: false, error: { code: 'refused', message: 'Använd POST.' } });
    }
    const method = safeDecode(url.pathname.slice('/api/'.length));
    if (method === null) {
      req.resume();
      return json(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Ogiltig adress.' } });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY && !aborted) {
        aborted = true;
        json(res, 413, { ok: false, error: { code: 'invalid_input', message: 'Förfrågan är för stor.' } });
        req.destroy();
      } else if (!aborted) chunks.push(chunk);
    });
    req.on('end', async () => {
      if (aborted) return;
      let body: unknown = {};
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim()) {
        try {
          body = JSON.parse(text);
        } catch {
          return json(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Förfrågan är inte giltig JSON.' } });
        }
      }
      const envelope = await dispatch(options.ctx, method, body);
      json(res, 200, envelope);
    });
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const decoded = safeDecode(pathname);
    if (decoded === null) return json(res, 404, { ok: false });
    const rel = decoded.replace(/^\/+/, '') || 'index.html';
    let file = path.resolve(staticDir, rel);
    if (!file.startsWith(staticDir + path.sep) && file !== staticDir) return json(res, 404, { ok: false });
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(staticDir, 'index.html'); // client-side routes
    if (!fs.existsSync(file)) return send(res, 500, 'Gränssnittet är inte byggt. Kör "npm run build:renderer".', 'text/plain; charset=utf-8');
    send(res, 200, fs.readFileSync(file), MIME[path.extname(file)] ?? 'application/octet-stream');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    openUrl: `${url}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
