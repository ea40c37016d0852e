// Each client assertion's jti is accepted once, on every instance: in Redis when configured, else in the database.
import type { Redis } from 'ioredis';
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { onDemand } from '../../lib/on-demand.ts';

const loadIoredis = onDemand<typeof import('ioredis')>('ioredis');

export interface ReplayGuard {
  /** True the first time `id` is seen before `expiresAt` (ms); false for every later time. */
  firstUse(id: string, expiresAt: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The database: a unique row per assertion, deleted once past its exp. */
export class DatabaseReplayGuard implements ReplayGuard {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async firstUse(id: string, expiresAt: number): Promise<boolean> {
    const now = this.clock.now();
    await this.db.deleteFrom('clientAssertions').where('expiresAt', '<=', now).execute();
    const result = await this.db
      .insertInto('clientAssertions')
      .values({ id, expiresAt })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async close(): Promise<void> {}
}

/**
 * Redis: `SET NX PXAT`, atomic across instances, the key gone at the assertion's exp. Fails closed: an
 * assertion is refused (an error, logged) when Redis cannot say it is new.
 */
export class RedisReplayGuard implements ReplayGuard {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new (loadIoredis().Redis)(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectionName: `${prefix}assertions`,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Errors surface on the command that needs Redis; the connection retries by itself.
    this.redis.on('error', () => {});
  }

  async firstUse(id: string, expiresAt: number): Promise<boolean> {
    if (this.redis.status === 'wait') await this.redis.connect();
    const answer = await this.redis.set(`${this.prefix}assertion:${id}`, '1', 'PXAT', expiresAt, 'NX');
    return answer === 'OK';
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
