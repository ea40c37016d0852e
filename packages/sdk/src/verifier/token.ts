// Latchkey's access tokens checked offline: JWKS through jose, ES256 only, typ at+jwt, issuer, audience, expiry.
import { createRemoteJWKSet, customFetch, errors, jwtVerify } from 'jose';
import { BEARER_CHALLENGE, refused, type Verification } from './result.ts';

export interface TokenCheckOptions {
  issuer: string;
  audience: string;
  jwksUri: string;
  /** The time in ms (tests); the system clock otherwise. */
  now?: () => number;
  /** Seconds of clock difference tolerated (default 5). */
  clockToleranceSeconds?: number;
  fetch?: (request: Request) => Promise<Response>;
}

/** The typ and alg of a JWT's header, without verifying it; undefined for anything that is not a JWS. */
export function peekHeader(token: string): { typ?: string; alg?: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[0]) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Record<string, unknown>;
    return {
      typ: typeof header.typ === 'string' ? header.typ : undefined,
      alg: typeof header.alg === 'string' ? header.alg : undefined,
    };
  } catch {
    return undefined;
  }
}

export const isAccessToken = (token: string): boolean => peekHeader(token)?.typ?.toLowerCase() === 'at+jwt';

const invalid = (code: Parameters<typeof refused>[0]['code'], message: string): Verification =>
  refused({ status: 401, code, message, challenge: BEARER_CHALLENGE('invalid_token', message) });

export function tokenChecker(options: TokenCheckOptions): (token: string) => Promise<Verification> {
  const fetchImpl = options.fetch;
  const jwks = createRemoteJWKSet(new URL(options.jwksUri), {
    ...(fetchImpl
      ? { [customFetch]: (url: string, init: RequestInit) => fetchImpl(new Request(url, init)) }
      : {}),
  });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        algorithms: ['ES256'],
        typ: 'at+jwt',
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp', 'iat', 'sub', 'jti'],
        clockTolerance: options.clockToleranceSeconds ?? 5,
        ...(options.now ? { currentDate: new Date(options.now()) } : {}),
      });
      const clientId = typeof payload.client_id === 'string' ? payload.client_id : undefined;
      const scope = typeof payload.scope === 'string' ? payload.scope : '';
      return {
        ok: true,
        principal: {
          type: 'app',
          id: String(payload.sub),
          clientId,
          admin: false,
          credential: { kind: 'app_token', id: payload.jti },
          scopes: scope === '' ? [] : scope.split(' '),
          checkedBy: 'token',
        },
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return invalid('token_expired', 'The access token has expired');
      if (error instanceof errors.JWTClaimValidationFailed) {
        if (error.claim === 'iss')
          return invalid('untrusted_issuer', 'The token was not issued by this server');
        if (error.claim === 'aud')
          return invalid('wrong_audience', 'The token is not meant for this audience');
        if (error.claim === 'nbf' || error.claim === 'iat')
          return invalid('token_not_yet_valid', 'The token is not valid yet');
        return invalid('invalid_credentials', `The token's ${error.claim} claim is not acceptable`);
      }
      if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
        return invalid('bad_signature', 'The token signature does not verify with the keys of the server');
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError))
        return refused({
          status: 503,
          code: 'unavailable',
          message: 'The keys of the server could not be fetched',
        });
      return invalid('invalid_credentials', 'The token is not a valid Latchkey access token');
    }
  };
}
