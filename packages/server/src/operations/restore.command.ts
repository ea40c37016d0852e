// `latchkey restore FILE`: a backup becomes the configured SQLite database, only where there is none yet.
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Flags, loadConfig } from '../config.ts';
import { sqliteFile } from '../db/database.ts';
import type { Output } from './backup.command.ts';
import { inspectLatchkeyDatabase, publishFile, removeAll, withCompanions } from './sqlite-file.ts';

/**
 * Exit code: 0 restored; 1 refused (a database is already there, the file is not a whole Latchkey
 * backup) or failed, and then nothing was changed; 2 on PostgreSQL, where pg_restore is the tool.
 */
export function restoreDatabase(file: string, flags: Flags, out: Output = process): number {
  const config = loadConfig(process.env, flags);
  const refuse = (message: string) => {
    out.stderr.write(`latchkey: ${message}; nothing was changed\n`);
    return 1;
  };
  if (!config.databaseUrl.startsWith('sqlite:')) {
    out.stderr.write(
      'latchkey: the database is PostgreSQL; restore a pg_dump backup with pg_restore into an empty database:\n' +
        '  pg_restore --no-owner --dbname=DATABASE FILE\n',
    );
    return 2;
  }
  const target = sqliteFile(config.databaseUrl);
  if (!target) return refuse('the database is in memory: set LATCHKEY_DATABASE_URL to sqlite:PATH');
  const backup = resolve(file);
  if (!existsSync(backup)) return refuse(`there is no file ${backup}`);
  const present = withCompanions(resolve(target)).filter((path) => existsSync(path));
  if (present.length > 0)
    return refuse(
      `${present.join(', ')} already exists: restore only where there is no database yet (move it away, or point LATCHKEY_DATABASE_URL at a new path)`,
    );

  // The directory is made if missing, and removed again if the restore does not complete.
  const madeDirectory = mkdirSync(dirname(resolve(target)), { recursive: true, mode: 0o700 });
  const temporary = join(
    dirname(resolve(target)),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.restoring`,
  );
  let restored = false;
  try {
    // The bytes checked are the bytes put in place: the copy, not the file it came from.
    copyFileSync(backup, temporary, constants.COPYFILE_EXCL);
    const inspection = inspectLatchkeyDatabase(temporary);
    if (!inspection.ok) return refuse(`${backup} is not a usable Latchkey backup: ${inspection.problem}`);
    publishFile(temporary, resolve(target), false);
    restored = true;
    out.stdout.write(
      [
        `restored ${backup} into ${resolve(target)} (schema at ${inspection.applied.at(-1)})`,
        'Put the master key this backup was made under in place before starting the server (LATCHKEY_MASTER_KEY, LATCHKEY_MASTER_KEY_FILE or data/master.key).',
        '',
      ].join('\n'),
    );
    return 0;
  } catch (err) {
    return refuse(`the restore failed: ${(err as Error).message}`);
  } finally {
    removeAll(withCompanions(temporary));
    if (!restored && madeDirectory) rmSync(madeDirectory, { recursive: true, force: true });
  }
}
