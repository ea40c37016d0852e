// The `rate_limit` field: how PATCH sets it and how administrators see it on users and apps.
import { Type } from 'typebox';
import type { Principal } from '../principal.ts';
import { type Budget, overrideOf, type RateLimitColumns } from './budget.ts';

const MAX = 1_000_000_000;

export const RateLimitBody = Type.Union(
  [
    Type.Object(
      {
        per_second: Type.Integer({ minimum: 1, maximum: MAX, description: 'Requests a second, sustained.' }),
        burst: Type.Integer({
          minimum: 1,
          maximum: MAX,
          description:
            'The most requests at once (the bucket’s capacity). Below per_second it smooths traffic rather than allowing bursts.',
        }),
      },
      { additionalProperties: false },
    ),
    Type.Null(),
  ],
  {
    description:
      'Administrators: this principal’s own rate limit (a token bucket); null restores the server default.',
  },
);

export const RateLimitJson = Type.Optional(
  Type.Union(
    [
      Type.Object({
        per_second: Type.Integer(),
        burst: Type.Integer(),
        default: Type.Boolean({
          description: 'true: the server default; false: an administrator’s override.',
        }),
      }),
      Type.Null(),
    ],
    { description: 'Administrators only: the effective rate limit; null when rate limits are off.' },
  ),
);

/** `{rate_limit}` for an administrator (null when limits are off), nothing for anyone else. */
export function rateLimitField(
  viewer: Principal,
  row: RateLimitColumns,
  defaults: Budget | undefined,
): { rate_limit?: { per_second: number; burst: number; default: boolean } | null } {
  if (!viewer.isAdmin) return {};
  if (!defaults) return { rate_limit: null };
  const override = overrideOf(row);
  const effective = override ?? defaults;
  return { rate_limit: { per_second: effective.perSecond, burst: effective.burst, default: !override } };
}
