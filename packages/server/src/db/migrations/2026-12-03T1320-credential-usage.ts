// The usage history: per credential and hour, counts by outcome, by client address and by permission checked.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('credential_usage')
    .addColumn('credential_kind', 'text', (c) => c.notNull())
    // No foreign key: a key, session key or app id; rows outlive nothing but their retention.
    .addColumn('credential_id', 'text', (c) => c.notNull())
    .addColumn('hour', 'bigint', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('refused', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('last_at', 'bigint')
    // The upsert's conflict target: every instance adds to the same row.
    .addPrimaryKeyConstraint('credential_usage_pk', ['credential_id', 'hour', 'dimension', 'item'])
    .execute();
  // Pruning deletes by age across every credential.
  await db.schema.createIndex('credential_usage_hour').on('credential_usage').column('hour').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('credential_usage').execute();
}
