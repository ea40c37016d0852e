// The exact counter in Redis: one Lua script per request refills when due and spends one, atomically.
import type { Redis } from 'ioredis';
import { onDemand } from '../../lib/on-demand.ts';

const loadIoredis = onDemand<typeof import('ioredis')>('ioredis');

/**
 * KEYS[1] the counter; ARGV: [1] the limit's version, [2] now (ms), [3] the next refill after now (or ''),
 * [4] the refill amount (or ''), [5] and [6] the count and next refill to start from (or '' when unknown).
 * A counter of another version (the limit was set again, or Redis lost it) asks for its start: {-2}.
 * Answers {uses left after this one, next refill or -1}, or {-1, next refill or -1} when none is left.
 */
const SPEND = `
if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then
  if ARGV[5] == '' then return {-2, -1} end
  redis.call('HSET', KEYS[1], 'v', ARGV[1], 'r', ARGV[5], 'n', ARGV[6])
end
local state = redis.call('HMGET', KEYS[1], 'r', 'n')
local left = tonumber(state[1])
local next = tonumber(state[2])
if next ~= nil and ARGV[4] ~= '' and next <= tonumber(ARGV[2]) then
  left = tonumber(ARGV[4])
  next = tonumber(ARGV[3])
  redis.call('HSET', KEYS[1], 'n', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], 2592000000)
if left <= 0 then
  redis.call('HSET', KEYS[1], 'r', '0')
  return {-1, next or -1}
end
left = left - 1
redis.call('HSET', KEYS[1], 'r', string.format('%.0f', left))
return {left, next or -1}
`;

/** Takes every use left from a counter of this version (ARGV[1]) at once: {uses it had}, or {-2} when it has none kept. */
const DRAIN = `
if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return -2 end
local left = tonumber(redis.call('HGET', KEYS[1], 'r'))
redis.call('HSET', KEYS[1], 'r', '0')
return left
`;

/** A Redis that does not answer within this is treated as down for that request. */
const COMMAND_TIMEOUT_MS = 500;

interface SpendCommand {
  spendUse(key: string, ...args: string[]): Promise<[number, number]>;
  drainUses(key: string, version: string): Promise<number>;
}

/** What the counter answered: the uses left after this one (-1: none was left), or -2: it needs its start. */
export interface Counted {
  left: number;
  nextRefillAt: number | null;
}

export class RedisCounter {
  private readonly redis: Redis & SpendCommand;

  private constructor(
    url: string,
    private readonly prefix: string,
  ) {
    const redis = new (loadIoredis().Redis)(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      connectionName: `${prefix}limits`,
      // Spends issued in the same turn of the event loop go to Redis in one write (and come back in one read).
      enableAutoPipelining: true,
    });
    redis.defineCommand('spendUse', { numberOfKeys: 1, lua: SPEND });
    redis.defineCommand('drainUses', { numberOfKeys: 1, lua: DRAIN });
    this.redis = redis as Redis & SpendCommand;
  }

  static async connect(
    url: string,
    prefix: string,
    log: { error(obj: object, msg: string): void },
  ): Promise<RedisCounter> {
    const counter = new RedisCounter(url, prefix);
    counter.redis.on('error', (err: Error) =>
      log.error({ err: { message: err.message } }, 'usage limits: Redis'),
    );
    await counter.redis.connect().catch(() => undefined);
    return counter;
  }

  private keyOf(id: string): string {
    return `${this.prefix}limit:${id}`;
  }

  async spend(
    id: string,
    version: string,
    now: number,
    nextAfterNow: number | null,
    refillAmount: number | null,
    start?: { remaining: number; nextRefillAt: number | null },
  ): Promise<Counted> {
    const [left, next] = await this.redis.spendUse(
      this.keyOf(id),
      version,
      String(now),
      nextAfterNow === null ? '' : String(nextAfterNow),
      refillAmount === null ? '' : String(refillAmount),
      start === undefined ? '' : String(start.remaining),
      start?.nextRefillAt == null ? '' : String(start.nextRefillAt),
    );
    return { left: Number(left), nextRefillAt: Number(next) < 0 ? null : Number(next) };
  }

  /** Takes every use left (a reroll moves them to the new key); undefined when Redis keeps no count of this version. */
  async drain(id: string, version: string): Promise<number | undefined> {
    const left = Number(await this.redis.drainUses(this.keyOf(id), version));
    return left === -2 ? undefined : left;
  }

  /** The counter as it stands, when it counts for this version of the limit. */
  async peek(
    id: string,
    version: string,
  ): Promise<{ remaining: number; nextRefillAt: number | null } | undefined> {
    const [v, r, n] = await this.redis.hmget(this.keyOf(id), 'v', 'r', 'n');
    if (v !== version || r === null) return undefined;
    return { remaining: Number(r), nextRefillAt: n === null || n === '' ? null : Number(n) };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
