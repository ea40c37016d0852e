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

export class RateLimits {
  constructor(
    private readonly limiter: RateLimiter,
    /** For every principal without an administrator's override. */
    readonly defaults: Budget,
  ) {}

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

/** The IETF RateLimit-* headers (draft-ietf-httpapi-ratelimit-headers), set on success and error alike. */
export function setRateLimitHeaders(reply: FastifyReply, decision: Decision): void {
  reply.header('ratelimit-limit', String(decision.limit));
  reply.header('ratelimit-remaining', String(decision.remaining));
  reply.header('ratelimit-reset', String(decision.resetSeconds));
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
    return charged.then((decision) => apply(principal, budget, reply, decision));
  apply(principal, budget, reply, charged);
  return undefined;
}

function apply(principal: Principal, budget: Budget, reply: FastifyReply, decision: Decision | undefined) {
  if (decision === undefined) return; // the limiter could not answer: fail open
  setRateLimitHeaders(reply, decision);
  if (!decision.allowed) throw rateLimited(principal, budget, decision);
}
