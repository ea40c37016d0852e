// Verifies one id token against its provider with jose, turning every refusal into a reason (never an exception).
import { errors, type JWTPayload, jwtVerify } from 'jose';
import type { AuthFailureReason } from '../../auth/principal.ts';
import type { Clock } from '../../lib/clock.ts';
import { type ProviderKeys, ProviderUnavailable } from './oidc.jwks.ts';

/** OpenID Connect Core leaves clock skew to the relying party; a minute is the common choice. */
export const CLOCK_TOLERANCE_SECONDS = 60;

export interface VerifiableProvider {
  issuer: string;
  audience: string;
  algorithms: string[];
  keys: ProviderKeys;
}

export interface VerifiedIdToken {
  claims: JWTPayload & { sub: string; exp: number; iat: number };
}

export type VerifyResult = ({ ok: true } & VerifiedIdToken) | { ok: false; reason: AuthFailureReason };

/** Header `typ` values an id token may carry; RFC 9068 access tokens (`at+jwt`), logout tokens and the like are refused. */
const ID_TOKEN_TYPES = new Set(['jwt', 'application/jwt']);

export async function verifyIdToken(
  provider: VerifiableProvider,
  token: string,
  header: Record<string, unknown>,
  clock: Clock,
): Promise<VerifyResult> {
  if (
    header.typ !== undefined &&
    !(typeof header.typ === 'string' && ID_TOKEN_TYPES.has(header.typ.toLowerCase()))
  )
    return { ok: false, reason: 'invalid_id_token' };
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, provider.keys.getKey, {
      issuer: provider.issuer,
      audience: provider.audience,
      algorithms: provider.algorithms,
      requiredClaims: ['exp', 'iat', 'sub'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: new Date(clock.now()),
    }));
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  const now = clock.now() / 1000;
  const { sub, exp, iat, azp } = claims;
  if (typeof sub !== 'string' || sub === '' || typeof exp !== 'number' || typeof iat !== 'number')
    return { ok: false, reason: 'invalid_id_token' };
  // jose checks iat only with maxTokenAge; a token issued in the future is not valid yet.
  if (iat > now + CLOCK_TOLERANCE_SECONDS) return { ok: false, reason: 'token_not_yet_valid' };
  // OpenID Connect Core §3.1.3.7: when azp is present it must be our client id.
  if (azp !== undefined && azp !== provider.audience) return { ok: false, reason: 'wrong_audience' };
  return { ok: true, claims: { ...claims, sub, exp, iat } };
}

function reasonOf(error: unknown): AuthFailureReason {
  if (error instanceof ProviderUnavailable) return 'idp_unavailable';
  if (error instanceof errors.JWTExpired) return 'token_expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong_audience';
    if (error.claim === 'iss') return 'untrusted_issuer';
    if (error.claim === 'nbf') return 'token_not_yet_valid';
    return 'invalid_id_token';
  }
  if (error instanceof errors.JWTInvalid) return 'invalid_id_token';
  // Wrong or unknown key, forbidden algorithm (none, HS*), bad signature, malformed JWS: all one answer.
  return 'bad_signature';
}
