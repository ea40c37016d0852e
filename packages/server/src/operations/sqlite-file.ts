// A SQLite file as backup and restore handle it: checked to be a whole Latchkey database, then put in place atomically.
import { chmodSync, closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { MIGRATION_TABLE } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';

export type Inspection = { ok: true; applied: string[] } | { ok: false; problem: string };

/**
 * Opens the file (which must exist) and checks it: SQLite's integrity check passes, it holds Latchkey's
 * table of applied migrations, and every migration applied to it is one this version knows.
 */
export function inspectLatchkeyDatabase(file: string): Inspection {
  let database: SQLite.Database | undefined;
  try {
    database = new SQLite(file, { fileMustExist: true });
    const problems = (database.pragma('integrity_check') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    if (problems.join() !== 'ok')
      return { ok: false, problem: `SQLite's integrity check fails (${problems.slice(0, 3).join('; ')})` };
    const table = database
      .prepare("select name from sqlite_master where type = 'table' and name = ?")
      .get(MIGRATION_TABLE);
    if (!table)
      return {
        ok: false,
        problem: `it is a SQLite database but not Latchkey's (no ${MIGRATION_TABLE} table)`,
      };
    const applied = (
      database.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    if (applied.length === 0) return { ok: false, problem: 'no migration was ever applied to it' };
    const unknown = applied.filter((name) => !(name in migrations));
    if (unknown.length > 0)
      return {
        ok: false,
        problem: `it was migrated by a newer Latchkey (${unknown.join(', ')}); use that version`,
      };
    return { ok: true, applied };
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
      return {
        ok: false,
        problem: `it is truncated, damaged or not a SQLite database (SQLite: ${(err as Error).message})`,
      };
    return { ok: false, problem: (err as Error).message };
  } finally {
    database?.close();
  }
}

/**
 * Makes `temporary` (in the destination's directory) owner-only and durable and gives it the destination's name in one
 * step: a link, which fails if the name was taken meanwhile, or a rename over it when `replace` is set.
 */
export function publishFile(temporary: string, destination: string, replace: boolean): void {
  // It holds every credential's hash and the server's secrets: readable by its owner only.
  chmodSync(temporary, 0o600);
  fsync(temporary);
  if (replace) renameSync(temporary, destination);
  else {
    linkSync(temporary, destination);
    rmSync(temporary);
  }
  fsync(dirname(destination));
}

function fsync(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A file and the journal files SQLite may keep beside it. */
export const withCompanions = (file: string): string[] =>
  ['', '-wal', '-shm', '-journal'].map((suffix) => file + suffix);

export function removeAll(files: string[]): void {
  for (const file of files) rmSync(file, { force: true });
}
