// Who is calling and how they came in; every credential resolves to exactly one principal.
import { type Budget, overrideOf, type RateLimitColumns } from './ratelimit/budget.ts';

/**
 * `client_secret`: an app authenticating to the OAuth endpoints with its client id and secret;
 * `password`: a user at sign-in, before a session exists.
 */
export type CredentialKind =
  | 'session'
  | 'user_key'
  | 'session_key'
  | 'app_token'
  | 'client_secret'
  | 'oidc'
  | 'password'
  /** An app that came with a workload's token matching one of its federated credentials (the token endpoint). */
  | 'federated';

/** The credentials shaped as keys (`lk_user_`, `lk_sess_`): the same rules hold for each. */
const KEY_SHAPED: ReadonlySet<CredentialKind> = new Set(['user_key', 'session_key']);
export const isKeyShaped = (kind: CredentialKind): boolean => KEY_SHAPED.has(kind);

export interface Principal {
  type: 'user' | 'app';
  id: string;
  isAdmin: boolean;
  /** Display details, cached with the credential and dropped when the user (or app) changes. */
  slug: string;
  name: string;
  /** Users only. */
  email?: string;
  /** Apps only: the app's public client id. */
  clientId?: string;
  /** An app that came with its client secret (the token endpoint): what it may be issued. */
  client?: { scopes: string[]; active: boolean; permissions: string[] | null };
  /** User API keys created with `scopes`: never more than the owner, and further limited to these. */
  restrictions?: KeyRestrictions;
  /**
   * An app access token: the permissions its `scope` claim granted (within the app's ceiling at the
   * time of the check). The app's permissions are what it holds by assignments, intersected with these.
   */
  tokenPermissions?: string[];
  /** An administrator's rate-limit override for this user or app; absent: the configured default. */
  rateLimit?: Budget;
  /** Sessions only: the second factor as the sign-in policy and step-up read it (auth/requirement.ts). */
  factor?: SessionFactor;
  /** For `oidc`, `id` is the identity provider's id and `issuer` its issuer (for audit); never the token. */
  credential: { kind: CredentialKind; id: string; start?: string; issuer?: string };
}

/** A session's second factor: whether its user has one, when the session last proved it, and whether it must enrol. */
export interface SessionFactor {
  enrolled: boolean;
  /** Milliseconds since the epoch; null: the session never proved a factor. */
  provedAt: number | null;
  /** The site's policy covered the user at sign-in and they have no factor: only enrolment is open. */
  enrolmentRequired: boolean;
}

/** The user fields every user credential resolves with (a users row, or a lookup joined to one). */
export interface UserFields extends RateLimitColumns {
  id: string;
  role: 'admin' | 'user';
  slug: string;
  name: string;
  email: string;
}

/** One way to turn a user and the credential they came in with into a principal. */
export function userPrincipal(user: UserFields, credential: Principal['credential']): Principal {
  const principal: Principal = {
    type: 'user',
    id: user.id,
    isAdmin: user.role === 'admin',
    slug: user.slug,
    name: user.name,
    email: user.email,
    credential,
  };
  return withOverride(principal, user);
}

/** The app fields an app credential resolves with (an apps row, or a lookup joined to one). */
export interface AppFields extends RateLimitColumns {
  id: string;
  slug: string;
  name: string;
  clientId: string;
}

/** One way to turn an app and the credential it came in with (a token, or its client secret) into a principal. */
export function appPrincipal(app: AppFields, credential: Principal['credential']): Principal {
  const principal: Principal = {
    type: 'app',
    id: app.id,
    isAdmin: false,
    slug: app.slug,
    name: app.name,
    clientId: app.clientId,
    credential,
  };
  return withOverride(principal, app);
}

/** Carries an administrator's rate-limit override on the principal (absent: the configured default). */
function withOverride(principal: Principal, row: RateLimitColumns): Principal {
  const rateLimit = overrideOf(row);
  if (rateLimit) principal.rateLimit = rateLimit;
  return principal;
}

/**
 * A restricted key: read only, and/or only these projects (UUIDs; null: every project the owner reaches),
 * and/or only these permissions (never more than the owner holds where it acts).
 * Enforced on every route by the pipeline (auth/requirement.ts).
 */
export interface KeyRestrictions {
  readOnly: boolean;
  projects: string[] | null;
  /** Permissions and wildcards (`runs:read`, `results:*`); null: whatever its owner holds. */
  permissions: string[] | null;
}

/** Why a credential was refused. Only the first group may be told to the caller (they proved a genuine secret). */
export type AuthFailureReason =
  | 'expired'
  | 'revoked'
  | 'suspended'
  /** An imported key after the site's `imported_keys_until`. */
  | 'imported_ended'
  | 'session_ended'
  | 'app_inactive'
  | 'malformed'
  | 'unknown'
  | 'bad_signature'
  | 'untrusted_issuer'
  | 'user_not_found'
  /** Not a verdict on the credential: the address (or the account) is throttled and no check was made. */
  | 'throttled'
  // OpenID Connect id tokens (features/oidc). These, and the three above, are named to the caller
  // (auth/refusals.ts): a token describes itself, so the failed check is no secret.
  | 'token_expired'
  | 'token_not_yet_valid'
  | 'wrong_audience'
  | 'email_not_verified'
  | 'email_claim_missing'
  | 'subject_mismatch'
  | 'invalid_id_token'
  | 'idp_unavailable';

export type AuthResult =
  | {
      ok: true;
      principal: Principal;
      expiresAt: number | null;
      /**
       * A right password whose user also needs a second factor: not yet a sign-in, so the account
       * throttle does not count its address as one the account signed in from.
       */
      pendingFactor?: true;
    }
  | {
      ok: false;
      reason: AuthFailureReason;
      start?: string;
      /** What was refused, when the resolver knows it (a JWT's issuer): the message names it. */
      kind?: CredentialKind;
      /** `throttled`: when the address (or the account) may try again. */
      retryAfterSeconds?: number;
      /** `throttled`: the account signed in to is waiting out its back-off, not the address. */
      throttledAccount?: true;
    };
