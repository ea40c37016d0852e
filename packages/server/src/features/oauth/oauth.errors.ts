// The OAuth endpoints' one rendering of every failure, in RFC 6749 §5.2 form (RFC 6750 for a refused bearer).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Refusal } from '../../auth/refusals.ts';
import { describeValidation } from '../../http/error-handler.ts';
import { ApiError } from '../../lib/errors.ts';

/** Each code with its one status. `temporarily_unavailable` is a 429 here: the caller's budget or the throttle. */
export const OAUTH_STATUS = {
  invalid_request: 400,
  invalid_client: 401,
  invalid_token: 401,
  insufficient_scope: 401,
  unauthorized_client: 400,
  unsupported_grant_type: 400,
  invalid_scope: 400,
  invalid_grant: 400,
  authorization_pending: 400,
  slow_down: 400,
  expired_token: 400,
  access_denied: 400,
  invalid_target: 400,
  temporarily_unavailable: 429,
  server_error: 500,
} as const;

export type OAuthErrorCode = keyof typeof OAUTH_STATUS;

/** Every code of RFC 6749 §5.2 (the token endpoint's errors), then the ones the endpoints use beside them. */
export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'invalid_token',
  'insufficient_scope',
  'temporarily_unavailable',
  'server_error',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'access_denied',
  'invalid_target',
] as const;

/** The grants the token endpoint issues tokens for: client credentials (RFC 6749 §4.4), device (RFC 8628), token exchange (RFC 8693). */
export const GRANT_TYPES = [
  'client_credentials',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:ietf:params:oauth:grant-type:token-exchange',
] as const;

/** A grant_type that is present but not one of GRANT_TYPES: RFC 6749 says unsupported_grant_type, not invalid_request. */
function unsupportedGrant(issues: { instancePath?: string; keyword?: string }[]): boolean {
  return issues.some((issue) => issue.instancePath === '/grant_type' && issue.keyword === 'enum');
}

/** An expected failure at an OAuth endpoint, thrown by its handler and rendered by `sendOAuthError`. */
export class OAuthFailure extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly headers: Record<string, string | string[]> = {},
  ) {
    super(description);
  }
}

/** RFC 9110 §11.6.1: every 401 names a scheme; a client may retry with Basic whichever method it used. */
export const CLIENT_CHALLENGE = 'Basic realm="latchkey", charset="UTF-8"';
const INSUFFICIENT = 'Bearer realm="latchkey", error="insufficient_scope"';

/** The pipeline's refusal, as the OAuth endpoints say it: a client's failure is `invalid_client`, a bearer's `invalid_token`. */
function fromRefusal(refusal: Refusal): OAuthFailure {
  const headers = refusal.headers;
  if (refusal.reason === 'throttled')
    return new OAuthFailure('temporarily_unavailable', refusal.message, headers);
  if (refusal.reason === 'ambiguous') return new OAuthFailure('invalid_request', refusal.message);
  const byClient =
    refusal.form === undefined ||
    refusal.form === 'client_secret_basic' ||
    refusal.form === 'client_secret_post' ||
    refusal.form === 'client_assertion';
  return byClient
    ? new OAuthFailure('invalid_client', refusal.message, { 'www-authenticate': CLIENT_CHALLENGE })
    : new OAuthFailure('invalid_token', refusal.message, headers);
}

function failureOf(error: FastifyError | Error): OAuthFailure | undefined {
  if (error instanceof OAuthFailure) return error;
  if (error instanceof Refusal) return fromRefusal(error);
  if (error instanceof ApiError) {
    if (error.code === 'rate_limited')
      return new OAuthFailure('temporarily_unavailable', error.message, error.headers);
    // The caller authenticated but may not call this (not a client, not an administrator; a read-only key).
    if (error.code === 'forbidden')
      return new OAuthFailure('insufficient_scope', error.message, { 'www-authenticate': INSUFFICIENT });
    // The client proved its secret but is limited to other addresses (its allowed_ips).
    if (error.code === 'address_not_allowed') return new OAuthFailure('unauthorized_client', error.message);
    if (error.status < 500) return new OAuthFailure('invalid_request', error.message, error.headers);
    return undefined;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation && unsupportedGrant(fastifyError.validation))
    return new OAuthFailure(
      'unsupported_grant_type',
      `Only grant_type=${GRANT_TYPES.join(', ')} is supported.`,
    );
  if (fastifyError.validation)
    return new OAuthFailure(
      'invalid_request',
      describeValidation(fastifyError.validationContext, fastifyError.validation),
    );
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500)
    return new OAuthFailure('invalid_request', error.message);
  return undefined;
}

/** Sends the failure with its status, `Cache-Control: no-store` and its challenges. */
export function sendOAuthError(reply: FastifyReply, failure: OAuthFailure): FastifyReply {
  return reply
    .status(OAUTH_STATUS[failure.error])
    .headers({ 'cache-control': 'no-store', pragma: 'no-cache', ...failure.headers })
    .send({ error: failure.error, error_description: failure.description });
}

/** The OAuth scope's error handler: whatever went wrong, an RFC 6749 body. */
export function oauthErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const failure = failureOf(error);
  if (failure) return sendOAuthError(reply, failure);
  request.log.error({ err: error }, 'unhandled error');
  return sendOAuthError(
    reply,
    new OAuthFailure('server_error', 'An unexpected error occurred; it has been logged.'),
  );
}
