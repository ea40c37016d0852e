// Token-bucket arithmetic, pure: the memory limiter runs it in process, the Redis script mirrors it in Lua.
import type { Budget } from './budget.ts';

export interface Bucket {
  /** Tokens left (fractional while refilling). */
  tokens: number;
  /** When `tokens` was last brought up to date, epoch ms. */
  at: number;
}

/** What one request got, and what the RateLimit-* headers say about the bucket afterwards. */
export interface Decision {
  allowed: boolean;
  /** RateLimit-Limit: the bucket's capacity. */
  limit: number;
  /** RateLimit-Remaining: whole tokens left. */
  remaining: number;
  /** RateLimit-Reset: seconds until the bucket is full again (0 when full). */
  resetSeconds: number;
  /** Retry-After on a refusal: seconds until one token is back (at least 1); 0 when allowed. */
  retryAfterSeconds: number;
}

export const fullBucket = (budget: Budget, now: number): Bucket => ({ tokens: budget.burst, at: now });

/** Refills `bucket` up to `now` (capped at the burst) and takes one token if there is one; mutates it. */
export function takeToken(bucket: Bucket, budget: Budget, now: number): boolean {
  const elapsed = now - bucket.at;
  if (elapsed > 0) {
    bucket.tokens = Math.min(budget.burst, bucket.tokens + (elapsed * budget.perSecond) / 1000);
    bucket.at = now;
  } else if (bucket.tokens > budget.burst) {
    bucket.tokens = budget.burst; // the override was lowered since the last request
  }
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** The decision for a bucket holding `tokens` after the request was `allowed` (or not). */
export function decisionOf(tokens: number, budget: Budget, allowed: boolean): Decision {
  const missing = budget.burst - tokens;
  return {
    allowed,
    limit: budget.burst,
    remaining: Math.max(0, Math.floor(tokens)),
    resetSeconds: missing > 0 ? Math.ceil(missing / budget.perSecond) : 0,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / budget.perSecond)),
  };
}
