// Usage limits: how many more requests a key or an app may make, and how the count refills.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('usage_limits')
    // A user API key's id or an app's id: no foreign key, the row is dropped with nothing and read by id only.
    .addColumn('credential_id', 'text', (c) => c.primaryKey())
    .addColumn('credential_kind', 'text', (c) => c.notNull())
    .addColumn('remaining', 'bigint', (c) => c.notNull())
    .addColumn('refill_amount', 'bigint')
    // `day`, `month`, or a number of seconds.
    .addColumn('refill_interval', 'text')
    // When the count is next set back to refill_amount (ms since the epoch); null without refill.
    .addColumn('next_refill_at', 'bigint')
    // Changes each time the limit is set: a counter kept elsewhere (Redis) starts again from this row.
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('usage_limits').execute();
}
