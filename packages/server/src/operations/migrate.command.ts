// `latchkey migrate status` and `latchkey migrate up`: the schema's migrations, listed or applied by hand.
import { existsSync } from 'node:fs';
import { type Flags, loadConfig } from '../config.ts';
import { openDatabase, sqliteFile } from '../db/database.ts';
import { migrateToLatest, migrationStatus } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import type { Db } from '../db/schema.ts';
import { databaseProblem } from '../startup.ts';
import type { Output } from './backup.command.ts';

/** Exit code: 0 listed; 1 the database could not be read. A missing SQLite file is listed as all pending, and not created. */
export async function showMigrationStatus(flags: Flags, out: Output = process): Promise<number> {
  const config = loadConfig(process.env, flags);
  const file = sqliteFile(config.databaseUrl);
  if (file !== undefined && !existsSync(file)) {
    out.stdout.write(`there is no database at ${file} yet: every migration is pending\n`);
    for (const name of Object.keys(migrations).sort()) out.stdout.write(`pending  ${name}\n`);
    return 0;
  }
  return withDatabase(config.databaseUrl, out, async (db) => {
    const status = await migrationStatus(db);
    for (const { name, executedAt } of status.applied)
      out.stdout.write(`applied  ${name}  ${executedAt.toISOString()}\n`);
    for (const name of status.unknown) out.stdout.write(`unknown  ${name}  (applied by a newer Latchkey)\n`);
    for (const name of status.pending) out.stdout.write(`pending  ${name}\n`);
    out.stdout.write(`${status.applied.length} applied, ${status.pending.length} pending\n`);
    return 0;
  });
}

/** Exit code: 0 up to date (after applying what was pending); 1 a migration failed or the database could not be reached. */
export async function applyMigrations(flags: Flags, out: Output = process): Promise<number> {
  const config = loadConfig(process.env, flags);
  return withDatabase(config.databaseUrl, out, async (db) => {
    const applied = await migrateToLatest(db);
    for (const name of applied) out.stdout.write(`applied  ${name}\n`);
    out.stdout.write(
      applied.length === 0 ? 'nothing to apply: the schema is up to date\n' : `${applied.length} applied\n`,
    );
    return 0;
  });
}

async function withDatabase(url: string, out: Output, work: (db: Db) => Promise<number>): Promise<number> {
  const { db } = openDatabase(url);
  try {
    return await work(db);
  } catch (err) {
    const problem = databaseProblem(err, url);
    out.stderr.write(`latchkey: ${problem ? problem.message : (err as Error).message}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}
