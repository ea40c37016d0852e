// Queries for keys imported from another system: recognising repeats, batched inserts, bcrypt candidates.
import { sql } from 'kysely';
import type { ApiKeyRow, DbOrTx } from '../../db/schema.ts';

/** Rows per statement: 16 columns each stays under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 1000;

async function inChunks<T>(values: string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) found.push(...(await query(values.slice(i, i + CHUNK))));
  return found;
}

/** Keys already imported with one of these hashes (as `sha256:<hex>` or `bcrypt:<hash>`), with their owner. */
export const findImported = (db: DbOrTx, importedHashes: string[]) =>
  inChunks(importedHashes, (chunk) =>
    db.selectFrom('apiKeys').select(['importedHash', 'userId']).where('importedHash', 'in', chunk).execute(),
  );

/** Which of these stored hashes (SHA-256 hex) some key already has. */
export const findHashes = (db: DbOrTx, hashes: string[]) =>
  inChunks(hashes, (chunk) => db.selectFrom('apiKeys').select('hash').where('hash', 'in', chunk).execute());

/** Which of these lookup prefixes a bcrypt-hashed import not yet used already has. */
export const findLookupPrefixes = (db: DbOrTx, prefixes: string[]) =>
  inChunks(prefixes, (chunk) =>
    db.selectFrom('apiKeys').select('lookupPrefix').where('lookupPrefix', 'in', chunk).execute(),
  );

export async function insertImported(db: DbOrTx, rows: ApiKeyRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('apiKeys')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** The bcrypt-hashed imports whose lookup prefix begins the presented key: the longest first, at most `limit`. */
export function bcryptCandidates(db: DbOrTx, prefixes: string[], limit: number) {
  return db
    .selectFrom('apiKeys')
    .select(['id', 'hash'])
    .where('lookupPrefix', 'in', prefixes)
    .orderBy(sql`length(lookup_prefix)`, 'desc')
    .limit(limit)
    .execute();
}

/** After its first use, a bcrypt-hashed import is stored as any key is: SHA-256, found by the unique index. */
export async function restoreAsSha256(db: DbOrTx, id: string, hash: string): Promise<boolean> {
  const result = await db
    .updateTable('apiKeys')
    .set({ hash, lookupPrefix: null })
    .where('id', '=', id)
    .where('lookupPrefix', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
