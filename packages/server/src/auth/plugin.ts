// The onRequest hook that authenticates every request, and the one mapping from a refusal to HTTP.
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { chargePrincipal, type RateLimits } from '../features/ratelimit/ratelimit.ts';
import { secretKindOf } from '../lib/crypto/secrets.ts';
import { ApiError, type ErrorCode } from '../lib/errors.ts';
import type { Authenticate } from './authenticate.ts';
import type { CookieSessions } from './cookie-session.ts';
import type { FailureThrottle, ThrottleState } from './failure-throttle.ts';
import { type Presented, present } from './present.ts';
import type { AuthFailureReason, AuthResult, Principal } from './principal.ts';
import { TOKEN_REFUSALS } from './token-refusals.ts';

/** What a route needs: nothing, any principal, a signed-in session, or an administrator. */
export type AuthRequirement = 'none' | 'any' | 'session' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRequirement;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

/** RFC 7235 challenges for every way a key may be presented. */
export const CHALLENGES = [
  'Basic realm="latchkey", charset="UTF-8"',
  'Bearer realm="latchkey"',
  'apikey realm="latchkey", header="apikey"',
];
/** RFC 6750 §3.1: a bearer credential was presented and refused. */
const BEARER_INVALID_TOKEN = 'Bearer realm="latchkey", error="invalid_token"';
export const INVALID_TOKEN_CHALLENGES = CHALLENGES.map((challenge) =>
  challenge.startsWith('Bearer ') ? BEARER_INVALID_TOKEN : challenge,
);

/** Reasons the caller may be told: they proved they hold a genuine secret. */
const DISCLOSED: Partial<Record<AuthFailureReason, { code: ErrorCode; message: string }>> = {
  expired: { code: 'credential_expired', message: 'This credential has expired. Create a new API key.' },
  revoked: {
    code: 'credential_revoked',
    message: 'This credential was revoked and can never be used again. Create a new API key.',
  },
  suspended: {
    code: 'user_suspended',
    message: 'The account this credential belongs to is suspended. Contact an administrator.',
  },
  session_ended: { code: 'session_ended', message: 'This session has ended. Sign in again.' },
};

/** `bearerToken`: the refused secret was a JWT, which can only come as a Bearer token. */
export function refusal(reason: AuthFailureReason, bearerToken = false): ApiError {
  if (reason === 'malformed') {
    return new ApiError(
      'malformed_credential',
      'The credential is not a well-formed Latchkey key: it may be truncated or have extra characters. Copy the whole key again.',
    );
  }
  const token = TOKEN_REFUSALS[reason];
  const disclosed = DISCLOSED[reason] ?? token;
  // A refused token was a Bearer JWT: RFC 6750's one challenge. A key may come in any of the forms.
  const challenges = token || bearerToken ? BEARER_INVALID_TOKEN : INVALID_TOKEN_CHALLENGES;
  return new ApiError(
    disclosed?.code ?? 'invalid_credentials',
    disclosed?.message ??
      'The credential was not accepted. Check that it was copied whole and has not been revoked or expired.',
    { 'www-authenticate': challenges },
  );
}

export interface AuthPluginOptions {
  authenticate: Authenticate;
  throttle: FailureThrottle;
  logAttempts: 'refusals' | 'debug';
  /** Charges every authenticated request to its principal's budget; undefined when limits are off. */
  rateLimits?: RateLimits;
  /** The console's cookie session: read when the headers carry no credential, after its CSRF checks. */
  cookie?: CookieSessions;
}

export function registerAuth(app: FastifyInstance, options: AuthPluginOptions): void {
  app.decorateRequest('principal', undefined);
  // The hook is attached to each route that asks for authentication, so a public route pays nothing.
  app.addHook('onRoute', (route) => {
    const requirement = route.config?.auth ?? 'none';
    if (requirement === 'none') return;
    // Callback style, not async: a cached credential is settled synchronously and the request goes
    // on to its handler without a promise or a microtask; only a cache miss waits.
    const hook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
      const outcome = authenticateRequest(request, options);
      if (outcome instanceof Promise) {
        outcome.then(
          (principal) => settle(request, reply, principal, requirement, options.rateLimits, done),
          (error: unknown) => done(error as Error),
        );
        return;
      }
      settle(request, reply, outcome, requirement, options.rateLimits, done);
    };
    route.onRequest = [...toArray(route.onRequest), hook];
  });
}

/** Charges the principal's budget (every authenticated request, whatever its answer), then checks the requirement. */
function settle(
  request: FastifyRequest,
  reply: FastifyReply,
  principal: Principal,
  requirement: AuthRequirement,
  rateLimits: RateLimits | undefined,
  done: HookHandlerDoneFunction,
): void {
  request.principal = principal;
  try {
    // The memory limiter answers synchronously; only Redis makes this a promise.
    const charged = rateLimits ? chargePrincipal(rateLimits, principal, reply) : undefined;
    if (charged) {
      charged.then(
        () => finish(principal, requirement, done),
        (error: unknown) => done(error as Error),
      );
      return;
    }
  } catch (error) {
    done(error as Error);
    return;
  }
  finish(principal, requirement, done);
}

function finish(principal: Principal, requirement: AuthRequirement, done: HookHandlerDoneFunction): void {
  try {
    checkRequirement(principal, requirement);
  } catch (error) {
    done(error as Error);
    return;
  }
  done();
}

const toArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** 429 for an address that failed too often; its valid cached credentials still pass. */
export function throttled(retryAfterSeconds: number): ApiError {
  return new ApiError(
    'rate_limited',
    `Too many failed authentication attempts from this address; try again in ${retryAfterSeconds} seconds.`,
    { 'retry-after': String(retryAfterSeconds) },
  );
}

const CACHE_ONLY = Object.freeze({ cacheOnly: true });

/** Throws the refusal; a cached credential is answered without a promise. */
function authenticateRequest(
  request: FastifyRequest,
  options: AuthPluginOptions,
): Principal | Promise<Principal> {
  const throttle = options.throttle.state(request.ip);
  const presentation = options.cookie ? options.cookie.present(request) : present(request.headers);
  if (!presentation.ok) {
    const code = presentation.status === 400 ? 'ambiguous_credentials' : 'invalid_credentials';
    return refuse(
      request,
      options,
      throttle,
      new ApiError(code, presentation.message, { 'www-authenticate': CHALLENGES }),
      {
        reason: 'unreadable',
      },
    );
  }
  if (!presentation.presented) {
    throw new ApiError('authentication_required', 'This endpoint requires a credential.', {
      'www-authenticate': CHALLENGES,
    });
  }
  const presented = presentation.presented;
  const result = options.authenticate(presented, throttle.blocked ? CACHE_ONLY : undefined);
  return result instanceof Promise
    ? result.then((settled) => accept(request, options, throttle, presented, settled))
    : accept(request, options, throttle, presented, result);
}

function accept(
  request: FastifyRequest,
  options: AuthPluginOptions,
  throttle: ThrottleState,
  presented: Presented,
  result: AuthResult,
): Principal {
  const { form, secret } = presented;
  if (!result.ok)
    return refuse(request, options, throttle, refusal(result.reason, secretKindOf(secret) === undefined), {
      reason: result.reason,
      start: result.start,
      form,
    });
  if (options.logAttempts === 'debug') {
    const { credential, id } = result.principal;
    request.log.info(
      {
        auth: {
          outcome: 'accepted',
          kind: credential.kind,
          start: credential.start,
          principal: id,
          form,
          address: request.ip,
        },
      },
      'authentication accepted',
    );
  }
  return result.principal;
}

/** Logs the refusal with its reason (never the secret), counts it against the address, and throws. */
function refuse(
  request: FastifyRequest,
  options: AuthPluginOptions,
  /** The address's state when the request arrived. */
  throttle: ThrottleState,
  error: ApiError,
  details: { reason: string; start?: string; form?: string },
): never {
  request.log.info(
    { auth: { outcome: 'refused', ...details, address: request.ip } },
    'authentication refused',
  );
  if (throttle.blocked) throw throttled(throttle.retryAfterSeconds);
  options.throttle.recordFailure(request.ip);
  throw error;
}

function checkRequirement(principal: Principal, requirement: AuthRequirement): void {
  if (requirement === 'session' && principal.credential.kind !== 'session') {
    throw new ApiError('forbidden', 'This endpoint requires a signed-in session, not an API key.');
  }
  if (requirement === 'admin' && !principal.isAdmin) {
    throw new ApiError('forbidden', 'This endpoint requires an administrator.');
  }
}

/** The caller of a route declared with auth other than 'none'. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = request.principal;
  if (!principal)
    throw new ApiError('authentication_required', 'This endpoint requires a credential.', {
      'www-authenticate': CHALLENGES,
    });
  return principal;
}
