// An app's permission ceiling, set by an administrator: what its access tokens may ever be granted.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  // A JSON array of permissions and wildcards; null: no ceiling beyond what the app's role assignments give.
  await db.schema.alterTable('apps').addColumn('permissions', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('apps').dropColumn('permissions').execute();
}
