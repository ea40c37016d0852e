// Buckets in this process (one instance, or instances that need not share budgets); synchronous on purpose.
import type { LRUCache } from 'lru-cache';
import { boundedCache } from '../../lib/bounded-cache.js';
import type { Clock } from '../../lib/clock.ts';
import type { Budget } from './budget.ts';
import type { RateLimiter } from './ratelimit.ts';
import { type Bucket, type Decision, decisionOf, fullBucket, takeToken } from './token-bucket.ts';

/** Principals tracked at once; the least recently seen bucket is dropped first (it has most likely refilled). */
const MAX_BUCKETS = 100_000;

export class MemoryLimiter implements RateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;

  constructor(
    private readonly clock: Clock,
    max = MAX_BUCKETS,
  ) {
    this.buckets = boundedCache(max);
  }

  /**
   * Keyed by the principal's id alone: user and app ids are UUIDs and never collide, and the id string
   * is the cached principal's own, so its hash is computed once rather than for a fresh `type:id` key.
   */
  take(_type: 'user' | 'app', id: string, budget: Budget): Decision {
    const now = this.clock.now();
    let bucket = this.buckets.get(id);
    if (bucket === undefined) {
      bucket = fullBucket(budget, now);
      this.buckets.set(id, bucket);
    }
    const allowed = takeToken(bucket, budget, now);
    return decisionOf(bucket.tokens, budget, allowed);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
