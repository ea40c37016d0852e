// Queries for the wrapped data keys.
import { sql } from 'kysely';
import type { DataKeyRow, Db, DbOrTx } from '../db/schema.ts';

export const listDataKeys = (db: DbOrTx): Promise<DataKeyRow[]> =>
  db.selectFrom('dataKeys').selectAll().orderBy('createdAt').orderBy('id').execute();

/** The data keys, or none when the database predates them (nothing is created to find out). */
export async function existingDataKeys(db: Db): Promise<DataKeyRow[]> {
  const tables = await db.introspection.getTables();
  // PostgreSQL's introspection lists every schema's tables: only the one this connection uses counts (another
  // schema of the same database, another deployment's or a test's, may have its own data_keys).
  const here = tables.some((table) => table.schema !== undefined)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  if (!tables.some((table) => table.name === 'data_keys' && table.schema === here)) return [];
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
