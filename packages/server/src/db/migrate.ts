// Bringing a database's schema up to date with Kysely's Migrator, and saying what is applied and what is pending.
import { Migrator, PostgresAdapter, sql } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { Db } from './schema.ts';

/** Kysely's own table of applied migrations (its default name). */
export const MIGRATION_TABLE = 'kysely_migration';

export interface MigrationStatus {
  applied: { name: string; executedAt: Date }[];
  pending: string[];
  /** Applied to this database but unknown to this version: it was written by a newer Latchkey. */
  unknown: string[];
}

const isPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * `schema` names the PostgreSQL schema the migration tables live in; without it, the connection's own
 * (the first of its search_path). Kysely looks for its tables across every schema unless told, so a
 * database with several schemas (other deployments, parallel tests) would find another schema's tables.
 */
async function migrator(db: Db, schema?: string): Promise<Migrator> {
  const tableSchema = isPostgres(db) ? (schema ?? (await currentSchema(db))) : undefined;
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(tableSchema ? { migrationTableSchema: tableSchema } : {}),
  });
}

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('the PostgreSQL search_path names no existing schema');
  return schema;
}

/** Applies every pending migration; returns the names applied, in order. */
export async function migrateToLatest(db: Db, options: { schema?: string } = {}): Promise<string[]> {
  return withMigrationLock(db, async () => {
    const { error, results } = await (await migrator(db, options.schema)).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      const which = failed ? `migration ${failed.migrationName} failed` : 'migrations could not run';
      throw new Error(`${which}: ${String(error)}`, { cause: error });
    }
    return (results ?? []).map((r) => r.migrationName);
  });
}

export async function migrationStatus(db: Db, options: { schema?: string } = {}): Promise<MigrationStatus> {
  const all = await (await migrator(db, options.schema)).getMigrations();
  const applied = all.flatMap((m) => (m.executedAt ? [{ name: m.name, executedAt: m.executedAt }] : []));
  const pending = all.filter((m) => !m.executedAt).map((m) => m.name);
  const recorded = applied.length > 0 ? await appliedNames(db) : [];
  return { applied, pending, unknown: recorded.filter((name) => !(name in migrations)) };
}

async function appliedNames(db: Db): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own table is not part of our schema
  const rows = await (db as any).selectFrom(MIGRATION_TABLE).select('name').execute();
  return (rows as { name: string }[]).map((r) => r.name);
}

/**
 * On PostgreSQL, one instance at a time migrates a schema: a session advisory lock, keyed by the schema,
 * held on a connection of its own from before Kysely creates its tables until the last migration is done.
 * Instances starting together wait here, then find nothing left to apply. (Kysely's adapter also locks,
 * but only around running the migrations, not around creating its tables.)
 */
async function withMigrationLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return work();
  const key = sql`hashtext('latchkey migrations ' || current_schema())`;
  return db.connection().execute(async (held) => {
    await sql`select pg_advisory_lock(${key})`.execute(held);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(held);
    }
  });
}
