// Resource servers (RFC 8707): administrators register them; the token endpoint turns `resource=` into a token's `aud`.
import type { Caller } from '../../auth/actor.ts';
import type { Db, ResourceRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { uniqueViolation } from '../../lib/db-errors.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { isUuid, uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { AppsService } from '../apps/apps.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import * as store from './resources.store.ts';

export interface ResourcesDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  apps: AppsService;
  /** Latchkey's own issuer: a token for it is a token for Latchkey's API, and needs no registration. */
  issuer: string;
}

/** RFC 8707 §2: an absolute URI without a fragment. */
export function identifierProblem(value: string): string | undefined {
  if (value.length > 2048) return 'must be at most 2048 characters';
  if (value.includes('#')) return 'must not contain a fragment (RFC 8707 §2)';
  if (!/^[\x21-\x7e]+$/.test(value)) return 'must be printable ASCII without spaces';
  if (URL.parse(value) === null || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return 'must be an absolute URI';
  return undefined;
}

/** What the token endpoint decided for the `resource` parameters: the token's audience, or `invalid_target`. */
export type TargetOutcome = { ok: true; audience: string[] } | { ok: false; description: string };

export class ResourcesService {
  constructor(private readonly deps: ResourcesDeps) {}

  list(page: PageRequest) {
    return store.listResources(this.deps.db, page);
  }

  async get(id: string): Promise<ResourceRow> {
    const row = isUuid(id) ? await store.findResource(this.deps.db, id.toLowerCase()) : undefined;
    if (!row) throw notFound('Resource');
    return row;
  }

  async create(caller: Caller, input: { identifier: string; name: string }): Promise<ResourceRow> {
    const problem = identifierProblem(input.identifier);
    if (problem) throw invalid(`body.identifier: ${problem}`);
    if (input.identifier === this.deps.issuer)
      throw invalid('body.identifier: this is Latchkey’s own issuer, which every app may ask for already');
    const now = this.deps.clock.now();
    const row: ResourceRow = {
      id: uuidv7(now),
      identifier: input.identifier,
      name: input.name.trim(),
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.deps.db.transaction().execute(async (tx) => {
        await store.insertResource(tx, row);
        await this.deps.audit.record(tx, caller, {
          action: 'resource.created',
          target: { type: 'resource', id: row.id },
          changes: { identifier: row.identifier, name: row.name },
        });
      });
    } catch (error) {
      if (uniqueViolation(error)) throw conflict(`The resource ${input.identifier} is registered already.`);
      throw error;
    }
    return row;
  }

  /** The name only: the identifier is what issued tokens name in `aud`, so it never changes. */
  async update(caller: Caller, id: string, patch: { name?: string }): Promise<ResourceRow> {
    const row = await this.get(id);
    const name = patch.name?.trim();
    if (name === undefined || name === row.name) return row;
    const updated = { ...row, name, updatedAt: this.deps.clock.now() };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.updateResource(tx, row.id, { name, updatedAt: updated.updatedAt });
      await this.deps.audit.record(tx, caller, {
        action: 'resource.updated',
        target: { type: 'resource', id: row.id },
        changes: { name: { from: row.name, to: name } },
      });
    });
    return updated;
  }

  /** Tokens already issued for it keep their `aud` until they expire; no new one is issued for it. */
  async remove(caller: Caller, id: string): Promise<void> {
    const row = await this.get(id);
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.deleteResource(tx, row.id))) throw notFound('Resource');
      await this.deps.audit.record(tx, caller, {
        action: 'resource.deleted',
        target: { type: 'resource', id: row.id },
        changes: { identifier: row.identifier },
      });
    });
  }

  /** The resources an app may ask for: null when it is not limited (every registered one). */
  async appResources(caller: Caller, appRef: string): Promise<ResourceRow[] | null> {
    const app = await this.deps.apps.get(caller.principal, appRef);
    return store.appLimit(this.deps.db, app.id);
  }

  /** Administrators limit an app to some resources (by identifier), or lift the limit (null). */
  async setAppResources(
    caller: Caller,
    appRef: string,
    identifiers: string[] | null,
  ): Promise<ResourceRow[] | null> {
    if (!caller.principal.isAdmin) throw forbidden('Only an administrator can limit an app’s resources.');
    const app = await this.deps.apps.managed(caller.principal, appRef);
    let rows: ResourceRow[] | null = null;
    if (identifiers !== null) {
      const wanted = [...new Set(identifiers)];
      rows = await store.findByIdentifiers(this.deps.db, wanted);
      const unknown = wanted.filter((item) => !rows?.some((row) => row.identifier === item));
      if (unknown.length > 0) throw invalid(`body.resources: not registered: ${unknown.join(', ')}`);
      rows.sort((a, b) => a.identifier.localeCompare(b.identifier));
    }
    const ids = rows?.map((row) => row.id) ?? null;
    await this.deps.db.transaction().execute(async (tx) => {
      await store.setAppLimit(tx, app.id, ids, this.deps.clock.now());
      await this.deps.audit.record(tx, caller, {
        action: 'app.resources_set',
        target: { type: 'app', id: app.id },
        changes: { resources: rows?.map((row) => row.identifier) ?? null },
      });
    });
    return rows;
  }

  /**
   * The `aud` of a token the app asked for with `resource=` (RFC 8707 §2.2): each a registered resource
   * the app is not kept from, or Latchkey's own issuer. Anything else is `invalid_target`, naming it.
   */
  async audienceFor(appId: string, requested: string[]): Promise<TargetOutcome> {
    const wanted = [...new Set(requested)];
    const malformed = wanted.filter((item) => identifierProblem(item) !== undefined);
    if (malformed.length > 0)
      return { ok: false, description: `Not an absolute URI without a fragment: ${malformed.join(' ')}.` };
    const others = wanted.filter((item) => item !== this.deps.issuer);
    const found = await store.findByIdentifiers(this.deps.db, others);
    const unknown = others.filter((item) => !found.some((row) => row.identifier === item));
    if (unknown.length > 0)
      return { ok: false, description: `Not a registered resource: ${unknown.join(' ')}.` };
    const limit = others.length > 0 ? await store.appLimit(this.deps.db, appId) : null;
    if (limit !== null) {
      const refused = others.filter((item) => !limit.some((row) => row.identifier === item));
      if (refused.length > 0)
        return {
          ok: false,
          description: `The app may not obtain tokens for: ${refused.join(' ')} (an administrator limits its resources).`,
        };
    }
    return { ok: true, audience: wanted };
  }
}
