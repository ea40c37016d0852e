// Apps: who may create and manage them, secrets with optional grace, configuration, activation, archiving.
import type { Caller } from '../../auth/actor.ts';
import type { CachedResult } from '../../auth/cache.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import { appPrincipal, type Principal } from '../../auth/principal.ts';
import { changesColumns, columnsOf, overrideJson, type RateLimitInput } from '../../auth/ratelimit/budget.ts';
import type { AppRow, AppSecretRow, Db, Tx } from '../../db/schema.ts';
import { checkAllowedAddresses } from '../../lib/allowed-addresses.ts';
import type { BatchWriter } from '../../lib/batch-writer.ts';
import type { Clock } from '../../lib/clock.ts';
import { randomBase62 } from '../../lib/crypto/base62.ts';
import { generateSecret } from '../../lib/crypto/secrets.ts';
import { ApiError, conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { slugify, uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { AuditEntry } from '../audit/audit.actions.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { appArchived, type Emit, secretRotated } from '../events/events.catalog.ts';
import type { UsersService } from '../users/users.service.ts';
import type { ConfigItem, Manifest, Problem } from './apps.manifest.ts';
import * as store from './apps.store.ts';

export const MAX_GRACE_SECONDS = 86400;
export const DEFAULT_SCOPES = ['api'];

export interface AppsDeps {
  db: Db;
  /** The configuration and the webhook secret are stored encrypted; rows leave this service with the configuration opened. */
  keyring: Keyring;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  users: UsersService;
  lastSeen: BatchWriter;
  /** Queues events in the transaction of the change (features/events). */
  emit: Emit;
  /** Queues a lifecycle webhook to the app's manifest webhook_url, in the transaction of the change. */
  appWebhook(tx: Tx, appId: string, body: Record<string, unknown>): Promise<void>;
  invalidate(match: Invalidation): void;
  /** A permission ceiling as written: each name or wildcard in the catalogue, else a 400 naming it (features/permissions). */
  checkPermissions(patterns: string[], field: string): Promise<void>;
  /** Removes the role assignments to an archived app (features/permissions). */
  dropRoleAssignments(tx: Tx, ids: string[]): Promise<number>;
}

export type ConfigValue = string | number | boolean;

export interface CreatedSecret {
  app: AppRow;
  secret: AppSecretRow;
  plaintext: string;
  /** When the replaced secret stops working, if it was given a grace period. */
  previousExpiresAt: number | null;
}

export interface AppPatch {
  name?: string;
  description?: string;
  /** Administrators only; null restores the configured default. */
  rateLimit?: RateLimitInput | null;
  /** Administrators only: the permission ceiling of the app's tokens; null removes it. */
  permissions?: string[] | null;
  /** The addresses the app's credentials may be used from; null: anywhere. */
  allowedIps?: string[] | null;
}

export type AppStatus = 'active' | 'inactive' | 'archived';

export const statusOf = (app: Pick<AppRow, 'activatedAt' | 'archivedAt'>): AppStatus =>
  app.archivedAt !== null ? 'archived' : app.activatedAt !== null ? 'active' : 'inactive';

export const manifestOf = (app: AppRow): Manifest | undefined =>
  app.manifest === null ? undefined : (JSON.parse(app.manifest) as Manifest);

export const configItemsOf = (app: AppRow): ConfigItem[] => manifestOf(app)?.configuration ?? [];
export const configValuesOf = (app: AppRow): Record<string, ConfigValue> =>
  JSON.parse(app.configuration) as Record<string, ConfigValue>;
export const scopesOf = (app: Pick<AppRow, 'scopes'>): string[] => JSON.parse(app.scopes) as string[];
/** The permissions (and wildcards) the app's tokens may be granted at most; null: no ceiling. */
export const ceilingOf = (app: Pick<AppRow, 'permissions'>): string[] | null =>
  app.permissions === null ? null : (JSON.parse(app.permissions) as string[]);
/** The addresses (and CIDRs) the app's credentials may be used from; null: anywhere. */
export const allowedIpsOfApp = (app: Pick<AppRow, 'allowedIps'>): string[] | null =>
  app.allowedIps === null ? null : (JSON.parse(app.allowedIps) as string[]);

/** The list as stored (JSON), or a 400 naming every malformed entry; undefined when not given. */
function storedAddresses(entries: string[] | null | undefined): string | null | undefined {
  if (entries === undefined || entries === null) return entries;
  const checked = checkAllowedAddresses(entries, 'body.allowed_ips');
  if (!checked.ok) throw invalid(checked.problems.join(' '));
  return JSON.stringify(checked.entries);
}

export class AppsService {
  constructor(private readonly deps: AppsDeps) {}

  /** "From scratch": manual lifecycle, active at once. */
  async create(
    caller: Caller,
    input: {
      name: string;
      description?: string;
      slug?: string;
      permissions?: string[] | null;
      allowed_ips?: string[] | null;
    },
  ): Promise<AppRow> {
    const creator = await this.requireDeveloper(caller.principal);
    const ceiling = await this.ceiling(caller.principal, input.permissions);
    const addresses = storedAddresses(input.allowed_ips);
    const now = this.deps.clock.now();
    const row = await this.newRow(creator, input.name, input.slug, now);
    row.description = input.description?.trim() ?? '';
    if (ceiling !== undefined) row.permissions = ceiling;
    if (addresses !== undefined) row.allowedIps = addresses;
    row.activatedAt = now;
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertApp(tx, this.sealed(row));
      await this.deps.audit.record(tx, caller, createdEntry(row));
    });
    return row;
  }

  /** From a checked manifest; automatic lifecycle apps start inactive. Returns the webhook secret, shown once. */
  async createFromManifest(
    caller: Caller,
    manifest: Manifest,
  ): Promise<{ app: AppRow; webhookSecret: string | null }> {
    const creator = await this.requireDeveloper(caller.principal);
    const now = this.deps.clock.now();
    const row = await this.newRow(creator, manifest.name, undefined, now);
    const webhookSecret = manifest.webhookUrl ? `whsec_${randomBase62(32)}` : null;
    const sealedSecret =
      webhookSecret === null ? null : this.deps.keyring.seal('apps.webhook_secret', row.id, webhookSecret);
    Object.assign(row, {
      description: manifest.description,
      lifecycle: manifest.lifecycle,
      version: manifest.version,
      scopes: JSON.stringify(manifest.scopes ?? DEFAULT_SCOPES),
      manifest: JSON.stringify(manifest),
      webhookUrl: manifest.webhookUrl ?? null,
      webhookSecret: sealedSecret,
      activatedAt: manifest.lifecycle === 'manual' ? now : null,
    });
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertApp(tx, this.sealed(row));
      await this.deps.audit.record(tx, caller, createdEntry(row));
    });
    return { app: row, webhookSecret };
  }

  async list(principal: Principal, page: PageRequest, filter: Omit<store.AppListFilter, 'onlyId'>) {
    const { rows, total } = await store.listApps(this.deps.db, page, {
      ...filter,
      onlyId: principal.type === 'app' ? principal.id : undefined,
    });
    return { rows: rows.map((row) => this.opened(row)), total };
  }

  /** Apps are visible to every user (as Benchling's App Workspace); an app sees only itself. */
  async get(principal: Principal, ref: string): Promise<AppRow> {
    const app = await this.findByRef(ref);
    if (!app || (principal.type === 'app' && principal.id !== app.id)) throw notFound('App');
    return app;
  }

  /** The app as one of its managers sees it (its creator while a developer, an administrator), archived or not. */
  managed(principal: Principal, ref: string): Promise<AppRow> {
    return this.manageable(principal, ref, { allowArchived: true });
  }

  currentSecret(appId: string): Promise<AppSecretRow | undefined> {
    return store.currentSecret(this.deps.db, appId);
  }

  async update(caller: Caller, ref: string, patch: AppPatch) {
    if (patch.rateLimit !== undefined && !caller.principal.isAdmin)
      throw forbidden('Only an administrator can set an app’s rate limit.');
    const app = await this.manageable(caller.principal, ref);
    const changes: Partial<AppRow> = {};
    if (patch.name !== undefined && patch.name.trim() !== app.name) changes.name = patch.name.trim();
    if (patch.description !== undefined && patch.description.trim() !== app.description)
      changes.description = patch.description.trim();
    if (patch.rateLimit !== undefined && changesColumns(app, patch.rateLimit))
      Object.assign(changes, columnsOf(patch.rateLimit));
    const ceiling = await this.ceiling(caller.principal, patch.permissions);
    if (ceiling !== undefined && ceiling !== app.permissions) changes.permissions = ceiling;
    const addresses = storedAddresses(patch.allowedIps);
    if (addresses !== undefined && addresses !== app.allowedIps) changes.allowedIps = addresses;
    if (Object.keys(changes).length === 0) return app;
    changes.updatedAt = this.deps.clock.now();
    const updated = { ...app, ...changes };
    await this.changeApp(caller, app, changes, {
      action: 'app.updated',
      target: { type: 'app', id: app.id },
      changes: updateChanges(app, updated),
    });
    return updated;
  }

  /** A ceiling as given (administrators only), checked against the catalogue and stored as JSON. */
  private async ceiling(principal: Principal, patterns: string[] | null | undefined) {
    if (patterns === undefined) return undefined;
    if (!principal.isAdmin) throw forbidden('Only an administrator can set an app’s permissions.');
    if (patterns === null) return null;
    await this.deps.checkPermissions(patterns, 'body.permissions');
    return JSON.stringify([...new Set(patterns)].sort());
  }

  /** Terminal: the app's secrets and tokens stop working at once. */
  async archive(caller: Caller, ref: string): Promise<AppRow> {
    const app = await this.manageable(caller.principal, ref, { allowArchived: true });
    const at = this.deps.clock.now();
    let roleAssignments = 0;
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.archiveApp(tx, app.id, at))) throw conflict('This app is already archived.');
      await store.endSecrets(tx, app.id, at);
      // Archiving is terminal: the roles it held go, so that nothing names an app that can never act.
      roleAssignments = await this.deps.dropRoleAssignments(tx, [app.id]);
      await this.deps.audit.record(tx, caller, {
        action: 'app.archived',
        target: { type: 'app', id: app.id },
        ...(roleAssignments > 0 ? { changes: { role_assignments: roleAssignments } } : {}),
      });
      await this.deps.emit(tx, appArchived(app));
    });
    this.deps.invalidate({ principalId: app.id, ...(roleAssignments > 0 ? { permissions: true } : {}) });
    return { ...app, archivedAt: at, updatedAt: at };
  }

  /** A new client secret; the old one ends now, or after `graceSeconds` so a running integration can be redeployed. */
  async generateSecret(caller: Caller, ref: string, graceSeconds = 0): Promise<CreatedSecret> {
    const app = await this.manageable(caller.principal, ref);
    if (graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS || !Number.isInteger(graceSeconds)) {
      throw invalid(`grace_seconds: must be a whole number from 0 to ${MAX_GRACE_SECONDS}`);
    }
    return this.replaceSecret(caller, app, graceSeconds);
  }

  async setConfiguration(caller: Caller, ref: string, values: Record<string, unknown>): Promise<AppRow> {
    const app = await this.manageable(caller.principal, ref);
    const items = configItemsOf(app);
    const problems: Problem[] = [];
    const checked: Record<string, ConfigValue> = {};
    for (const [key, value] of Object.entries(values)) {
      const item = items.find((candidate) => candidate.key === key);
      if (!item) problems.push({ path: `body.${key}`, message: 'is not a configuration item of this app' });
      else if (!matchesType(item, value))
        problems.push({ path: `body.${key}`, message: `must be a ${item.type}` });
      else checked[key] = value as ConfigValue;
    }
    if (problems.length > 0) throw new ApiError('validation_failed', describeProblems(problems));
    const changes = { configuration: JSON.stringify(checked), updatedAt: this.deps.clock.now() };
    // Values may be credentials for the platform behind the app: the record names the keys, never the values.
    const previous = configValuesOf(app);
    const stored = {
      ...changes,
      configuration: this.deps.keyring.seal('apps.configuration', app.id, changes.configuration),
    };
    await this.changeApp(caller, app, stored, {
      action: 'app.configured',
      target: { type: 'app', id: app.id },
      changes: {
        set: Object.keys(checked).filter((key) => previous[key] !== checked[key]),
        removed: Object.keys(previous).filter((key) => !(key in checked)),
      },
    });
    return { ...app, ...changes };
  }

  /** Administrators activate a fully configured automatic app; its webhook then receives the credentials. */
  async activate(caller: Caller, ref: string): Promise<AppRow> {
    if (!caller.principal.isAdmin) throw forbidden('Only an administrator can activate an app.');
    const app = await this.manageable(caller.principal, ref);
    if (app.activatedAt !== null) throw conflict('This app is already active.');
    const values = configValuesOf(app);
    const missing = configItemsOf(app)
      .filter((item) => item.required && values[item.key] === undefined)
      .map((item) => item.key);
    if (missing.length > 0) {
      throw new ApiError(
        'conflict',
        `The app cannot be activated until every required configuration item is set; missing: ${missing.join(', ')}.`,
      );
    }
    const at = this.deps.clock.now();
    await this.changeApp(
      caller,
      app,
      { activatedAt: at, updatedAt: at },
      { action: 'app.activated', target: { type: 'app', id: app.id } },
    );
    const active = { ...app, activatedAt: at, updatedAt: at };
    if (app.webhookUrl && app.webhookSecret) {
      // The credential's own delivery: queued with the new secret, in the transaction that makes it.
      await this.replaceSecret(caller, active, 0, (tx, plaintext) =>
        this.deps.appWebhook(tx, app.id, {
          type: 'app.activated',
          client_id: app.clientId,
          client_secret: plaintext,
        }),
      );
    }
    return active;
  }

  /**
   * The authentication pipeline's resolver for client secrets (on a cache miss): the app the secret
   * belongs to, as a principal that carries what the app may be issued. An archived app's secret is unknown.
   */
  async resolveClientSecret(hash: string): Promise<CachedResult> {
    const found = await store.findSecretByHash(this.deps.db, hash);
    if (!found) return { result: { ok: false, reason: 'unknown', kind: 'client_secret' } };
    const base = { principalId: found.id, credentialId: found.secretId };
    if (found.archivedAt !== null)
      return { ...base, result: { ok: false, reason: 'unknown', kind: 'client_secret' } };
    const principal = appPrincipal(found, {
      kind: 'client_secret',
      id: found.secretId,
      start: found.secretStart,
    });
    principal.client = {
      scopes: scopesOf(found),
      active: found.activatedAt !== null,
      permissions: ceilingOf(found),
    };
    // A replaced secret's grace period ends it: the pipeline answers "expired" from then on.
    return { ...base, result: { ok: true, principal, expiresAt: found.secretExpiresAt } };
  }

  async findById(id: string): Promise<AppRow | undefined> {
    const app = await store.findAppById(this.deps.db, id);
    return app && this.opened(app);
  }

  /** By UUID, client id or slug, whoever asks (adding an app to an org or project names it). */
  async findByRef(ref: string): Promise<AppRow | undefined> {
    const app = await store.findAppByRef(this.deps.db, ref);
    return app && this.opened(app);
  }

  /** Where the app's lifecycle webhook goes and the secret it is signed with (decrypted); none without one. */
  async webhookOf(id: string): Promise<{ url: string; secret: string } | undefined> {
    const app = await store.findAppById(this.deps.db, id);
    if (!app?.webhookUrl || !app.webhookSecret) return undefined;
    return {
      url: app.webhookUrl,
      secret: this.deps.keyring.open('apps.webhook_secret', app.id, app.webhookSecret),
    };
  }

  /** Records that the app was seen; no I/O (the batched writer flushes). */
  seen(appId: string, at: number): void {
    this.deps.lastSeen.touch(appId, at);
  }

  /** The row as the service hands it out: its configuration decrypted (the webhook secret stays sealed). */
  private opened(row: AppRow): AppRow {
    return { ...row, configuration: this.deps.keyring.open('apps.configuration', row.id, row.configuration) };
  }

  /** The row as stored: its configuration encrypted. */
  private sealed(row: AppRow): AppRow {
    return { ...row, configuration: this.deps.keyring.seal('apps.configuration', row.id, row.configuration) };
  }

  /** Writes `changes` to the app with its audit entry in one transaction, then tells every instance. */
  private async changeApp(caller: Caller, app: AppRow, changes: Partial<AppRow>, entry: AuditEntry) {
    await this.deps.db.transaction().execute(async (tx) => {
      await store.updateApp(tx, app.id, changes);
      await this.deps.audit.record(tx, caller, entry);
    });
    this.deps.invalidate({ principalId: app.id });
  }

  private async replaceSecret(
    caller: Caller,
    app: AppRow,
    graceSeconds: number,
    deliver?: (tx: Tx, plaintext: string) => Promise<void>,
  ): Promise<CreatedSecret> {
    const now = this.deps.clock.now();
    const previousExpiresAt = graceSeconds > 0 ? now + graceSeconds * 1000 : now;
    const generated = generateSecret('appSecret');
    const secret: AppSecretRow = {
      id: uuidv7(now),
      appId: app.id,
      hash: generated.hash,
      start: generated.start,
      createdAt: now,
      expiresAt: null,
    };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.purgeEndedSecrets(tx, app.id, now);
      await store.endSecrets(tx, app.id, previousExpiresAt);
      await store.insertSecret(tx, secret);
      await this.deps.audit.record(tx, caller, {
        action: 'app.secret_generated',
        target: { type: 'app', id: app.id },
        changes: {
          start: secret.start,
          previous_secret_expiration: graceSeconds > 0 ? previousExpiresAt : null,
        },
      });
      await this.deps.emit(tx, secretRotated(app, secret, graceSeconds > 0 ? previousExpiresAt : null));
      await deliver?.(tx, generated.plaintext);
    });
    this.deps.invalidate({ principalId: app.id });
    return {
      app,
      secret,
      plaintext: generated.plaintext,
      previousExpiresAt: graceSeconds > 0 ? previousExpiresAt : null,
    };
  }

  /** The creator (while still a developer) or an administrator may change an app; archived apps are read-only. */
  private async manageable(principal: Principal, ref: string, options: { allowArchived?: boolean } = {}) {
    if (principal.type !== 'user') throw forbidden('An app cannot manage apps; use a user credential.');
    const app = await this.get(principal, ref);
    if (!principal.isAdmin) {
      const user = await this.deps.users.findById(principal.id);
      if (app.createdBy !== principal.id || !user || user.developerAt === null) {
        throw forbidden(
          'Only the app’s creator (with the developer capability) or an administrator can change it.',
        );
      }
    }
    if (app.archivedAt !== null && !options.allowArchived)
      throw conflict('This app is archived and cannot change.');
    return app;
  }

  private async requireDeveloper(principal: Principal): Promise<string> {
    if (principal.type !== 'user') throw forbidden('An app cannot create apps; use a user credential.');
    if (principal.isAdmin) return principal.id;
    const user = await this.deps.users.findById(principal.id);
    if (!user || user.developerAt === null) {
      throw forbidden('Creating apps requires the developer capability; an administrator can grant it.');
    }
    return user.id;
  }

  private async newRow(
    creator: string,
    name: string,
    slug: string | undefined,
    now: number,
  ): Promise<AppRow> {
    if (slug !== undefined && (await store.appSlugTaken(this.deps.db, slug))) {
      throw conflict(`The app slug "${slug}" is taken.`);
    }
    const id = uuidv7(now);
    return {
      id,
      clientId: `app_${id.replace(/-/g, '')}`,
      slug: slug ?? (await this.freeSlug(name)),
      name: name.trim(),
      description: '',
      lifecycle: 'manual',
      version: null,
      scopes: JSON.stringify(DEFAULT_SCOPES),
      manifest: null,
      configuration: '{}',
      webhookUrl: null,
      webhookSecret: null,
      createdBy: creator,
      createdAt: now,
      updatedAt: now,
      activatedAt: null,
      archivedAt: null,
      lastSeenAt: null,
      rateLimitPerSecond: null,
      rateLimitBurst: null,
      permissions: null,
      allowedIps: null,
    };
  }

  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name) || 'app';
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await store.appSlugTaken(this.deps.db, candidate))) return candidate;
    }
  }
}

const createdEntry = (row: AppRow): AuditEntry => ({
  action: 'app.created',
  target: { type: 'app', id: row.id },
  changes: {
    name: row.name,
    slug: row.slug,
    client_id: row.clientId,
    lifecycle: row.lifecycle,
    ...(row.version === null ? {} : { version: row.version }),
    ...(row.webhookUrl === null ? {} : { webhook_url: row.webhookUrl }),
    ...(row.allowedIps === null ? {} : { allowed_ips: allowedIpsOfApp(row) }),
  },
});

/** `{field: {from, to}}` for each field a PATCH changed. */
function updateChanges(before: AppRow, after: AppRow): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  if (before.name !== after.name) changed.name = { from: before.name, to: after.name };
  if (before.description !== after.description)
    changed.description = { from: before.description, to: after.description };
  const [from, to] = [overrideJson(before), overrideJson(after)];
  if (JSON.stringify(from) !== JSON.stringify(to)) changed.rate_limit = { from, to };
  if (before.permissions !== after.permissions)
    changed.permissions = { from: ceilingOf(before), to: ceilingOf(after) };
  if (before.allowedIps !== after.allowedIps)
    changed.allowed_ips = { from: allowedIpsOfApp(before), to: allowedIpsOfApp(after) };
  return changed;
}

function matchesType(item: ConfigItem, value: unknown): boolean {
  if (item.type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (item.type === 'boolean') return typeof value === 'boolean';
  return typeof value === 'string' && value.length <= 4096;
}

export const describeProblems = (problems: Problem[]): string =>
  `${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
