// A public route's budget per client address (declared `perAddress`), charged by the pipeline before its handler.
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction, RouteOptions } from 'fastify';
import type { Clock } from '../lib/clock.ts';
import { ApiError } from '../lib/errors.ts';
import type { Budget } from './ratelimit/budget.ts';
import { MemoryLimiter } from './ratelimit/memory-limiter.ts';

/** Adds the charge to the route; every route declaring a budget draws from one bucket per address and route. */
export function chargeAddresses(route: RouteOptions, budget: Budget, limiter: MemoryLimiter): void {
  const bucket = `${route.method}:${route.url}`;
  const hook = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const decision = limiter.take('user', `${bucket}|${request.ip}`, budget);
    if (decision.allowed) return done();
    done(
      new ApiError(
        'rate_limited',
        `Too many requests from this address; retry in ${decision.retryAfterSeconds} seconds.`,
        { 'retry-after': String(decision.retryAfterSeconds) },
      ),
    );
  };
  const existing = route.onRequest;
  route.onRequest = existing === undefined ? [hook] : [...[existing].flat(), hook];
}

/** The in-process buckets the per-address budgets draw from. */
export const addressLimiter = (clock: Clock): MemoryLimiter => new MemoryLimiter(clock);
