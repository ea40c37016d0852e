// The JSON shape of a user.
import { Type } from 'typebox';
import { RateLimitJson } from '../../auth/ratelimit/ratelimit.view.ts';
import type { UserRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { component, Timestamp, Uuid } from '../../lib/schemas.ts';

const UserShape = Type.Object({
  uuid: Uuid,
  email: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  admin: Type.Boolean(),
  suspended: Type.Boolean({
    description: 'A suspended user cannot sign in and none of their credentials work.',
  }),
  developer: Type.Boolean({ description: 'May create apps (administrators always may).' }),
  creation: Timestamp,
  modified: Timestamp,
  rate_limit: RateLimitJson,
});
export const UserJson = component('User', UserShape);

export const userJson = (user: UserRow) => ({
  uuid: user.id,
  email: user.email,
  name: user.name,
  slug: user.slug,
  admin: user.role === 'admin',
  suspended: user.suspendedAt !== null,
  developer: user.developerAt !== null,
  creation: toIso(user.createdAt),
  modified: toIso(user.updatedAt),
});
