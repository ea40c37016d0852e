// What the permission decision reads, kept in-process: the catalogue, each role expanded against it, and
// the assignments reaching a principal at a project (or the tenant). A change to the catalogue, a role or an assignment (Invalidation.permissions),
// or to orgs, teams and members (Invalidation.access), clears it on every instance once it commits.
import type { LRUCache } from 'lru-cache';
import type { InvalidationListener } from '../../auth/invalidation.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db, Tx } from '../../db/schema.ts';
import { boundedCache } from '../../lib/bounded-cache.js';
import type { ExpandedRole, Holdings } from './permissions.model.ts';

/** Runs a change to permissions, roles or assignments in one transaction; once it commits, every instance forgets. */
export async function changePermissions<T>(
  deps: { db: Db; invalidate(match: Invalidation): void },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const result = await deps.db.transaction().execute(work);
  deps.invalidate({ permissions: true });
  return result;
}

const holdingsKey = (principal: { type: string; id: string }, projectId: string | undefined) =>
  `${principal.type}:${principal.id}|${projectId ?? ''}`;

export class PermissionsCache implements InvalidationListener {
  private readonly holdings: LRUCache<string, Holdings>;
  private catalogue: ReadonlySet<string> | undefined;
  /** Each role's permissions, expanded once per catalogue and roles (cleared with them). */
  private readonly roles = new Map<string, ExpandedRole>();
  private rolesAt = 0;
  /** Raised by clear(): a read that began before a change must not store what it read after it. */
  private generation = 0;

  /** `ttlMs` bounds how long an entry lives should an invalidation from another instance be lost. */
  constructor(
    private readonly ttlMs: number,
    max = 50_000,
  ) {
    this.holdings = boundedCache(max, ttlMs);
  }

  private catalogueAt = 0;

  invalidated(match: Invalidation): undefined {
    if (match.access || match.permissions) this.clear();
    return undefined;
  }

  reset(): void {
    this.clear();
  }

  async names(load: () => Promise<string[]>, now: number): Promise<ReadonlySet<string>> {
    if (this.catalogue && now - this.catalogueAt < this.ttlMs) return this.catalogue;
    const generation = this.generation;
    const names = new Set(await load());
    if (generation === this.generation) {
      this.catalogue = names;
      this.catalogueAt = now;
    }
    return names;
  }

  /** These roles expanded; `load` reads and expands only those not kept yet (an unknown role: no patterns). */
  async expandedRoles(
    names: readonly string[],
    now: number,
    load: (missing: string[]) => Promise<Map<string, ExpandedRole>>,
  ): Promise<ReadonlyMap<string, ExpandedRole>> {
    // Bounded like the catalogue, should an invalidation from another instance be lost.
    if (now - this.rolesAt >= this.ttlMs) {
      this.roles.clear();
      this.rolesAt = now;
    }
    const missing = [...new Set(names)].filter((name) => !this.roles.has(name));
    if (missing.length === 0) return this.roles;
    const generation = this.generation;
    const loaded = await load(missing);
    const found = new Map(this.roles);
    for (const name of missing) {
      const role = loaded.get(name) ?? { patterns: [], names: [] };
      found.set(name, role);
      if (generation === this.generation) this.roles.set(name, role);
    }
    return found;
  }

  async holdingsOf(
    principal: { type: string; id: string },
    projectId: string | undefined,
    load: () => Promise<Holdings>,
  ): Promise<Holdings> {
    const key = holdingsKey(principal, projectId);
    const cached = this.holdings.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const holdings = await load();
    if (generation === this.generation) this.holdings.set(key, holdings);
    return holdings;
  }

  clear(): void {
    this.generation += 1;
    this.catalogue = undefined;
    this.roles.clear();
    this.holdings.clear();
  }
}
