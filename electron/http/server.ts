// The browser mode's transport: the same API contract over HTTP on 127.0.0.1 only.
// POST /api/<method> with a JSON body and the per-start token; foreign Host/Origin headers are refused
// so another web page cannot reach the API through the user's browser (DNS rebinding, CSRF).
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { resolveStaticFile, safeDecode } from './static-files';
import { logError, whereIsTheLog } from '../logging/log';

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

/**
 * The request target's path, or null when the target is not one this server answers: absolute-form
 * ("GET http://[ HTTP/1.1", "GET http://a:99999/") and anything `new URL` cannot read are refused with
 * a 400, never thrown (a throw here used to end the whole process).
 */
export function requestPath(target: string | undefined): string | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/** A malformed request line or header never reaches a handler: Node reports it here; answer 400 or 431. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  // As Node's own default: an answer only when nothing has been written yet (a response may be under way).
  if (!socket.writable || socket.bytesWritten > 0) return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'Förfrågan är felaktigt formad och har avvisats.' } });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  // Read and drop what the client is still sending (an oversized request line arrives in pieces): closing
  // with unread input would reset the connection before the client has read the answer.
  socket.resume();
  setTimeout(() => socket.destroy(), 2000).unref();
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const staticDir = path.resolve(options.staticDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    // Nothing a client sends may end the process: whatever a handler throws becomes a 400 or a 500.
    try {
      route(req, res);
    } catch (error) {
      failRequest(res, error);
    }
  });
  server.on('clientError', answerClientError);
  // CONNECT and Upgrade requests never reach the request handler: refused here with a 405.
  const refuseTunnel = (_req: http.IncomingMessage, socket: Socket) => {
    const body = JSON.stringify({ ok: false, error: { code: 'refused', message: 'Metoden stöds inte.' } });
    socket.on('error', () => socket.destroy());
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
  server.on('connect', refuseTunnel);
  server.on('upgrade', refuseTunnel);

  function failRequest(res: http.ServerResponse, error: unknown) {
    logError('Fel i webbservern', error);
    if (res.headersSent) return void res.destroy();
    json(res, 500, { ok: false, error: { code: 'internal', message: `Ett oväntat fel inträffade. Inget har sparats. ${whereIsTheLog()}` } });
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse) {
    const hosts = allowedHosts(port);
    // A refused request's body is read and thrown away, so the connection stays usable for the next one.
    const refuse = (status: number, message: string, code: 'unauthorized' | 'refused' = 'unauthorized') => {
      req.resume();
      return json(res, status, { ok: false, error: { code, message } });
    };
    if (!req.headers.host || !hosts.has(req.headers.host)) return refuse(403, 'Otillåten värd.');
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return refuse(403, 'Otillåtet ursprung.');
    const pathname = requestPath(req.url);
    if (pathname === null) return refuse(400, 'Ogiltig adress.', 'refused');
    if (pathname.startsWith('/api/')) return handleApi(req, res, pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Metoden stöds inte.', 'refused');
    req.resume();
    return serveStatic(res, pathname);
  }

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!given || !tokensEqual(given, token)) {
      req.resume();
      return json(res, 401, {
        ok: false,
        error: { code: 'unauthorized', message: 'Saknar eller fel åtkomstnyckel. Öppna adressen som skrevs ut när servern startade.' },
      });
    }
    if (req.method !== 'POST') {
      req.resume();
      return json(res, 405, { ok: false, error: { code: 'refused', message: 'Använd POST.' } });
    }
    const method = safeDecode(pathname.slice('/api/'.length));
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
    req.on('error', () => res.destroy());
    // A client that goes away before its answer cancels the work done for it (a document parse).
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    req.on('end', () => void answer().catch((error) => failRequest(res, error)));
    async function answer() {
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
      // a view of the live context, not a copy: a restore swaps ctx.db and ctx.sqlite in place
      const ctx: ServiceContext = Object.create(options.ctx, { signal: { value: gone.signal } });
      const envelope = await dispatch(ctx, method!, body);
      if (!res.destroyed) json(res, 200, envelope);
    }
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const found = resolveStaticFile(staticDir, pathname);
    if (found.kind === 'refused') return json(res, 404, { ok: false, error: { code: 'not_found', message: 'Sidan finns inte.' } });
    if (found.kind === 'missing') return send(res, 500, 'Gränssnittet är inte byggt. Kör "npm run build:renderer".', 'text/plain; charset=utf-8');
    send(res, 200, fs.readFileSync(found.file), found.type);
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
