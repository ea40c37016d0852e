// Opens the configured store (sqlite:PATH or postgres://) and brings its schema up to date.
import { CamelCasePlugin, type Dialect, Kysely, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.ts';
import { postgresDialect } from './postgres.ts';
import type { Database, Db } from './schema.ts';
import { sqliteDialect } from './sqlite.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Db;
  dialect: DialectName;
}

/** Kysely's log event, as the metrics read it. */
export type QueryLog = (event: { level: 'query' | 'error'; queryDurationMillis: number }) => void;

export function openDatabase(url: string, options: { schema?: string; log?: QueryLog } = {}): OpenedDatabase {
  const isSqlite = url.startsWith('sqlite:');
  const dialect: Dialect = isSqlite
    ? sqliteDialect(url.slice('sqlite:'.length))
    : postgresDialect(url, options);
  return {
    db: new Kysely<Database>({
      dialect,
      plugins: [new CamelCasePlugin()],
      ...(options.log ? { log: options.log } : {}),
    }),
    dialect: isSqlite ? 'sqlite' : 'postgres',
  };
}

/**
 * `schema` names the PostgreSQL schema the migration tables live in: Kysely looks for them across every
 * schema otherwise, so a database with several schemas (parallel tests) would find another schema's tables.
 */
export async function migrateToLatest(db: Db, options: { schema?: string } = {}): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const which = failed ? `migration ${failed.migrationName} failed` : 'migrations could not run';
    throw new Error(`${which}: ${String(error)}`, { cause: error });
  }
}

export async function isReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
