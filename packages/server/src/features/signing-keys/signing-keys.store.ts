// Queries for our JWT signing keys.
import type { DbOrTx, SigningKeyRow } from '../../db/schema.ts';

export const listActiveSigningKeys = (db: DbOrTx): Promise<SigningKeyRow[]> =>
  db
    .selectFrom('signingKeys')
    .selectAll()
    .where('retiredAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();

export async function insertSigningKey(db: DbOrTx, row: SigningKeyRow): Promise<void> {
  await db.insertInto('signingKeys').values(row).execute();
}
