// Trusted OpenID Connect providers: the administrators' rules, and id tokens resolved to existing, bound users.
import { type Actor, type Caller, SYSTEM } from '../../auth/actor.ts';
import type { JwtResolver } from '../../auth/authenticate.ts';
import type { CachedResult } from '../../auth/cache.ts';
import type { InvalidationListener } from '../../auth/invalidation.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import { type AuthFailureReason, type Principal, userPrincipal } from '../../auth/principal.ts';
import type { Db, IdentityProviderRow, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { DecodedJwt } from '../../lib/crypto/jwt.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { defaultOutbound, type OutboundHttp } from '../../lib/outbound-http.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { normalizeEmail, type UsersService } from '../users/users.service.ts';
import { discover, providerUrlProblem } from './oidc.discovery.ts';
import { ProviderKeys } from './oidc.jwks.ts';
import { type SignInInput, signInColumns, signInSettingsOf } from './oidc.sign-in.ts';
import * as store from './oidc.store.ts';
import { CLOCK_TOLERANCE_SECONDS, type VerifiableProvider, verifyIdToken } from './oidc.verify.ts';

export interface OidcDeps {
  db: Db;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  /** Seals the client secrets of providers people sign in through. */
  keyring: Keyring;
  users: UsersService;
  /** Our own issuer: its tokens are never verified as a provider's, and no provider may claim it. */
  ownIssuer: string;
  jwksCooldownMs: number;
  httpTimeoutMs: number;
  /** Discovery and JWKS go through it: the outbound policy, checked again at connect time. */
  outbound?: OutboundHttp;
  invalidate(match: Invalidation): void;
  log: { warn(details: object, message: string): void };
}

export interface NewProviderInput extends SignInInput {
  issuer: string;
  audience: string;
  emailClaim?: string;
  algorithms?: string[];
  enabled?: boolean;
}

export interface ProviderPatch extends SignInInput {
  audience?: string;
  emailClaim?: string;
  algorithms?: string[];
  enabled?: boolean;
}

interface LoadedProvider extends VerifiableProvider {
  row: IdentityProviderRow;
  emailClaim: string;
}

export const DEFAULT_ALGORITHMS = ['RS256'];
export const DEFAULT_EMAIL_CLAIM = 'email';

export const algorithmsOf = (row: IdentityProviderRow): string[] => JSON.parse(row.algorithms) as string[];

/** What an administrator sets on a provider, as the audit log records it. */
const settingsOf = (row: IdentityProviderRow) => ({
  issuer: row.issuer,
  audience: row.audience,
  email_claim: row.emailClaim,
  algorithms: algorithmsOf(row),
  enabled: row.disabledAt === null,
  ...signInSettingsOf(row),
});

function settingChanges(before: IdentityProviderRow, after: IdentityProviderRow) {
  const [from, to] = [settingsOf(before), settingsOf(after)];
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of Object.keys(from) as (keyof typeof from)[]) {
    if (JSON.stringify(from[field]) !== JSON.stringify(to[field]))
      changed[field] = { from: from[field], to: to[field] };
  }
  return changed;
}

const describe = (error: unknown): string =>
  error instanceof Error
    ? `${error.name}: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
    : String(error);

const stripSlashes = (url: string): string => url.replace(/\/+$/, '');

export class OidcService implements InvalidationListener {
  /** Enabled providers by issuer, each with its own in-memory JWKS. */
  private readonly byIssuer = new Map<string, LoadedProvider>();

  private readonly outbound: OutboundHttp;

  private constructor(private readonly deps: OidcDeps) {
    this.outbound = deps.outbound ?? defaultOutbound();
  }

  static async load(deps: OidcDeps): Promise<OidcService> {
    const service = new OidcService(deps);
    await service.refresh();
    return service;
  }

  /** A change to the providers, made here or on another instance: re-read them. */
  invalidated(match: Invalidation): undefined | Promise<void> {
    return match.identityProviders ? this.refresh() : undefined;
  }

  reset(): void {}

  /** Re-reads the enabled providers, keeping the keys of those unchanged. */
  async refresh(): Promise<void> {
    const rows = await store.listEnabledProviders(this.deps.db);
    const current = new Map(rows.map((row) => [row.issuer, row]));
    for (const loaded of [...this.byIssuer.values()]) {
      const row = current.get(loaded.issuer);
      if (!row || row.id !== loaded.row.id || row.updatedAt !== loaded.row.updatedAt)
        this.uninstall(loaded.row);
    }
    for (const row of rows) if (!this.byIssuer.has(row.issuer)) this.install(row);
  }

  /** Enabled providers people may sign in through, for the console's buttons. */
  async signInProviders(): Promise<IdentityProviderRow[]> {
    return (await store.listEnabledProviders(this.deps.db)).filter((row) => row.signIn === 1);
  }

  list(page: PageRequest, filter: store.ProviderListFilter) {
    return store.listProviders(this.deps.db, page, filter);
  }

  async get(id: string): Promise<IdentityProviderRow> {
    const row = await store.findProvider(this.deps.db, id);
    if (!row) throw notFound('Identity provider');
    return row;
  }

  /** Adds a provider after its discovery document proves the issuer is real and is who it says. */
  async create(caller: Caller, input: NewProviderInput): Promise<IdentityProviderRow> {
    const { db, clock } = this.deps;
    const issuer = input.issuer;
    const problem = providerUrlProblem(issuer, this.outbound.policy);
    if (problem) throw invalid(`issuer: ${problem}.`);
    if (stripSlashes(issuer) === stripSlashes(this.deps.ownIssuer)) {
      throw invalid(
        'issuer: this is Latchkey’s own issuer; its tokens are sessions and access tokens, never id tokens.',
      );
    }
    if (await store.findProviderByIssuer(db, issuer))
      throw conflict(`An identity provider with issuer ${issuer} already exists.`);
    const algorithms = input.algorithms ?? DEFAULT_ALGORITHMS;
    const found = await discover(issuer, this.deps.httpTimeoutMs, this.outbound);
    if (!found.ok) throw invalid(`issuer: ${found.reason}.`);
    const supported = found.discovered.algorithms;
    if (supported && !algorithms.some((alg) => supported.includes(alg))) {
      throw invalid(
        `algorithms: the provider signs id tokens with ${supported.join(', ')}; none of ${algorithms.join(', ')} is among them.`,
      );
    }
    const now = clock.now();
    const id = uuidv7(now);
    const blank = { id, signIn: 0, clientId: null, clientSecret: null };
    const row: IdentityProviderRow = {
      id,
      issuer,
      audience: input.audience,
      emailClaim: input.emailClaim ?? DEFAULT_EMAIL_CLAIM,
      algorithms: JSON.stringify(algorithms),
      jwksUri: found.discovered.jwksUri,
      disabledAt: input.enabled === false ? now : null,
      createdAt: now,
      updatedAt: now,
      signIn: 0,
      displayName: null,
      clientId: null,
      clientSecret: null,
      jitDomains: '[]',
      ...signInColumns(this.deps.keyring, blank, input),
    };
    try {
      await db.transaction().execute(async (tx) => {
        await store.insertProvider(tx, row);
        await this.deps.audit.record(tx, caller, {
          action: 'identity_provider.created',
          target: { type: 'identity_provider', id: row.id },
          changes: settingsOf(row),
        });
      });
    } catch (error) {
      // Two administrators adding the same issuer at once: the unique index decides.
      if (await store.findProviderByIssuer(db, issuer))
        throw conflict(`An identity provider with issuer ${issuer} already exists.`);
      throw error;
    }
    this.install(row);
    this.announce(row.id);
    return row;
  }

  async update(caller: Caller, id: string, patch: ProviderPatch): Promise<IdentityProviderRow> {
    const row = await this.get(id);
    const changes: Partial<IdentityProviderRow> = {};
    if (patch.audience !== undefined) changes.audience = patch.audience;
    if (patch.emailClaim !== undefined) changes.emailClaim = patch.emailClaim;
    if (patch.algorithms !== undefined) changes.algorithms = JSON.stringify(patch.algorithms);
    if (patch.enabled !== undefined) {
      changes.disabledAt = patch.enabled ? null : (row.disabledAt ?? this.deps.clock.now());
    }
    Object.assign(changes, signInColumns(this.deps.keyring, { ...row, ...changes }, patch));
    const updated = { ...row, ...changes };
    const changed = settingChanges(row, updated);
    // A new secret in place of another changes nothing the audit log shows but that it was replaced.
    if (patch.clientSecret && row.clientSecret !== null)
      changed.client_secret = { from: 'set', to: 'replaced' };
    if (Object.keys(changed).length === 0) return row;
    updated.updatedAt = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (tx) => {
      await store.updateProvider(tx, row.id, { ...changes, updatedAt: updated.updatedAt });
      await this.deps.audit.record(tx, caller, {
        action: 'identity_provider.updated',
        target: { type: 'identity_provider', id: row.id },
        changes: changed,
      });
    });
    this.uninstall(row);
    this.install(updated);
    this.announce(row.id);
    return updated;
  }

  /** Removes the provider; its bindings stay, so re-adding the issuer keeps every user on their subject. */
  async remove(caller: Caller, id: string): Promise<void> {
    const row = await this.get(id);
    await this.deps.db.transaction().execute(async (tx) => {
      await store.deleteProvider(tx, row.id);
      await this.deps.audit.record(tx, caller, {
        action: 'identity_provider.deleted',
        target: { type: 'identity_provider', id: row.id },
        changes: { issuer: row.issuer },
      });
    });
    this.uninstall(row);
    this.announce(row.id);
  }

  /** Claims tokens whose (unverified) issuer is an enabled provider, never our own issuer. */
  readonly jwtResolver: JwtResolver = {
    kind: 'oidc',
    accepts: (decoded) => {
      const iss = decoded.payload.iss;
      return typeof iss === 'string' && iss !== this.deps.ownIssuer && this.byIssuer.has(iss);
    },
    resolve: (_token, decoded) => this.resolveToken(decoded),
  };

  private async resolveToken(decoded: DecodedJwt): Promise<CachedResult> {
    const provider = this.byIssuer.get(String(decoded.payload.iss));
    if (!provider) return { result: { ok: false, reason: 'untrusted_issuer' } };
    const credentialId = provider.row.id;
    const refuse = (reason: AuthFailureReason, userId?: string): CachedResult => ({
      credentialId,
      ...(userId ? { principalId: userId } : {}),
      result: { ok: false, reason },
    });
    const verified = await verifyIdToken(provider, decoded, this.deps.clock);
    if (!verified.ok) return refuse(verified.reason);
    const { claims } = verified;
    const email = claims[provider.emailClaim];
    if (typeof email !== 'string' || !email.includes('@')) return refuse('email_claim_missing');
    // Some providers (Cognito) send the boolean as a string.
    if (claims.email_verified === false || claims.email_verified === 'false')
      return refuse('email_not_verified');
    const user = await this.deps.users.findByEmail(normalizeEmail(email));
    if (!user) return refuse('user_not_found');
    if (user.suspendedAt !== null) return refuse('suspended', user.id);
    const principal = userPrincipal(user, { kind: 'oidc', id: provider.row.id, issuer: provider.issuer });
    if (!(await this.bind(provider.issuer, claims.sub, principal)))
      return refuse('subject_mismatch', user.id);
    // Disabled, changed or deleted while we were verifying: do not cache an answer for the old settings.
    if (this.byIssuer.get(provider.issuer) !== provider) return refuse('untrusted_issuer');
    // Accepted up to the same tolerance jose allowed, then refused from the cache without asking anyone.
    const expiresAt = (claims.exp + CLOCK_TOLERANCE_SECONDS) * 1000;
    return { credentialId, principalId: user.id, result: { ok: true, principal, expiresAt } };
  }

  /** The user an (issuer, subject) is bound to, if any. */
  async boundUser(issuer: string, subject: string): Promise<string | undefined> {
    return (await store.findBindingForSubject(this.deps.db, issuer, subject))?.userId;
  }

  /**
   * Binds a user signing in through a provider to its subject, as an accepted id token does; false when
   * the user is bound to another subject or the subject to another user.
   */
  bindSignIn(row: IdentityProviderRow, subject: string, user: UserRow): Promise<boolean> {
    return this.bind(
      row.issuer,
      subject,
      userPrincipal(user, { kind: 'oidc', id: row.id, issuer: row.issuer }),
    );
  }

  /**
   * The first accepted token binds the user to the provider's subject; later ones must carry the same
   * subject, and a subject bound to one user never acts as another (a reassigned or edited email claim).
   */
  private async bind(issuer: string, subject: string, user: Principal): Promise<boolean> {
    const { db, clock } = this.deps;
    const forUser = await store.findBindingForUser(db, issuer, user.id);
    if (forUser) return forUser.subject === subject;
    if (await store.findBindingForSubject(db, issuer, subject)) return false;
    // The user's first sign-in through this provider: recorded as theirs (no request is at hand here).
    const actor: Actor = { principal: user, origin: SYSTEM.origin };
    await db.transaction().execute(async (tx) => {
      if (!(await store.insertBinding(tx, { issuer, subject, userId: user.id, createdAt: clock.now() })))
        return;
      await this.deps.audit.record(tx, actor, {
        action: 'user.identity_bound',
        target: { type: 'user', id: user.id },
        changes: { identity_provider: user.credential.id, issuer, subject },
      });
    });
    return (await store.findBindingForUser(db, issuer, user.id))?.subject === subject;
  }

  private install(row: IdentityProviderRow): void {
    if (row.disabledAt !== null) return;
    const keys = new ProviderKeys({
      jwksUri: row.jwksUri,
      clock: this.deps.clock,
      cooldownMs: this.deps.jwksCooldownMs,
      timeoutMs: this.deps.httpTimeoutMs,
      fetch: this.outbound.fetch,
      onFetchFailure: (error) =>
        this.deps.log.warn(
          { oidc: { issuer: row.issuer, jwksUri: row.jwksUri, error: describe(error) } },
          'identity provider keys could not be fetched',
        ),
    });
    this.byIssuer.set(row.issuer, {
      row,
      issuer: row.issuer,
      audience: row.audience,
      emailClaim: row.emailClaim,
      algorithms: algorithmsOf(row),
      keys,
    });
  }

  /** Tells every instance to re-read the providers (invalidated(), through the invalidation bus). */
  private announce(providerId: string): void {
    this.deps.invalidate({ credentialId: providerId, identityProviders: true });
  }

  /** Forgets the provider's keys and every cached answer for its tokens. */
  private uninstall(row: IdentityProviderRow): void {
    this.byIssuer.delete(row.issuer);
    this.deps.invalidate({ credentialId: row.id });
  }
}
