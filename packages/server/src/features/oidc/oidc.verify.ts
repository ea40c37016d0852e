// Verifies one id token against its provider's published keys, turning every refusal into a reason (never an exception).
import type { AuthFailureReason } from '../../auth/principal.ts';
import type { Clock } from '../../lib/clock.ts';
import { headerProblem, timeProblem, type VerifyingKey, verifySignature } from '../../lib/crypto/jws.ts';
import type { DecodedJwt } from '../../lib/crypto/jwt.ts';
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
  claims: Record<string, unknown> & { sub: string; exp: number; iat: number };
}

export type VerifyResult = ({ ok: true } & VerifiedIdToken) | { ok: false; reason: AuthFailureReason };

/** Header `typ` values an id token may carry; RFC 9068 access tokens (`at+jwt`), logout tokens and the like are refused. */
const ID_TOKEN_TYPES = new Set(['jwt', 'application/jwt']);

export async function verifyIdToken(
  provider: VerifiableProvider,
  decoded: DecodedJwt,
  clock: Clock,
): Promise<VerifyResult> {
  const { header, payload: claims } = decoded;
  if (
    header.typ !== undefined &&
    !(typeof header.typ === 'string' && ID_TOKEN_TYPES.has(header.typ.toLowerCase()))
  )
    return { ok: false, reason: 'invalid_id_token' };
  // Wrong or unknown key, forbidden algorithm (none, HS*), bad signature: all one answer.
  if (headerProblem(header, provider.algorithms)) return { ok: false, reason: 'bad_signature' };
  let keys: VerifyingKey[];
  try {
    keys = await provider.keys.keysFor(header);
  } catch (error) {
    if (error instanceof ProviderUnavailable) return { ok: false, reason: 'idp_unavailable' };
    throw error;
  }
  if (!verifySignature(decoded, keys).ok) return { ok: false, reason: 'bad_signature' };
  if (claims.iss !== provider.issuer) return { ok: false, reason: 'untrusted_issuer' };
  const { aud, sub, exp, iat, azp } = claims;
  if (!(aud === provider.audience || (Array.isArray(aud) && aud.includes(provider.audience))))
    return { ok: false, reason: 'wrong_audience' };
  const times = timeProblem(claims, clock.now() / 1000, CLOCK_TOLERANCE_SECONDS, 'required');
  if (times?.problem === 'expired') return { ok: false, reason: 'token_expired' };
  if (times?.problem === 'in_the_future') return { ok: false, reason: 'token_not_yet_valid' };
  if (times || typeof sub !== 'string' || sub === '' || typeof exp !== 'number' || typeof iat !== 'number')
    return { ok: false, reason: 'invalid_id_token' };
  // OpenID Connect Core §3.1.3.7: when azp is present it must be our client id.
  if (azp !== undefined && azp !== provider.audience) return { ok: false, reason: 'wrong_audience' };
  return { ok: true, claims: { ...claims, sub, exp, iat } };
}
