// The access-token deny-list: revoked `jti`s, kept until the token would have expired anyway.
import type { DbOrTx } from '../../db/schema.ts';

export async function denyToken(db: DbOrTx, jti: string, expiresAt: number, now: number): Promise<void> {
  await db.deleteFrom('revokedTokens').where('expiresAt', '<=', now).execute();
  await db
    .insertInto('revokedTokens')
    .values({ jti, expiresAt })
    .onConflict((oc) => oc.column('jti').doNothing())
    .execute();
}

export const isDenied = async (db: DbOrTx, jti: string): Promise<boolean> =>
  (await db.selectFrom('revokedTokens').select('jti').where('jti', '=', jti).executeTakeFirst()) !==
  undefined;
