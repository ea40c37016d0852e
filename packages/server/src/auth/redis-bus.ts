// Carries invalidations between instances over Redis pub/sub (LATCHKEY_REDIS_URL): one subscriber and one publisher connection.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { onDemand } from '../lib/on-demand.ts';
import type { BusLogger, InvalidationBus } from './invalidation-bus.ts';
import type { Invalidation } from './invalidation-match.ts';

const loadIoredis = onDemand<typeof import('ioredis')>('ioredis');

export interface RedisBusOptions {
  url: string;
  /** One per deployment (derived from LATCHKEY_REDIS_PREFIX), so deployments sharing a Redis keep apart. */
  channel: string;
  /** The connections' CLIENT SETNAME, so an operator (or a test) can tell them apart in CLIENT LIST. */
  connectionName?: string;
  apply(match: Invalidation): void;
  /** Messages may have been missed: forget everything cached. */
  clearAll(): void;
  logger: BusLogger;
}

interface Message {
  /** The publishing instance: it has applied the invalidation already. */
  from: string;
  match: Invalidation;
}

/** A publish that Redis has not taken within this is logged as lost; the caller never waits on it. */
const COMMAND_TIMEOUT_MS = 1000;

/**
 * Several instances, with Redis. A subscriber that loses its connection may miss messages, so the whole
 * cache is cleared when the connection drops and again when it is back (anything cached while it was
 * down may be stale). A Redis that is down at start is retried in the background, like the rate limiter:
 * start-up does not wait, and the cache TTL bounds what an instance can miss meanwhile.
 */
export class RedisBus implements InvalidationBus {
  private readonly origin = randomBytes(9).toString('base64url');
  private readonly subscriber: Redis;
  private readonly publisher: Redis;
  private subscribed = false;
  private closed = false;
  private reportedDown = false;

  private constructor(private readonly options: RedisBusOptions) {
    const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2000);
    const name = options.connectionName;
    this.subscriber = new (loadIoredis().Redis)(options.url, {
      lazyConnect: true,
      retryStrategy,
      ...(name ? { connectionName: `${name}:sub` } : {}),
    });
    this.publisher = new (loadIoredis().Redis)(options.url, {
      lazyConnect: true,
      retryStrategy,
      // A publish while Redis is down fails at once instead of queueing behind a request.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      ...(name ? { connectionName: `${name}:pub` } : {}),
    });
    this.publisher.on('error', () => {
      // Reported where it matters, on the publish that failed; the client reconnects by itself.
    });
    this.subscriber.on('message', (channel: string, payload: string) => this.received(channel, payload));
    this.subscriber.on('error', (err: Error) => {
      // Once per outage: the client retries every couple of seconds while Redis is down.
      if (this.closed || this.reportedDown) return;
      this.reportedDown = true;
      this.options.logger.warn({ err: { message: err.message } }, 'invalidation bus: Redis error');
    });
    this.subscriber.on('close', () => this.lost());
    // ioredis subscribes again by itself after a reconnect (autoResubscribe); 'ready' follows that.
    this.subscriber.on('ready', () => this.ready());
  }

  static async start(options: RedisBusOptions): Promise<RedisBus> {
    const bus = new RedisBus(options);
    await Promise.all([
      bus.subscriber
        .connect()
        .then(() => bus.subscriber.subscribe(options.channel))
        .catch((err: Error) =>
          options.logger.warn(
            { err: { message: err.message } },
            'invalidation bus: Redis unreachable at start; retrying in the background',
          ),
        ),
      bus.publisher.connect().catch(() => {}),
    ]);
    return bus;
  }

  private ready(): void {
    if (this.subscribed) return;
    this.subscribed = true;
    this.reportedDown = false;
    // The first 'ready' comes before anything is cached; each later one ends an outage.
    this.options.clearAll();
  }

  private lost(): void {
    if (this.closed || !this.subscribed) return;
    this.subscribed = false;
    this.options.clearAll();
    this.options.logger.warn({}, 'invalidation bus: Redis connection lost; cache cleared, reconnecting');
  }

  private received(channel: string, payload: string): void {
    if (channel !== this.options.channel) return;
    let message: Message;
    try {
      message = JSON.parse(payload) as Message;
    } catch (err) {
      this.options.logger.error({ err }, 'unreadable invalidation message; clearing the credential cache');
      this.options.clearAll();
      return;
    }
    if (message.from === this.origin) return;
    if (typeof message.match !== 'object' || message.match === null) {
      this.options.clearAll();
      return;
    }
    this.options.apply(message.match);
  }

  publish(match: Invalidation): void {
    this.options.apply(match);
    const message: Message = { from: this.origin, match };
    this.publisher.publish(this.options.channel, JSON.stringify(message)).catch((err: Error) => {
      this.options.logger.error(
        { err: { message: err.message } },
        'could not publish an invalidation to other instances',
      );
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
