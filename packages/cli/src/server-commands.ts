// The server's own commands (serve, openapi, backup, restore, migrate, secrets, audit verify, admin reset-password):
// loaded from @latchkey/server only when asked for. The server is an optional peer dependency, so the client commands
// install without its databases.
import type { Command } from '@commander-js/extra-typings';
import { examples } from './command.ts';
import { EXIT } from './errors.ts';

export const SERVER_MISSING =
  'this command runs the Latchkey server, which is not installed beside the CLI: install @latchkey/server ' +
  'next to @latchkey/cli (npm install @latchkey/server, or the latchkey-server-*.tgz tarball from ' +
  '`npm pack -w @latchkey/server` in a clone of the repository)';

/** Hands the whole command line to the server's CLI, which parses its own options and help. */
async function runServer(): Promise<void> {
  let bin: string;
  try {
    bin = import.meta.resolve('@latchkey/server/bin');
  } catch {
    process.stderr.write(`latchkey: ${SERVER_MISSING}\n`);
    process.exitCode = EXIT.error;
    return;
  }
  await import(bin);
}

const delegate = (command: Command): Command =>
  command.helpOption(false).allowUnknownOption().allowExcessArguments().action(runServer);

export function addServerCommands(program: Command, audit: Command, admin: Command): void {
  examples(
    delegate(
      program.command('serve').description('Start the HTTP API server (options: latchkey serve --help)'),
    ),
    'latchkey serve --port 7420',
  );
  examples(
    delegate(program.command('openapi').description('Print the OpenAPI 3.1 document built from the routes')),
    'latchkey openapi > docs/openapi.json',
  );
  examples(
    delegate(
      program
        .command('backup')
        .description("Copy the server's SQLite database while it runs (options: latchkey backup --help)"),
    ),
    'latchkey backup --output /var/backups/latchkey-$(date +%F).db',
  );
  examples(
    delegate(
      program
        .command('restore')
        .description("Make a backup file the server's database, where there is none yet"),
    ),
    'latchkey restore /var/backups/latchkey-2026-12-01.db',
  );
  examples(
    delegate(program.command('migrate').description("The database schema's migrations: status, up")),
    'latchkey migrate status',
  );
  examples(
    delegate(
      program
        .command('secrets')
        .description('The secrets encrypted in the database: status, rotate-master --new-key-file F'),
    ),
    'latchkey secrets status',
  );
  examples(
    delegate(audit.command('verify').description("Walk the audit log's hash chain on the server's database")),
    'latchkey audit verify --database-url sqlite:./data/latchkey.db',
  );
  examples(
    delegate(
      admin
        .command('reset-password')
        .description(
          "Set a user's password from stdin on the server's database, ending their sessions (audited)",
        ),
    ),
    'printf %s "$NEW_PASSWORD" | latchkey admin reset-password --email admin@localhost',
  );
}
