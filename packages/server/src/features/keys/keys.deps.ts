// What the keys feature is built with (wired in app.ts).
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db } from '../../db/schema.ts';
import type { BatchWriter } from '../../lib/batch-writer.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { Emit } from '../events/events.catalog.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { UsersService } from '../users/users.service.ts';

export interface KeysDeps {
  db: Db;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  users: UsersService;
  settings: SettingsService;
  lastUsed: BatchWriter;
  invalidate(match: Invalidation): void;
  /** Queues events in the transaction of the change (features/events). */
  emit: Emit;
  /** Resolves a restricted key's projects among those its owner can see (features/access). */
  projectsForKey(
    owner: { id: string; slug: string; isAdmin: boolean },
    refs: string[],
  ): Promise<{ ok: true; ids: string[] } | { ok: false; index: number; ref: string }>;
  /** A 400 naming each permission (or wildcard) the owner may not give a key (features/permissions). */
  checkKeyPermissions(owner: { type: 'user'; id: string }, patterns: string[], field: string): Promise<void>;
}
