// Secrets written before encryption existed: encrypted in place, in one transaction, at the first start with a key.
import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { isSealed } from '../lib/crypto/envelope.ts';
import type { Keyring } from './keyring.ts';
import { FIELD_NAMES, type FieldName, SEALED_FIELDS } from './sealed-fields.ts';

/** A field's rows that hold a value (for the fields that hold one only sometimes, those that do). */
// biome-ignore lint/suspicious/noExplicitAny: the fields are named in a table, not in the query builder's types
export function sealedRows(db: Kysely<any>, field: FieldName) {
  const { table, column, ...rest } = SEALED_FIELDS[field];
  let query = db
    .selectFrom(table)
    .select(['id', `${column} as value`])
    .where(column, 'is not', null);
  if ('onlyWhere' in rest) query = query.where(rest.onlyWhere, '=', 1);
  return query.orderBy('id').execute() as Promise<{ id: string; value: string }[]>;
}

/** Encrypts every value still in plain text; answers how many per field (none: nothing was written). */
export async function encryptPlaintext(
  db: Db,
  keyring: Keyring,
  dialect: 'sqlite' | 'postgres',
): Promise<Partial<Record<FieldName, number>>> {
  const counts: Partial<Record<FieldName, number>> = {};
  const found = await Promise.all(
    FIELD_NAMES.map(async (field) => ({
      field,
      rows: (await sealedRows(db, field)).filter((row) => !isSealed(row.value)),
    })),
  );
  if (found.every(({ rows }) => rows.length === 0)) return counts;
  // SQLite would otherwise keep the old plain text in the pages it frees; the checkpoint moves the new pages home.
  if (dialect === 'sqlite') await sql`pragma secure_delete = on`.execute(db);
  try {
    await db.transaction().execute(async (tx) => {
      // biome-ignore lint/suspicious/noExplicitAny: as in sealedRows
      const any = tx as unknown as Kysely<any>;
      for (const { field, rows } of found) {
        const { table, column } = SEALED_FIELDS[field];
        for (const row of rows) {
          await any
            .updateTable(table)
            .set({ [column]: keyring.seal(field, row.id, row.value) })
            .where('id', '=', row.id)
            .where(column, '=', row.value)
            .execute();
        }
        if (rows.length > 0) counts[field] = rows.length;
      }
    });
  } finally {
    if (dialect === 'sqlite') {
      await sql`pragma secure_delete = off`.execute(db);
      await sql`pragma wal_checkpoint(truncate)`.execute(db);
    }
  }
  return counts;
}
