// What the pipeline asks of usage limits: spend one use of the credential's limit, after every check passed.
import type { Principal } from './principal.ts';

/** One use spent (`remaining` left after it), or refused: the limit is spent until `retryAfterSeconds`, if ever. */
export type Spent = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number | undefined };

/** Contributed by the limits feature. */
export interface UsageLimiter {
  /**
   * Spends one use of the principal's limit. Undefined, synchronously, when its credential has no limit
   * (the common case costs one map lookup); a promise when the counter (database or Redis) is asked.
   */
  spend(principal: Principal): Spent | Promise<Spent | undefined> | undefined;
}

/** The answer's header: the uses left after this request, on every answer to a limited credential. */
export const REMAINING_HEADER = 'x-latchkey-remaining';
