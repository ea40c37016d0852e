// The JSON shape of a user API key; never the hash, and the plaintext only at creation.
import { Type } from 'typebox';
import type { ApiKeyRow } from '../../db/schema.ts';
import { toIso, toIsoOrNull } from '../../lib/clock.ts';
import { component, NullableTimestamp, Timestamp, Uuid } from '../../lib/schemas.ts';

const KeyShape = Type.Object({
  uuid: Uuid,
  user: Uuid,
  name: Type.String(),
  start: Type.String({ description: 'The prefix and first characters of the key, for recognising it.' }),
  creation: Timestamp,
  expiration: NullableTimestamp,
  revoked: NullableTimestamp,
  last_used: NullableTimestamp,
  scopes: Type.Union(
    [
      Type.Object({
        read_only: Type.Boolean({ description: 'The key may only read, whatever its owner may do.' }),
        projects: Type.Union([Type.Array(Uuid), Type.Null()], {
          description: 'The only projects the key reaches (UUIDs); null: every project its owner reaches.',
        }),
        permissions: Type.Union([Type.Array(Type.String()), Type.Null()], {
          description:
            'The only permissions the key may use (names, `resource:*` or `*`), never more than its owner holds where it acts; null: whatever its owner holds.',
        }),
      }),
      Type.Null(),
    ],
    { description: 'Restrictions on the key; null: the owner’s full access.' },
  ),
});
export const KeyJson = component('UserKey', KeyShape);

/** A key as administrators list it: with its owner. */
const AdminKeyShape = Type.Intersect([
  Type.Omit(KeyShape, ['user']),
  Type.Object({
    user: Type.Object({ uuid: Uuid, email: Type.String(), name: Type.String(), slug: Type.String() }),
  }),
]);
export const AdminKeyJson = component('AdminKey', AdminKeyShape);

const CreatedKeyShape = Type.Intersect([
  KeyShape,
  Type.Object({ key: Type.String({ description: 'The plaintext key. Shown once; store it now.' }) }),
]);
export const CreatedKeyJson = component('CreatedUserKey', CreatedKeyShape);

export const keyJson = (key: Omit<ApiKeyRow, 'hash' | 'lineageCreatedAt' | 'rerolledTo'>) => ({
  uuid: key.id,
  user: key.userId,
  name: key.name,
  start: key.start,
  creation: toIso(key.createdAt),
  expiration: toIsoOrNull(key.expiresAt),
  revoked: toIsoOrNull(key.revokedAt),
  last_used: toIsoOrNull(key.lastUsedAt),
  scopes:
    key.scopes === null
      ? null
      : (({ read_only, projects, permissions }) => ({
          read_only,
          projects,
          permissions: permissions ?? null,
        }))(
          JSON.parse(key.scopes) as {
            read_only: boolean;
            projects: string[] | null;
            permissions?: string[] | null;
          },
        ),
});
