// The usage-limit flags shared by key and app commands: --remaining N, --refill AMOUNT/INTERVAL, --no-limit.
import { type Command, InvalidArgumentError, type OptionValues } from '@commander-js/extra-typings';
import { integer } from '../command.ts';
import { usageError } from '../errors.ts';

type Interval = 'day' | 'month' | number;

/** `1000/month`, `50/day`, `10/3600` (every 3600 seconds). */
export function refill(value: string): { amount: number; interval: Interval } {
  const match = /^(\d+)\/(day|month|\d+)$/.exec(value.trim());
  if (!match || Number(match[1]) < 1 || match[2] === '0')
    throw new InvalidArgumentError(
      '--refill must be AMOUNT/INTERVAL: 1000/month, 50/day or 10/3600 (seconds)',
    );
  const interval = match[2] === 'day' || match[2] === 'month' ? match[2] : Number(match[2]);
  return { amount: Number(match[1]), interval };
}

/** What the flags parse to. */
interface LimitFlags {
  remaining?: number;
  refill?: { amount: number; interval: Interval };
  limit?: boolean;
}

/** Adds the flags; `update` also offers --no-limit (removing a limit: administrators only). */
export function limitOptions<Args extends unknown[], Opts extends OptionValues, Global extends OptionValues>(
  command: Command<Args, Opts, Global>,
  update = false,
): Command<Args, Opts & LimitFlags, Global> {
  const added = command
    .option(
      '--remaining <n>',
      'usage limit: requests it may still make (each accepted one spends one)',
      integer('--remaining', 0),
    )
    .option(
      '--refill <amount/interval>',
      'with --remaining: set the count back to AMOUNT each day, month or N seconds, e.g. 1000/month',
      refill,
    );
  // The typed chain cannot express an option added on a condition: both shapes are LimitFlags.
  return (update
    ? added.option('--no-limit', 'remove the usage limit (an administrator’s session only)')
    : added) as unknown as Command<Args, Opts & LimitFlags, Global>;
}

/** The body's `limits` from the flags: undefined when none was given, null to remove the limit. */
export function limitsOf(o: LimitFlags) {
  if (o.limit === false) {
    if (o.remaining !== undefined || o.refill !== undefined)
      throw usageError('--no-limit goes alone, without --remaining or --refill');
    return null;
  }
  if (o.remaining === undefined) {
    if (o.refill !== undefined) throw usageError('--refill needs --remaining (the uses left now)');
    return undefined;
  }
  return { remaining: o.remaining, ...(o.refill ? { refill: o.refill } : {}) };
}
