// What the verifier answers: the principal behind a request's credential, or a typed refusal.
import type { ErrorCode } from '../errors.ts';

export interface VerifiedPrincipal {
  type: 'user' | 'app';
  /** The user's or app's UUID. */
  id: string;
  /** Users: the slug. */
  slug?: string;
  /** Users: the email. */
  email?: string;
  /** Apps: the public client id. */
  clientId?: string;
  /** An administrator's unrestricted credential; false for every restricted key, an administrator's too. */
  admin: boolean;
  /** How it authenticated, never the secret: e.g. `app_token` and the token's jti, `user_key` and the key id. */
  credential: { kind: string; id?: string };
  /** Apps' access tokens: the granted scopes. */
  scopes?: string[];
  /** The permissions asked (`permissions` of the request) and held: checked, never more. */
  permissions?: string[];
  /** A restricted key's restrictions as the server described them. */
  restrictions?: string;
  /**
   * A usage-limited credential: the uses it had left after the `/v0/auth/verify` that answered
   * (`X-Latchkey-Remaining`; each verify that allows spends one, and an answer reused from the cache repeats
   * the figure). Absent for a credential without a limit, and for a token checked offline (`checkedBy: 'token'`).
   */
  remaining?: number;
  /** `token`: checked here, offline; `server`: answered by /v0/auth/verify. */
  checkedBy: 'token' | 'server';
}

export interface Refusal {
  /** 401: no or a refused credential; 403: not allowed; 429: rate limited; 503: the server could not answer. */
  status: 401 | 403 | 429 | 503;
  code: ErrorCode;
  message: string;
  /** Seconds to wait, with a 429. */
  retryAfter?: number;
  /** The WWW-Authenticate value to send back with a 401. */
  challenge?: string;
}

export type Verification = { ok: true; principal: VerifiedPrincipal } | { ok: false; refusal: Refusal };

/** The credential headers of an incoming request (as Node gives them: lower-case names). */
export type CredentialHeaders = Record<string, string | string[] | undefined>;

export const refused = (refusal: Refusal): Verification => ({ ok: false, refusal });

export const BEARER_CHALLENGE = (error?: string, description?: string): string =>
  error
    ? `Bearer error="${error}"${description ? `, error_description="${description.replace(/[^\x20-\x7e]|["\\]/g, '')}"` : ''}`
    : 'Bearer, Basic realm="latchkey", apikey';
