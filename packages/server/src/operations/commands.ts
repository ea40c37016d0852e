// The operator's commands on the server's database: backup, restore, migrate status and migrate up.
import type { Command } from 'commander';
import { backupDatabase } from './backup.command.ts';
import { applyMigrations, showMigrationStatus } from './migrate.command.ts';
import { restoreDatabase } from './restore.command.ts';

const DATABASE_URL = ['--database-url <url>', 'sqlite:PATH or postgres://… (LATCHKEY_DATABASE_URL)'] as const;

export function addOperationsCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Copy the SQLite database to FILE while the server runs (on PostgreSQL: prints the pg_dump command)',
    )
    .requiredOption('--output <file>', 'the backup file to write')
    .option('--force', 'replace FILE if it exists')
    .option(...DATABASE_URL)
    .action(async (options: { output: string; force?: boolean; databaseUrl?: string }) => {
      process.exitCode = await backupDatabase(options);
    });
  program
    .command('restore')
    .description('Make a backup FILE the configured SQLite database, where there is none yet')
    .argument('<file>', 'a file written by latchkey backup')
    .option(...DATABASE_URL)
    .action((file: string, options: { databaseUrl?: string }) => {
      process.exitCode = restoreDatabase(file, options);
    });
  const migrate = program.command('migrate').description("The database schema's migrations");
  migrate
    .command('status')
    .description('List the applied and the pending migrations')
    .option(...DATABASE_URL)
    .action(async (options: { databaseUrl?: string }) => {
      process.exitCode = await showMigrationStatus(options);
    });
  migrate
    .command('up')
    .description('Apply every pending migration')
    .option(...DATABASE_URL)
    .action(async (options: { databaseUrl?: string }) => {
      process.exitCode = await applyMigrations(options);
    });
}
