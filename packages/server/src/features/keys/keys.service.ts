// User API keys: the rules of the seed's REST API (who may list, create, view, rename, revoke) and key resolution.
import type { Caller } from '../../auth/actor.ts';
import type { CachedResult } from '../../auth/cache.ts';
import { isKeyShaped, type Principal, userPrincipal } from '../../auth/principal.ts';
import type { ApiKeyRow, Tx } from '../../db/schema.ts';
import { generateSecret } from '../../lib/crypto/secrets.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import { keyCreated, keyRevoked } from '../events/events.catalog.ts';
import { maxLifetimeSeconds } from '../settings/settings.service.ts';
import { addressListsOf, allowedIpsOf, checkedAddresses, KeyAddresses } from './keys.addresses.ts';
import type { KeysDeps } from './keys.deps.ts';
import { KeyPermissions, restrictionsOf } from './keys.permissions.ts';
import { revokedEntry } from './keys.revoked.ts';
import * as store from './keys.store.ts';

/** Restrictions as `POST …/keys` takes them. */
export interface KeyScopesInput {
  read_only?: boolean;
  projects?: string[];
  permissions?: string[];
  allowed_ips?: string[];
}

/** The import columns of a key Latchkey generated. */
const NOT_IMPORTED = { importedAt: null, importedHash: null, lookupPrefix: null } as const;

export interface CreatedKey {
  row: ApiKeyRow;
  plaintext: string;
}

export interface RerolledKey extends CreatedKey {
  /** The old key, as it now stands: revoked, or ending at the end of the grace window. */
  previous: ApiKeyRow;
}

export interface KeyListQuery {
  name?: string;
  revoked?: boolean;
  search?: string;
}

/** Who revoked a key, for the audit log: its owner, the key itself, or an administrator. */
function revokedBy(
  principal: Principal,
  key: Pick<ApiKeyRow, 'id' | 'userId'>,
): 'key_itself' | 'owner' | 'administrator' {
  if (principal.credential.kind === 'user_key' && principal.credential.id === key.id) return 'key_itself';
  return principal.type === 'user' && principal.id === key.userId ? 'owner' : 'administrator';
}

const ALREADY_REROLLED = (to: string) =>
  `This key was already rerolled; its replacement is ${to}. Reroll the replacement instead.`;

const KEY_ONLY_ITSELF =
  'A key can only view, rename or revoke itself (a session key is none of the API keys); sign in with a session to manage other keys.';

export { addressListsOf, allowedIpsOf } from './keys.addresses.ts';
export { restrictionsOf } from './keys.permissions.ts';

export class KeysService {
  /** Narrowing a key's permissions, and the keys a deleted permission is dropped from. */
  readonly permissions: KeyPermissions;
  /** The addresses a key may be used from. */
  readonly addresses: KeyAddresses;

  constructor(private readonly deps: KeysDeps) {
    this.permissions = new KeyPermissions(deps, (principal, user, key) => this.get(principal, user, key));
    this.addresses = new KeyAddresses(deps, (principal, user, key) => this.get(principal, user, key));
  }

  async list(principal: Principal, userRef: string, page: PageRequest, query: KeyListQuery) {
    const user = await this.deps.users.visibleTo(principal, userRef);
    return store.listUserKeys(this.deps.db, user.id, page, {
      name: query.name,
      revoked: query.revoked === true,
      search: query.search,
      onlyId: this.callingKeyOf(principal, user.id),
    });
  }

  async create(
    caller: Caller,
    userRef: string,
    input: { name: string; ttl?: number; scopes?: KeyScopesInput },
  ): Promise<CreatedKey> {
    const principal = caller.principal;
    const user = await this.deps.users.visibleTo(principal, userRef);
    const policy = await this.deps.settings.policy();
    if (!policy.allow_user_keys) {
      throw forbidden(
        'Creating API keys is turned off on this site (setting allow_user_keys). Ask an administrator.',
      );
    }
    const maxTtl = maxLifetimeSeconds(policy);
    if (maxTtl !== undefined && input.ttl !== undefined && input.ttl > maxTtl) {
      throw invalid(
        `body.ttl: at most ${maxTtl} seconds on this site (key_max_lifetime is ${policy.key_max_lifetime}); got ${input.ttl}.`,
      );
    }
    const ttl = input.ttl ?? maxTtl;
    const scopes = await this.storedScopes(user, input.scopes);
    const now = this.deps.clock.now();
    const secret = generateSecret('user');
    const row: ApiKeyRow = {
      id: uuidv7(now),
      userId: user.id,
      name: input.name,
      hash: secret.hash,
      start: secret.start,
      createdAt: now,
      expiresAt: ttl === undefined ? null : now + ttl * 1000,
      revokedAt: null,
      lastUsedAt: null,
      scopes,
      lineageCreatedAt: now,
      rerolledTo: null,
      ...NOT_IMPORTED,
    };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertKey(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'key.created',
        target: { type: 'key', id: row.id },
        changes: {
          user: user.id,
          name: row.name,
          start: row.start,
          expiration: row.expiresAt,
          scopes: scopes === null ? null : JSON.parse(scopes),
        },
      });
      await this.deps.emit(tx, keyCreated(row));
    });
    return { row, plaintext: secret.plaintext };
  }

  async get(principal: Principal, userRef: string, keyId: string): Promise<ApiKeyRow> {
    const user = await this.deps.users.visibleTo(principal, userRef);
    const key = await store.findUserKey(this.deps.db, user.id, keyId);
    if (!key) throw notFound('Key');
    const callingKey = this.callingKeyOf(principal, user.id);
    if (callingKey !== undefined && callingKey !== key.id) throw forbidden(KEY_ONLY_ITSELF);
    return key;
  }

  async rename(caller: Caller, userRef: string, keyId: string, name: string): Promise<ApiKeyRow> {
    const key = await this.get(caller.principal, userRef, keyId);
    await this.deps.db.transaction().execute(async (tx) => {
      await store.renameKey(tx, key.id, name);
      await this.deps.audit.record(tx, caller, {
        action: 'key.renamed',
        target: { type: 'key', id: key.id },
        changes: { user: key.userId, name: { from: key.name, to: name } },
      });
    });
    return { ...key, name };
  }

  /**
   * Terminal: a revoked key never authenticates again, and revoking twice is a conflict. A key still in
   * its grace after a reroll takes the key that replaced it along (whoever rerolled it may have been a thief).
   */
  async revoke(caller: Caller, userRef: string, keyId: string): Promise<ApiKeyRow> {
    const key = await this.get(caller.principal, userRef, keyId);
    const at = this.deps.clock.now();
    const revoked = await this.deps.db.transaction().execute(async (tx) => {
      const ended = await store.revokeKeys(tx, at, { ids: [key.id], successors: true });
      if (ended.length === 0) return [];
      await this.recordRevoked(tx, caller, ended);
      return ended;
    });
    if (revoked.length === 0) throw conflict('This key is already revoked.');
    for (const ended of revoked) this.deps.invalidate({ credentialId: ended.id });
    return { ...key, revokedAt: at };
  }

  /** Audits and events the keys one revocation ended, each with who ended it (and the key it replaced). */
  private async recordRevoked(tx: Tx, caller: Caller, ended: store.RevokedKey[]): Promise<void> {
    const by = (key: store.RevokedKey) => revokedBy(caller.principal, key);
    await this.deps.audit.record(tx, caller, ...ended.map((key) => revokedEntry(key, by(key))));
    await this.deps.emit(
      tx,
      ...ended.map((key) => keyRevoked(key, by(key) === 'administrator' ? 'administrator' : 'owner')),
    );
  }

  /**
   * A new key with the old one's name, restrictions and lifetime (shown once); the old one ends now or
   * after `graceSeconds`. Who may reroll is the route's declaration: a session, or an unrestricted key
   * replacing itself. The new key never outlives the site's maximum lifetime counted from the creation
   * of the first key of its line, and a key is rerolled once (then its replacement is).
   */
  async reroll(caller: Caller, userRef: string, keyId: string, graceSeconds = 0): Promise<RerolledKey> {
    const principal = caller.principal;
    const old = await this.get(principal, userRef, keyId);
    const now = this.deps.clock.now();
    if (old.revokedAt !== null) throw conflict('This key is revoked and cannot be rerolled.');
    if (old.expiresAt !== null && old.expiresAt <= now)
      throw conflict('This key has expired and cannot be rerolled; create a new key.');
    if (old.rerolledTo !== null) throw conflict(ALREADY_REROLLED(old.rerolledTo));
    const policy = await this.deps.settings.policy();
    if (!policy.allow_user_keys)
      throw forbidden('Creating API keys is turned off on this site (setting allow_user_keys).');
    const expiresAt = this.rerolledExpiry(old, now, maxLifetimeSeconds(policy), policy.key_max_lifetime);
    const secret = generateSecret('user');
    const row: ApiKeyRow = {
      ...old,
      id: uuidv7(now),
      hash: secret.hash,
      start: secret.start,
      createdAt: now,
      expiresAt,
      revokedAt: null,
      lastUsedAt: null,
      rerolledTo: null,
      // The replacement is a key Latchkey generated, whatever its predecessor was.
      ...NOT_IMPORTED,
    };
    const oldEnd = graceSeconds > 0 ? Math.min(now + graceSeconds * 1000, old.expiresAt ?? Infinity) : now;
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertKey(tx, row);
      const end = graceSeconds > 0 ? { expiresAt: oldEnd } : { revokedAt: now };
      if (!(await store.markRerolled(tx, old.id, row.id, end)))
        throw conflict('This key was revoked or rerolled meanwhile.');
      const changes = { user: old.userId, name: old.name, start: row.start, previous_start: old.start };
      await this.deps.audit.record(tx, caller, {
        action: 'key.rerolled',
        target: { type: 'key', id: old.id },
        changes: { ...changes, new_key: row.id, grace_seconds: graceSeconds, previous_key_end: oldEnd },
      });
      const by = revokedBy(principal, old) === 'administrator' ? 'administrator' : 'owner';
      await this.deps.emit(tx, keyCreated(row), ...(graceSeconds > 0 ? [] : [keyRevoked(old, by)]));
    });
    // The old key's cached answer carries its old expiry: every instance looks it up again.
    this.deps.invalidate({ credentialId: old.id });
    return {
      row,
      plaintext: secret.plaintext,
      previous: {
        ...old,
        rerolledTo: row.id,
        ...(graceSeconds > 0 ? { expiresAt: oldEnd } : { revokedAt: now }),
      },
    };
  }

  /**
   * The old key's lifetime (capped by the site's maximum) from now, and never past the maximum counted
   * from the line's first creation: rerolling never keeps a key alive longer than creating it could.
   */
  private rerolledExpiry(
    old: ApiKeyRow,
    now: number,
    maxTtl: number | undefined,
    setting: string,
  ): number | null {
    const lifetime =
      old.expiresAt === null ? maxTtl : Math.min((old.expiresAt - old.createdAt) / 1000, maxTtl ?? Infinity);
    const expiresAt = lifetime === undefined ? null : now + Math.round(lifetime * 1000);
    if (maxTtl === undefined) return expiresAt;
    const lineEnd = old.lineageCreatedAt + maxTtl * 1000;
    if (lineEnd <= now) {
      throw conflict(
        `This key's line began ${new Date(old.lineageCreatedAt).toISOString()} and the site's key_max_lifetime (${setting}) ended it ${new Date(lineEnd).toISOString()}: a reroll cannot extend a key past it. Create a new key.`,
      );
    }
    return Math.min(expiresAt ?? lineEnd, lineEnd);
  }

  /** Every user's keys, for administrators (LabKey's APIKey query). */
  async listAll(
    page: PageRequest,
    filter: Omit<store.AdminKeyFilter, 'userId' | 'now'> & { user?: string },
    sort: store.AdminKeySort,
  ) {
    const userId = filter.user === undefined ? undefined : (await this.deps.users.findByRef(filter.user))?.id;
    if (filter.user !== undefined && userId === undefined) throw notFound('User');
    return store.listAllKeys(this.deps.db, page, { ...filter, userId, now: this.deps.clock.now() }, sort);
  }

  /** Revokes the given keys, or all keys (of one user), at once; answers how many were revoked. */
  async revokeMany(
    caller: Caller,
    selection: { keys?: string[]; all?: boolean; user?: string },
  ): Promise<number> {
    if ((selection.keys === undefined) === (selection.all !== true)) {
      throw invalid('body: give either keys (a list of key UUIDs) or all: true.');
    }
    const userId =
      selection.user === undefined ? undefined : (await this.deps.users.findByRef(selection.user))?.id;
    if (selection.user !== undefined && userId === undefined) throw notFound('User');
    const by = selection.all ? 'revoke_all' : 'administrator';
    const ids = await this.deps.db.transaction().execute(async (tx) => {
      const revoked = await store.revokeKeys(tx, this.deps.clock.now(), {
        ids: selection.keys,
        userId,
        successors: true,
      });
      await this.deps.audit.record(tx, caller, ...revoked.map((key) => revokedEntry(key, by)));
      await this.deps.emit(tx, ...revoked.map((key) => keyRevoked(key, 'administrator')));
      return revoked.map((key) => key.id);
    });
    for (const id of ids) this.deps.invalidate({ credentialId: id });
    return ids.length;
  }

  /** The lookup behind authentication, run only on a cache miss. */
  async resolve(hash: string, start: string): Promise<CachedResult> {
    const key = await store.findKeyByHash(this.deps.db, hash);
    if (!key) return { result: { ok: false, reason: 'unknown', start } };
    const base = { principalId: key.userId, credentialId: key.id };
    if (key.revokedAt !== null) return { ...base, result: { ok: false, reason: 'revoked', start } };
    if (key.suspendedAt !== null) return { ...base, result: { ok: false, reason: 'suspended', start } };
    const principal = userPrincipal(
      { ...key, id: key.userId },
      { kind: 'user_key', id: key.id, start: key.start },
    );
    const restrictions = restrictionsOf(key.scopes);
    if (restrictions) principal.restrictions = restrictions;
    const addresses = addressListsOf(allowedIpsOf(key.scopes));
    if (addresses) principal.allowedAddresses = addresses;
    return { ...base, result: { ok: true, principal, expiresAt: key.expiresAt } };
  }

  keyUsed(keyId: string, at: number): void {
    this.deps.lastUsed.touch(keyId, at);
  }

  /** A restricted key's JSON: its projects resolved to UUIDs among those the owner (not the caller) can see. */
  async storedScopes(
    user: { id: string; slug: string; role: string },
    scopes: KeyScopesInput | undefined,
    field = 'body.scopes',
  ): Promise<string | null> {
    if (
      !scopes ||
      (scopes.read_only !== true &&
        scopes.projects === undefined &&
        scopes.permissions === undefined &&
        scopes.allowed_ips === undefined)
    )
      return null;
    const allowed =
      scopes.allowed_ips === undefined
        ? undefined
        : checkedAddresses(scopes.allowed_ips, `${field}.allowed_ips`);
    const permissions = scopes.permissions === undefined ? null : [...new Set(scopes.permissions)].sort();
    if (permissions !== null)
      await this.deps.checkKeyPermissions(
        { type: 'user', id: user.id },
        scopes.permissions ?? [],
        'body.scopes.permissions',
      );
    let projects: string[] | null = null;
    if (scopes.projects !== undefined) {
      const resolved = await this.deps.projectsForKey(
        { id: user.id, slug: user.slug, isAdmin: user.role === 'admin' },
        scopes.projects,
      );
      if (!resolved.ok)
        throw invalid(
          `${field}.projects.${resolved.index}: there is no project "${resolved.ref}" that this user can see.`,
        );
      projects = resolved.ids;
    }
    return JSON.stringify({
      read_only: scopes.read_only === true,
      projects,
      permissions,
      ...(allowed === undefined ? {} : { allowed_ips: allowed }),
    });
  }

  /**
   * When a key (an API key or a session key) calls about its own user, the id of that key: among the
   * user's API keys it sees only itself, so a session key sees none.
   */
  private callingKeyOf(principal: Principal, userId: string): string | undefined {
    return isKeyShaped(principal.credential.kind) && principal.id === userId
      ? principal.credential.id
      : undefined;
  }
}
