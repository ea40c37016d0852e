// A rerolled key's line: when its first key was created (the site's maximum lifetime counts from there),
// and which key replaced each one (ending the old secret during its grace ends the new one too).
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('api_keys')
    .addColumn('lineage_created_at', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('api_keys').addColumn('rerolled_to', 'text').execute();
  // Every key so far began its own line.
  await db.updateTable('api_keys').set({ lineage_created_at: sql`created_at` }).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').dropColumn('rerolled_to').execute();
  await db.schema.alterTable('api_keys').dropColumn('lineage_created_at').execute();
}
