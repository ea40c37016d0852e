// Who is calling and how they came in; every credential resolves to exactly one principal.
export type CredentialKind = 'session' | 'user_key' | 'session_key' | 'app_token';

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
  credential: { kind: CredentialKind; id: string; start?: string };
}

/** Why a credential was refused. Only the first group may be told to the caller (they proved a genuine secret). */
export type AuthFailureReason =
  | 'expired'
  | 'revoked'
  | 'suspended'
  | 'session_ended'
  | 'app_inactive'
  | 'malformed'
  | 'unknown'
  | 'bad_signature'
  | 'untrusted_issuer'
  | 'user_not_found'
  /** Not a verdict on the credential: the address is throttled and the answer was not in the cache. */
  | 'throttled';

export type AuthResult =
  | { ok: true; principal: Principal; expiresAt: number | null }
  | { ok: false; reason: AuthFailureReason; start?: string };
