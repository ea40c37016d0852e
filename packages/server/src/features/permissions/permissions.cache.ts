// What the permission decision reads, kept in-process: the catalogue, each role expanded against it, the
// assignments reaching a principal at a project (or the tenant), and each credential's decisions. A change
// to the catalogue, a role or an assignment (Invalidation.permissions), or to orgs, teams and members
// (Invalidation.access), clears it on every instance once it commits.
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

/** Decisions kept per credential, across its projects and permission sets; beyond it they start again. */
const DECISIONS_PER_CREDENTIAL = 256;

/** One credential's decisions: by the project as the caller named it ('' for none), then by the permissions asked. */
interface Decisions {
  byScope: Map<string, Map<string, object>>;
  count: number;
}

/**
 * Everything here is dropped together once `ttlMs` has passed since the last drop (and on every change):
 * no entry outlives the bound, and a decision kept from holdings is never older than they are.
 */
export class PermissionsCache implements InvalidationListener {
  private readonly holdings: LRUCache<string, Holdings>;
  private catalogue: ReadonlySet<string> | undefined;
  /** Each role's permissions, expanded once per catalogue and roles (cleared with them). */
  private readonly roles = new Map<string, ExpandedRole>();
  /**
   * Whole decisions, keyed by the credential's principal object (the credential cache keeps one per
   * credential, its restrictions and token scope included, and a change to the credential makes a new
   * one), so a warm check is two map lookups and no promise.
   */
  private decisions = new WeakMap<object, Decisions>();
  /** When everything was last dropped. */
  private since = Number.NEGATIVE_INFINITY;
  /** Raised by clear(): a read that began before a change must not store what it read after it. */
  private generation = 0;

  /** `ttlMs` bounds how long an entry lives should an invalidation from another instance be lost. */
  constructor(
    private readonly ttlMs: number,
    max = 50_000,
  ) {
    this.holdings = boundedCache(max);
  }

  invalidated(match: Invalidation): undefined {
    if (match.access || match.permissions) this.clear();
    return undefined;
  }

  reset(): void {
    this.clear();
  }

  /** Drops everything once the bound has passed since the last drop. */
  private lapse(now: number): void {
    if (now - this.since < this.ttlMs) return;
    this.clear();
    this.since = now;
  }

  async names(load: () => Promise<string[]>, now: number): Promise<ReadonlySet<string>> {
    this.lapse(now);
    if (this.catalogue) return this.catalogue;
    const generation = this.generation;
    const names = new Set(await load());
    if (generation === this.generation) this.catalogue = names;
    return names;
  }

  /** These roles expanded; `load` reads and expands only those not kept yet (an unknown role: no patterns). */
  async expandedRoles(
    names: readonly string[],
    now: number,
    load: (missing: string[]) => Promise<Map<string, ExpandedRole>>,
  ): Promise<ReadonlyMap<string, ExpandedRole>> {
    this.lapse(now);
    if (names.every((name) => this.roles.has(name))) return this.roles;
    const missing = [...new Set(names)].filter((name) => !this.roles.has(name));
    const generation = this.generation;
    const loaded = await load(missing);
    const found = new Map(this.roles);
    for (const name of missing) {
      const role = loaded.get(name) ?? { patterns: [], names: new Set<string>() };
      found.set(name, role);
      if (generation === this.generation) this.roles.set(name, role);
    }
    return found;
  }

  async holdingsOf(
    principal: { type: string; id: string },
    projectId: string | undefined,
    now: number,
    load: () => Promise<Holdings>,
  ): Promise<Holdings> {
    this.lapse(now);
    const key = holdingsKey(principal, projectId);
    const cached = this.holdings.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const holdings = await load();
    if (generation === this.generation) this.holdings.set(key, holdings);
    return holdings;
  }

  /**
   * The decision `decide` made for this credential about these permissions at this project (as named),
   * kept: answered without a promise when it was made before and nothing changed since.
   */
  decision<T extends object>(
    credential: object,
    projectRef: string | undefined,
    asked: readonly string[],
    now: number,
    decide: () => Promise<T>,
  ): T | Promise<T> {
    this.lapse(now);
    const scope = projectRef ?? '';
    const key = asked.length === 1 ? (asked[0] as string) : asked.join(',');
    const kept = this.decisions.get(credential)?.byScope.get(scope)?.get(key);
    if (kept) return kept as T;
    const generation = this.generation;
    return decide().then((decided) => {
      if (generation === this.generation) this.keep(credential, scope, key, decided);
      return decided;
    });
  }

  private keep(credential: object, scope: string, key: string, decided: object): void {
    let decisions = this.decisions.get(credential);
    if (!decisions || decisions.count >= DECISIONS_PER_CREDENTIAL) {
      decisions = { byScope: new Map(), count: 0 };
      this.decisions.set(credential, decisions);
    }
    const byKey = decisions.byScope.get(scope);
    if (byKey) byKey.set(key, decided);
    else decisions.byScope.set(scope, new Map([[key, decided]]));
    decisions.count += 1;
  }

  clear(): void {
    this.generation += 1;
    this.catalogue = undefined;
    this.roles.clear();
    this.holdings.clear();
    this.decisions = new WeakMap();
  }
}
