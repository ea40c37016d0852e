// Verifies a workload's own token (GitHub Actions, Kubernetes, any OIDC issuer) against its issuer's published keys, naming the failed check.
import { headerProblem, PUBLIC_KEY_ALGORITHMS, timeProblem, verifySignature } from '../../lib/crypto/jws.ts';
import type { DecodedJwt } from '../../lib/crypto/jwt.ts';
import { IssuerKeys, type IssuerKeysDeps } from '../oidc/issuer-keys.ts';
import { ProviderUnavailable } from '../oidc/oidc.jwks.ts';
import { CLOCK_TOLERANCE_SECONDS } from '../oidc/oidc.verify.ts';

/** Public-key algorithms only: `none` and HMAC (whose "secret" could be the issuer's public key) never verify. */
export const WORKLOAD_ALGORITHMS = PUBLIC_KEY_ALGORITHMS;

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
  | { ok: true; claims: Record<string, unknown> & { iss: string } }
  | { ok: false; check: WorkloadCheck; description: string };

export type WorkloadIssuersDeps = Omit<IssuerKeysDeps, 'logKey'>;

const refuse = (check: WorkloadCheck, description: string): WorkloadVerdict => ({
  ok: false,
  check,
  description,
});

export class WorkloadIssuers {
  private readonly issuers: IssuerKeys;

  constructor(private readonly deps: WorkloadIssuersDeps) {
    this.issuers = new IssuerKeys({ ...deps, logKey: 'workloadIssuer' });
  }

  /**
   * Verifies the signature and times of a token whose issuer (its `iss`) an app trusts; audience, subject
   * and claims are the caller's. Synchronous once the issuer's keys are known.
   */
  async verify(decoded: DecodedJwt, issuer: string): Promise<WorkloadVerdict> {
    const { header, payload } = decoded;
    switch (headerProblem(header, WORKLOAD_ALGORITHMS)) {
      case 'alg_none':
        return refuse('algorithm', 'alg: an unsigned token (alg "none") is refused.');
      case 'alg_hmac':
        return refuse(
          'algorithm',
          `alg: ${String(header.alg)} is an HMAC algorithm, refused: only the issuer's public keys verify a workload token (an HMAC "signed" with a public key is a forgery).`,
        );
      case 'alg_not_allowed':
        return refuse(
          'algorithm',
          `alg: ${JSON.stringify(header.alg)} is not allowed; allowed: ${WORKLOAD_ALGORITHMS.join(', ')}.`,
        );
      case 'crit':
        return refuse('malformed', 'crit: the token names header extensions, and none is supported.');
    }
    const entry = await this.issuers.of(issuer);
    if (!entry.ok) return refuse('issuer_unavailable', `issuer: ${entry.reason}.`);
    let keys: Awaited<ReturnType<typeof entry.keys.keysFor>>;
    try {
      keys = await entry.keys.keysFor(header);
    } catch (error) {
      if (!(error instanceof ProviderUnavailable)) throw error;
      return refuse(
        'issuer_unavailable',
        "issuer: the issuer's JWKS could not be fetched and the token's key is not among those already known.",
      );
    }
    const signed = verifySignature(decoded, keys);
    if (!signed.ok)
      return signed.problem === 'no_key'
        ? refuse(
            'key_not_in_jwks',
            `kid: the token's key (${JSON.stringify(header.kid ?? null)}) is not in the issuer's JWKS.`,
          )
        : refuse(
            'signature',
            "signature: the token's signature does not verify with the issuer's published key.",
          );
    const times = timeProblem(payload, this.deps.clock.now() / 1000, CLOCK_TOLERANCE_SECONDS);
    switch (times?.problem) {
      case undefined:
        return { ok: true, claims: { ...payload, iss: issuer } };
      case 'expired':
        return refuse('expired', 'exp: the token has expired; get a fresh one from the platform.');
      case 'missing':
        return refuse('malformed', 'exp: the token has no expiry (exp), and one is required.');
      case 'not_a_number':
        return refuse('malformed', `${times.claim}: must be a number of seconds since the epoch.`);
      case 'in_the_future':
        return times.claim === 'nbf'
          ? refuse('not_yet_valid', 'nbf: the token is not valid yet; check the clocks.')
          : refuse('not_yet_valid', 'iat: the token was issued in the future; check the clocks.');
    }
  }
}
