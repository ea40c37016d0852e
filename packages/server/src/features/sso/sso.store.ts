// Queries for sign-ins through an identity provider that are in flight (between the redirect and the callback).
import type { DbOrTx, SsoAttemptRow } from '../../db/schema.ts';

export async function insertAttempt(db: DbOrTx, row: SsoAttemptRow): Promise<void> {
  await db.insertInto('ssoAttempts').values(row).execute();
}

export const findAttempt = (db: DbOrTx, stateHash: string): Promise<SsoAttemptRow | undefined> =>
  db.selectFrom('ssoAttempts').selectAll().where('stateHash', '=', stateHash).executeTakeFirst();

/** Marks the attempt used; false when another callback used it first (a replay). */
export async function useAttempt(db: DbOrTx, stateHash: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('ssoAttempts')
    .set({ usedAt: now })
    .where('stateHash', '=', stateHash)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Attempts nobody came back from: gone once expired, so the table holds only the last minutes' worth. */
export async function deleteExpiredAttempts(db: DbOrTx, now: number): Promise<void> {
  await db.deleteFrom('ssoAttempts').where('expiresAt', '<', now).execute();
}
