// Queries for our JWT signing keys.
import type { DbOrTx, SigningKeyRow } from '../../db/schema.ts';

/** Keys still signing, or retired after `retiredAfter` (they verify the tokens they signed until those expire). */
export const listSigningKeys = (db: DbOrTx, retiredAfter: number): Promise<SigningKeyRow[]> =>
  db
    .selectFrom('signingKeys')
    .selectAll()
    .where((eb) => eb.or([eb('retiredAt', 'is', null), eb('retiredAt', '>', retiredAfter)]))
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();

export async function insertSigningKey(db: DbOrTx, row: SigningKeyRow): Promise<void> {
  await db.insertInto('signingKeys').values(row).execute();
}

export async function retireSigningKeys(db: DbOrTx, at: number, except: string): Promise<void> {
  await db
    .updateTable('signingKeys')
    .set({ retiredAt: at })
    .where('retiredAt', 'is', null)
    .where('id', '!=', except)
    .execute();
}
