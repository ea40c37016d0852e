// Chooses the limiter from the configuration: none (limits off), Redis when a URL is set, memory otherwise.
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../lib/clock.ts';
import type { Budget } from './budget.ts';
import { MemoryLimiter } from './memory-limiter.ts';
import { type RateLimitHeaders, RateLimits } from './ratelimit.ts';
import { RedisLimiter } from './redis-limiter.ts';

/** The settings that choose the limiter and the default budget. */
export interface RateLimitSettings {
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  rateLimitHeaders: RateLimitHeaders;
  redisUrl: string | undefined;
  redisPrefix: string;
}

/** Every principal's budget unless an administrator set another; undefined when limits are off. */
export const defaultBudget = (config: RateLimitSettings): Budget | undefined =>
  config.rateLimitPerSecond === 0
    ? undefined
    : { perSecond: config.rateLimitPerSecond, burst: config.rateLimitBurst };

export async function buildRateLimits(
  config: RateLimitSettings,
  clock: Clock,
  log: FastifyBaseLogger,
): Promise<RateLimits | undefined> {
  const defaults = defaultBudget(config);
  if (!defaults) return undefined;
  const limiter = config.redisUrl
    ? await RedisLimiter.connect(config.redisUrl, config.redisPrefix, log)
    : new MemoryLimiter(clock);
  return new RateLimits(limiter, defaults, config.rateLimitHeaders);
}
