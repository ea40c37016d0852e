// Federated credentials: an app trusts a workload's own tokens (an issuer, an audience, a subject and claims) instead of a secret.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('federated_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('app_id', 'text', (c) => c.notNull().references('apps.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    // JSON object: claim name -> the value it must have (exactly, or a glob with `*`).
    .addColumn('claims', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('federated_credentials_app_name', ['app_id', 'name'])
    .execute();
  await db.schema
    .createIndex('federated_credentials_app_issuer')
    .on('federated_credentials')
    .columns(['app_id', 'issuer'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('federated_credentials').execute();
}
