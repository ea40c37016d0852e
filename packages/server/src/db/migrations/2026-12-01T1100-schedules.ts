// Jobs that run on a schedule across restarts and instances (a row each, with a lease), and the key notices sent.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scheduled_jobs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('next_run_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'bigint')
    .addColumn('last_run_at', 'bigint')
    .execute();

  // One row per notice a key was given: a notice is sent once, whichever instance runs the job.
  await db.schema
    .createTable('key_notices')
    .addColumn('key_id', 'text', (c) => c.notNull().references('api_keys.id').onDelete('cascade'))
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('key_notices_pk', ['key_id', 'notice'])
    .execute();
  await db.schema.createIndex('api_keys_expires_at').on('api_keys').column('expires_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('api_keys_expires_at').execute();
  await db.schema.dropTable('key_notices').execute();
  await db.schema.dropTable('scheduled_jobs').execute();
}
