// Queries behind offboarding: a user's credentials with their recent use, and keys transferred to apps.
import type { Db, DbOrTx, TransferredKeysTable } from '../../db/schema.ts';

/** Each credential's requests (every outcome) since `since`, and its last hour of use, from the usage history. */
export async function recentUse(
  db: DbOrTx,
  ids: string[],
  since: number,
): Promise<Map<string, { requests: number; lastHour: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('credentialUsage')
    .select((eb) => [
      'credentialId',
      eb.fn.sum<number | string>('count').as('requests'),
      eb.fn.max('hour').as('lastHour'),
    ])
    .where('credentialId', 'in', ids)
    .where('dimension', '=', 'outcome')
    .where('hour', '>=', since)
    .groupBy('credentialId')
    .execute();
  return new Map(
    rows.map((row) => [row.credentialId, { requests: Number(row.requests), lastHour: Number(row.lastHour) }]),
  );
}

/** The user's keys that still work or might (not revoked), newest first. */
export const liveKeysOf = (db: DbOrTx, userId: string) =>
  db
    .selectFrom('apiKeys')
    .select(['id', 'name', 'start', 'createdAt', 'expiresAt', 'lastUsedAt', 'scopes'])
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();

/** The user's session keys whose session has not ended. */
export const liveSessionKeysOf = (db: DbOrTx, userId: string, now: number) =>
  db
    .selectFrom('sessionKeys')
    .innerJoin('sessions', 'sessions.id', 'sessionKeys.sessionId')
    .select(['sessionKeys.id', 'sessionKeys.start', 'sessionKeys.createdAt', 'sessions.expiresAt'])
    .where('sessions.userId', '=', userId)
    .where('sessions.endedAt', 'is', null)
    .where('sessions.expiresAt', '>', now)
    .orderBy('sessionKeys.createdAt', 'desc')
    .execute();

/** The apps the user created that are not archived. */
export const ownedAppsOf = (db: DbOrTx, userId: string) =>
  db
    .selectFrom('apps')
    .select(['id', 'slug', 'name', 'clientId', 'createdAt', 'lastSeenAt'])
    .where('createdBy', '=', userId)
    .where('archivedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();

export async function insertTransferred(db: DbOrTx, row: TransferredKeysTable): Promise<void> {
  await db.insertInto('transferredKeys').values(row).execute();
}

/** Removes the key from its user's keys, once; false when it was revoked or moved meanwhile. */
export async function detachKey(db: DbOrTx, keyId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('apiKeys')
    .where('id', '=', keyId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The authentication lookup of a transferred key: one unique-index read joined to its app. */
export function findTransferredByHash(db: Db, hash: string) {
  return db
    .selectFrom('transferredKeys')
    .innerJoin('apps', 'apps.id', 'transferredKeys.appId')
    .select([
      'transferredKeys.id as keyId',
      'transferredKeys.start',
      'transferredKeys.scopes as keyScopes',
      'transferredKeys.expiresAt',
      'transferredKeys.revokedAt',
      'apps.id',
      'apps.clientId',
      'apps.slug',
      'apps.name',
      'apps.permissions',
      'apps.allowedIps',
      'apps.activatedAt',
      'apps.archivedAt',
      'apps.rateLimitPerSecond',
      'apps.rateLimitBurst',
    ])
    .where('transferredKeys.hash', '=', hash)
    .executeTakeFirst();
}

/** The keys transferred to an app, newest first; never the hash. */
export const keysOfApp = (db: DbOrTx, appId: string) =>
  db
    .selectFrom('transferredKeys')
    .select([
      'id',
      'name',
      'start',
      'scopes',
      'createdAt',
      'expiresAt',
      'revokedAt',
      'fromUserId',
      'fromUserEmail',
      'transferredAt',
      'transferredBy',
    ])
    .where('appId', '=', appId)
    .orderBy('transferredAt', 'desc')
    .execute();

export async function revokeTransferred(
  db: DbOrTx,
  appId: string,
  keyId: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('transferredKeys')
    .set({ revokedAt: at })
    .where('appId', '=', appId)
    .where('id', '=', keyId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
