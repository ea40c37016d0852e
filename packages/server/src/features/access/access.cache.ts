// The access check's reads, kept in-process: a project by its ref, and how a principal reaches a project.
// Any change to orgs, teams, projects, members or grants clears it on every instance (Invalidation.access),
// after the change commits, so the next request reads the new state.
import type { LRUCache } from 'lru-cache';
import type { InvalidationListener } from '../../auth/invalidation.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db, ProjectRow, Tx } from '../../db/schema.ts';
import { boundedCache } from '../../lib/bounded-cache.js';
import type { GrantPath } from './access.check.ts';

/** Runs a change to the access model in one transaction; once it commits, every instance forgets what it read. */
export async function changeAccess<T>(
  deps: { db: Db; invalidate(match: Invalidation): void },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const result = await deps.db.transaction().execute(work);
  deps.invalidate({ access: true });
  return result;
}

const pathsKey = (projectId: string, subject: { type: string; id: string }) =>
  `${projectId}|${subject.type}:${subject.id}`;

export class AccessCache implements InvalidationListener {
  private readonly projects: LRUCache<string, ProjectRow>;
  private readonly paths: LRUCache<string, readonly GrantPath[]>;
  /** Raised by clear(): a read that began before a change must not store what it read after it. */
  private generation = 0;

  /** `ttlMs` bounds how long an entry lives should an invalidation from another instance be lost. */
  constructor(ttlMs: number, max = 50_000) {
    this.projects = boundedCache(max, ttlMs);
    this.paths = boundedCache(max, ttlMs);
  }

  invalidated(match: Invalidation): undefined {
    if (match.access) this.clear();
    return undefined;
  }

  reset(): void {
    this.clear();
  }

  /** The project when it is cached, without a promise (the access check's warm path). */
  peekProject(ref: string): ProjectRow | undefined {
    return this.projects.get(ref);
  }

  /** How the subject reaches the project when it is cached, without a promise. */
  peekGrantPaths(projectId: string, subject: { type: string; id: string }): readonly GrantPath[] | undefined {
    return this.paths.get(pathsKey(projectId, subject));
  }

  /** A project by slug or UUID; a project that does not exist is not remembered. */
  async project(ref: string, load: () => Promise<ProjectRow | undefined>): Promise<ProjectRow | undefined> {
    const cached = this.projects.get(ref);
    if (cached) return cached;
    const generation = this.generation;
    const project = await load();
    if (project && generation === this.generation) this.projects.set(ref, project);
    return project;
  }

  async grantPaths(
    projectId: string,
    subject: { type: string; id: string },
    load: () => Promise<GrantPath[]>,
  ): Promise<readonly GrantPath[]> {
    const key = pathsKey(projectId, subject);
    const cached = this.paths.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const paths = Object.freeze(await load());
    if (generation === this.generation) this.paths.set(key, paths);
    return paths;
  }

  clear(): void {
    this.generation += 1;
    this.projects.clear();
    this.paths.clear();
  }
}
