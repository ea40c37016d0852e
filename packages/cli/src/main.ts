// Entry of the `latchkey` command: runs the command tree; a usage error exits 2, --help and --version exit 0.
import { CommanderError } from '@commander-js/extra-typings';
import { EXIT } from './errors.ts';
import { buildProgram } from './program.ts';

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Commander has printed its message; help and version are not failures.
    const shown = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
    process.exitCode = shown ? EXIT.ok : error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
}
