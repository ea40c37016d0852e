// Opens the configured store (sqlite:PATH or postgres://) and brings its schema up to date.
import { CamelCasePlugin, type Dialect, Kysely, sql } from 'kysely';
import { postgresDialect } from './postgres.ts';
import type { Database, Db } from './schema.ts';
import { sqliteDialect } from './sqlite.ts';

export { migrateToLatest } from './migrate.ts';

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

/** The file of a `sqlite:PATH` URL; undefined for PostgreSQL and for an in-memory database. */
export function sqliteFile(url: string): string | undefined {
  if (!url.startsWith('sqlite:')) return undefined;
  const path = url.slice('sqlite:'.length);
  return path === ':memory:' ? undefined : path;
}

export async function isReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
