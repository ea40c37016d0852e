// The embedded default: better-sqlite3 with WAL, synchronous=NORMAL, foreign keys and a busy timeout.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

export function sqliteDialect(path: string): SqliteDialect {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: withStatementCache(database) });
}

/**
 * Kysely prepares every query afresh, and preparing (parsing and planning) costs more than running an
 * indexed read; the per-request queries are few and their text repeats, so prepared statements are kept by
 * their SQL. Safe on the one connection: Kysely runs one query at a time on it, each to completion
 * (SQLite re-prepares a kept statement itself after a schema change).
 */
function withStatementCache(database: SQLite.Database, max = 500): SQLite.Database {
  const prepare = database.prepare.bind(database);
  const kept = new Map<string, SQLite.Statement>();
  database.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement) return statement;
    const prepared = prepare(source);
    // A full cache keeps what it has: the hot queries come first and stay.
    if (kept.size < max) kept.set(source, prepared);
    return prepared;
  }) as SQLite.Database['prepare'];
  return database;
}
