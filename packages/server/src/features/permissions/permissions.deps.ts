// What the permissions feature is built with (wired in app.ts).
import type { Actor } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { UsageRecorder } from '../../auth/usage.ts';
import type { Db, ProjectRow, Tx } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { PermissionsCache } from './permissions.cache.ts';

/** The keys that name a permission in their restrictions, and dropping it from them (features/keys). */
export interface KeyPermissionHooks {
  naming(db: Db | Tx, permission: string): Promise<{ id: string; userId: string }[]>;
  /** Removes the permission from each key's restriction and audits it; the ids of the keys changed. */
  drop(tx: Tx, actor: Actor, permission: string): Promise<string[]>;
}

export interface PermissionsDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  /** Publishes `{ permissions: true }` after each change, and a changed key's `credentialId`. */
  invalidate(match: Invalidation): void;
  cache: PermissionsCache;
  keys: KeyPermissionHooks;
  /** A project by slug or UUID, whoever may see it (features/access, cached). */
  findProject(ref: string): Promise<ProjectRow | undefined>;
  /** Counts each check in the credential's usage history (no I/O); undefined when the history is off. */
  usage?: UsageRecorder;
}
