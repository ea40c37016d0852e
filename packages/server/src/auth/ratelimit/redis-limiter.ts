// Buckets in Redis, so every instance shares one budget per principal: one Lua script refills and takes atomically.
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { onDemand } from '../../lib/on-demand.ts';
import type { Budget } from './budget.ts';
import type { RateLimiter } from './ratelimit.ts';
import { type Decision, decisionOf } from './token-bucket.ts';

const loadIoredis = onDemand<typeof import('ioredis')>('ioredis');

/**
 * `take_token(key, rate, burst)`: tokens a second and the burst. Time is Redis's own (TIME), so instances with
 * skewed clocks still agree. The key expires when the bucket would be full again: a missing key is a full
 * bucket. Returns 1 if allowed else 0, and the tokens left as a string (a Lua number would be truncated).
 * A function, so that another script can take a token and do more in the same call (usage limits).
 */
export const TAKE_TOKEN_FUNCTION = `
local function take_token(key, rate, burst)
  local time = redis.call('TIME')
  local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
  local state = redis.call('HMGET', key, 't', 'a')
  local tokens = tonumber(state[1])
  local at = tonumber(state[2])
  if tokens == nil or at == nil then
    tokens = burst
    at = now
  end
  if now > at then
    tokens = math.min(burst, tokens + (now - at) * rate / 1000)
    at = now
  end
  if tokens > burst then tokens = burst end
  local allowed = 0
  if tokens >= 1 then
    tokens = tokens - 1
    allowed = 1
  end
  redis.call('HSET', key, 't', tostring(tokens), 'a', tostring(at))
  redis.call('PEXPIRE', key, math.max(1, math.ceil((burst - tokens) * 1000 / rate)))
  return allowed, tostring(tokens)
end
`;

/** KEYS[1] the bucket; ARGV[1] tokens a second, ARGV[2] the burst. Returns {allowed, tokens left}. */
const TAKE_TOKEN = `${TAKE_TOKEN_FUNCTION}
local allowed, tokens = take_token(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
return {allowed, tokens}
`;

/** The Redis key of a principal's bucket. */
export const bucketKey = (prefix: string, type: 'user' | 'app', id: string): string =>
  `${prefix}${type}:${id}`;

/** A Redis that does not answer within this is treated as down for that request. */
const COMMAND_TIMEOUT_MS = 500;
/** While Redis is down, one error line per this interval, not one per request. */
const LOG_INTERVAL_MS = 10_000;

interface TakeTokenCommand {
  takeToken(key: string, perSecond: number, burst: number): Promise<[number, string]>;
}

export class RedisLimiter implements RateLimiter {
  private readonly redis: Redis & TakeTokenCommand;
  private lastLogged = Number.NEGATIVE_INFINITY;

  private constructor(
    url: string,
    private readonly prefix: string,
    private readonly log: FastifyBaseLogger,
  ) {
    const redis = new (loadIoredis().Redis)(url, {
      lazyConnect: true,
      // Fail fast rather than queue: a request never waits for Redis to come back.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    redis.defineCommand('takeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
    redis.on('error', (err: Error) => this.failedOpen(err));
    this.redis = redis as Redis & TakeTokenCommand;
  }

  /** Connects (a Redis that is down at start is retried in the background; requests pass meanwhile). */
  static async connect(url: string, prefix: string, log: FastifyBaseLogger): Promise<RedisLimiter> {
    const limiter = new RedisLimiter(url, prefix, log);
    await limiter.redis.connect().catch((err: Error) => limiter.failedOpen(err));
    return limiter;
  }

  /** Fails open: when Redis cannot answer, the request is let through without RateLimit headers. */
  take(type: 'user' | 'app', id: string, budget: Budget): Promise<Decision | undefined> {
    return this.redis.takeToken(bucketKey(this.prefix, type, id), budget.perSecond, budget.burst).then(
      ([allowed, tokens]) => decisionOf(Number(tokens), budget, allowed === 1),
      (err: Error) => {
        this.failedOpen(err);
        return undefined;
      },
    );
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private failedOpen(err: Error): void {
    const now = Date.now();
    if (now - this.lastLogged < LOG_INTERVAL_MS) return;
    this.lastLogged = now;
    this.log.error(
      { err: { message: err.message } },
      'rate limiter: Redis unavailable; requests are not limited',
    );
  }
}
