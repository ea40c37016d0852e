// Signing in to the console through an identity provider: the authorization code flow with PKCE, state and nonce.
import { createHash } from 'node:crypto';
import type { Configuration, CustomFetchOptions, IDToken } from 'openid-client';
import type { Actor } from '../../auth/actor.ts';
import type { FailureThrottle } from '../../auth/failure-throttle.ts';
import type { Db, IdentityProviderRow, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { OutboundHttp } from '../../lib/outbound-http.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { MfaService } from '../mfa/mfa.service.ts';
import type { OidcService } from '../oidc/oidc.service.ts';
import { displayNameOf, jitDomainsOf, SECRET_FIELD } from '../oidc/oidc.sign-in.ts';
import type { SessionsService, SignedIn } from '../sessions/sessions.service.ts';
import { normalizeEmail, type UsersService } from '../users/users.service.ts';
import * as store from './sso.store.ts';

/** How long a person has at the provider between leaving and coming back. */
/** openid-client, loaded at the first single sign-on: a start-up that serves none never reads it. */
const openidClient = () => import('openid-client');

export const ATTEMPT_TTL_MS = 10 * 60_000;
export const CALLBACK_PATH = '/v0/auth/sso/callback';

/** `amr` values (RFC 8176) that show the provider checked more than a password. */
const MFA_AMR = new Set(['mfa', 'otp', 'hwk']);

/** Why a sign-in through a provider was refused: the code the console's sign-in page explains. */
export type SsoRefusal =
  | 'sso_not_enabled'
  | 'sso_state_invalid'
  | 'sso_provider_error'
  | 'sso_provider_unavailable'
  | 'sso_nonce_mismatch'
  | 'sso_token_invalid'
  | 'sso_email_unverified'
  | 'sso_no_account'
  | 'sso_subject_mismatch'
  | 'sso_suspended'
  | 'sso_mfa_required'
  | 'throttled';

export class SsoRefused extends Error {
  constructor(
    readonly code: SsoRefusal,
    readonly returnTo = '/console/',
  ) {
    super(code);
  }
}

export interface SsoDeps {
  db: Db;
  clock: Clock;
  keyring: Keyring;
  audit: AuditLog;
  users: UsersService;
  sessions: SessionsService;
  mfa: MfaService;
  oidc: OidcService;
  /** The sign-in failure throttle per address, shared with passwords and codes. */
  addresses: FailureThrottle;
  outbound: OutboundHttp;
  httpTimeoutMs: number;
  publicUrl: string;
}

const hashState = (state: string): string => createHash('sha256').update(state).digest('base64url');

/** Only a path on the console of this server: never another origin (`//host`, `/\host`) or another app. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 512) return '/console/';
  if (!value.startsWith('/console/') && value !== '/console') return '/console/';
  if (/[\\\s]/.test(value) || value.includes('//')) return '/console/';
  return value;
}

export class SsoService {
  readonly callbackUrl: string;

  constructor(private readonly deps: SsoDeps) {
    this.callbackUrl = `${deps.publicUrl.replace(/\/+$/, '')}${CALLBACK_PATH}`;
  }

  /** The console's buttons: enabled providers marked for sign-in, by id and name only. */
  async buttons(): Promise<{ id: string; name: string }[]> {
    const rows = await this.deps.oidc.signInProviders();
    return rows
      .map((row) => ({ id: row.id, name: displayNameOf(row) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Where to send the browser: the provider's authorization endpoint. `state` and the PKCE verifier go
   * back to the browser in a cookie; the nonce and the return path stay here, keyed by the state's hash.
   */
  async start(
    providerId: string,
    returnTo: string,
  ): Promise<{ location: string; state: string; verifier: string }> {
    const row = await this.signInProvider(providerId);
    const config = await this.configure(row);
    const client = await openidClient();
    const now = this.deps.clock.now();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    await store.deleteExpiredAttempts(this.deps.db, now);
    await store.insertAttempt(this.deps.db, {
      stateHash: hashState(state),
      providerId: row.id,
      nonce,
      returnTo: safeReturnPath(returnTo),
      usedAt: null,
      expiresAt: now + ATTEMPT_TTL_MS,
      createdAt: now,
    });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.callbackUrl,
      response_type: 'code',
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { location: url.href, state, verifier };
  }

  /**
   * The provider sent the browser back: the state must be the one this browser's cookie holds, unused and
   * current; the code is exchanged, the id token checked (issuer, audience, nonce, expiry), and the user
   * found by (issuer, subject), by a verified email, or created for an allowed domain. Every refusal is
   * audited and counted by the address's failure throttle.
   */
  async callback(
    query: Record<string, string>,
    cookie: { state: string; verifier: string } | undefined,
    actor: Actor,
  ): Promise<{ signedIn: SignedIn; returnTo: string }> {
    const address = actor.origin.ip ?? '';
    const throttle = this.deps.addresses.state(address);
    if (throttle.blocked) throw new SsoRefused('throttled');
    const { db, clock } = this.deps;
    const state = query.state;
    let attempt = state ? await store.findAttempt(db, hashState(state)) : undefined;
    const refuse = async (
      code: SsoRefusal,
      details: Record<string, unknown> = {},
      user?: UserRow,
    ): Promise<never> => {
      this.deps.addresses.recordFailure(address);
      await this.deps.audit.recordAlone(actor, {
        action: 'session.sign_in_failed',
        target: user
          ? { type: 'user', id: user.id }
          : { type: 'identity_provider', id: attempt?.providerId ?? 'unknown' },
        changes: {
          via: 'sso',
          reason: code,
          ...(attempt ? { identity_provider: attempt.providerId } : {}),
          ...details,
        },
      });
      throw new SsoRefused(code, attempt?.returnTo);
    };
    // The state must come back to the browser that set it out: a state from another browser is login CSRF.
    if (!state || !cookie || cookie.state !== state || !attempt) {
      attempt = undefined;
      return refuse('sso_state_invalid');
    }
    if (attempt.expiresAt <= clock.now()) return refuse('sso_state_invalid', { why: 'expired' });
    if (!(await store.useAttempt(db, attempt.stateHash, clock.now())))
      return refuse('sso_state_invalid', { why: 'replayed' });
    if (query.error !== undefined)
      return refuse('sso_provider_error', { provider_error: String(query.error).slice(0, 100) });
    const row = await this.deps.oidc.get(attempt.providerId).catch(() => undefined);
    if (!row || row.disabledAt !== null || row.signIn !== 1) return refuse('sso_not_enabled');
    const client = await openidClient();
    let claims: IDToken;
    try {
      const config = await this.configure(row);
      const current = new URL(this.callbackUrl);
      for (const [name, value] of Object.entries(query)) current.searchParams.set(name, value);
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: cookie.verifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const found = tokens.claims();
      if (!found) return refuse('sso_token_invalid');
      claims = found;
    } catch (error) {
      if (error instanceof SsoRefused) throw error;
      return refuse(...this.exchangeRefusal(error, client.ResponseBodyError));
    }
    const user = await this.userFor(row, claims, actor, refuse);
    if (user.suspendedAt !== null) return refuse('sso_suspended', {}, user);
    if (await this.deps.mfa.hasFactor(user.id)) {
      const amr = Array.isArray(claims.amr) ? claims.amr : [];
      if (!amr.some((method) => typeof method === 'string' && MFA_AMR.has(method)))
        return refuse('sso_mfa_required', { amr }, user);
    }
    const signedIn = await this.deps.sessions.startFor(actor, user, {
      via: 'sso',
      identity_provider: row.id,
    });
    return { signedIn, returnTo: attempt.returnTo };
  }

  /** The bound user, or the user with the verified email (then bound), or one created for an allowed domain. */
  private async userFor(
    row: IdentityProviderRow,
    claims: IDToken,
    actor: Actor,
    refuse: (code: SsoRefusal, details?: Record<string, unknown>, user?: UserRow) => Promise<never>,
  ): Promise<UserRow> {
    const bound = await this.deps.oidc.boundUser(row.issuer, claims.sub);
    if (bound) {
      const user = await this.deps.users.findById(bound);
      if (user) return user;
    }
    const email = claims[row.emailClaim];
    // Some providers (Cognito) send the boolean as a string.
    const verified = claims.email_verified === true || claims.email_verified === 'true';
    if (typeof email !== 'string' || !email.includes('@') || !verified)
      return refuse('sso_email_unverified', { subject: claims.sub });
    const normalized = normalizeEmail(email);
    let user = await this.deps.users.findByEmail(normalized);
    if (!user) {
      const domain = normalized.slice(normalized.lastIndexOf('@') + 1);
      if (!jitDomainsOf(row).includes(domain)) return refuse('sso_no_account', { email: normalized });
      const name = typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name : normalized;
      // Created by the person signing in (anonymous until then), which the audit record shows.
      user = await this.deps.users.create(actor, { email: normalized, name: name.slice(0, 100) });
    }
    if (!(await this.deps.oidc.bindSignIn(row, claims.sub, user)))
      return refuse('sso_subject_mismatch', { subject: claims.sub }, user);
    return user;
  }

  private exchangeRefusal(
    error: unknown,
    ResponseBodyError: typeof import('openid-client').ResponseBodyError,
  ): [SsoRefusal, Record<string, unknown>] {
    const message = error instanceof Error ? error.message : String(error);
    // openid-client wraps oauth4webapi's error, whose own cause names the claim that did not match.
    const inner = (error as { cause?: { message?: unknown; cause?: { claim?: unknown } } }).cause;
    if (inner?.cause?.claim === 'nonce' || /"nonce"/.test(String(inner?.message)))
      return ['sso_nonce_mismatch', {}];
    if (error instanceof ResponseBodyError)
      return ['sso_provider_error', { provider_error: error.error.slice(0, 100) }];
    const code = (error as { code?: unknown }).code;
    if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || error instanceof TypeError)
      return ['sso_provider_unavailable', {}];
    return ['sso_token_invalid', { error: message.slice(0, 200) }];
  }

  private async signInProvider(id: string): Promise<IdentityProviderRow> {
    const row = await this.deps.oidc.get(id).catch(() => undefined);
    if (!row || row.disabledAt !== null || row.signIn !== 1) throw new SsoRefused('sso_not_enabled');
    return row;
  }

  /** The provider's endpoints from its discovery document, fetched under the outbound policy. */
  private async configure(row: IdentityProviderRow): Promise<Configuration> {
    if (row.clientId === null || row.clientSecret === null) throw new SsoRefused('sso_not_enabled');
    const secret = this.deps.keyring.open(SECRET_FIELD, row.id, row.clientSecret);
    const { fetch } = this.deps.outbound;
    const client = await openidClient();
    try {
      return await client.discovery(
        new URL(row.issuer),
        row.clientId,
        undefined,
        client.ClientSecretBasic(secret),
        {
          [client.customFetch]: (url: string, init: CustomFetchOptions) =>
            fetch(url, {
              method: init.method as 'GET' | 'POST',
              headers: init.headers,
              body: init.body === undefined || init.body === null ? undefined : String(init.body),
              signal: AbortSignal.timeout(this.deps.httpTimeoutMs),
            }),
          // The outbound policy already decided whether plain http (a loopback provider) is allowed.
          execute: row.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [],
          timeout: this.deps.httpTimeoutMs / 1000,
        },
      );
    } catch {
      throw new SsoRefused('sso_provider_unavailable');
    }
  }
}
