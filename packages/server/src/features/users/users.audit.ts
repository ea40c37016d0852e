// What a change to a user records: one event for each kind of change one PATCH made.

import { overrideJson } from '../../auth/ratelimit/budget.ts';
import type { UserRow } from '../../db/schema.ts';
import type { AuditEntry } from '../audit/audit.actions.ts';

/** The entries for `changes` applied to `user` (the password itself is never recorded, only that it changed). */
export function userChangeEntries(user: UserRow, changes: Partial<UserRow>): AuditEntry[] {
  const target = { type: 'user' as const, id: user.id };
  const entries: AuditEntry[] = [];
  const profile: Record<string, { from: unknown; to: unknown }> = {};
  if (changes.name !== undefined && changes.name !== user.name)
    profile.name = { from: user.name, to: changes.name };
  if (changes.developerAt !== undefined)
    profile.developer = { from: user.developerAt !== null, to: changes.developerAt !== null };
  if (changes.rateLimitPerSecond !== undefined)
    profile.rate_limit = { from: overrideJson(user), to: overrideJson({ ...user, ...changes }) };
  if (Object.keys(profile).length > 0) entries.push({ action: 'user.updated', target, changes: profile });
  if (changes.passwordHash !== undefined) entries.push({ action: 'user.password_changed', target });
  if (changes.suspendedAt !== undefined)
    entries.push({ action: changes.suspendedAt === null ? 'user.unsuspended' : 'user.suspended', target });
  return entries;
}
