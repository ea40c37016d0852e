// The events Latchkey sends to webhooks, and the data each one carries (never a secret).
import type { Actor } from '../../auth/actor.ts';
import type { ApiKeyRow, AppRow, RoleAssignmentRow, Tx, UserRow } from '../../db/schema.ts';
import { toIso, toIsoOrNull } from '../../lib/clock.ts';

export const EVENT_TYPES = [
  'key.created',
  'key.revoked',
  'key.transferred',
  'key.expiring',
  'key.expired',
  'key.usage_exhausted',
  'user.suspended',
  'user.unsuspended',
  'user.mfa_enrolled',
  'user.mfa_removed',
  'user.mfa_reset',
  'user.invited',
  'app.secret_rotated',
  'app.archived',
  'credential.leak_reported',
  'role.assigned',
  'role.unassigned',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Why a key was revoked: by its owner (or itself), an administrator, a leak report, or disuse. */
export type RevokeReason = 'owner' | 'administrator' | 'leaked' | 'unused';

/** One event as the services raise it: `data` is the payload's `data` member. */
export interface LatchkeyEvent {
  type: EventType;
  data: Record<string, unknown>;
}

/**
 * Writes the event into the outbox in `tx`, the transaction that makes the change: the change and
 * its deliveries commit together or not at all. What services are given (features/events/events.outbox.ts).
 */
export type Emit = (tx: Tx, ...events: LatchkeyEvent[]) => Promise<void>;

type KeyFields = Pick<ApiKeyRow, 'id' | 'userId' | 'name' | 'start'> &
  Partial<Pick<ApiKeyRow, 'createdAt' | 'expiresAt' | 'scopes'>>;

/** A key as events describe it: its display start, never its hash or secret. */
export function keyData(key: KeyFields): Record<string, unknown> {
  return {
    id: key.id,
    user: key.userId,
    name: key.name,
    start: key.start,
    ...(key.createdAt === undefined ? {} : { created: toIso(key.createdAt) }),
    ...(key.expiresAt === undefined ? {} : { expiration: toIsoOrNull(key.expiresAt) }),
    ...(key.scopes === undefined ? {} : { scopes: key.scopes === null ? null : JSON.parse(key.scopes) }),
  };
}

export const keyCreated = (key: ApiKeyRow): LatchkeyEvent => ({
  type: 'key.created',
  data: { key: keyData(key) },
});

export const keyRevoked = (key: KeyFields, reason: RevokeReason): LatchkeyEvent => ({
  type: 'key.revoked',
  data: { key: keyData(key), reason },
});

/** A user's key an administrator moved to an app: the same secret now authenticates as the app. */
export const keyTransferred = (
  key: KeyFields,
  app: Pick<AppRow, 'id' | 'clientId' | 'slug' | 'name'>,
): LatchkeyEvent => ({
  type: 'key.transferred',
  data: { key: keyData(key), app: appData(app) },
});

export const userData = (user: Pick<UserRow, 'id' | 'email' | 'slug' | 'name'>) => ({
  id: user.id,
  email: user.email,
  slug: user.slug,
  name: user.name,
});

export const appData = (app: Pick<AppRow, 'id' | 'clientId' | 'slug' | 'name'>) => ({
  id: app.id,
  client_id: app.clientId,
  slug: app.slug,
  name: app.name,
});

/** A suspension or its end, when a user change made one. */
export const suspensionEvents = (
  user: Pick<UserRow, 'id' | 'email' | 'slug' | 'name'>,
  changes: Partial<Pick<UserRow, 'suspendedAt'>>,
): LatchkeyEvent[] =>
  changes.suspendedAt === undefined
    ? []
    : [
        {
          type: changes.suspendedAt === null ? 'user.unsuspended' : 'user.suspended',
          data: { user: userData(user) },
        },
      ];

/** A second factor enrolled or removed by its user, or every factor reset by an administrator. */
export const factorEvent = (
  type: 'user.mfa_enrolled' | 'user.mfa_removed' | 'user.mfa_reset',
  user: Pick<UserRow, 'id' | 'email' | 'slug' | 'name'>,
  method: string,
): LatchkeyEvent => ({ type, data: { user: userData(user), method } });

/** An invitation to set a password: when it expires and whether it was emailed (never the link). */
export const userInvited = (
  user: Pick<UserRow, 'id' | 'email' | 'slug' | 'name'>,
  expiresAt: number,
  emailed: boolean,
): LatchkeyEvent => ({
  type: 'user.invited',
  data: { user: userData(user), expiration: toIso(expiresAt), emailed },
});

export const appArchived = (app: Pick<AppRow, 'id' | 'clientId' | 'slug' | 'name'>): LatchkeyEvent => ({
  type: 'app.archived',
  data: { app: appData(app) },
});

/** A role given or taken at a scope: the assignment, its role, where, and to whom (ids; the tenant's scope id is null). */
export const roleAssignment = (
  type: 'role.assigned' | 'role.unassigned',
  row: RoleAssignmentRow,
): LatchkeyEvent => ({
  type,
  data: {
    assignment: {
      id: row.id,
      role: row.role,
      scope: { type: row.scopeType, id: row.scopeType === 'tenant' ? null : row.scopeId },
      grantee: { type: row.granteeType, id: row.granteeId },
    },
  },
});

/** A new client secret: its id and display start, and when the one it replaced stops working. */
export const secretRotated = (
  app: Pick<AppRow, 'id' | 'clientId' | 'slug' | 'name'>,
  secret: { id: string; start: string },
  previousExpiresAt: number | null,
): LatchkeyEvent => ({
  type: 'app.secret_rotated',
  data: {
    app: appData(app),
    secret: { id: secret.id, start: secret.start },
    previous_secret_expiration: toIsoOrNull(previousExpiresAt),
  },
});

/** One reported credential, as a leak report or a self-revocation names it (never the token itself). */
export interface LeakReport {
  /** SHA-256 of the token: how credentials are stored and how GitHub's feedback names them. */
  hash: string;
  /** The report's `type`, `url` and `source` (GitHub's), or `self_revocation`. */
  type: string;
  url: string | null;
  source: string;
}

/** Revokes the credentials of one kind among `reports`; answers the hashes that matched one (revoked or not). */
export type RevokeLeaked = (actor: Actor, reports: LeakReport[]) => Promise<Set<string>>;

export const leakReported = (
  credential: { kind: 'user_key' | 'session_key' | 'client_secret'; id: string; start: string },
  owner: { type: 'user' | 'app'; id: string },
  report: LeakReport,
): LatchkeyEvent => ({
  type: 'credential.leak_reported',
  data: { credential, owner, report: { type: report.type, url: report.url, source: report.source } },
});
