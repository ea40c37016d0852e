// The usage report's JSON schema, as the OpenAPI document and the SDK declare it.
import { Type } from 'typebox';
import { component, NullableTimestamp, Timestamp } from '../../lib/schemas.ts';

const Count = Type.Integer({ minimum: 0 });
const ByReason = Type.Record(Type.String(), Count, {
  description: 'Refusals by their error code (`forbidden`, `permission_denied`, …).',
});

export const UsageJson = component(
  'Usage',
  Type.Object({
    from: Timestamp,
    to: Timestamp,
    granularity: Type.Union([Type.Literal('hour'), Type.Literal('day')]),
    permissions: Type.Object({
      granted: Type.Array(Type.String(), {
        description:
          'The permissions the credential may use: its owner’s (or the app’s) at any scope, within a key’s `scopes.permissions`.',
      }),
      used: Type.Array(
        Type.Object({
          permission: Type.String(),
          allowed: Count,
          refused: Count,
          last_used_at: NullableTimestamp,
        }),
        { description: 'Every permission the credential was checked for in the window.' },
      ),
      unused: Type.Array(Type.String(), {
        description: 'Granted, and never allowed in the window: what narrowing would drop.',
      }),
    }),
    addresses: Type.Array(Type.Object({ address: Type.String(), requests: Count }), {
      description:
        'The 20 busiest client addresses (as `LATCHKEY_TRUST_PROXY` resolves them; at verify, the original client’s). Past 200 distinct addresses in one hour, the rest are counted as `other`.',
    }),
    totals: Type.Object({ accepted: Count, refused: Count, rate_limited: Count, usage_exhausted: Count }),
    refusals: ByReason,
    buckets: Type.Array(
      Type.Object({
        start: Timestamp,
        accepted: Count,
        refused: ByReason,
        rate_limited: Count,
        usage_exhausted: Count,
      }),
    ),
  }),
);
