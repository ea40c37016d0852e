// Verifies a workload's own token (GitHub Actions, Kubernetes, any OIDC issuer) against its issuer's published keys, naming the failed check.
import { errors, type JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../../lib/clock.ts';
import type { DecodedJwt } from '../../lib/crypto/jwt.ts';
import type { OutboundHttp } from '../../lib/outbound-http.ts';
import { discover } from '../oidc/oidc.discovery.ts';
import { ProviderKeys, ProviderUnavailable } from '../oidc/oidc.jwks.ts';
import { CLOCK_TOLERANCE_SECONDS } from '../oidc/oidc.verify.ts';

/** Public-key algorithms only: `none` and HMAC (whose "secret" could be the issuer's public key) never verify. */
export const WORKLOAD_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** Which check a workload token failed: the refusal names it. */
export type WorkloadCheck =
  | 'malformed'
  | 'algorithm'
  | 'issuer_unavailable'
  | 'key_not_in_jwks'
  | 'signature'
  | 'expired'
  | 'not_yet_valid';

export type WorkloadVerdict =
  | { ok: true; claims: JWTPayload & { iss: string } }
  | { ok: false; check: WorkloadCheck; description: string };

export interface WorkloadIssuersDeps {
  clock: Clock;
  outbound: OutboundHttp;
  /** Least time between two fetches of one issuer's JWKS (an unknown `kid` fetches again after it). */
  cooldownMs: number;
  timeoutMs: number;
  log: { warn(object: unknown, message: string): void };
}

/** Issuers whose keys are kept; the least recently used beyond it is dropped and discovered again on its next token. */
const MAX_ISSUERS = 256;
/** A discovery document is read again after this long, so an issuer that moves its JWKS is followed. */
const DISCOVERY_TTL_MS = 3_600_000;

type IssuerEntry = { ok: true; keys: ProviderKeys } | { ok: false; reason: string };

export class WorkloadIssuers {
  /** Each issuer's discovery (in flight or done) and keys: jose's remote JWKS, cached, coalesced, refetched on an unknown kid after the cooldown. */
  private readonly issuers: LRUCache<string, Promise<IssuerEntry>>;

  constructor(private readonly deps: WorkloadIssuersDeps) {
    this.issuers = new LRUCache({ max: MAX_ISSUERS, ttl: DISCOVERY_TTL_MS });
  }

  /** Verifies the signature and times of a token whose issuer an app trusts; audience, subject and claims are the caller's. */
  async verify(token: string, decoded: DecodedJwt, issuer: string): Promise<WorkloadVerdict> {
    const alg = decoded.header.alg;
    if (typeof alg !== 'string' || alg.toLowerCase() === 'none')
      return {
        ok: false,
        check: 'algorithm',
        description: 'alg: an unsigned token (alg "none") is refused.',
      };
    if (/^hs/i.test(alg))
      return {
        ok: false,
        check: 'algorithm',
        description: `alg: ${alg} is an HMAC algorithm, refused: only the issuer's public keys verify a workload token (an HMAC "signed" with a public key is a forgery).`,
      };
    if (!WORKLOAD_ALGORITHMS.includes(alg))
      return {
        ok: false,
        check: 'algorithm',
        description: `alg: ${JSON.stringify(alg)} is not allowed; allowed: ${WORKLOAD_ALGORITHMS.join(', ')}.`,
      };
    const entry = await this.keysOf(issuer);
    if (!entry.ok) return { ok: false, check: 'issuer_unavailable', description: `issuer: ${entry.reason}.` };
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, entry.keys.getKey, {
        issuer,
        algorithms: WORKLOAD_ALGORITHMS,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(this.deps.clock.now()),
      }));
    } catch (error) {
      return { ok: false, ...refusalOf(error, decoded) };
    }
    // jose checks iat only with maxTokenAge; a token issued in the future is not valid yet.
    if (typeof claims.iat === 'number' && claims.iat > this.deps.clock.now() / 1000 + CLOCK_TOLERANCE_SECONDS)
      return {
        ok: false,
        check: 'not_yet_valid',
        description: 'iat: the token was issued in the future; check the clocks.',
      };
    return { ok: true, claims: { ...claims, iss: issuer } };
  }

  private keysOf(issuer: string): Promise<IssuerEntry> {
    const known = this.issuers.get(issuer);
    if (known) return known;
    const found = this.discover(issuer);
    this.issuers.set(issuer, found);
    // A failed discovery is asked again after the cooldown, not on every token.
    void found.then((entry) => {
      if (!entry.ok)
        setTimeout(() => {
          if (this.issuers.get(issuer) === found) this.issuers.delete(issuer);
        }, this.deps.cooldownMs).unref();
    });
    return found;
  }

  private async discover(issuer: string): Promise<IssuerEntry> {
    const { outbound, timeoutMs, cooldownMs, clock, log } = this.deps;
    const found = await discover(issuer, timeoutMs, outbound);
    if (!found.ok) {
      log.warn({ workloadIssuer: { issuer, reason: found.reason } }, 'workload issuer discovery failed');
      return { ok: false, reason: found.reason };
    }
    const keys = new ProviderKeys({
      jwksUri: found.discovered.jwksUri,
      clock,
      cooldownMs,
      timeoutMs,
      fetch: outbound.fetch,
      onFetchFailure: (error) =>
        log.warn(
          { workloadIssuer: { issuer, jwksUri: found.discovered.jwksUri, error: (error as Error)?.message } },
          'workload issuer keys could not be fetched',
        ),
    });
    return { ok: true, keys };
  }
}

function refusalOf(error: unknown, decoded: DecodedJwt): { check: WorkloadCheck; description: string } {
  if (error instanceof ProviderUnavailable)
    return {
      check: 'issuer_unavailable',
      description:
        "issuer: the issuer's JWKS could not be fetched and the token's key is not among those already known.",
    };
  if (error instanceof errors.JWTExpired)
    return {
      check: 'expired',
      description: 'exp: the token has expired; get a fresh one from the platform.',
    };
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf')
      return { check: 'not_yet_valid', description: 'nbf: the token is not valid yet; check the clocks.' };
    return { check: 'malformed', description: `${error.claim}: ${error.message}.` };
  }
  if (error instanceof errors.JWKSNoMatchingKey)
    return {
      check: 'key_not_in_jwks',
      description: `kid: the token's key (${JSON.stringify(decoded.header.kid ?? null)}) is not in the issuer's JWKS.`,
    };
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return {
      check: 'signature',
      description: "signature: the token's signature does not verify with the issuer's published key.",
    };
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return { check: 'algorithm', description: `alg: ${(error as Error).message}.` };
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid)
    return { check: 'malformed', description: `the token is not a valid JWT: ${(error as Error).message}.` };
  return {
    check: 'signature',
    description: "signature: the token does not verify with the issuer's published keys.",
  };
}
