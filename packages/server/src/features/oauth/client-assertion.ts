// private_key_jwt (RFC 7523 §2.2, OpenID Connect Core §9): an app authenticates with a JWT it signed with a registered key.
import type { ClientAssertionResolver } from '../../auth/authenticate.ts';
import { CLIENT_ID_SHAPE } from '../../auth/client-assertion.ts';
import { type AuthResult, appPrincipal } from '../../auth/principal.ts';
import type { Clock } from '../../lib/clock.ts';
import { headerProblem, timeProblem, verifySignature } from '../../lib/crypto/jws.ts';
import type { DecodedJwt } from '../../lib/crypto/jwt.ts';
import { describeOutboundError } from '../../lib/outbound-http.ts';
import { type AppKeysService, ASSERTION_ALGORITHMS } from '../apps/app-keys.service.ts';
import { type AppsService, ceilingOf, scopesOf } from '../apps/apps.service.ts';
import { ProviderUnavailable } from '../oidc/oidc.jwks.ts';
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

export class PrivateKeyJwt implements ClientAssertionResolver {
  constructor(private readonly deps: PrivateKeyJwtDeps) {}

  /** Claims every assertion whose iss has the shape of a client id; anything else (a workload's token) is not ours. */
  accepts(decoded: DecodedJwt): boolean {
    const iss = decoded.payload.iss;
    return typeof iss === 'string' && CLIENT_ID_SHAPE.test(iss);
  }

  async resolve(decoded: DecodedJwt, clientId: string | undefined): Promise<AuthResult> {
    const { iss, sub } = decoded.payload as { iss: string; sub?: unknown };
    if (sub !== iss) return refused('its sub must equal its iss, the client id (RFC 7523 §3)');
    if (clientId !== undefined && clientId !== iss) return refused('client_id differs from its iss');
    const problem = headerProblem(decoded.header, ASSERTION_ALGORITHMS);
    if (problem === 'crit') return refused('it names header extensions (crit), and none is supported');
    if (problem)
      return refused(`alg ${String(decoded.header.alg)} is not allowed; use ES256, RS256 or EdDSA`);
    const app = await this.deps.apps.findByRef(iss);
    if (!app || app.clientId !== iss || app.archivedAt !== null) return refused('no app has this client id');
    const sets = await this.deps.appKeys.keySetsOf(app.id);
    if (sets.length === 0) return refused('the app has no registered public keys');
    let verified = false;
    for (const { keysFor } of sets) {
      try {
        verified = verifySignature(decoded, await keysFor(decoded.header)).ok;
      } catch (error) {
        if (!(error instanceof ProviderUnavailable)) throw error;
        return refused(`the app’s jwks_uri could not be fetched: ${describeOutboundError(error.cause)}`);
      }
      if (verified) break;
    }
    if (!verified) return refused('its signature does not verify with any of the app’s registered keys');
    const { payload } = decoded;
    const nowSeconds = this.deps.clock.now() / 1000;
    // As RFC 7523 §3 has it, iat may be anything; nbf and exp are checked.
    const times = timeProblem(payload, nowSeconds, SKEW_SECONDS, 'ignored');
    if (times?.problem === 'expired') return refused('it has expired (exp)');
    if (times?.problem === 'in_the_future') return refused(`it is not valid yet (${times.claim})`);
    if (times) return refused(`its ${times.claim} claim is missing or not a number`);
    const { aud } = payload;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.some((value) => value === this.deps.tokenEndpoint || value === this.deps.issuer))
      return refused(
        `its aud must be the token endpoint (${this.deps.tokenEndpoint}) or the issuer (${this.deps.issuer})`,
      );
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
}
