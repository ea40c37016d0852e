// Queries for one-time password links (invitations and resets).
import type { DbOrTx, UserLinkRow } from '../../db/schema.ts';

export async function insertLink(db: DbOrTx, row: UserLinkRow): Promise<void> {
  await db.insertInto('userLinks').values(row).execute();
}

export const findLinkByHash = (db: DbOrTx, hash: string): Promise<UserLinkRow | undefined> =>
  db.selectFrom('userLinks').selectAll().where('hash', '=', hash).executeTakeFirst();

/** Uses the link up; false when it was already used (a concurrent redemption won). */
export async function useLink(db: DbOrTx, id: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('userLinks')
    .set({ usedAt: at })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends the user's unused links of this purpose: a new link supersedes the earlier ones. */
export async function supersedeLinks(
  db: DbOrTx,
  userId: string,
  purpose: UserLinkRow['purpose'],
  at: number,
): Promise<void> {
  await db
    .updateTable('userLinks')
    .set({ usedAt: at })
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .execute();
}
