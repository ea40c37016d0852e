// The `latchkey` command.
import { Command } from 'commander';
import { verifyAuditChain } from './features/audit/audit.verify-command.ts';
import { ConfigError } from './lib/config-error.ts';
import { StartupError } from './lib/startup-error.ts';
import { serve } from './main.ts';
import { openApiDocument } from './openapi-document.ts';
import { addOperationsCommands } from './operations/commands.ts';
import { resetPassword } from './reset-password-command.ts';
import { registerSecretsCommands } from './secrets/secrets.command.ts';

export async function run(argv: string[]): Promise<void> {
  const program = new Command('latchkey').description('Latchkey credential server');
  program
    .command('serve')
    .description('Start the HTTP API server')
    .option('--port <port>', 'port to listen on (LATCHKEY_PORT, default 7420)')
    .option('--host <host>', 'address to listen on (LATCHKEY_HOST, default 127.0.0.1)')
    .option('--database-url <url>', 'sqlite:PATH or postgres://… (LATCHKEY_DATABASE_URL)')
    .action(async (options: { port?: string; host?: string; databaseUrl?: string }) => serve(options));
  program
    .command('openapi')
    .description('Print the OpenAPI 3.1 document built from the routes')
    .action(async () => {
      process.stdout.write(`${JSON.stringify(await openApiDocument(), null, 2)}\n`);
    });
  const audit = program.command('audit').description('The audit log');
  audit
    .command('verify')
    .description('Walk the hash chain and report the first broken link (exit 1), or that it is intact')
    .option('--database-url <url>', 'sqlite:PATH or postgres://… (LATCHKEY_DATABASE_URL)')
    .action(async (options: { databaseUrl?: string }) => {
      process.exitCode = await verifyAuditChain(options);
    });
  program
    .command('admin')
    .description("Administration on the server's own machine")
    .command('reset-password')
    .description(
      "Set a user's password from stdin and end their sessions (audited): for a lost administrator",
    )
    .requiredOption('--email <email>', 'the user whose password to set')
    .option('--database-url <url>', 'sqlite:PATH or postgres://… (LATCHKEY_DATABASE_URL)')
    .action(async (options: { email: string; databaseUrl?: string }) => {
      process.exitCode = await resetPassword(options);
    });
  addOperationsCommands(program);
  registerSecretsCommands(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`latchkey: configuration error: ${err.message}\n`);
      process.exit(2);
    }
    if (err instanceof StartupError) {
      process.stderr.write(`latchkey: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
