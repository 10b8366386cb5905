// Issue 16, finding 1 and build 2: nothing a client sends ends the browser-mode server. Raw request
// lines, targets, headers and bodies go over a plain socket (Node's http client would refuse to send
// most of them); every one gets a 4xx and the server still answers a good request afterwards.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath, startWebServer, type WebServer } from '../../electron/http/server';
import { resolveStaticFile } from '../../electron/http/static-files';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
let server: WebServer;
let staticDir: string;

beforeAll(async () => {
  s = await testServices();
  staticDir = path.join(s.dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>IUB-katalogen</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(s.dir, 'hemlig.txt'), 'HEMLIGT');
  server = await startWebServer({ ctx: s.ctx, staticDir });
});
afterAll(async () => {
  await server.close();
  await s.cleanup();
});

/** Sends raw bytes and returns the status line's code (0 when the server closed without an answer). */
export function rawRequest(port: number, raw: string | Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (c) => (text += c.toString('latin1')));
    const done = () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    socket.on('end', done);
    socket.on('error', done);
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('close', done);
    socket.end(raw);
  });
}

const host = () => `127.0.0.1:${server.port}`;
const line = (target: string, method = 'GET', extra = '') => `${method} ${target} HTTP/1.1\r\nHost: ${host()}\r\n${extra}Connection: close\r\n\r\n`;

async function stillAlive() {
  const res = await fetch(`${server.url}/api/settings/get`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}` }, body: '{}' });
  expect(res.status).toBe(200);
  expect((await res.json()).ok).toBe(true);
}

describe('felformade förfrågningar', () => {
  const cases: Array<[string, () => string | Buffer]> = [
    ['absolut adress med trasig värd: GET http://[', () => line('http://[')],
    ['absolut adress med omöjlig port', () => line('http://a:99999/')],
    [
      'absolut adress till API:t',
      () => line(`http://${host()}/api/settings/get`, 'POST', `Authorization: Bearer ${server.token}\r\nContent-Length: 2\r\n`) + '{}',
    ],
    ['asterisk-form', () => line('*', 'OPTIONS')],
    ['authority-form', () => line(`${host()}`, 'CONNECT')],
    ['Upgrade: websocket', () => line('/', 'GET', 'Upgrade: websocket\r\nConnection: Upgrade\r\n')],
    ['dubbelt snedstreck', () => line('//evil.example/x')],
    ['trasig procentkodning i sökvägen', () => line('/%E0%A4%A')],
    ['trasig procentkodning i API-metoden', () => line('/api/%ZZ', 'POST', `Authorization: Bearer ${server.token}\r\nContent-Length: 0\r\n`)],
    ['NUL i sökvägen', () => line('/index.html%00.png')],
    ['klättring ut ur mappen', () => line('/..%2f..%2fhemlig.txt')],
    ['klättring med bakstreck', () => line('/..%5c..%5chemlig.txt')],
    ['skräp som begärandrad', () => '\u0000\u0001\u0002 nonsens\r\n\r\n'],
    ['rubrik utan kolon', () => `GET / HTTP/1.1\r\nHost: ${host()}\r\nTrasig rubrik\r\n\r\n`],
    ['CR mitt i en rubrik', () => `GET / HTTP/1.1\r\nHost: ${host()}\r\nX-A: a\rb\r\n\r\n`],
    ['två Content-Length', () => `POST /api/settings/get HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}`],
    ['negativ Content-Length', () => `POST /api/settings/get HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: -1\r\n\r\n`],
    ['för stora rubriker', () => `GET / HTTP/1.1\r\nHost: ${host()}\r\nX-Stor: ${'a'.repeat(100_000)}\r\n\r\n`],
    [
      'trasig chunked-kropp',
      () =>
        `POST /api/settings/get HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: Bearer ${server.token}\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nxx\r\n0\r\n\r\n`,
    ],
    [
      'kropp som inte är JSON',
      () =>
        `POST /api/settings/get HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: Bearer ${server.token}\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{{{{{`,
    ],
    [
      'kropp som inte är UTF-8',
      () =>
        Buffer.concat([
          Buffer.from(
            `POST /api/settings/get HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: Bearer ${server.token}\r\nContent-Length: 4\r\nConnection: close\r\n\r\n`,
          ),
          Buffer.from([0xff, 0xfe, 0xc0, 0x80]),
        ]),
    ],
  ];

  it.each(cases)('%s ger 4xx och servern lever', async (_name, make) => {
    const res = await rawRequest(server.port, make());
    expect(res.status, res.text.slice(0, 200)).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toContain('HEMLIGT');
    await stillAlive();
  });

  it('en avbruten förfrågan mitt i kroppen stoppar inte servern', async () => {
    await new Promise<void>((resolve) => {
      const socket = net.connect(server.port, '127.0.0.1', () => {
        socket.write(`POST /api/settings/get HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: Bearer ${server.token}\r\nContent-Length: 1000\r\n\r\n{"a":`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await stillAlive();
  });
});

describe('requestPath', () => {
  it.each(['http://[', 'http://a:99999/', '*', '127.0.0.1:80', '//x/y', '', undefined])('vägrar %s', (target) => expect(requestPath(target)).toBeNull());
  it('läser en vanlig sökväg', () => expect(requestPath('/api/settings/get?x=1')).toBe('/api/settings/get'));
});

describe('den gemensamma filupplösaren (webbservern och app://-protokollet)', () => {
  it.each(['/%E0%A4%A', '/index.html%00', '/..%2f..%2fhemlig.txt', '/..%5C..%5Chemlig.txt', '/%2e%2e/hemlig.txt'])('vägrar %s', (p) => {
    const found = resolveStaticFile(staticDir, p);
    // either refused, or (for a name that stays inside) the index page: never the file outside
    if (found.kind === 'file') expect(found.file.startsWith(staticDir + path.sep)).toBe(true);
    else expect(found.kind).toBe('refused');
  });
  it('ger filen inuti mappen och index.html för klientvägar', () => {
    expect(resolveStaticFile(staticDir, '/assets/app.js')).toMatchObject({
      kind: 'file',
      file: path.join(staticDir, 'assets', 'app.js'),
      type: 'text/javascript; charset=utf-8',
    });
    expect(resolveStaticFile(staticDir, '/katalog/3')).toMatchObject({ kind: 'file', file: path.join(staticDir, 'index.html') });
    expect(resolveStaticFile(path.join(s.dir, 'saknas'), '/')).toEqual({ kind: 'missing' });
  });
});
