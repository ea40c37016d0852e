// Offboarding: what a departing user's credentials are still doing, and moving a working key to an app.
import type { Caller } from '../../auth/actor.ts';
import type { CachedResult } from '../../auth/cache.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import { appPrincipal, type Principal } from '../../auth/principal.ts';
import type { AppRow, Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { allowedIpsOfApp, ceilingOf } from '../apps/apps.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { type Emit, keyTransferred } from '../events/events.catalog.ts';
import { addressListsOf, allowedIpsOf, type KeysService, restrictionsOf } from '../keys/keys.service.ts';
import { widens } from '../permissions/permissions.service.ts';
import type { UsersService } from '../users/users.service.ts';
import * as store from './offboarding.store.ts';

/** How far back offboarding looks for use. */
export const OFFBOARDING_DAYS = 30;
const HOUR_MS = 3_600_000;

export interface OffboardingDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  emit: Emit;
  invalidate(match: Invalidation): void;
  users: UsersService;
  keys: KeysService;
  findApp(ref: string): Promise<AppRow | undefined>;
  /** Whether the app may at least read the project (UUID): a project-limited key keeps working there. */
  appReaches(app: Principal, projectId: string): Promise<boolean>;
}

export interface UsedCredential {
  kind: 'user_key' | 'session_key' | 'app';
  id: string;
  name: string;
  start: string | null;
  requests: number;
  /** The last hour the usage history counted it in (or the key's last use, if later). */
  lastUsed: number | null;
}

export class OffboardingService {
  constructor(private readonly deps: OffboardingDeps) {}

  /** The user's credentials used in the last 30 days: keys, session keys, and the apps they created. */
  async report(userRef: string): Promise<{
    user: { id: string; email: string; slug: string };
    since: number;
    credentials: UsedCredential[];
  }> {
    const user = await this.deps.users.findByRef(userRef);
    if (!user) throw notFound('User');
    const now = this.deps.clock.now();
    const since = now - OFFBOARDING_DAYS * 86_400_000;
    const [keys, sessionKeys, apps] = await Promise.all([
      store.liveKeysOf(this.deps.db, user.id),
      store.liveSessionKeysOf(this.deps.db, user.id, now),
      store.ownedAppsOf(this.deps.db, user.id),
    ]);
    const ids = [...keys, ...sessionKeys, ...apps].map((row) => row.id);
    const use = await store.recentUse(this.deps.db, ids, since - HOUR_MS);
    const credentials: UsedCredential[] = [];
    const add = (
      kind: UsedCredential['kind'],
      id: string,
      name: string,
      start: string | null,
      lastKnown: number | null,
    ) => {
      const counted = use.get(id);
      const recent = lastKnown !== null && lastKnown >= since ? lastKnown : null;
      if (counted === undefined && recent === null) return;
      const lastUsed = Math.max(counted?.lastHour ?? 0, recent ?? 0);
      credentials.push({
        kind,
        id,
        name,
        start,
        requests: counted?.requests ?? 0,
        lastUsed: lastUsed || null,
      });
    };
    for (const key of keys) add('user_key', key.id, key.name, key.start, key.lastUsedAt);
    for (const key of sessionKeys) add('session_key', key.id, 'session key', key.start, null);
    for (const app of apps) add('app', app.id, app.name, null, app.lastSeenAt);
    credentials.sort((a, b) => (b.lastUsed ?? 0) - (a.lastUsed ?? 0));
    return { user: { id: user.id, email: user.email, slug: user.slug }, since, credentials };
  }

  /**
   * Moves one of the user's keys to an app: the same secret now authenticates as the app (its access, its
   * limits), held to the key's own restrictions, and no longer ends with the user. Refused with a 400
   * naming each restriction the app cannot satisfy (a project it does not reach, a permission past its ceiling).
   */
  async transfer(caller: Caller, userRef: string, keyId: string, appRef: string) {
    const key = await this.deps.keys.get(caller.principal, userRef, keyId);
    const now = this.deps.clock.now();
    if (key.revokedAt !== null) throw conflict('This key is revoked and cannot be transferred.');
    if (key.expiresAt !== null && key.expiresAt <= now)
      throw conflict('This key has expired and cannot be transferred.');
    const app = await this.deps.findApp(appRef);
    if (!app) throw invalid(`body.app: there is no app "${appRef}".`);
    if (app.archivedAt !== null) throw invalid(`body.app: the app "${app.slug}" is archived.`);
    if (app.activatedAt === null)
      throw invalid(`body.app: the app "${app.slug}" is not active; activate it first.`);
    await this.checkSatisfiable(key.scopes, app);
    const user = await this.deps.users.findByRef(key.userId);
    const entry = {
      id: key.id,
      appId: app.id,
      name: key.name,
      hash: key.hash,
      start: key.start,
      scopes: key.scopes,
      createdAt: key.createdAt,
      expiresAt: key.expiresAt,
      revokedAt: null,
      fromUserId: key.userId,
      fromUserEmail: user?.email ?? '',
      transferredAt: now,
      transferredBy: caller.principal.id,
    };
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.detachKey(tx, key.id))) throw conflict('This key was revoked or moved meanwhile.');
      await store.insertTransferred(tx, entry);
      await this.deps.audit.record(tx, caller, {
        action: 'key.transferred',
        target: { type: 'key', id: key.id },
        changes: {
          user: key.userId,
          user_email: entry.fromUserEmail,
          name: key.name,
          start: key.start,
          app: { id: app.id, slug: app.slug, client_id: app.clientId },
        },
      });
      await this.deps.emit(tx, keyTransferred(key, app));
    });
    // Every instance looks the key up again: it now resolves to the app.
    this.deps.invalidate({ credentialId: key.id });
    return { key: entry, app };
  }

  /** Each restriction of the key the app cannot satisfy, all named in one 400. */
  private async checkSatisfiable(scopes: string | null, app: AppRow): Promise<void> {
    const restrictions = restrictionsOf(scopes);
    if (!restrictions) return;
    const problems: string[] = [];
    const principal = appPrincipal(app, { kind: 'client_secret', id: app.id });
    for (const project of restrictions.projects ?? [])
      if (!(await this.deps.appReaches(principal, project)))
        problems.push(`the key is limited to project ${project}, which the app "${app.slug}" does not reach`);
    const beyond = restrictions.permissions === null ? [] : widens(ceilingOf(app), restrictions.permissions);
    if (beyond.length > 0)
      problems.push(
        `the key's permissions ${beyond.map((p) => `"${p}"`).join(', ')} are beyond the app's permission ceiling`,
      );
    if (problems.length > 0)
      throw invalid(`The app "${app.slug}" cannot satisfy this key's restrictions: ${problems.join('; ')}.`);
  }

  /** The pipeline's lookup of a key not among users' keys (only on a cache miss): one transferred to an app. */
  async resolve(hash: string, start: string): Promise<CachedResult> {
    const found = await store.findTransferredByHash(this.deps.db, hash);
    if (!found) return { result: { ok: false, reason: 'unknown', start } };
    const base = { principalId: found.id, credentialId: found.keyId };
    if (found.revokedAt !== null || found.archivedAt !== null)
      return { ...base, result: { ok: false, reason: 'revoked', start } };
    if (found.activatedAt === null) return { ...base, result: { ok: false, reason: 'app_inactive', start } };
    const principal = appPrincipal(found, { kind: 'user_key', id: found.keyId, start: found.start });
    // The key's own restrictions still hold; the app's permission ceiling holds a key that had none.
    const restrictions = restrictionsOf(found.keyScopes);
    const ceiling = ceilingOf(found);
    if (restrictions) principal.restrictions = restrictions;
    if (ceiling !== null && (restrictions?.permissions ?? null) === null)
      principal.restrictions = { readOnly: false, projects: null, ...restrictions, permissions: ceiling };
    const addresses = addressListsOf(allowedIpsOf(found.keyScopes), allowedIpsOfApp(found));
    if (addresses) principal.allowedAddresses = addresses;
    else delete principal.allowedAddresses;
    return { ...base, result: { ok: true, principal, expiresAt: found.expiresAt } };
  }

  /** The keys transferred to an app (its managers see them). */
  keysOfApp(appId: string) {
    return store.keysOfApp(this.deps.db, appId);
  }

  /** Revokes a key transferred to the app; terminal, like any key's revocation. */
  async revoke(caller: Caller, app: AppRow, keyId: string): Promise<void> {
    const done = await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.revokeTransferred(tx, app.id, keyId.toLowerCase(), this.deps.clock.now())))
        return false;
      await this.deps.audit.record(tx, caller, {
        action: 'key.revoked',
        target: { type: 'key', id: keyId.toLowerCase() },
        changes: { app: app.id, by: 'administrator' },
      });
      return true;
    });
    if (!done) throw notFound('Key');
    this.deps.invalidate({ credentialId: keyId.toLowerCase() });
  }
}
