// The closed set of API error codes, each with its one HTTP status, and the error that carries them.
export const ERROR_STATUS = {
  invalid_request: 400,
  validation_failed: 400,
  malformed_credential: 400,
  ambiguous_credentials: 400,
  invalid_credentials: 401,
  credential_expired: 401,
  credential_revoked: 401,
  imported_keys_ended: 401,
  user_suspended: 401,
  session_ended: 401,
  authentication_required: 401,
  // Refused bearer tokens (RFC 6750 invalid_token), named for the caller:
  untrusted_issuer: 401,
  bad_signature: 401,
  token_expired: 401,
  token_not_yet_valid: 401,
  wrong_audience: 401,
  email_not_verified: 401,
  email_claim_missing: 401,
  user_not_found: 401,
  subject_mismatch: 401,
  invalid_id_token: 401,
  idp_unavailable: 401,
  // The second factor at sign-in: a wrong, replayed or expired code; a challenge unknown, used or expired.
  mfa_code_invalid: 401,
  mfa_challenge_invalid: 401,
  mfa_challenge_expired: 401,
  // A passkey assertion refused: unknown passkey, wrong origin or relying party, used challenge, bad signature.
  passkey_invalid: 401,
  forbidden: 403,
  // A session whose user must enrol a second factor first; a sensitive action without a recent factor.
  mfa_enrolment_required: 403,
  step_up_required: 403,
  permission_denied: 403,
  // The credential is limited to some addresses and the client's is not one of them.
  address_not_allowed: 403,
  not_found: 404,
  // One-time password links (invitations, resets): unknown; already used or superseded; past their time.
  link_invalid: 404,
  link_used: 410,
  link_expired: 410,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  // A key or app whose usage limit is spent (until its next refill, if it has one).
  usage_exhausted: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string | string[]> = {},
    /** Only the refusal table sets another status than the code's (a malformed Bearer credential is a 401). */
    status?: number,
  ) {
    super(message);
    this.status = status ?? ERROR_STATUS[code];
  }
}

export const notFound = (what: string): ApiError => new ApiError('not_found', `${what} not found`);
export const forbidden = (why: string): ApiError => new ApiError('forbidden', why);
export const conflict = (why: string): ApiError => new ApiError('conflict', why);
export const invalid = (why: string): ApiError => new ApiError('invalid_request', why);
