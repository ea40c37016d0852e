// /v0/admin/keys: every user's keys for administrators, and revoking many at once.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, ResourceRef, Uuid } from '../../lib/schemas.ts';
import { AdminKeyJson, keyJson } from './keys.view.ts';

const ListQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(
      Type.Union(
        [
          Type.Literal('name'),
          Type.Literal('creation'),
          Type.Literal('last_used'),
          Type.Literal('expiration'),
          Type.Literal('requests_7d'),
        ],
        {
          default: 'name',
          description:
            '`requests_7d`: by the requests (every outcome) the usage history counted in the last 7 days; `direction=desc` for the busiest first.',
        },
      ),
    ),
    user: Type.Optional(ResourceRef('user')),
    expired: Type.Optional(
      Type.Boolean({ description: 'true: only expired keys; false: only keys that have not expired.' }),
    ),
    revoked: Type.Optional(
      Type.Boolean({ description: 'true: only revoked keys; false: only keys that are not revoked.' }),
    ),
    search: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 254,
        description: 'Part of the key name or owner email, or the key UUID.',
      }),
    ),
  },
  { additionalProperties: false },
);

const RevokeBody = Type.Object(
  {
    keys: Type.Optional(
      Type.Array(Uuid, { minItems: 1, maxItems: 1000, description: 'The keys to revoke.' }),
    ),
    all: Type.Optional(Type.Literal(true, { description: 'Revoke every key (of `user`, when given).' })),
    user: Type.Optional(ResourceRef('user')),
  },
  { additionalProperties: false },
);

const tags = ['admin'];

export const adminKeysRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/admin/keys',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listAllKeys',
        description:
          'Lists every user’s API keys across the site, paginated and filterable, without secrets. Administrators only.',
        summary: "Every user's API keys",
        querystring: ListQuery,
        response: { 200: Type.Array(AdminKeyJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { user, expired, revoked, search, sort } = request.query;
      const { rows, total } = await ctx.keys.listAll(
        page,
        { user, expired, revoked, search },
        sort ?? 'name',
      );
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map((row) => ({
        ...keyJson(row),
        user: { uuid: row.userId, email: row.userEmail, name: row.userName, slug: row.userSlug },
        requests_7d: row.requests7d,
      }));
    },
  );

  app.post(
    '/v0/admin/keys/revoke',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'revokeKeys',
        description:
          'Revokes many API keys in one request: a list of key ids, or every key of one user. Administrators only; each revocation is audited.',
        summary: 'Revoke many keys at once: a list, or all (of one user)',
        body: RevokeBody,
        response: {
          200: Type.Object({ revoked: Type.Integer({ description: 'How many keys were revoked.' }) }),
          ...authErrors,
        },
      },
    },
    async (request) => ({ revoked: await ctx.keys.revokeMany(callerOf(request), request.body) }),
  );
};
