// The browser mode's HTTP transport: 127.0.0.1 only, the per-start token, Host and Origin checks.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY, startWebServer, type WebServer } from '../../electron/http/server';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
let server: WebServer;

beforeAll(async () => {
  s = await testServices();
  // the built renderer's folder: only the page, never the database beside it
  const staticDir = path.join(s.dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>IUB-katalogen</title>');
  server = await startWebServer({ ctx: s.ctx, staticDir });
});
afterAll(async () => {
  await server.close();
  await s.cleanup();
});

function request(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; body: any; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      // a fresh connection per request: a refused request must not depend on the previous one
      {
        host: '127.0.0.1',
        port: server.port,
        path: options.path,
        method: options.method ?? 'POST',
        headers: { 'Content-Type': 'application/json', ...options.headers },
        agent: false,
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: text.startsWith('{') ? JSON.parse(text) : text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body ?? '{}');
  });
}

const auth = () => ({ Authorization: `Bearer ${server.token}` });

describe('HTTP-transporten', () => {
  it('lyssnar bara på 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(['settings/get', 'insatser/create', 'finns/inte'])('ger 401 utan nyckel för %s', async (method) => {
    const res = await request({ path: `/api/${method}` });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('ger 401 med fel nyckel', async () => {
    const res = await request({ path: '/api/settings/get', headers: { Authorization: 'Bearer ' + '0'.repeat(48) } });
    expect(res.status).toBe(401);
  });

  it('avvisar främmande Host', async () => {
    const res = await request({ path: '/api/settings/get', headers: { ...auth(), Host: 'evil.example:80' } });
    expect(res.status).toBe(403);
  });

  it('avvisar främmande Origin', async () => {
    const res = await request({ path: '/api/settings/get', headers: { ...auth(), Origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('svarar med kontraktets kuvert med rätt nyckel', async () => {
    const res = await request({ path: '/api/settings/get', headers: { ...auth(), Origin: server.url } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, value: { kommun: 'Alingsås' } });
  });

  it('svarar tydligt på ogiltig JSON och okänd metod', async () => {
    expect((await request({ path: '/api/settings/get', headers: auth(), body: '{inte json' })).body.error.message).toMatch(/inte giltig JSON/);
    expect((await request({ path: '/api/finns/inte', headers: auth() })).body.error.code).toBe('unknown_method');
  });

  it('kräver POST för API:t', async () => {
    const res = await request({ path: '/api/settings/get', method: 'GET', headers: auth() });
    expect(res.status).toBe(405);
  });

  const port = () => server.port;

  it.each([
    ['en annan dator', () => 'evil.example'],
    ['DNS-rebinding med rätt port', () => `evil.example:${port()}`],
    ['localhost som prefix', () => `localhost.evil.example:${port()}`],
    ['127.0.0.1 utan port', () => '127.0.0.1'],
    ['fel port', () => `127.0.0.1:${port() + 1}`],
    ['IPv6', () => `[::1]:${port()}`],
    ['0.0.0.0', () => `0.0.0.0:${port()}`],
  ])('avvisar Host: %s, även med rätt nyckel', async (_name, host) => {
    for (const p of ['/api/settings/get', '/', '/index.html']) {
      const res = await request({ path: p, method: p.startsWith('/api') ? 'POST' : 'GET', headers: { ...auth(), Host: host() } });
      expect(res.status, `${host()} ${p}`).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('Alingsås');
    }
  });

  it.each([
    ['annan webbplats', () => 'http://evil.example'],
    ['https på rätt värd', () => `https://127.0.0.1:${port()}`],
    ['rätt värd som prefix', () => `http://127.0.0.1:${port()}.evil.example`],
    ['null (sandlådad iframe, file://)', () => 'null'],
    ['fel port', () => `http://localhost:${port() + 1}`],
  ])('avvisar Origin: %s', async (_name, origin) => {
    const res = await request({ path: '/api/settings/get', headers: { ...auth(), Origin: origin() } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('godtar Origin från sig själv via localhost', async () => {
    const res = await request({ path: '/api/settings/get', headers: { ...auth(), Host: `localhost:${port()}`, Origin: `http://localhost:${port()}` } });
    expect(res.status).toBe(200);
  });

  it.each([
    ['tom Bearer', () => 'Bearer '],
    ['nyckeln utan Bearer', () => server.token],
    ['bearer med liten bokstav', () => `bearer ${server.token}`],
    ['Basic', () => `Basic ${Buffer.from(`x:${server.token}`).toString('base64')}`],
    ['för kort', () => `Bearer ${server.token.slice(0, -1)}`],
    ['för lång', () => `Bearer ${server.token}0`],
    ['samma längd, en siffra fel', () => `Bearer ${server.token.slice(0, -1)}${server.token.endsWith('0') ? '1' : '0'}`],
    ['två nycklar', () => `Bearer ${server.token}, Bearer ${server.token}`],
  ])('ger 401 med fel nyckel: %s', async (_name, header) => {
    const res = await request({ path: '/api/insatser/create', headers: { Authorization: header() }, body: JSON.stringify({ content: { namn: 'Intrång' } }) });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect((s.sqlite.prepare("SELECT count(*) n FROM insats_version WHERE namn = 'Intrång'").get() as { n: number }).n).toBe(0);
  });

  it('tar inte nyckeln ur adressen eller en cookie', async () => {
    const viaQuery = await request({ path: `/api/settings/get?token=${server.token}` });
    expect(viaQuery.status).toBe(401);
    const viaCookie = await request({ path: '/api/settings/get', headers: { Cookie: `token=${server.token}; iub-token=${server.token}` } });
    expect(viaCookie.status).toBe(401);
  });

  it('svarar aldrig med CORS-rubriker och avvisar en förfrågan om tillstånd (preflight) från en annan webbplats', async () => {
    const preflight = await request({
      path: '/api/settings/get',
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const ok = await request({ path: '/api/settings/get', headers: auth() });
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['cache-control']).toBe('no-store');
  });

  it('lämnar inte ut filer utanför gränssnittets mapp', async () => {
    const paths = [
      '/../../../../etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/....//....//etc/passwd',
      '/..\\..\\etc\\passwd',
      '/../test.db',
      '/..%2ftest.db',
    ];
    for (const p of paths) {
      const res = await request({ path: p, method: 'GET' });
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
      expect(text, p).not.toMatch(/root:.*:0:0:|SQLite format 3/);
      expect([200, 404], p).toContain(res.status);
      if (res.status === 200) expect(text, p).toContain('<title>IUB-katalogen</title>'); // the page itself
    }
  });

  it('avvisar en adress med trasig %-kodning utan att stanna', async () => {
    const api = await request({ path: '/api/settings%E0%A4%A', headers: auth() });
    expect(api.status).toBe(400);
    expect(api.body.error.code).toBe('invalid_input');
    expect((await request({ path: '/%E0%A4%A', method: 'GET' })).status).toBe(404);
    expect((await request({ path: '/api/settings/get', headers: auth() })).status).toBe(200);
  });

  it('klarar en kropp som är djupt nästlad eller för stor utan att stanna', async () => {
    const depth = 100_000;
    const deep = await request({ path: '/api/insatser/create', headers: auth(), body: '{"content":'.repeat(depth) + '1' + '}'.repeat(depth) });
    expect(deep.status).toBe(200);
    expect(deep.body.error.code).toBe('invalid_input');
    const big = await request({
      path: '/api/insatser/create',
      headers: auth(),
      body: JSON.stringify({ content: { namn: 'x'.repeat(MAX_BODY + 1024) } }),
    }).catch(() => null);
    if (big) expect(big.status).toBe(413); // or the connection is cut while sending: both refuse it
    expect((await request({ path: '/api/settings/get', headers: auth() })).status).toBe(200);
  });

  it('avvisar en förfrågan helt utan Host', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1', () =>
        socket.end(`POST /api/settings/get HTTP/1.0\r\nAuthorization: Bearer ${server.token}\r\nContent-Length: 2\r\n\r\n{}`),
      );
      let text = '';
      socket.on('data', (c) => (text += c));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.[01] 403/);
    expect(raw).not.toContain('Alingsås');
  });
});
