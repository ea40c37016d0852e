// What the pipeline asks of usage limits: spend one use of the credential's limit, after every check passed.
import type { Principal } from './principal.ts';
import type { Budget } from './ratelimit/budget.ts';
import type { Decision } from './ratelimit/token-bucket.ts';

/** One use spent (`remaining` left after it), or refused: the limit is spent until `retryAfterSeconds`, if ever. */
export type Spent = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number | undefined };

/** Contributed by the limits feature. */
export interface UsageLimiter {
  /**
   * Spends one use of the principal's limit. Undefined, synchronously, when its credential has no limit
   * (the common case costs one map lookup); a promise when the counter (database or Redis) is asked.
   */
  spend(principal: Principal): Spent | Promise<Spent | undefined> | undefined;
  /**
   * When the rate limit's buckets and this principal's limit are counted in the same Redis: the charge and
   * the spend as one call, made at the end of the pipeline instead of a charge first and a spend after, so a
   * limited credential costs the one round trip an unlimited one does. Undefined: the usual two steps.
   */
  chargeWithSpend?(principal: Principal, budget: Budget): ChargeWithSpend | undefined;
}

/**
 * Takes the rate limit's token, and a use when the pipeline `accepted` the request and the token was there.
 * `decision` is undefined when the rate limit could not be asked (it fails open, as it does alone).
 */
export type ChargeWithSpend = (accepted: boolean) => Promise<ChargedAndSpent>;

export interface ChargedAndSpent {
  decision: Decision | undefined;
  spent: Spent | undefined;
}

/** The answer's header: the uses left after this request, on every answer to a limited credential. */
export const REMAINING_HEADER = 'x-latchkey-remaining';
