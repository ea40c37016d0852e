// The command tree: global options, then each area's commands (each in its own file under commands/).
import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { exampleGroups, examples } from './command.ts';
import { addAccessCommands } from './commands/access.ts';
import { addAdminCommands } from './commands/admin.ts';
import { addAppCommands } from './commands/apps.ts';
import { addAuditCommands } from './commands/audit.ts';
import { addAuthCommands } from './commands/auth.ts';
import { addCompletionCommand } from './commands/completion.ts';
import { addOffboardingCommands } from './commands/offboarding.ts';
import { addPermissionCommands } from './commands/permissions.ts';
import { addRoleCommands } from './commands/roles.ts';
import { addUserCommands } from './commands/users.ts';
import { addServerCommands } from './server-commands.ts';
import { VERSION } from './version.ts';

export function buildProgram(): Command {
  const program = new Command('latchkey')
    .description('Latchkey: the credential server, and a client for it over HTTP')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--json', 'print JSON (NDJSON for streams) instead of tables')
    .option('-q, --quiet', 'print only ids (lists) or nothing (changes); no notes')
    .option('--profile <name>', 'the signed-in server to use (LATCHKEY_PROFILE; default "default")')
    .option('--url <url>', 'the server, e.g. http://127.0.0.1:7420 (LATCHKEY_URL)')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  examples(program, 'latchkey login --url http://127.0.0.1:7420', 'latchkey user key list', 'latchkey serve');
  addAuthCommands(program);
  const { user, key } = addUserCommands(program);
  const admin = addAdminCommands(program);
  addPermissionCommands(program, admin);
  addRoleCommands(admin);
  const app = addAppCommands(program);
  addOffboardingCommands({ user, key, app });
  addAccessCommands(program);
  const audit = program.command('audit').description('The audit log');
  addAuditCommands(audit);
  addServerCommands(program, audit, admin);
  addCompletionCommand(program);
  exampleGroups(program);
  addShortAliases(program);
  return program;
}

/** `ls` for every list, `rm` for every delete or remove (where no sibling has it already). */
function addShortAliases(command: CommandUnknownOpts): void {
  for (const child of command.commands) addShortAliases(child);
  const taken = new Set(command.commands.flatMap((child) => [child.name(), ...child.aliases()]));
  for (const child of command.commands) {
    const short =
      child.name() === 'list' ? 'ls' : ['delete', 'remove'].includes(child.name()) ? 'rm' : undefined;
    if (short && !taken.has(short)) {
      child.alias(short);
      taken.add(short);
    }
  }
}
