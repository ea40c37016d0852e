// The exact counter in Redis: one Lua script per request refills when due and spends one, atomically.
import type { Redis } from 'ioredis';
import type { Budget } from '../../auth/ratelimit/budget.ts';
import { bucketKey, TAKE_TOKEN_FUNCTION } from '../../auth/ratelimit/redis-limiter.ts';
import { onDemand } from '../../lib/on-demand.ts';

const loadIoredis = onDemand<typeof import('ioredis')>('ioredis');

/**
 * `spend_use(key, version, now, next_after, amount, start_left, start_next)`: the counter, the limit's version,
 * now (ms), the next refill after now (or ''), the refill amount (or ''), and the count and next refill to start
 * from (or '' when unknown). A counter of another version (the limit was set again, or Redis lost it) asks
 * for its start: -2. Returns the uses left after this one (-1 when none was left) and the next refill or -1.
 */
const SPEND_FUNCTION = `
local function spend_use(key, version, now, next_after, amount, start_left, start_next)
  if redis.call('HGET', key, 'v') ~= version then
    if start_left == '' then return -2, -1 end
    redis.call('HSET', key, 'v', version, 'r', start_left, 'n', start_next)
  end
  local state = redis.call('HMGET', key, 'r', 'n')
  local left = tonumber(state[1])
  local next = tonumber(state[2])
  if next ~= nil and amount ~= '' and next <= tonumber(now) then
    left = tonumber(amount)
    next = tonumber(next_after)
    redis.call('HSET', key, 'n', next_after)
  end
  redis.call('PEXPIRE', key, 2592000000)
  if left <= 0 then
    redis.call('HSET', key, 'r', '0')
    return -1, next or -1
  end
  left = left - 1
  redis.call('HSET', key, 'r', string.format('%.0f', left))
  return left, next or -1
end
`;

/** KEYS[1] the counter; ARGV[1..6] as spend_use takes them. Answers {uses left, next refill}. */
const SPEND = `${SPEND_FUNCTION}
local left, next = spend_use(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])
return {left, next}
`;

/**
 * The rate limit's token and the use in one call, so a limited credential costs the round trip an unlimited
 * one does. KEYS[1] the principal's bucket, KEYS[2] the counter; ARGV[1] and [2] the bucket's rate and burst,
 * ARGV[3] '1' when the pipeline accepted the request (only then is a use spent, and only when a token was
 * taken), ARGV[4..7] as spend_use takes them (never a start: a counter that needs one answers -2, and the
 * use is spent by SPEND once the row is read). Answers {allowed, tokens left, uses left or -3 when none was
 * spent, next refill}.
 */
const TAKE_AND_SPEND = `${TAKE_TOKEN_FUNCTION}${SPEND_FUNCTION}
local allowed, tokens = take_token(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
if allowed == 0 or ARGV[3] ~= '1' then return {allowed, tokens, -3, -1} end
local left, next = spend_use(KEYS[2], ARGV[4], ARGV[5], ARGV[6], ARGV[7], '', '')
return {allowed, tokens, left, next}
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
  takeAndSpend(bucket: string, counter: string, ...args: string[]): Promise<[number, string, number, number]>;
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
    redis.defineCommand('takeAndSpend', { numberOfKeys: 2, lua: TAKE_AND_SPEND });
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

  /**
   * Takes the principal's rate-limit token and, when the request was accepted and the token taken, spends a
   * use: `spent` is undefined when none was spent, and `left` -2 when the counter needs its start.
   */
  async takeAndSpend(
    bucket: { type: 'user' | 'app'; id: string; budget: Budget },
    accepted: boolean,
    id: string,
    version: string,
    now: number,
    nextAfterNow: number | null,
    refillAmount: number | null,
  ): Promise<{ allowed: boolean; tokens: number; spent: Counted | undefined }> {
    const [allowed, tokens, left, next] = await this.redis.takeAndSpend(
      bucketKey(this.prefix, bucket.type, bucket.id),
      this.keyOf(id),
      String(bucket.budget.perSecond),
      String(bucket.budget.burst),
      accepted ? '1' : '0',
      version,
      String(now),
      nextAfterNow === null ? '' : String(nextAfterNow),
      refillAmount === null ? '' : String(refillAmount),
    );
    return {
      allowed: allowed === 1,
      tokens: Number(tokens),
      spent:
        Number(left) === -3
          ? undefined
          : { left: Number(left), nextRefillAt: Number(next) < 0 ? null : Number(next) },
    };
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
