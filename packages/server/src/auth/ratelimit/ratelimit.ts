// Per-principal rate limits: the limiter interface, the budget a principal gets, its headers and its 429.
import type { FastifyReply } from 'fastify';
import { ApiError } from '../../lib/errors.ts';
import type { Principal } from '../principal.ts';
import type { Budget } from './budget.ts';
import type { Decision } from './token-bucket.ts';

export interface RateLimiter {
  /**
   * Takes one token from the principal's bucket. The memory limiter answers synchronously (the auth hook's
   * cache-hit path stays free of promises); Redis answers later, and `undefined` when it could not answer.
   */
  take(type: 'user' | 'app', id: string, budget: Budget): Decision | Promise<Decision | undefined>;
  close(): Promise<void>;
}

export type Charge = Decision | undefined | Promise<Decision | undefined>;

/**
 * Which RateLimit headers answers carry (LATCHKEY_RATELIMIT_HEADERS): `legacy`, the RateLimit-Limit,
 * -Remaining and -Reset trio of draft-ietf-httpapi-ratelimit-headers-06 that most clients read today;
 * `draft`, RateLimit-Policy and RateLimit of draft-ietf-httpapi-ratelimit-headers-10; or `both`.
 */
export type RateLimitHeaders = 'legacy' | 'draft' | 'both';

/** The one quota policy every answer names: the principal's own bucket. */
const POLICY = '"principal"';

export class RateLimits {
  /** RateLimit-Policy per budget: constant for a budget, so made once (budgets live on cached principals). */
  private readonly policies = new WeakMap<Budget, string>();
  private readonly legacy: boolean;
  private readonly draft: boolean;

  constructor(
    private readonly limiter: RateLimiter,
    /** For every principal without an administrator's override. */
    readonly defaults: Budget,
    headers: RateLimitHeaders = 'both',
  ) {
    this.legacy = headers !== 'draft';
    this.draft = headers !== 'legacy';
  }

  /**
   * The headers of one charge. The draft's policy is the bucket as a quota over the time it takes to
   * refill from empty (`q` = burst, `w` = that many seconds); `r` is the whole tokens left and `t` the
   * seconds until the bucket is full again, as RateLimit-Remaining and RateLimit-Reset say them.
   */
  setHeaders(reply: FastifyReply, budget: Budget, decision: Decision): void {
    if (this.legacy) {
      reply.header('ratelimit-limit', String(decision.limit));
      reply.header('ratelimit-remaining', String(decision.remaining));
      reply.header('ratelimit-reset', String(decision.resetSeconds));
    }
    if (this.draft) {
      reply.header('ratelimit-policy', this.policyOf(budget));
      reply.header('ratelimit', `${POLICY};r=${decision.remaining};t=${decision.resetSeconds}`);
    }
  }

  private policyOf(budget: Budget): string {
    let policy = this.policies.get(budget);
    if (policy === undefined) {
      policy = `${POLICY};q=${budget.burst};w=${Math.max(1, Math.ceil(budget.burst / budget.perSecond))}`;
      this.policies.set(budget, policy);
    }
    return policy;
  }

  /** The budget of a principal with this override (or none). */
  budgetFor(override: Budget | undefined): Budget {
    return override ?? this.defaults;
  }

  /** Charges one request to a user's or app's own budget. */
  charge(type: 'user' | 'app', id: string, budget: Budget): Charge {
    return this.limiter.take(type, id, budget);
  }

  close(): Promise<void> {
    return this.limiter.close();
  }
}

/** The 429 for a principal whose bucket is empty, naming whose budget it is. */
export function rateLimited(principal: Principal, budget: Budget, decision: Decision): ApiError {
  const owner = `${principal.type} "${principal.slug}"`;
  const seconds = decision.retryAfterSeconds;
  return new ApiError(
    'rate_limited',
    `The rate limit of ${owner} (${budget.perSecond} requests a second, bursts of up to ${budget.burst}) is used up; retry in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    { 'retry-after': String(seconds) },
  );
}

/**
 * Charges an authenticated principal and sets the headers; throws the 429 when the bucket is empty.
 * Synchronous when the limiter is (memory), a promise otherwise (Redis).
 */
export function chargePrincipal(
  limits: RateLimits,
  principal: Principal,
  reply: FastifyReply,
): undefined | Promise<void> {
  const budget = limits.budgetFor(principal.rateLimit);
  const charged = limits.charge(principal.type, principal.id, budget);
  if (charged instanceof Promise)
    return charged.then((decision) => {
      if (decision !== undefined) applyDecision(limits, principal, reply, decision);
    });
  // undefined: the limiter could not answer, and fails open
  if (charged !== undefined) applyDecision(limits, principal, reply, charged);
  return undefined;
}

/** Sets the headers of a principal's charge (on success and error alike); throws the 429 when the bucket was empty. */
export function applyDecision(
  limits: RateLimits,
  principal: Principal,
  reply: FastifyReply,
  decision: Decision,
): void {
  const budget = limits.budgetFor(principal.rateLimit);
  limits.setHeaders(reply, budget, decision);
  if (!decision.allowed) throw rateLimited(principal, budget, decision);
}
