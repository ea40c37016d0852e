// Who is calling and how they came in; every credential resolves to exactly one principal.
export type CredentialKind = 'session' | 'user_key' | 'oidc';

export interface Principal {
  type: 'user';
  id: string;
  isAdmin: boolean;
  /** Display details, cached with the credential and dropped when the user changes. */
  slug: string;
  name: string;
  email: string;
  /** For `oidc`, `id` is the identity provider's id and `issuer` its issuer (for audit); never the token. */
  credential: { kind: CredentialKind; id: string; start?: string; issuer?: string };
}

/** Why a credential was refused. Only the first group may be told to the caller (they proved a genuine secret). */
export type AuthFailureReason =
  | 'expired'
  | 'revoked'
  | 'suspended'
  | 'session_ended'
  | 'malformed'
  | 'unknown'
  | 'bad_signature'
  | 'untrusted_issuer'
  | 'user_not_found'
  // OpenID Connect id tokens (features/oidc). These, and the three above, are named to the caller
  // (auth/token-refusals.ts): a token describes itself, so the failed check is no secret.
  | 'token_expired'
  | 'token_not_yet_valid'
  | 'wrong_audience'
  | 'email_not_verified'
  | 'email_claim_missing'
  | 'subject_mismatch'
  | 'invalid_id_token'
  | 'idp_unavailable';

export type AuthResult =
  | { ok: true; principal: Principal; expiresAt: number | null }
  | { ok: false; reason: AuthFailureReason; start?: string };
