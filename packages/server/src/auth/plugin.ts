// The pipeline on every route: present -> authenticate -> throttle -> charge -> require, as each route declares.
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
  RouteOptions,
} from 'fastify';
import { EXPIRATION_HEADER, expirationHeader } from '../http/expiration-header.ts';
import type { Clock } from '../lib/clock.ts';
import { looksLikeJwt } from '../lib/crypto/jwt.ts';
import { secretKindOf } from '../lib/crypto/secrets.ts';
import { ApiError, notFound } from '../lib/errors.ts';
import { isForm } from '../lib/form.ts';
import { type Actor, anonymousOf } from './actor.ts';
import { addressLimiter, chargeAddresses } from './address-budget.ts';
import type { Attempting, Authenticate } from './authenticate.ts';
import type { CookieSessions } from './cookie-session.ts';
import { type ChargeWithSpend, REMAINING_HEADER, type Spent, type UsageLimiter } from './limits.ts';
import { type Presented, type PresentResult, present, presentClient, presentPassword } from './present.ts';
import type { AuthResult, Principal } from './principal.ts';
import { applyDecision, chargePrincipal, type RateLimits } from './ratelimit/ratelimit.ts';
import { refuse, throttled } from './refusals.ts';
import {
  type AuthSpec,
  checkFactor,
  checkRequirement,
  foreignAudience,
  projectRef,
  type Requirement,
  requirementOf,
} from './requirement.ts';
import { securityOf } from './security.ts';
import type { UsageRecorder } from './usage.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: who may call it and what it does (auth/requirement.ts). */
    auth: AuthSpec;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
  }
  interface FastifyInstance {
    /** Every route with its requirement, as registered: what the route matrix test walks. */
    declaredRoutes: DeclaredRoute[];
  }
}

/** An authenticated credential: its principal, and when it expires. */
type Accepted = Extract<AuthResult, { ok: true }>;

export interface DeclaredRoute {
  method: string;
  url: string;
  requirement: Requirement;
}

/** The project a project-limited key may reach: its UUID for a slug or UUID, undefined when there is none. */
export type ProjectIdOf = (ref: string) => string | undefined | Promise<string | undefined>;

/** Whether the principal holds the permissions at the project its route names (undefined: tenant-wide). */
export type Permitted = (
  principal: Principal,
  permissions: string[],
  projectRef: string | undefined,
) => Promise<Error | undefined>;

export interface AuthPluginOptions {
  authenticate: Authenticate;
  logAttempts: 'refusals' | 'debug';
  /** Charges every authenticated request to its principal's budget; undefined when limits are off. */
  rateLimits?: RateLimits;
  /** Contributed by the access feature, for the routes that declare a project. */
  projectIdOf: ProjectIdOf;
  /** Contributed by the permissions feature, for the routes that declare permissions: the refusal, or undefined. */
  permitted?: Permitted;
  /** URL prefixes of routes a third-party plugin registers, all public (the API documentation). */
  publicPrefixes: string[];
  /** The console's cookie session: read when the headers carry no credential, after its CSRF checks. */
  cookie?: CookieSessions;
  /** Told every authentication's credential kind and outcome (`accepted` or the reason): the metrics. */
  observe?: (kind: string, outcome: string) => void;
  /** The clock the per-address budgets refill by, and step-up is timed by. */
  clock: Clock;
  /** Counts each decision on a credential (the usage history); undefined when the history is off. */
  usage?: UsageRecorder;
  /** Spends one use of a limited credential once every check passed (features/limits). */
  limits?: UsageLimiter;
  /** How long a session's proved second factor counts for step-up, in milliseconds (the site's setting). */
  stepUpMs?: () => number;
}

export function registerAuth(app: FastifyInstance, options: AuthPluginOptions): void {
  app.decorateRequest('principal', undefined);
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  const addresses = addressLimiter(options.clock);
  app.addHook('onRoute', (route) => {
    if (options.publicPrefixes.some((prefix) => route.url.startsWith(prefix)) && !route.config?.auth) return;
    const requirement = requirementOf(route);
    for (const method of [route.method].flat()) declared.push({ method, url: route.url, requirement });
    if (route.schema && !route.schema.hide)
      route.schema = { ...route.schema, security: securityOf(requirement) };
    if (requirement.perAddress) chargeAddresses(route, requirement.perAddress, addresses);
    if (requirement.who === 'none' && requirement.presents === undefined) return;
    attach(route, requirement, options);
  });
}

/**
 * Keys and tokens are read from the headers as the request arrives; a client's form-body credentials
 * and a sign-in's password need the parsed body, so those routes decide just before validation.
 */
function attach(route: RouteOptions, requirement: Requirement, options: AuthPluginOptions): void {
  const fromBody =
    requirement.presents === 'password' ||
    requirement.who === 'client' ||
    requirement.who === 'client_or_admin';
  // Callback style, not async: a cached credential is settled synchronously and the request goes
  // on to its handler without a promise or a microtask; only a cache miss waits.
  const hook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    let outcome: Accepted | Promise<Accepted> | undefined;
    try {
      outcome = authenticateRequest(request, requirement, options);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (outcome === undefined) {
      done();
      return;
    }
    if (outcome instanceof Promise) {
      outcome.then(
        (accepted) => settle(request, reply, accepted, requirement, options, done),
        (error: unknown) => done(error as Error),
      );
      return;
    }
    settle(request, reply, outcome, requirement, options, done);
  };
  if (fromBody) route.preValidation = [...toArray(route.preValidation), hook];
  else route.onRequest = [...toArray(route.onRequest), hook];
}

/** Requests whose rate-limit charge waits for the end of the pipeline, to go with the use they spend. */
const deferredCharges = new WeakMap<FastifyRequest, ChargeWithSpend>();

/** Charges the principal's budget (every authenticated request, whatever its answer), then checks the requirement. */
function settle(
  request: FastifyRequest,
  reply: FastifyReply,
  accepted: Accepted,
  requirement: Requirement,
  options: AuthPluginOptions,
  done: HookHandlerDoneFunction,
): void {
  const principal = accepted.principal;
  request.principal = principal;
  // Latchkey-Credential-Expiration: one cached string per expiry time, so no formatting per request.
  if (accepted.expiresAt !== null) reply.header(EXPIRATION_HEADER, expirationHeader(accepted.expiresAt));
  try {
    // The memory limiter answers synchronously; only Redis makes this a promise. A sign-in is not
    // charged: it is no request of the user's yet, and failed ones are the throttle's.
    const rateLimits = principal.credential.kind !== 'password' ? options.rateLimits : undefined;
    // A limited credential whose limit Redis counts beside the buckets is charged at the end, with its spend.
    const deferred =
      rateLimits && !requirement.recordsOutcome
        ? options.limits?.chargeWithSpend?.(principal, rateLimits.budgetFor(principal.rateLimit))
        : undefined;
    if (deferred) deferredCharges.set(request, deferred);
    const charged = rateLimits && !deferred ? chargePrincipal(rateLimits, principal, reply) : undefined;
    if (charged) {
      charged.then(
        () => finish(request, reply, principal, requirement, options, done),
        (error: unknown) => conclude(request, reply, principal, requirement, options, done, error as Error),
      );
      return;
    }
  } catch (error) {
    conclude(request, reply, principal, requirement, options, done, error as Error);
    return;
  }
  finish(request, reply, principal, requirement, options, done);
}

/**
 * The pipeline's decision on an authenticated request, counted in the usage history: accepted, or the
 * refusal's code. A route whose handler finishes the decision (verify) counts its own outcome.
 */
function conclude(
  request: FastifyRequest,
  reply: FastifyReply,
  principal: Principal,
  requirement: Requirement,
  options: AuthPluginOptions,
  done: HookHandlerDoneFunction,
  error?: Error,
): void {
  const deferred = deferredCharges.get(request);
  if (deferred !== undefined) {
    deferredCharges.delete(request);
    deferred(error === undefined).then(
      ({ decision, spent }) => {
        let refusal = error;
        try {
          if (decision !== undefined && options.rateLimits)
            applyDecision(options.rateLimits, principal, reply, decision);
        } catch (limited) {
          refusal = limited as Error;
        }
        if (refusal === undefined) refusal = refusalOfSpent(reply, spent);
        record(request, principal, requirement, options, done, refusal);
      },
      (failed: unknown) => record(request, principal, requirement, options, done, failed as Error),
    );
    return;
  }
  // Accepted: a limited credential spends one use now, after every check, so a refusal spends nothing.
  if (error === undefined && options.limits !== undefined && !requirement.recordsOutcome) {
    let spent: ReturnType<UsageLimiter['spend']>;
    try {
      spent = options.limits.spend(principal);
    } catch (failed) {
      done(failed as Error);
      return;
    }
    if (spent !== undefined) {
      const decide = (settled: Spent | undefined) =>
        record(request, principal, requirement, options, done, refusalOfSpent(reply, settled));
      if (spent instanceof Promise) spent.then(decide, (failed: unknown) => done(failed as Error));
      else decide(spent);
      return;
    }
  }
  record(request, principal, requirement, options, done, error);
}

/**
 * Sets `X-Latchkey-Remaining` for a spent use; a limit with nothing left is refused with 429
 * `usage_exhausted`, and `Retry-After` when it refills.
 */
export function refusalOfSpent(reply: FastifyReply, spent: Spent | undefined): ApiError | undefined {
  if (spent === undefined) return undefined;
  if (spent.ok) {
    reply.header(REMAINING_HEADER, String(spent.remaining));
    return undefined;
  }
  const retry = spent.retryAfterSeconds;
  return new ApiError(
    'usage_exhausted',
    retry === undefined
      ? 'This credential’s usage limit is spent and does not refill; ask its owner or an administrator for more.'
      : `This credential’s usage limit is spent until its next refill, in ${retry} seconds.`,
    retry === undefined
      ? { [REMAINING_HEADER]: '0' }
      : { [REMAINING_HEADER]: '0', 'retry-after': String(retry) },
  );
}

function record(
  request: FastifyRequest,
  principal: Principal,
  requirement: Requirement,
  options: AuthPluginOptions,
  done: HookHandlerDoneFunction,
  error?: Error,
): void {
  const usage = options.usage;
  if (usage !== undefined && (error !== undefined || !requirement.recordsOutcome))
    usage.decided(principal, error === undefined ? 'accepted' : outcomeOf(error), request.ip);
  if (error === undefined) done();
  else done(error);
}

/** A refusal's code as the usage history counts it; an unexpected error is no decision on the credential. */
export const outcomeOf = (error: unknown): string => (error instanceof ApiError ? error.code : 'error');

/**
 * A credential limited to some addresses (a key's `scopes.allowed_ips`, an app's `allowed_ips`) is refused
 * from any other: the client address as LATCHKEY_TRUST_PROXY resolves it (at verify, the original client's).
 */
function checkAddress(principal: Principal, address: string): void {
  const lists = principal.allowedAddresses;
  if (lists === undefined) return;
  for (const list of lists)
    if (!list.allows(address))
      throw new ApiError(
        'address_not_allowed',
        `This credential may not be used from ${address}: its allowed addresses do not include it.`,
      );
}

function finish(
  request: FastifyRequest,
  reply: FastifyReply,
  principal: Principal,
  requirement: Requirement,
  options: AuthPluginOptions,
  done: HookHandlerDoneFunction,
): void {
  try {
    checkAddress(principal, request.ip);
    checkRequirement(principal, requirement, request);
  } catch (error) {
    conclude(request, reply, principal, requirement, options, done, error as Error);
    return;
  }
  if (principal.factor && options.stepUpMs) {
    const refusal = checkFactor(principal, requirement, options.clock.now(), options.stepUpMs());
    if (refusal) {
      done(refusal);
      return;
    }
  }
  if (requirement.permissions.length > 0) {
    if (!options.permitted) {
      done(new Error('a route declares permissions, but no permission check is configured'));
      return;
    }
    options.permitted(principal, requirement.permissions, projectRef(request, requirement)).then(
      (refusal) =>
        refusal
          ? conclude(request, reply, principal, requirement, options, done, refusal)
          : projectLimit(request, reply, principal, requirement, options, done),
      (error: unknown) => done(error as Error),
    );
    return;
  }
  projectLimit(request, reply, principal, requirement, options, done);
}

/** A project-limited key and a route about one project: outside the key's projects it does not exist. */
function projectLimit(
  request: FastifyRequest,
  reply: FastifyReply,
  principal: Principal,
  requirement: Requirement,
  options: AuthPluginOptions,
  done: HookHandlerDoneFunction,
): void {
  const limited = principal.restrictions?.projects;
  const ref = limited ? projectRef(request, requirement) : undefined;
  if (!limited || ref === undefined) {
    conclude(request, reply, principal, requirement, options, done);
    return;
  }
  const outside = (id: string | undefined) =>
    id !== undefined && !limited.includes(id) ? notFound('Project') : undefined;
  const id = options.projectIdOf(ref);
  if (id instanceof Promise)
    id.then(
      (found) => conclude(request, reply, principal, requirement, options, done, outside(found)),
      (error: unknown) => done(error as Error),
    );
  else conclude(request, reply, principal, requirement, options, done, outside(id));
}

const toArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function presentationOf(
  request: FastifyRequest,
  requirement: Requirement,
  options: AuthPluginOptions,
): PresentResult {
  if (requirement.presents === 'password') return presentPassword(request.body);
  if (requirement.who === 'client' || requirement.who === 'client_or_admin') {
    const form = isForm(request.body) ? request.body : {};
    return presentClient(request.headers, form, requirement.who === 'client_or_admin');
  }
  return options.cookie ? options.cookie.present(request) : present(request.headers);
}

/** Throws the refusal; a cached credential is answered without a promise; undefined: nothing presented where that is allowed. */
function authenticateRequest(
  request: FastifyRequest,
  requirement: Requirement,
  options: AuthPluginOptions,
): Accepted | Promise<Accepted> | undefined {
  const presentation = presentationOf(request, requirement, options);
  if (!presentation.ok) {
    options.observe?.('unreadable', presentation.reason);
    logRefusal(request, presentation.reason, presentation.form);
    throw refuse(presentation.reason, { form: presentation.form, detail: presentation.message });
  }
  const presented = presentation.presented;
  if (!presented) {
    if (requirement.who === 'none' || requirement.optional || presentation.publicClient) return undefined;
    const form = requirement.who === 'client' ? 'client_secret_basic' : undefined;
    options.observe?.('none', 'missing');
    throw refuse('missing', { form });
  }
  const result = options.authenticate(presented, new RequestAttempt(request));
  return result instanceof Promise
    ? result.then((settled) =>
        forAudience(request, accept(request, options, presented, settled), requirement, options),
      )
    : forAudience(request, accept(request, options, presented, result), requirement, options);
}

/**
 * A token issued for other resource servers (RFC 8707) is no credential for Latchkey's own API: refused as
 * the credential is, before it is charged or checked further. Verify judges it against its `audience=`.
 */
function forAudience(
  request: FastifyRequest,
  accepted: Accepted,
  requirement: Requirement,
  options: AuthPluginOptions,
): Accepted {
  const audience = accepted.principal.audience;
  if (audience === undefined) return accepted;
  const expected = requirement.audienceOf?.(request);
  if (expected === undefined ? audience.includesLatchkey : audience.names.includes(expected)) return accepted;
  options.observe?.(accepted.principal.credential.kind, 'wrong_audience');
  throw foreignAudience(audience.names, expected);
}

/**
 * Who is asking, read from the request only when asked: the actor is built for a refused sign-in or
 * client alone. A class rather than an object literal with an arrow: no closure is made per request.
 */
class RequestAttempt implements Attempting {
  constructor(private readonly request: FastifyRequest) {}
  get ip(): string {
    return this.request.ip;
  }
  actor(): Actor {
    return anonymousOf(this.request);
  }
}

function accept(
  request: FastifyRequest,
  options: AuthPluginOptions,
  presented: Presented,
  result: AuthResult,
): Accepted {
  const { form } = presented;
  if (!result.ok) {
    options.observe?.(result.kind ?? refusedKind(presented), result.reason);
    logRefusal(request, result.reason, form, result.start);
    if (result.reason === 'throttled')
      throw throttled(result.retryAfterSeconds ?? 1, form, result.throttledAccount ? 'account' : 'address');
    throw refuse(result.reason, { form, secret: presented.secret, kind: result.kind, detail: result.detail });
  }
  options.observe?.(result.principal.credential.kind, 'accepted');
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
  return result;
}

const KIND_OF_PREFIX = { user: 'user_key', session: 'session_key', appSecret: 'client_secret' } as const;

/** What a refused credential was, as far as its shape tells (a JWT names its kind only once verified). */
function refusedKind(presented: Presented): string {
  if (presented.form === 'password') return 'password';
  if (presented.form === 'client_secret_basic' || presented.form === 'client_secret_post')
    return 'client_secret';
  if (presented.form === 'client_assertion') return 'client_assertion';
  const prefix = secretKindOf(presented.secret);
  return prefix ? KIND_OF_PREFIX[prefix] : looksLikeJwt(presented.secret) ? 'jwt' : 'unknown';
}

/** Every refusal is logged with its reason and the credential's display start, never the secret. */
function logRefusal(request: FastifyRequest, reason: string, form?: string, start?: string): void {
  request.log.info(
    { auth: { outcome: 'refused', reason, start, form, address: request.ip } },
    'authentication refused',
  );
}
