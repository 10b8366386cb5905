// The browser mode's HTTP transport: 127.0.0.1 only, the per-start token, Host and Origin checks.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/http/server';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
let server: WebServer;

beforeAll(async () => {
  s = await testServices();
  server = await startWebServer({ ctx: s.ctx, staticDir: s.dir });
});
afterAll(async () => {
  await server.close();
  await s.cleanup();
});

function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'POST', headers: { 'Content-Type': 'application/json', ...options.headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: text.startsWith('{') ? JSON.parse(text) : text }));
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
});
