// private_key_jwt (RFC 7523 §2.2, OpenID Connect Core §9): an app authenticates with a JWT it signed with a registered key.
import { errors, type JWTPayload, jwtVerify } from 'jose';
import type { ClientAssertionResolver } from '../../auth/authenticate.ts';
import { CLIENT_ID_SHAPE } from '../../auth/client-assertion.ts';
import { type AuthResult, appPrincipal } from '../../auth/principal.ts';
import type { Clock } from '../../lib/clock.ts';
import type { DecodedJwt } from '../../lib/crypto/jwt.ts';
import { describeOutboundError } from '../../lib/outbound-http.ts';
import { type AppKeysService, ASSERTION_ALGORITHMS } from '../apps/app-keys.service.ts';
import { type AppsService, ceilingOf, scopesOf } from '../apps/apps.service.ts';
import type { ReplayGuard } from './assertion-replay.ts';

/** An assertion lives at most this long from now (its exp): a captured one is worthless soon after. */
export const MAX_ASSERTION_SECONDS = 300;
/** Clocks of the client and this server may differ this much for nbf and iat; exp is strict. */
const SKEW_SECONDS = 5;

export interface PrivateKeyJwtDeps {
  apps: AppsService;
  appKeys: AppKeysService;
  clock: Clock;
  replay: ReplayGuard;
  /** Our issuer and token endpoint: the two values an assertion's aud may name. */
  issuer: string;
  tokenEndpoint: string;
}

const refused = (detail: string): AuthResult => ({
  ok: false,
  reason: 'assertion_refused',
  kind: 'client_assertion',
  detail,
});

/** A key that is not in the set, or a signature that does not verify with it: try the app's next set. */
const notThisSet = (error: unknown): boolean =>
  error instanceof errors.JWKSNoMatchingKey ||
  error instanceof errors.JWKSMultipleMatchingKeys ||
  error instanceof errors.JWSSignatureVerificationFailed;

export class PrivateKeyJwt implements ClientAssertionResolver {
  constructor(private readonly deps: PrivateKeyJwtDeps) {}

  /** Claims every assertion whose iss has the shape of a client id; anything else (a workload's token) is not ours. */
  accepts(decoded: DecodedJwt): boolean {
    const iss = decoded.payload.iss;
    return typeof iss === 'string' && CLIENT_ID_SHAPE.test(iss);
  }

  async resolve(assertion: string, decoded: DecodedJwt, clientId: string | undefined): Promise<AuthResult> {
    const { iss, sub } = decoded.payload as { iss: string; sub?: unknown };
    if (sub !== iss) return refused('its sub must equal its iss, the client id (RFC 7523 §3)');
    if (clientId !== undefined && clientId !== iss) return refused('client_id differs from its iss');
    const alg = decoded.header.alg;
    if (typeof alg !== 'string' || !(ASSERTION_ALGORITHMS as readonly string[]).includes(alg))
      return refused(`alg ${String(alg)} is not allowed; use ES256, RS256 or EdDSA`);
    const app = await this.deps.apps.findByRef(iss);
    if (!app || app.clientId !== iss || app.archivedAt !== null) return refused('no app has this client id');
    const sets = await this.deps.appKeys.keySetsOf(app.id);
    if (sets.length === 0) return refused('the app has no registered public keys');
    let payload: JWTPayload | undefined;
    let failure: string | undefined;
    for (const { getKey } of sets) {
      try {
        ({ payload } = await jwtVerify(assertion, getKey, {
          algorithms: [...ASSERTION_ALGORITHMS],
          issuer: iss,
          subject: iss,
          audience: [this.deps.tokenEndpoint, this.deps.issuer],
          requiredClaims: ['exp', 'jti'],
          clockTolerance: SKEW_SECONDS,
          currentDate: new Date(this.deps.clock.now()),
        }));
        break;
      } catch (error) {
        if (notThisSet(error)) continue;
        failure = this.describe(error);
        break;
      }
    }
    if (!payload)
      return refused(failure ?? 'its signature does not verify with any of the app’s registered keys');
    const nowSeconds = this.deps.clock.now() / 1000;
    const exp = payload.exp as number;
    if (exp > nowSeconds + MAX_ASSERTION_SECONDS)
      return refused(`its exp is more than ${MAX_ASSERTION_SECONDS} seconds ahead`);
    const jti = payload.jti;
    if (typeof jti !== 'string' || jti.length === 0 || jti.length > 256)
      return refused('its jti must be a string of 1 to 256 characters');
    if (!(await this.deps.replay.firstUse(`${iss}:${jti}`, exp * 1000)))
      return refused('its jti was used already (each assertion is accepted once)');
    const principal = appPrincipal(app, { kind: 'client_assertion', id: jti });
    principal.client = {
      scopes: scopesOf(app),
      active: app.activatedAt !== null,
      permissions: ceilingOf(app),
    };
    return { ok: true, principal, expiresAt: null };
  }

  private describe(error: unknown): string {
    if (error instanceof errors.JWTExpired) return 'it has expired (exp)';
    if (error instanceof errors.JWTClaimValidationFailed) {
      if (error.claim === 'aud')
        return `its aud must be the token endpoint (${this.deps.tokenEndpoint}) or the issuer (${this.deps.issuer})`;
      if (error.claim === 'nbf') return 'it is not valid yet (nbf)';
      return `its ${error.claim} claim is missing or not acceptable (${error.reason})`;
    }
    if (error instanceof errors.JOSEAlgNotAllowed) return 'its alg is not allowed; use ES256, RS256 or EdDSA';
    if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
      return 'the app’s jwks_uri did not answer with a JWKS in time';
    if (error instanceof errors.JOSEError) return `it is not a valid signed JWT (${error.code})`;
    return `the app’s jwks_uri could not be fetched: ${describeOutboundError(error)}`;
  }
}
