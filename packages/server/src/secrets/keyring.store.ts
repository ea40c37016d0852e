// Queries for the wrapped data keys.
import type { DataKeyRow, Db, DbOrTx } from '../db/schema.ts';

export const listDataKeys = (db: DbOrTx): Promise<DataKeyRow[]> =>
  db.selectFrom('dataKeys').selectAll().orderBy('createdAt').orderBy('id').execute();

/** The data keys, or none when the database predates them (nothing is created to find out). */
export async function existingDataKeys(db: Db): Promise<DataKeyRow[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((table) => table.name === 'data_keys')) return [];
  return listDataKeys(db);
}

/** Inserts unless the purpose already has a key (another instance made it first). */
export async function insertDataKey(db: DbOrTx, row: DataKeyRow): Promise<void> {
  await db
    .insertInto('dataKeys')
    .values(row)
    .onConflict((oc) => oc.column('purpose').doNothing())
    .execute();
}

export async function rewrapDataKey(
  db: DbOrTx,
  id: string,
  change: Pick<DataKeyRow, 'wrapped' | 'masterKeyId' | 'wrappedAt'>,
): Promise<void> {
  await db.updateTable('dataKeys').set(change).where('id', '=', id).execute();
}
