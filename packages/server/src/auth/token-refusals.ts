// What a refused bearer token is told: tokens describe themselves, so naming the failed check leaks nothing.
import type { ErrorCode } from '../lib/errors.ts';
import type { AuthFailureReason } from './principal.ts';

/** RFC 6750 §3.1: the challenge for a bearer credential that was presented and refused. */

export const TOKEN_REFUSALS: Partial<Record<AuthFailureReason, { code: ErrorCode; message: string }>> = {
  untrusted_issuer: {
    code: 'untrusted_issuer',
    message:
      'The token’s issuer (iss) is not a trusted identity provider. An administrator can add it at /v0/admin/identity-providers.',
  },
  bad_signature: {
    code: 'bad_signature',
    message:
      'The token’s signature does not verify with its issuer’s published keys, or it uses an algorithm that is not allowed.',
  },
  token_expired: {
    code: 'token_expired',
    message: 'The token has expired (exp). Get a new id token from your identity provider.',
  },
  token_not_yet_valid: {
    code: 'token_not_yet_valid',
    message:
      'The token is not valid yet (its nbf or iat is in the future). Check the clocks of the identity provider and this client.',
  },
  wrong_audience: {
    code: 'wrong_audience',
    message:
      'The token was issued to another client: its aud (or azp) is not the audience configured for this identity provider.',
  },
  email_not_verified: {
    code: 'email_not_verified',
    message: 'The identity provider says the token’s email is not verified (email_verified is false).',
  },
  email_claim_missing: {
    code: 'email_claim_missing',
    message:
      'The token carries no email in the claim this identity provider is configured to use (email_claim). Configure the provider to include it.',
  },
  user_not_found: {
    code: 'user_not_found',
    message:
      'No Latchkey user has this token’s email: the user must sign in to Latchkey first or be created by an administrator.',
  },
  subject_mismatch: {
    code: 'subject_mismatch',
    message:
      'This email is bound to a different account (sub) at this identity provider, so the token cannot act for it. Ask an administrator.',
  },
  invalid_id_token: {
    code: 'invalid_id_token',
    message:
      'The token is not a usable id token: it must be a JWT (typ JWT, if set) with a string sub and numeric exp and iat.',
  },
  idp_unavailable: {
    code: 'idp_unavailable',
    message:
      'The identity provider’s signing keys could not be fetched and the token’s key is not among those already known. Try again later.',
  },
};
