// `latchkey backup --output FILE`: a consistent copy of the SQLite database taken while the server runs.
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Flags, loadConfig } from '../config.ts';
import { sqliteFile } from '../db/database.ts';
import { describePostgres } from '../startup.ts';
import { inspectLatchkeyDatabase, publishFile, removeAll, withCompanions } from './sqlite-file.ts';

export interface Output {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Pages copied in one step of SQLite's backup: all of them, so the copy is one read transaction's snapshot. */
const ALL_PAGES = 0x7fffffff;

/**
 * Exit code: 0 written; 1 refused or failed (nothing is left at FILE); 2 on PostgreSQL, where pg_dump
 * is the tool and this prints the command to run.
 */
export async function backupDatabase(
  flags: Flags & { output: string; force?: boolean },
  out: Output = process,
): Promise<number> {
  const config = loadConfig(process.env, flags);
  const refuse = (message: string) => {
    out.stderr.write(`latchkey: ${message}\n`);
    return 1;
  };
  if (!config.databaseUrl.startsWith('sqlite:')) {
    const { database, host, port, user } = describePostgres(config.databaseUrl);
    out.stderr.write(
      [
        'latchkey: the database is PostgreSQL; back it up with pg_dump, which takes a consistent snapshot while the server runs:',
        `  pg_dump --format=custom --file=${quote(flags.output)} --host=${host} --port=${port} --username=${user} ${quote(database)}`,
        'The password comes from ~/.pgpass or PGPASSWORD. Restore with pg_restore --no-owner --dbname=DATABASE FILE into an empty database.',
        '',
      ].join('\n'),
    );
    return 2;
  }
  const source = sqliteFile(config.databaseUrl);
  if (!source) return refuse('an in-memory database has nothing to back up');
  if (!existsSync(source)) return refuse(`there is no database at ${source} to back up`);
  const output = resolve(flags.output);
  if (!existsSync(dirname(output))) return refuse(`the directory of ${output} does not exist`);
  if (existsSync(output)) {
    if (!flags.force)
      return refuse(`${output} already exists; choose another file or pass --force to replace it`);
    if (realpathSync(output) === realpathSync(source))
      return refuse(`${output} is the database itself; back it up to another file`);
  }

  const temporary = join(dirname(output), `.${basename(output)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const database = new SQLite(source, { fileMustExist: true });
    try {
      database.pragma('busy_timeout = 5000');
      await database.backup(temporary, { progress: () => ALL_PAGES });
    } finally {
      database.close();
    }
    // One self-contained file: the copy keeps no write-ahead log beside it.
    const copy = new SQLite(temporary, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const inspection = inspectLatchkeyDatabase(temporary);
    if (!inspection.ok) return refuse(`the copy of ${source} does not check out: ${inspection.problem}`);
    publishFile(temporary, output, flags.force === true);
    out.stdout.write(
      [
        `backup written: ${output} (${statSync(output).size} bytes; schema at ${inspection.applied.at(-1)})`,
        'It holds no master key: keep the master key (LATCHKEY_MASTER_KEY, LATCHKEY_MASTER_KEY_FILE or data/master.key) backed up apart from it.',
        '',
      ].join('\n'),
    );
    return 0;
  } catch (err) {
    return refuse(`the backup failed: ${(err as Error).message}`);
  } finally {
    removeAll(withCompanions(temporary));
  }
}

/** A word as a POSIX shell reads it back unchanged. */
const quote = (word: string): string =>
  /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
