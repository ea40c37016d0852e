// Keys imported from the system Latchkey replaces: when each was imported, the hash it came with (so a
// repeated import is recognised), and for bcrypt-hashed keys the lookup prefix they are found by.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').addColumn('imported_at', 'bigint').execute();
  await db.schema.alterTable('api_keys').addColumn('imported_hash', 'text').execute();
  await db.schema.alterTable('api_keys').addColumn('lookup_prefix', 'text').execute();
  await db.schema
    .createIndex('api_keys_imported_hash')
    .on('api_keys')
    .column('imported_hash')
    .unique()
    .execute();
  await db.schema
    .createIndex('api_keys_lookup_prefix')
    .on('api_keys')
    .column('lookup_prefix')
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('api_keys_lookup_prefix').execute();
  await db.schema.dropIndex('api_keys_imported_hash').execute();
  await db.schema.alterTable('api_keys').dropColumn('lookup_prefix').execute();
  await db.schema.alterTable('api_keys').dropColumn('imported_hash').execute();
  await db.schema.alterTable('api_keys').dropColumn('imported_at').execute();
}
