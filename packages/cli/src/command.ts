// Helpers every command file uses: an action that gets its context and reports failures, examples in --help, argument parsing.
import {
  type Command,
  type CommandUnknownOpts,
  InvalidArgumentError,
  type OptionValues,
} from '@commander-js/extra-typings';
import { type Context, resolveContext } from './context.ts';
import { describeError } from './errors.ts';

/**
 * The action of a command that talks to a server: its context (output, URL, credential) is resolved
 * first; any failure is printed once, with the URL it concerns, and sets the exit code. The handler gets the
 * command's arguments and options as the command declares them (typed by @commander-js/extra-typings).
 */
export const act =
  <Args extends unknown[], Opts extends OptionValues>(
    handler: (ctx: Context, args: Args, options: Opts) => Promise<void>,
  ) =>
  async (...params: [...Args, Opts, CommandUnknownOpts]): Promise<void> => {
    const command = params[params.length - 1] as CommandUnknownOpts;
    let ctx: Context | undefined;
    try {
      ctx = await resolveContext(command);
      await handler(ctx, command.processedArgs as Args, command.opts() as Opts);
    } catch (error) {
      const json = command.optsWithGlobals().json === true;
      const described = describeError(error, ctx?.url);
      process.stderr.write(json ? `${JSON.stringify(described.json)}\n` : `latchkey: ${described.text}\n`);
      process.exitCode = described.exitCode;
    }
  };

/** The options every paged list shares: --page, --per-page (`noun` per page) and --direction. */
export function paged<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
  noun: string,
) {
  return command
    .option('--page <n>', 'page number, from 1', integer('--page'))
    .option('--per-page <n>', `${noun} per page (default 8, at most 255)`, integer('--per-page'))
    .option('--direction <dir>', 'asc or desc', oneOf('asc', 'desc'));
}

/** --sort, one of `fields`, for the lists that take it. */
export function sorted<
  Args extends unknown[],
  Opts extends OptionValues,
  Globals extends OptionValues,
  F extends string,
>(command: Command<Args, Opts, Globals>, ...fields: F[]) {
  return command.option('--sort <field>', `sort field: ${fields.join(', ')}`, oneOf(...fields));
}

const withExamples = new WeakSet<CommandUnknownOpts>();

/** Adds "Examples:" to a command's --help. */
export function examples<C extends CommandUnknownOpts>(command: C, ...lines: string[]): C {
  withExamples.add(command);
  return command.addHelpText('after', `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`);
}

export function integer(what: string, min = 1) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min)
      throw new InvalidArgumentError(`${what} must be a whole number of at least ${min}`);
    return Number(value);
  };
}

export function oneOf<T extends string>(...choices: T[]) {
  return (value: string): T => {
    if (!(choices as string[]).includes(value))
      throw new InvalidArgumentError(`one of ${choices.join(', ')}`);
    return value as T;
  };
}

export function boolean(value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new InvalidArgumentError('true or false');
}

const DURATION: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 31_536_000 };

/** A time to live: whole seconds, or a number with s, m, h, d, w or y (30d). */
export function duration(value: string): number {
  const match = /^(\d+)([smhdwy]?)$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * (DURATION[match[2] || 's'] ?? 1) : Number.NaN;
  if (!(seconds >= 1))
    throw new InvalidArgumentError('seconds, or a number with s, m, h, d, w or y (e.g. 30d)');
  return seconds;
}

/** KEY=VALUE pairs, in order. */
export function pairs(values: string[]): [string, string][] {
  return values.map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0) throw new InvalidArgumentError(`"${pair}" is not KEY=VALUE`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  });
}

/** Every group without examples of its own gets its subcommands' first examples, so each --help has one. */
export function exampleGroups(command: CommandUnknownOpts, path: string[] = []): void {
  for (const child of command.commands) exampleGroups(child, [...path, child.name()]);
  if (withExamples.has(command) || command.commands.length === 0) return;
  const sub = command.commands.filter((c) => c.name() !== 'help').slice(0, 3);
  examples(command, ...sub.map((c) => `latchkey ${[...path, c.name()].join(' ')} --help`));
}

/** Commander's collector for a repeatable option. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
