// Carries "this credential may have ended" to every instance: in-process alone, or PostgreSQL LISTEN/NOTIFY.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { onDemand } from '../lib/on-demand.ts';
import type { Invalidation } from './invalidation-match.ts';

const loadPg = onDemand<typeof pg>('pg');

export interface InvalidationBus {
  /** Applies the invalidation here at once and tells every other instance. */
  publish(match: Invalidation): void;
  close(): Promise<void>;
}

export interface BusLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** One instance: nothing to tell. */
export class LocalBus implements InvalidationBus {
  constructor(private readonly apply: (match: Invalidation) => void) {}
  publish(match: Invalidation): void {
    this.apply(match);
  }
  async close(): Promise<void> {}
}

/**
 * Several instances on one PostgreSQL. A dedicated connection LISTENs; if it drops, the whole cache is
 * cleared (notifications may have been missed) and the connection is re-established with backoff.
 */
export class PostgresBus implements InvalidationBus {
  /**
   * Names this instance in what it publishes, so that it skips its own notifications: it applied them
   * when it published, and a late echo would only empty caches warmed since. An extra field of the
   * invalidation itself, so that an instance without it (mid-upgrade) still applies the rest.
   */
  private readonly origin = randomBytes(9).toString('base64url');
  private client: pg.Client | undefined;
  private closed = false;
  private retryMs = 100;

  private constructor(
    private readonly url: string,
    /** A plain identifier (config.ts checks it): LISTEN takes no parameter. */
    private readonly channel: string,
    private readonly apply: (match: Invalidation) => void,
    private readonly clearAll: () => void,
    private readonly logger: BusLogger,
  ) {}

  static async start(
    url: string,
    channel: string,
    apply: (match: Invalidation) => void,
    clearAll: () => void,
    logger: BusLogger,
  ): Promise<PostgresBus> {
    const bus = new PostgresBus(url, channel, apply, clearAll, logger);
    await bus.connect();
    return bus;
  }

  private async connect(): Promise<void> {
    const client = new (loadPg().Client)({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      try {
        const { origin, ...match } = JSON.parse(message.payload) as Invalidation & { origin?: string };
        if (origin !== this.origin) this.apply(match);
      } catch (err) {
        this.logger.error({ err }, 'unreadable invalidation notification; clearing the credential cache');
        this.clearAll();
      }
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, undefined));
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.client = client;
    this.retryMs = 100;
  }

  private lost(client: pg.Client, err: Error | undefined): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    this.clearAll();
    this.logger.warn({ err }, 'invalidation listener lost; cache cleared, reconnecting');
    const retry = () => {
      if (this.closed) return;
      this.connect().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'invalidation listener reconnect failed');
        this.retryMs = Math.min(this.retryMs * 2, 5000);
        setTimeout(retry, this.retryMs).unref();
      });
    };
    setTimeout(retry, this.retryMs).unref();
  }

  publish(match: Invalidation): void {
    this.apply(match);
    const client = this.client;
    if (!client) return;
    const payload = JSON.stringify({ ...match, origin: this.origin });
    client.query('SELECT pg_notify($1, $2)', [this.channel, payload]).catch((err: unknown) => {
      this.logger.error({ err }, 'could not publish an invalidation to other instances');
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
    this.client = undefined;
  }
}
