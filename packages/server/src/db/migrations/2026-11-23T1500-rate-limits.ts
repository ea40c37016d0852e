// Per-principal rate-limit overrides: both null means the configured default.
import type { Kysely } from 'kysely';

const TABLES = ['users', 'apps'] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).addColumn('rate_limit_per_second', 'integer').execute();
    await db.schema.alterTable(table).addColumn('rate_limit_burst', 'integer').execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).dropColumn('rate_limit_burst').execute();
    await db.schema.alterTable(table).dropColumn('rate_limit_per_second').execute();
  }
}
