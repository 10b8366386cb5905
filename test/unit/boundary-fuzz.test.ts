// Bad input at the boundary, property-based: random and hostile payloads to EVERY method of the contract
// (iterated from METHODS, so methods added later are covered by themselves), over both transports: the
// IPC handler as main.ts registers it (structured-clone values, sender checked) and the browser mode's
// HTTP server (JSON). Each call is accepted or rejected with a Swedish error envelope, never a crash or
// an "internal" error, and a rejected call leaves every row of every table as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, contract, type Input, type Method } from '../../shared/api/contract';
import { envelopeSchema, type Envelope } from '../../shared/api/envelope';
import { dispatch } from '../../electron/api/dispatch';
import { guardedIpcHandler } from '../../electron/main/ipc-guard';
import { startWebServer, type WebServer } from '../../electron/http/server';
import { importCatalogue } from '../../electron/services/portable';
import { loadFixture } from '../fixtures/load-fixture';
import { testServices, type TestServices } from '../support/services';
import { contentHash, tableContents } from '../support/db-content';
import { payloadFor, hostileString, mutatedExample } from '../support/hostile';
import { emptyInsatsContent } from '../../shared/domain/insats';

// A few runs per method and transport keep the suite fast; FUZZ_RUNS=200 for a long hunt.
const RUNS = Number(process.env.FUZZ_RUNS ?? 7);

let s: TestServices;
let server: WebServer;
let lastHash: string;
/** Valid inputs for some methods, mutated one text field at a time; every method also gets random ones. */
const examples: Partial<Record<Method, unknown>> = {};
const logged: string[] = [];
const tally = new Map<string, { ok: number; rejected: number }>();

beforeAll(async () => {
  s = await testServices({ today: '2025-10-15' });
  await importCatalogue(s.ctx, loadFixture('alingsas'));
  const seeded = (await s.call('versions/get', { versionId: 1 })).content;
  const content = { ...emptyInsatsContent('Utkast för test'), ...seeded, enhetId: null, kategoriId: null, namn: 'Utkast för test' };
  const draft = await s.call('insatser/create', { content });
  const meeting = await s.call('sammantraden/create', { datum: '2025-11-20' });
  Object.assign(examples, {
    'settings/update': { kommun: 'Alingsås', namnd: 'Socialnämnden', anvandare: 'Sara', forvaltning: 'Socialförvaltningen' },
    'organisation/createSektor': { namn: 'Sektor X' },
    'organisation/createKategori': { namn: 'Kategori X' },
    'insatser/create': { content },
    'insatser/list': { sok: 'familj' },
    'versions/save': { versionId: draft.versionId, revision: draft.revision, content },
    'sammantraden/create': { datum: '2025-12-18', namnd: 'Socialnämnden' },
    'sammantraden/update': { id: meeting.id, ordforande: 'Ordförande', justerare: 'Justerare' },
    'arenden/create': { rubrik: 'Revidering av IUB-katalogen', beskrivning: 'Beskrivning', handlaggare: 'Handläggare', versionIds: [draft.versionId] },
    'beslut/addTask': { beslutId: 1, text: 'Återrapportera', due: 'hösten 2026' },
    'catalogue/diffDates': { fromDate: '2025-01-01', toDate: '2025-12-31' },
    'audit/insats': { insatsId: draft.insatsId },
    'audit/exportInsats': { insatsId: draft.insatsId, format: 'csv' },
  } satisfies Partial<{ [M in Method]: Input<M> }>);
  server = await startWebServer({ ctx: s.ctx, staticDir: s.dir });
  lastHash = hash();
  lastConnection = s.ctx.sqlite;
  lastChanges = changes();
  lastAudit = auditRows();
}, 60_000);
afterAll(async () => {
  await server?.close();
  await s?.cleanup();
  const summary = [...tally].map(([m, t]) => `${m} ${t.ok}/${t.ok + t.rejected}`).join(', ');
  console.log(`Godtagna/alla anrop per metod: ${summary}`);
});

function hash() {
  return contentHash(tableContents(s.ctx.sqlite!)); // ctx: a restore swaps the connection
}

/** Rows changed on this connection so far: when it has not moved, an accepted call changed nothing. */
let lastChanges = '';
function changes() {
  const { n } = s.ctx.sqlite!.prepare('SELECT total_changes() n').get() as { n: number };
  return `${s.ctx.file}:${n}:${s.ctx.sqlite === lastConnection}`;
}
let lastConnection: unknown = null;
let lastAudit: string[] = [];
function auditRows(): string[] {
  return (s.ctx.sqlite!.prepare('SELECT * FROM audit_log ORDER BY id').raw(true).all() as unknown[][]).map((r) => JSON.stringify(r));
}

const ipcHandler = guardedIpcHandler((method, input) =>
  dispatch(s.ctx, method, input, (message, error) => logged.push(`${message}: ${(error as Error)?.stack ?? error}`)),
);
const trustedFrame = { url: 'app://iub/index.html' };
const trustedEvent = { senderFrame: trustedFrame, sender: { mainFrame: trustedFrame } };

async function overIpc(method: string, payload: unknown): Promise<Envelope> {
  // Electron carries arguments by structured clone; what cannot be cloned never reaches main.
  let cloned: unknown;
  try {
    cloned = structuredClone(payload);
  } catch {
    return { ok: false, error: { code: 'invalid_input', message: 'okopierbart (når aldrig huvudprocessen)' } };
  }
  return ipcHandler(trustedEvent, method, cloned);
}

/** Like encodeURIComponent (keeping '/'), but a lone surrogate is sent as UTF-8's replacement bytes instead of throwing. */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => (/[A-Za-z0-9\-_.!~*'()/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

async function overHttp(method: string, payload: unknown, statuses = [200, 400, 413]): Promise<Envelope> {
  const body = JSON.stringify(payload);
  const target = `${server.url}/api/${percentEncode(method)}`;
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` }, body: body ?? '' };
  let res: Response;
  try {
    res = await fetch(target, init);
  } catch (error) {
    // A request line past Node's header limit is refused by its parser; the socket may reset before the
    // 431 is read. Only then is a failed fetch a refusal: the server must still answer the next request.
    if (target.length < 16_000) throw error;
    expect((await fetch(`${server.url}/api/settings/get`, { ...init, body: '{}' })).status).toBe(200);
    return { ok: false, error: { code: 'refused', message: 'För lång förfrågan.' } };
  }
  expect(statuses).toContain(res.status);
  // Node's HTTP parser itself refuses a request line over its header limit (a method name of many
  // kilobytes) before the app sees it; that is a refusal too, without a JSON body.
  if (res.status === 431) return { ok: false, error: { code: 'refused', message: 'För lång förfrågan.' } };
  return (await res.json()) as Envelope;
}

/** English or technical words that must never reach a user in an error message. */
const NOT_SWEDISH = /\b(Invalid|Expected|expected|Required|received|Unrecognized|must|undefined|NaN|TypeError|SQLITE\w*|constraint|Cannot|stack)\b/;

async function checkCall(transport: 'ipc' | 'http', method: string, payload: unknown) {
  const before = lastHash;
  const envelope = transport === 'ipc' ? await overIpc(method, payload) : await overHttp(method, payload);
  expect(envelopeSchema.safeParse(envelope).success, JSON.stringify(envelope).slice(0, 300)).toBe(true);
  const t = tally.get(method) ?? { ok: 0, rejected: 0 };
  tally.set(method, t);
  if (envelope.ok) {
    t.ok += 1;
    if (changes() !== lastChanges) {
      // an accepted call may add to the audit trail, never change or remove an entry
      const audit = auditRows();
      expect(audit.slice(0, lastAudit.length), `${method} ändrade granskningsloggen`).toEqual(lastAudit);
      lastAudit = audit;
      lastHash = hash();
      lastConnection = s.ctx.sqlite;
      lastChanges = changes();
    }
    return;
  }
  t.rejected += 1;
  const { code, message } = envelope.error;
  expect(code, `${method}: ${message}\n${logged.join('\n')}`).not.toBe('internal');
  expect(message.length).toBeGreaterThan(5);
  expect(message.length).toBeLessThan(2000);
  expect(message, method).not.toMatch(NOT_SWEDISH);
  expect(hash(), `${method} ändrade databasen fast anropet avvisades (${message})`).toBe(before);
}

describe.each(['ipc', 'http'] as const)('varje metod i kontraktet över %s', (transport) => {
  it.each(METHODS.map((m) => [m]))('%s tål slumpade och fientliga indata', async (method) => {
    const schema = contract[method as Method].input;
    const example = examples[method as Method];
    const payloads =
      example === undefined ? payloadFor(schema, transport === 'http') : fc.oneof(payloadFor(schema, transport === 'http'), mutatedExample(example));
    await fc.assert(
      fc.asyncProperty(payloads, (payload) => checkCall(transport, method, payload)),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  });

  it('okända och fientliga metodnamn ger ett tydligt fel', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileString, fc.constantFrom('settings/get/../../backups/restore', 'constructor', '__proto__', 'toString', 'hasOwnProperty')),
        async (name) => {
          // over HTTP a name with ../ may leave /api/ altogether: then it is a refused page request
          const envelope = transport === 'ipc' ? await overIpc(name, {}) : await overHttp(name, {}, [200, 400, 404, 405, 431]);
          if (!envelope.ok) expect(envelope.error.code, name).not.toBe('internal');
          else expect(METHODS as string[]).toContain(name);
          expect(hash()).toBe(lastHash);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});
