// The PostgreSQL change feed (see change-feed.ts): every audit-trail insert NOTIFYs iub_changes at commit
// (migrations/postgres/0017), and one LISTEN connection per open database raises a counter that stamp()
// returns, so a quiet "changes/since" poll costs no query at all. The connection is opened on the first
// stamp() (a CLI command that never polls never opens it). Until it listens — and again after it was
// lost, until it listens anew — stamp() changes on every call, so a poll asks the audit trail (one
// indexed query, still correct); a re-established connection also starts a new generation, so a change
// committed while nobody listened is not missed.
import pg from 'pg';
import type { ChangeFeed } from './change-feed';

export const CHANGES_CHANNEL = 'iub_changes';
const RECONNECT_MS = 2000;

export class PostgresChangeFeed implements ChangeFeed {
  private client: pg.Client | null = null;
  private listening = false;
  private started: Promise<void> | null = null;
  private generation = 0;
  private counter = 0;
  private asked = 0;
  private closed = false;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly url: string) {}

  stamp(): string {
    if (!this.started && !this.closed) this.started = this.listen();
    if (!this.listening) return `ask:${++this.asked}`;
    return `${this.generation}:${this.counter}`;
  }

  /** Resolves once the feed listens (or gave up this attempt); for tests and start-up. */
  ready(): Promise<void> {
    if (!this.started && !this.closed) this.started = this.listen();
    return this.started ?? Promise.resolve();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000 });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.retry = setTimeout(() => {
        this.retry = null;
        this.started = this.listen();
      }, RECONNECT_MS);
      this.retry.unref?.();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL) this.counter++;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (this.closed || this.client !== client) return;
      this.generation++;
      this.listening = true;
    } catch {
      lost();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
