// Queries behind the key schedules: keys nearing or past expiry without their notice, keys left unused.
import { sql } from 'kysely';
import type { DbOrTx, KeyNotice } from '../../db/schema.ts';

const KEY_COLUMNS = [
  'apiKeys.id',
  'apiKeys.userId',
  'apiKeys.name',
  'apiKeys.start',
  'apiKeys.expiresAt',
] as const;

/** Live keys expiring in (from, to] that have not been given `notice` yet. */
export function keysExpiringWithout(db: DbOrTx, notice: KeyNotice, from: number, to: number, limit: number) {
  return db
    .selectFrom('apiKeys')
    .select(KEY_COLUMNS)
    .where('apiKeys.revokedAt', 'is', null)
    .where('apiKeys.expiresAt', '>', from)
    .where('apiKeys.expiresAt', '<=', to)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('keyNotices')
            .select('keyNotices.keyId')
            .whereRef('keyNotices.keyId', '=', 'apiKeys.id')
            .where('keyNotices.notice', '=', notice),
        ),
      ),
    )
    .orderBy('apiKeys.expiresAt')
    .limit(limit)
    .execute();
}

/** Records notices; answers the keys whose notice is new (another run may have sent some already). */
export async function recordNotices(
  db: DbOrTx,
  notice: KeyNotice,
  keyIds: string[],
  at: number,
): Promise<Set<string>> {
  if (keyIds.length === 0) return new Set();
  const rows = await db
    .insertInto('keyNotices')
    .values(keyIds.map((keyId) => ({ keyId, notice, at })))
    .onConflict((oc) => oc.columns(['keyId', 'notice']).doNothing())
    .returning('keyId')
    .execute();
  return new Set(rows.map((row) => row.keyId));
}

/** Live, unexpired keys not used (or, never used, not created) since `before`. */
export function unusedKeys(db: DbOrTx, before: number, now: number, limit: number) {
  return db
    .selectFrom('apiKeys')
    .select([...KEY_COLUMNS, 'apiKeys.lastUsedAt', 'apiKeys.createdAt'])
    .where('apiKeys.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('apiKeys.expiresAt', 'is', null), eb('apiKeys.expiresAt', '>', now)]))
    .where(
      sql<number>`coalesce(${sql.ref('apiKeys.lastUsedAt')}, ${sql.ref('apiKeys.createdAt')})`,
      '<',
      before,
    )
    .orderBy('apiKeys.createdAt')
    .limit(limit)
    .execute();
}

/** The keys among `hashes` (one query for a batch of a leak report). */
export function keysByHashes(db: DbOrTx, hashes: string[]) {
  if (hashes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('apiKeys')
    .select([...KEY_COLUMNS, 'apiKeys.hash', 'apiKeys.revokedAt'])
    .where('apiKeys.hash', 'in', hashes)
    .execute();
}
