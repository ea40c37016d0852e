// What a route declares it needs (who may call, what it does, which project), and the check of a principal against it.
import type { FastifyRequest, RouteOptions } from 'fastify';
import { ApiError } from '../lib/errors.ts';
import { isClientAuthentication, type Principal } from './principal.ts';
import type { Budget } from './ratelimit/budget.ts';
import { NOUNS } from './refusals.ts';

/**
 * Who may call: nobody needs to authenticate (`none`), any principal, a signed-in session, an
 * administrator, an OAuth client authenticating with its secret, or either of the last two.
 */
export type Who = 'none' | 'any' | 'session' | 'admin' | 'client' | 'client_or_admin';

/** What the route does to the state behind it; a read-only credential may only `read`. */
export type Does = 'read' | 'write';

export interface AuthDeclaration {
  who: Who;
  /** By default from the method: GET, HEAD and OPTIONS read, everything else writes. */
  does?: Does;
  /**
   * What the request does, when the route stands for another request (verify: a gateway's forwarded
   * method or `?action=`): a read-only credential is held to this instead of `does`.
   */
  doesOf?: (request: FastifyRequest) => Does;
  /**
   * The path parameter naming the one project this route is about. A project-limited key reaches
   * such a route only for its own projects, and no route without it.
   */
  project?: string;
  /**
   * The route answers about many projects at once (the project list, the access check): a
   * project-limited key may call it, and the access feature applies the key's projects to the answer.
   */
  perProject?: true;
  /**
   * The path parameter naming a credential. A credential acting on itself (viewing or revoking itself,
   * Bencher's rule) is not held to its restrictions, except on a route that `createsCredential`: creating
   * or extending a credential is never "acting on itself".
   */
  itself?: string;
  /**
   * The route creates a credential or extends one (API keys and their rerolls, session keys, client
   * secrets, webhooks and their signing secrets, users, identity providers): only a signed-in session may
   * call it, never a key-shaped credential, a token or an id token, since a credential made with another
   * would outlive the other's revocation. The one exception: with `itself`, an unrestricted API key may
   * replace itself (a reroll).
   */
  createsCredential?: true;
  /** The route answers about the caller alone (whoami): every credential may ask, whatever its restrictions. */
  aboutCaller?: true;
  /**
   * A public route's budget per client address (self-revocation): the pipeline charges it before the
   * handler, as it charges a principal's budget on authenticated routes.
   */
  perAddress?: Budget;
  /** `password`: the route reads an email and password from its JSON body (sign-in) and the pipeline checks them. */
  presents?: 'password';
  /**
   * No credential at all is no refusal: the handler answers the anonymous caller itself (the console's
   * session check says "not signed in"). A credential that is presented is authenticated and checked as usual.
   */
  optional?: true;
  /**
   * Permissions from the platform's catalogue the caller must hold (all of them): at the route's project
   * when it declares one, tenant-wide otherwise. A refusal is 403 `permission_denied` naming the missing one.
   */
  permission?: string | string[];
  /**
   * The handler finishes the decision (verify: permissions and project access), so it counts the
   * request's outcome in the usage history itself; the pipeline counts only its own refusals.
   */
  recordsOutcome?: true;
  /**
   * A session must have proved its second factor recently (the site's `step_up_minutes`) to call this
   * route; else 403 `step_up_required`. By default every route that `createsCredential` and every
   * administrator route that writes; `false` turns the default off (a route that itself asks for the factor).
   */
  stepUp?: boolean;
  /**
   * The audience an app access token must carry on this request (verify's `audience=`, RFC 8707);
   * undefined: Latchkey's own API, as on every other route.
   */
  audienceOf?: (request: FastifyRequest) => string | undefined;
  /**
   * Open to a session that may only enrol a second factor (the site's `require_mfa` covers its user and
   * they have none): enrolment itself, reading the factors, whoami and signing out.
   */
  duringEnrolment?: true;
}

/** `config.auth` on every route: a `Who` alone, or the full declaration. */
export type AuthSpec = Who | AuthDeclaration;

/** The declaration with every default filled in, as the pipeline enforces it. */
export interface Requirement {
  who: Who;
  does: Does;
  doesOf?: (request: FastifyRequest) => Does;
  project?: string;
  perProject: boolean;
  itself?: string;
  createsCredential: boolean;
  aboutCaller: boolean;
  perAddress?: Budget;
  presents?: 'password';
  optional: boolean;
  permissions: string[];
  recordsOutcome: boolean;
  stepUp: boolean;
  duringEnrolment: boolean;
  audienceOf?: (request: FastifyRequest) => string | undefined;
}

/** The methods that only read; every other one writes. */
export const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const methodOf = (route: Pick<RouteOptions, 'method'>): string =>
  String(Array.isArray(route.method) ? route.method[0] : route.method).toUpperCase();

/** The route's requirement, or an error naming the route when it declares none. */
export function requirementOf(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): Requirement {
  const spec = (route.config as { auth?: AuthSpec } | undefined)?.auth;
  if (spec === undefined) {
    throw new Error(
      `Route ${methodOf(route)} ${route.url} declares no config.auth: every route says who may call it (auth/requirement.ts).`,
    );
  }
  const declaration: AuthDeclaration = typeof spec === 'string' ? { who: spec } : spec;
  const does = declaration.does ?? (READ_METHODS.has(methodOf(route)) ? 'read' : 'write');
  return {
    who: declaration.who,
    does,
    doesOf: declaration.doesOf,
    project: declaration.project,
    perProject: declaration.perProject === true,
    itself: declaration.itself,
    createsCredential: declaration.createsCredential === true,
    aboutCaller: declaration.aboutCaller === true,
    perAddress: declaration.perAddress,
    presents: declaration.presents,
    optional: declaration.optional === true,
    permissions: declaration.permission === undefined ? [] : [declaration.permission].flat(),
    recordsOutcome: declaration.recordsOutcome === true,
    stepUp:
      declaration.stepUp ??
      (declaration.createsCredential === true || (declaration.who === 'admin' && does === 'write')),
    duringEnrolment: declaration.duringEnrolment === true,
    audienceOf: declaration.audienceOf,
  };
}

const NEEDS: Record<Exclude<Who, 'none' | 'any'>, string> = {
  session: 'This endpoint requires a signed-in session, not an API key or token.',
  admin: 'This endpoint requires an administrator.',
  client: 'This endpoint requires an OAuth client authenticating with its client id and secret.',
  client_or_admin: 'Only a client (for its own tokens) or an administrator may call this endpoint.',
};

/** A project-limited credential on a route that is about no project of its. */
function outsideProjects(principal: Principal): ApiError {
  const count = principal.restrictions?.projects?.length ?? 0;
  return new ApiError(
    'forbidden',
    `This API key is restricted to ${count} project${count === 1 ? '' : 's'} (scopes.projects) and cannot call this endpoint; use an unrestricted key or a session.`,
  );
}

const outsidePermissions = (): ApiError =>
  new ApiError(
    'forbidden',
    'This API key is limited to some permissions (scopes.permissions) and reaches only the endpoints that declare one; use a key without that restriction or a session.',
  );

const readOnly = (): ApiError =>
  new ApiError(
    'forbidden',
    'This API key is read-only (scopes.read_only) and cannot change anything; use a key without that restriction or a session.',
  );

/** A credential other than a session on a route that creates or extends one. */
function cannotCreate(principal: Principal, itself: boolean): ApiError {
  const kind = principal.credential.kind;
  if (itself && kind === 'user_key')
    return new ApiError(
      'forbidden',
      'A restricted API key (scopes) cannot reroll itself: a reroll creates a credential, and only an unrestricted key may replace itself. Reroll it from a signed-in session.',
    );
  const noun = kind === 'password' ? 'credential' : NOUNS[kind];
  return new ApiError(
    'forbidden',
    `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun} cannot create credentials (API keys, session keys, client secrets, webhooks, users, identity providers): one made with this ${noun} would outlive its revocation. Sign in and use a session.`,
  );
}

const paramOf = (request: FastifyRequest, name: string): string | undefined =>
  (request.params as Record<string, string | undefined> | undefined)?.[name];

/**
 * The one place least privilege is enforced: who may call, then the credential's restrictions.
 * A project-scoped route's project is checked afterwards (it needs a lookup), by `projectRef`.
 */
export function checkRequirement(
  principal: Principal,
  requirement: Requirement,
  request: FastifyRequest,
): void {
  const refusal = refusalOf(principal, requirement, {
    itself:
      requirement.itself !== undefined &&
      paramOf(request, requirement.itself)?.toLowerCase() === principal.credential.id,
    does: requirement.doesOf?.(request) ?? requirement.does,
  });
  if (refusal) throw refusal;
}

/** RFC 6750 §3.1: the token was issued for another audience. */
export const foreignAudience = (audience: string[], expected: string | undefined): ApiError =>
  new ApiError(
    'wrong_audience',
    expected === undefined
      ? `This access token was issued for ${audience.join(', ')} (its aud), not for Latchkey's API. Request a token without resource=, or with this server's issuer among the resources.`
      : `This access token was issued for ${audience.join(', ')} (its aud), not for ${expected}. Request one with resource=${expected}.`,
    { 'www-authenticate': 'Bearer realm="latchkey", error="invalid_token"' },
  );

/** An administrator route that changes something and is about no project (the site settings, say). */
const ADMINISTRATION: Requirement = {
  who: 'admin',
  does: 'write',
  perProject: false,
  createsCredential: false,
  aboutCaller: false,
  optional: false,
  permissions: [],
  recordsOutcome: false,
  stepUp: true,
  duringEnrolment: false,
};

/**
 * Whether the credential carries an administrator's power: it would pass an administrator route that
 * writes. An administrator's read-only or project-limited key does not, nor does any non-administrator.
 */
export const carriesAdministratorPower = (principal: Principal): boolean =>
  refusalOf(principal, ADMINISTRATION, { itself: false, does: ADMINISTRATION.does }) === undefined;

/** Why the principal may not make a request with this requirement, or undefined when it may. */
function refusalOf(
  principal: Principal,
  requirement: Requirement,
  request: { itself: boolean; does: Does },
): ApiError | undefined {
  const { who } = requirement;
  const kind = principal.credential.kind;
  const restrictions = principal.restrictions;
  // Acting on itself (viewing, revoking) frees a key from its restrictions; creating a credential never does.
  if (restrictions && !(request.itself && !requirement.createsCredential)) {
    if (request.itself) return cannotCreate(principal, true);
    if (
      restrictions.projects !== null &&
      requirement.project === undefined &&
      !requirement.perProject &&
      !requirement.aboutCaller
    )
      return outsideProjects(principal);
    if (restrictions.readOnly && request.does === 'write') return readOnly();
    if (
      restrictions.permissions !== null &&
      requirement.permissions.length === 0 &&
      !requirement.perProject &&
      !requirement.aboutCaller
    )
      return outsidePermissions();
  }
  // Only a session creates credentials; an unrestricted API key may still replace itself (a reroll).
  if (requirement.createsCredential && kind !== 'session' && !(request.itself && kind === 'user_key'))
    return cannotCreate(principal, false);
  if (who === 'session' && kind !== 'session') return new ApiError('forbidden', NEEDS.session);
  if (who === 'admin' && !principal.isAdmin) return new ApiError('forbidden', NEEDS.admin);
  const byClient = isClientAuthentication(kind);
  if (who === 'client' && !byClient) return new ApiError('forbidden', NEEDS.client);
  if (who === 'client_or_admin' && !byClient && !principal.isAdmin)
    return new ApiError('forbidden', NEEDS.client_or_admin);
  // A client secret (or assertion) is exchanged at the OAuth endpoints; it authenticates nothing else.
  if (byClient && who !== 'client' && who !== 'client_or_admin')
    return new ApiError(
      'forbidden',
      'A client secret is used only at the OAuth endpoints; exchange it for an access token.',
    );
  return undefined;
}

/**
 * The session's second factor against the route: a session that may only enrol reaches only the routes
 * open during enrolment, and a sensitive route needs a factor proved within `stepUpMs`. Only sessions are
 * held to this: a key or token was made by a session under step-up and then acts as itself. A user
 * without any factor has nothing to step up with; the site's `require_mfa` decides who must have one.
 */
export function checkFactor(
  principal: Principal,
  requirement: Requirement,
  now: number,
  stepUpMs: number,
): ApiError | undefined {
  const factor = principal.factor;
  if (!factor || principal.credential.kind !== 'session') return undefined;
  if (factor.enrolmentRequired && !requirement.duringEnrolment)
    return new ApiError(
      'mfa_enrolment_required',
      'This site requires a second factor for your account: enrol one (POST /v0/auth/mfa/totp, then /v0/auth/mfa/totp/confirm; or a passkey: POST /v0/auth/passkeys/options, then /v0/auth/passkeys) before anything else.',
    );
  if (requirement.stepUp && factor.enrolled && (factor.provedAt === null || now - factor.provedAt > stepUpMs))
    return new ApiError(
      'step_up_required',
      `This action needs your second factor proved in the last ${Math.round(stepUpMs / 60_000)} minutes: POST /v0/auth/step-up with a current code, then retry.`,
    );
  return undefined;
}

/** The project a project-scoped route is about, as the caller named it (slug or UUID). */
export const projectRef = (request: FastifyRequest, requirement: Requirement): string | undefined =>
  requirement.project === undefined ? undefined : paramOf(request, requirement.project);
