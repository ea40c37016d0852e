// What a usage limit is, as the API takes and shows it, and when its count next refills.
import { Type } from 'typebox';
import { toIsoOrNull } from '../../lib/clock.ts';
import { component } from '../../lib/schemas.ts';
import type { LimitRow } from './limits.store.ts';

/** 10^12 uses: far beyond any plan, and exact in a double and a bigint column. */
const MAX_USES = 1_000_000_000_000;
/** About 10 years, the longest interval given in seconds. */
const MAX_INTERVAL_SECONDS = 315_360_000;

export type RefillInterval = 'day' | 'month' | number;

export interface LimitsInput {
  remaining: number;
  refill?: { amount: number; interval: RefillInterval } | null;
}

const Interval = Type.Union(
  [
    Type.Literal('day'),
    Type.Literal('month'),
    Type.Integer({ minimum: 1, maximum: MAX_INTERVAL_SECONDS, description: 'Seconds.' }),
  ],
  {
    description:
      '`day` (at 00:00 UTC), `month` (on the 1st, 00:00 UTC), or a number of seconds after the last refill.',
  },
);

const Refill = Type.Object(
  {
    amount: Type.Integer({
      minimum: 1,
      maximum: MAX_USES,
      description: 'The count is set back to this at each refill (unused uses do not carry over).',
    }),
    interval: Interval,
  },
  { additionalProperties: false },
);

/** The body's `limits`: null removes the limit. */
export const LimitsBody = Type.Union(
  [
    Type.Object(
      {
        remaining: Type.Integer({
          minimum: 0,
          maximum: MAX_USES,
          description: 'Uses left: each accepted request spends one; at 0 the answer is 429 usage_exhausted.',
        }),
        refill: Type.Optional(Type.Union([Refill, Type.Null()])),
      },
      { additionalProperties: false },
    ),
    Type.Null(),
  ],
  {
    description:
      'A usage limit: how many more requests the credential may make, and how the count refills. Null: no limit. Set from a signed-in session; only an administrator may raise or remove a limit, anyone else may only narrow it.',
  },
);

export const LimitsJson = component(
  'UsageLimits',
  Type.Union(
    [
      Type.Object({
        remaining: Type.Integer({ description: 'Uses left now (a refill that is due counted in).' }),
        refill: Type.Union([
          Type.Object({
            amount: Type.Integer(),
            interval: Type.Union([Type.Literal('day'), Type.Literal('month'), Type.Integer()]),
          }),
          Type.Null(),
        ]),
        next_refill: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
          description: 'When the count is next set back to the refill amount.',
        }),
      }),
      Type.Null(),
    ],
    { description: 'The usage limit, or null when the credential has none.' },
  ),
);

export type LimitsView = {
  remaining: number;
  refill: { amount: number; interval: RefillInterval } | null;
  next_refill: string | null;
} | null;

export const intervalOf = (stored: string | null): RefillInterval | null =>
  stored === null ? null : stored === 'day' || stored === 'month' ? stored : Number(stored);

/** The first refill after `now`: next 00:00 UTC, the next 1st of a month, or `now` plus the seconds. */
export function nextRefill(interval: RefillInterval, now: number): number {
  const at = new Date(now);
  if (interval === 'day') return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1);
  if (interval === 'month') return Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
  return now + interval * 1000;
}

/** An interval's length in seconds, to compare two (a month counted as its shortest, 28 days). */
const lengthOf = (interval: RefillInterval): number =>
  interval === 'day' ? 86_400 : interval === 'month' ? 28 * 86_400 : interval;

/** The uses left as of `now`: a refill that is due counts, though no request has spent it yet. */
export function remainingAt(row: Pick<LimitRow, 'remaining' | 'refillAmount' | 'nextRefillAt'>, now: number) {
  return row.nextRefillAt !== null && row.refillAmount !== null && row.nextRefillAt <= now
    ? row.refillAmount
    : row.remaining;
}

export function limitsView(row: LimitRow | undefined, remaining: number, now: number): LimitsView {
  if (row === undefined) return null;
  const interval = intervalOf(row.refillInterval);
  const due = row.nextRefillAt !== null && row.nextRefillAt <= now && interval !== null;
  return {
    remaining,
    refill: row.refillAmount === null || interval === null ? null : { amount: row.refillAmount, interval },
    next_refill: toIsoOrNull(due && interval !== null ? nextRefill(interval, now) : row.nextRefillAt),
  };
}

/**
 * Why the new limit is not a narrowing of the current one (the first widening found), or undefined. A
 * limit where there was none narrows; removing one, more uses, or a larger or more frequent refill widens.
 */
export function widening(current: LimitsView, next: LimitsInput | null): string | undefined {
  if (current === null) return undefined;
  if (next === null) return 'removing the limit';
  if (next.remaining > current.remaining)
    return `remaining ${next.remaining} is more than the ${current.remaining} left`;
  const refill = next.refill ?? null;
  if (refill === null) return undefined;
  if (current.refill === null) return 'adding a refill';
  if (refill.amount > current.refill.amount)
    return `refill.amount ${refill.amount} is more than ${current.refill.amount}`;
  if (lengthOf(refill.interval) < lengthOf(current.refill.interval)) return 'a more frequent refill.interval';
  return undefined;
}
