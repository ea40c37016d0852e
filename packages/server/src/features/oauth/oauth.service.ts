// The client-credentials grant: access tokens (RFC 9068 JWTs), their verification, introspection and revocation.
import { randomUUID } from 'node:crypto';
import type { Actor, Caller } from '../../auth/actor.ts';
import { type JwtResolver, refusedOwnJwt } from '../../auth/authenticate.ts';
import type { CachedResult } from '../../auth/cache.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import { appPrincipal, type Principal } from '../../auth/principal.ts';
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { type DecodedJwt, decodeJwt, type OwnJwtKind, signJwt, verifyOwnJwt } from '../../lib/crypto/jwt.ts';
import { SCOPE_TOKEN } from '../apps/apps.manifest.ts';
import { type AppsService, ceilingOf } from '../apps/apps.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { isPermissionName, matches } from '../permissions/permissions.service.ts';
import type { SigningKeys } from '../signing-keys/signing-keys.service.ts';
import { denyToken, isDenied } from './oauth.store.ts';

export const ACCESS_TOKEN_TYPE = 'at+jwt';

export interface OAuthDeps {
  db: Db;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  apps: AppsService;
  signingKeys: SigningKeys;
  /** Our issuer (`iss`), also the audience (`aud`) of our access tokens: the Latchkey API. */
  issuer: string;
  /** Seconds an access token lives (LATCHKEY_ACCESS_TOKEN_TTL). */
  tokenTtlSeconds: number;
  invalidate(match: Invalidation): void;
  /** The permission catalogue and what an app holds by role assignments (features/permissions). */
  permissions: {
    catalogue(): Promise<ReadonlySet<string>>;
    heldAnywhere(principal: { type: 'app'; id: string }): Promise<Set<string>>;
  };
  /** RFC 8707: the `aud` for the resources an app asked for, or why not (features/resources). */
  audienceFor(
    appId: string,
    requested: string[],
  ): Promise<{ ok: true; audience: string[] } | { ok: false; description: string }>;
}

export type TokenOutcome =
  | { ok: true; accessToken: string; expiresIn: number; scope: string }
  | { ok: false; error: 'unauthorized_client' | 'invalid_scope' | 'invalid_target'; description: string };

export interface IntrospectionResult {
  active: boolean;
  scope?: string;
  client_id?: string;
  token_type?: string;
  exp?: number;
  iat?: number;
  sub?: string;
  aud?: string | string[];
  iss?: string;
  jti?: string;
}

/** Who asks to introspect or revoke: an authenticated client (its own tokens) or an administrator (any). */
export interface TokenCaller extends Caller {
  /** Set when a client authenticated with its secret: it may handle only the tokens issued to it. */
  clientId?: string;
}

export class OAuthService {
  /** What an access token must be (RFC 9068): we are both its issuer and its audience. */
  private readonly accessToken: OwnJwtKind;

  constructor(private readonly deps: OAuthDeps) {
    this.accessToken = {
      typ: [ACCESS_TOKEN_TYPE, `application/${ACCESS_TOKEN_TYPE}`],
      iss: deps.issuer,
      // Latchkey itself, or the resource servers the token was issued for (RFC 8707): checked when issued.
      aud: isAudience,
      strings: ['client_id'],
    };
  }

  /**
   * Records a refused client authentication, as a failed sign-in is: the app when the client id names
   * one (else the id as presented), and why. Never the secret.
   */
  async clientAuthenticationFailed(actor: Actor, clientId: string, method: string): Promise<void> {
    const presented = clientId.slice(0, 254);
    const app = await this.deps.apps.findByRef(presented);
    const known = app !== undefined && app.clientId === presented;
    const reason = !known ? 'unknown_client' : app.archivedAt !== null ? 'archived' : 'wrong_secret';
    await this.deps.audit.recordAlone(actor, {
      action: 'app.client_auth_failed',
      target: { type: 'app', id: known ? app.id : presented },
      changes: { client_id: presented, method, reason },
    });
  }

  /**
   * Issues an access token to a client that authenticated (its secret, an assertion, or a federated credential);
   * `scope` as received (space-delimited), if any; `resources` the RFC 8707 audiences asked for; `claims` added to
   * the token (the token exchange's `act`).
   */
  async issue(
    app: Principal,
    scope: string | undefined,
    resources: string[] = [],
    claims?: Record<string, unknown>,
  ): Promise<TokenOutcome> {
    const client = app.client;
    if (!client?.active || app.clientId === undefined) {
      return {
        ok: false,
        error: 'unauthorized_client',
        description: 'The app is not active: an administrator must activate it before it can obtain tokens.',
      };
    }
    let granted = client.scopes;
    if (scope !== undefined) {
      const requested = [...new Set(scope.split(' '))];
      // The app's own scopes as before; any other item must be a permission name from the catalogue.
      const own = requested.filter((item) => client.scopes.includes(item));
      const asked = requested.filter((item) => !client.scopes.includes(item));
      const catalogue = asked.length > 0 ? await this.deps.permissions.catalogue() : new Set<string>();
      const unknown = asked.filter((item) => !SCOPE_TOKEN.test(item) || !catalogue.has(item));
      if (unknown.length > 0 || requested.length === 0) {
        return {
          ok: false,
          error: 'invalid_scope',
          description: `${unknown.length ? `Not a scope of the app nor a permission in the catalogue: ${unknown.join(' ')}. ` : ''}The app's own scopes are: ${client.scopes.join(' ')}.`,
        };
      }
      const permissions = await this.grantable(app.id, client.permissions, asked);
      granted = [...own, ...permissions];
      if (granted.length === 0)
        return {
          ok: false,
          error: 'invalid_scope',
          description: `The app holds none of the requested permissions (${asked.join(' ')}): an administrator assigns it a role, within its permission ceiling.`,
        };
    }
    let aud: string | string[] = this.deps.issuer;
    if (resources.length > 0) {
      const target = await this.deps.audienceFor(app.id, resources);
      if (!target.ok) return { ok: false, error: 'invalid_target', description: target.description };
      aud = target.audience.length === 1 ? (target.audience[0] as string) : target.audience;
    }
    const now = this.deps.clock.now();
    const iat = Math.floor(now / 1000);
    const accessToken = await signJwt(this.deps.signingKeys.current(), ACCESS_TOKEN_TYPE, {
      iss: this.deps.issuer,
      sub: app.id,
      aud,
      client_id: app.clientId,
      iat,
      exp: iat + this.deps.tokenTtlSeconds,
      // randomUUID draws from a cached entropy pool: a fresh randomBytes call per token showed in profiles.
      jti: randomUUID(),
      scope: granted.join(' '),
      ...claims,
    });
    this.deps.apps.seen(app.id, now);
    return { ok: true, accessToken, expiresIn: this.deps.tokenTtlSeconds, scope: granted.join(' ') };
  }

  /** The requested permissions the app holds by a role assignment (at any scope) and its ceiling allows. */
  private async grantable(appId: string, ceiling: string[] | null, asked: string[]): Promise<string[]> {
    if (asked.length === 0) return [];
    const held = await this.deps.permissions.heldAnywhere({ type: 'app', id: appId });
    return asked.filter((name) => held.has(name) && withinCeiling(ceiling, name));
  }

  /** Claims our access tokens for the authentication pipeline; answers are cached by the token's hash until exp. */
  readonly jwtResolver: JwtResolver = {
    kind: 'app_token',
    accepts: (decoded) => this.isOurAccessToken(decoded),
    resolve: (_token, decoded) => this.resolve(decoded),
  };

  async introspect(token: string, caller: TokenCaller): Promise<IntrospectionResult> {
    const decoded = decodeJwt(token);
    if (!decoded || !this.isOurAccessToken(decoded)) return { active: false };
    const { result } = await this.resolve(decoded);
    const claims = decoded.payload;
    if (!result.ok || !this.mayHandle(caller, claims.client_id)) return { active: false };
    return {
      active: true,
      scope: String(claims.scope ?? ''),
      client_id: String(claims.client_id),
      token_type: 'Bearer',
      exp: Number(claims.exp),
      iat: Number(claims.iat),
      sub: String(claims.sub),
      aud: claims.aud as string | string[],
      iss: String(claims.iss),
      jti: String(claims.jti),
    };
  }

  /** RFC 7009: the token's jti is refused until its exp, on every instance; unknown tokens are not an error. */
  async revoke(token: string, caller: TokenCaller): Promise<void> {
    const decoded = decodeJwt(token);
    if (!decoded || !this.isOurAccessToken(decoded)) return;
    if (!this.mayHandle(caller, decoded.payload.client_id)) return;
    const verdict = await this.verify(decoded);
    if (!verdict.ok) return;
    const { jti, exp, client_id: clientId } = verdict.claims;
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await denyToken(tx, jti, exp * 1000, now))) return;
      await this.deps.audit.record(tx, caller, {
        action: 'token.revoked',
        target: { type: 'token', id: jti },
        changes: { client_id: clientId, expiration: exp * 1000 },
      });
    });
    this.deps.invalidate({ credentialId: jti });
  }

  private mayHandle(caller: TokenCaller, clientId: unknown): boolean {
    return caller.clientId === undefined ? caller.principal.isAdmin : caller.clientId === clientId;
  }

  private isOurAccessToken(decoded: DecodedJwt): boolean {
    const typ = decoded.header.typ;
    return (
      decoded.payload.iss === this.deps.issuer &&
      typeof typ === 'string' &&
      this.accessToken.typ.includes(typ)
    );
  }

  private verify(decoded: DecodedJwt) {
    return verifyOwnJwt(decoded, this.accessToken, {
      keyFor: (kid) => this.deps.signingKeys.findKey(kid),
      clock: this.deps.clock,
    });
  }

  /** The token's verdict, then the app's standing and the deny-list; run on a cache miss. */
  private async resolve(decoded: DecodedJwt): Promise<CachedResult> {
    const verdict = await this.verify(decoded);
    if (!verdict.ok) return refusedOwnJwt('app_token', verdict);
    const { jti, exp, sub, client_id: clientId } = verdict.claims;
    const app = await this.deps.apps.findById(sub);
    if (!app || app.clientId !== clientId) return { result: { ok: false, reason: 'unknown' } };
    const base = { principalId: app.id, credentialId: jti };
    if (app.archivedAt !== null) return { ...base, result: { ok: false, reason: 'revoked' } };
    if (app.activatedAt === null) return { ...base, result: { ok: false, reason: 'app_inactive' } };
    if (await isDenied(this.deps.db, jti)) return { ...base, result: { ok: false, reason: 'revoked' } };
    const principal = appPrincipal(app, { kind: 'app_token', id: jti });
    // Unless Latchkey is among its audiences, refused by Latchkey's own routes (auth/plugin.ts).
    const names = [verdict.claims.aud].flat();
    principal.audience = { names, includesLatchkey: names.includes(this.deps.issuer) };
    // The permissions the token was granted, within the app's ceiling as it is now: lowering the ceiling
    // reaches tokens already issued (the app's change drops them from the credential cache).
    const ceiling = ceilingOf(app);
    principal.tokenPermissions = String(verdict.claims.scope ?? '')
      .split(' ')
      .filter((item) => isPermissionName(item) && withinCeiling(ceiling, item));
    return { ...base, result: { ok: true, principal, expiresAt: exp * 1000 } };
  }
}

/** An access token's aud: one identifier, or a non-empty list of them (RFC 8707 §2.2). */
const isAudience = (aud: unknown): boolean =>
  typeof aud === 'string' ||
  (Array.isArray(aud) && aud.length > 0 && aud.every((item) => typeof item === 'string'));

const withinCeiling = (ceiling: string[] | null, name: string): boolean =>
  ceiling === null || ceiling.some((pattern) => matches(pattern, name));
