// Who made a change and from where: what the audit log records beside every change.
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../lib/errors.ts';
import type { Principal } from './principal.ts';
import { challengesFor } from './refusals.ts';

/** Where a request came from. Null fields: the change was not made over HTTP (start-up, the CLI). */
export interface Origin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** The caller of a route declared with auth other than 'none'. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = request.principal;
  if (!principal)
    throw new ApiError('authentication_required', 'This endpoint requires a credential.', {
      'www-authenticate': challengesFor(undefined),
    });
  return principal;
}

/**
 * The principal behind a change and the request that carried it. `principal` is null for an
 * unauthenticated caller (a failed sign-in) and for the server itself (`SYSTEM`).
 */
export interface Actor {
  principal: Principal | null;
  origin: Origin;
}

/** An authenticated caller: what a service method that changes state on someone's behalf takes. */
export interface Caller extends Actor {
  principal: Principal;
}

const NO_ORIGIN: Origin = Object.freeze({ ip: null, userAgent: null, requestId: null });

/** The server acting on its own: the first administrator at start-up, a change made from the CLI. */
export const SYSTEM: Actor = Object.freeze({ principal: null, origin: NO_ORIGIN });

const MAX_USER_AGENT = 256;

export function originOf(request: FastifyRequest): Origin {
  const agent = request.headers['user-agent'];
  return {
    ip: request.ip,
    userAgent: agent === undefined ? null : agent.slice(0, MAX_USER_AGENT),
    requestId: request.id,
  };
}

/** The caller of a public route (sign-in): nobody yet, from this request. */
export function anonymousOf(request: FastifyRequest): Actor {
  return { principal: null, origin: originOf(request) };
}

/** The caller of a route declared with auth other than 'none'. */
export function callerOf(request: FastifyRequest): Caller {
  return { principal: principalOf(request), origin: originOf(request) };
}

/** The same origin with another principal: a sign-in is recorded as made by the user who signed in. */
export const actingAs = (actor: Actor, principal: Principal): Actor => ({ principal, origin: actor.origin });
