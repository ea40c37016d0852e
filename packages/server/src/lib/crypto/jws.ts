// Verifies other parties' JWTs (identity providers, workloads, clients' assertions) with node:crypto on KeyObjects made once per published key: synchronous, no WebCrypto.
import { constants, createPublicKey, type JsonWebKey, type KeyObject, verify } from 'node:crypto';
import type { DecodedJwt } from './jwt.ts';

interface AlgorithmSpec {
  kty: 'RSA' | 'EC' | 'OKP';
  /** The digest node:crypto's verify takes; null for EdDSA, whose curve fixes it. */
  hash: string | null;
  pss?: true;
  /** The JWK curves the algorithm verifies with (EC and OKP). */
  crv?: readonly string[];
  /** ECDSA: r and s side by side (RFC 7518 §3.4), so the signature has exactly this length. */
  signatureBytes?: number;
}

const ALGORITHMS: Record<string, AlgorithmSpec> = {
  RS256: { kty: 'RSA', hash: 'sha256' },
  RS384: { kty: 'RSA', hash: 'sha384' },
  RS512: { kty: 'RSA', hash: 'sha512' },
  PS256: { kty: 'RSA', hash: 'sha256', pss: true },
  PS384: { kty: 'RSA', hash: 'sha384', pss: true },
  PS512: { kty: 'RSA', hash: 'sha512', pss: true },
  ES256: { kty: 'EC', hash: 'sha256', crv: ['P-256'], signatureBytes: 64 },
  ES384: { kty: 'EC', hash: 'sha384', crv: ['P-384'], signatureBytes: 96 },
  ES512: { kty: 'EC', hash: 'sha512', crv: ['P-521'], signatureBytes: 132 },
  EdDSA: { kty: 'OKP', hash: null, crv: ['Ed25519', 'Ed448'] },
};

/** Every public-key algorithm verified here: never `none`, never HMAC (whose "secret" could be a public key). */
export const PUBLIC_KEY_ALGORITHMS: readonly string[] = Object.keys(ALGORITHMS);

/** One published key, with the KeyObject made from it once. */
export interface VerifyingKey {
  jwk: Readonly<Record<string, unknown>>;
  key: KeyObject;
}

/** A JWK's public key, or undefined when it is none (symmetric, private, unknown or malformed). */
export function verifyingKeyOf(jwk: unknown): VerifyingKey | undefined {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return undefined;
  const fields = jwk as Record<string, unknown>;
  if (fields.kty !== 'RSA' && fields.kty !== 'EC' && fields.kty !== 'OKP') return undefined;
  if ('d' in fields) return undefined;
  try {
    const key = createPublicKey({ key: fields as JsonWebKey, format: 'jwk' });
    // RFC 7518 §3.3 and §3.5: RSA keys of 2048 bits or more.
    if (fields.kty === 'RSA' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) return undefined;
    return { jwk: fields, key };
  } catch {
    return undefined;
  }
}

/** The usable keys of a JWKS document, each made once; anything that is not a JWKS gives none. */
export function verifyingKeysOf(jwks: unknown): VerifyingKey[] {
  const keys = (jwks as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return [];
  return keys.map(verifyingKeyOf).filter((key) => key !== undefined);
}

/** Whether the JWKS document has the shape RFC 7517 §5 gives it (a `keys` array of objects). */
export const isJwks = (value: unknown): value is { keys: Record<string, unknown>[] } =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { keys?: unknown }).keys) &&
  (value as { keys: unknown[] }).keys.every((key) => typeof key === 'object' && key !== null);

/**
 * The keys that may verify a token with this header, as RFC 7517 §4 reads a JWK: the header's `kid` when
 * it names one, the algorithm's key type and curve, the key's own `alg`, `use` and `key_ops` when present.
 */
export function candidatesFor(
  keys: readonly VerifyingKey[],
  header: Record<string, unknown>,
): VerifyingKey[] {
  const { alg, kid } = header;
  const spec = typeof alg === 'string' ? ALGORITHMS[alg] : undefined;
  if (!spec || (kid !== undefined && typeof kid !== 'string')) return [];
  return keys.filter(({ jwk }) => {
    const ops = jwk.key_ops;
    return (
      jwk.kty === spec.kty &&
      (kid === undefined || jwk.kid === kid) &&
      (jwk.alg === undefined || jwk.alg === alg) &&
      (jwk.use === undefined || jwk.use === 'sig') &&
      (ops === undefined || (Array.isArray(ops) && ops.includes('verify'))) &&
      (spec.crv === undefined || spec.crv.includes(String(jwk.crv)))
    );
  });
}

/** Whether `decoded` carries a valid signature by `key` under its header's `alg` (one of PUBLIC_KEY_ALGORITHMS). */
export function signatureVerifies(decoded: DecodedJwt, key: KeyObject): boolean {
  const alg = decoded.header.alg;
  const spec = typeof alg === 'string' ? ALGORITHMS[alg] : undefined;
  if (!spec) return false;
  if (spec.signatureBytes !== undefined && decoded.signature.length !== spec.signatureBytes) return false;
  try {
    return verify(
      spec.hash,
      Buffer.from(decoded.signingInput),
      spec.pss
        ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
        : spec.kty === 'EC'
          ? { key, dsaEncoding: 'ieee-p1363' }
          : key,
      decoded.signature,
    );
  } catch {
    return false;
  }
}

export type SignatureVerdict =
  | { ok: true; key: VerifyingKey }
  /** no_key: none of the keys may verify this header; signature: some may, and none does. */
  | { ok: false; problem: 'no_key' | 'signature' };

/** Tries each key the header may use (several when it names no `kid`); the first that verifies wins. */
export function verifySignature(decoded: DecodedJwt, keys: readonly VerifyingKey[]): SignatureVerdict {
  const candidates = candidatesFor(keys, decoded.header);
  if (candidates.length === 0) return { ok: false, problem: 'no_key' };
  for (const candidate of candidates)
    if (signatureVerifies(decoded, candidate.key)) return { ok: true, key: candidate };
  return { ok: false, problem: 'signature' };
}

/**
 * Why a header is refused before any key is looked at: an algorithm outside `allowed` (`none` and HMAC
 * among them), or a `crit` extension (RFC 7515 §4.1.11: none is understood here, so none is accepted).
 */
export function headerProblem(
  header: Record<string, unknown>,
  allowed: readonly string[],
): 'alg_none' | 'alg_hmac' | 'alg_not_allowed' | 'crit' | undefined {
  const { alg } = header;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return 'alg_none';
  if (/^hs/i.test(alg)) return 'alg_hmac';
  if (!allowed.includes(alg) || !(alg in ALGORITHMS)) return 'alg_not_allowed';
  if (header.crit !== undefined) return 'crit';
  return undefined;
}

/** Which time claim a token fails, with a tolerance for clocks that differ (RFC 7519 §4.1.4, §4.1.5). */
export type TimeProblem =
  | { claim: 'exp' | 'nbf' | 'iat'; problem: 'not_a_number' }
  | { claim: 'exp'; problem: 'missing' | 'expired' }
  | { claim: 'nbf' | 'iat'; problem: 'in_the_future' }
  | { claim: 'iat'; problem: 'missing' };

export function timeProblem(
  payload: Record<string, unknown>,
  nowSeconds: number,
  toleranceSeconds: number,
  /** required: a token without `iat` is refused; ignored: an `iat` in the future is not (it is still a number). */
  iat: 'required' | 'checked' | 'ignored' = 'checked',
): TimeProblem | undefined {
  const { exp, nbf } = payload;
  for (const [claim, value] of [
    ['exp', exp],
    ['nbf', nbf],
    ['iat', payload.iat],
  ] as const)
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value)))
      return { claim, problem: 'not_a_number' };
  if (exp === undefined) return { claim: 'exp', problem: 'missing' };
  if (iat === 'required' && payload.iat === undefined) return { claim: 'iat', problem: 'missing' };
  if ((exp as number) <= nowSeconds - toleranceSeconds) return { claim: 'exp', problem: 'expired' };
  if (nbf !== undefined && (nbf as number) > nowSeconds + toleranceSeconds)
    return { claim: 'nbf', problem: 'in_the_future' };
  if (
    iat !== 'ignored' &&
    payload.iat !== undefined &&
    (payload.iat as number) > nowSeconds + toleranceSeconds
  )
    return { claim: 'iat', problem: 'in_the_future' };
  return undefined;
}
