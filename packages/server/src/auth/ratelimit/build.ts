// Chooses the limiter from the configuration: none (limits off), Redis when a URL is set, memory otherwise.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Clock } from '../../lib/clock.ts';
import { MemoryLimiter } from './memory-limiter.ts';
import { RateLimits } from './ratelimit.ts';
import { RedisLimiter } from './redis-limiter.ts';

export async function buildRateLimits(
  config: Config,
  clock: Clock,
  log: FastifyBaseLogger,
): Promise<RateLimits | undefined> {
  if (config.rateLimitPerSecond === 0) return undefined;
  const defaults = { perSecond: config.rateLimitPerSecond, burst: config.rateLimitBurst };
  const limiter = config.redisUrl
    ? await RedisLimiter.connect(config.redisUrl, config.redisPrefix, log)
    : new MemoryLimiter(clock);
  return new RateLimits(limiter, defaults);
}
