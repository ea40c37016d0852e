// The access-token deny-list: revoked `jti`s, kept until the token would have expired anyway.
import type { DbOrTx } from '../../db/schema.ts';

/** Adds the token to the deny-list; false when it was already there. */
export async function denyToken(db: DbOrTx, jti: string, expiresAt: number, now: number): Promise<boolean> {
  await db.deleteFrom('revokedTokens').where('expiresAt', '<=', now).execute();
  const result = await db
    .insertInto('revokedTokens')
    .values({ jti, expiresAt })
    .onConflict((oc) => oc.column('jti').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const isDenied = async (db: DbOrTx, jti: string): Promise<boolean> =>
  (await db.selectFrom('revokedTokens').select('jti').where('jti', '=', jti).executeTakeFirst()) !==
  undefined;
