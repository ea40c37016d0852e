// An app's allowed addresses, and user keys transferred to an app (they outlive the user who made them).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  // JSON array of normalised addresses and CIDRs; null: anywhere. (A key's list is in api_keys.scopes.)
  await db.schema.alterTable('apps').addColumn('allowed_ips', 'text').execute();
  await db.schema
    .createTable('transferred_keys')
    // The key's own id, kept: its usage history and audit trail go on under it.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('app_id', 'text', (c) => c.notNull().references('apps.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    // No foreign key: the user may be deleted, and the key must not go with them.
    .addColumn('from_user_id', 'text', (c) => c.notNull())
    .addColumn('from_user_email', 'text', (c) => c.notNull())
    .addColumn('transferred_at', 'bigint', (c) => c.notNull())
    .addColumn('transferred_by', 'text')
    .execute();
  await db.schema.createIndex('transferred_keys_app_id').on('transferred_keys').column('app_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('transferred_keys').execute();
  await db.schema.alterTable('apps').dropColumn('allowed_ips').execute();
}
