// Chooses the limiter from the configuration: none (limits off), Redis when a URL is set, memory otherwise.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Budget } from './budget.ts';
import { MemoryLimiter } from './memory-limiter.ts';
import { RateLimits } from './ratelimit.ts';
import { RedisLimiter } from './redis-limiter.ts';

/** Every principal's budget unless an administrator set another; undefined when limits are off. */
export const defaultBudget = (config: Config): Budget | undefined =>
  config.rateLimitPerSecond === 0
    ? undefined
    : { perSecond: config.rateLimitPerSecond, burst: config.rateLimitBurst };

export async function buildRateLimits(
  config: Config,
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
