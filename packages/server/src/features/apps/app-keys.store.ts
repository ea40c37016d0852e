// Queries for the public keys apps register for private_key_jwt.
import type { AppKeyRow, DbOrTx } from '../../db/schema.ts';

export const listAppKeys = (db: DbOrTx, appId: string): Promise<AppKeyRow[]> =>
  db
    .selectFrom('appKeys')
    .selectAll()
    .where('appId', '=', appId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

export async function insertAppKey(db: DbOrTx, row: AppKeyRow): Promise<void> {
  await db.insertInto('appKeys').values(row).execute();
}

export async function deleteAppKey(db: DbOrTx, appId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('appKeys')
    .where('appId', '=', appId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
