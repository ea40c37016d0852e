// /v0/users/{user}/keys: the user API key REST API (Bencher's, point by point).
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, DisplayName, ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import { LimitsBody } from '../limits/limits.rules.ts';
import { narrowOnlyFor } from '../limits/limits.service.ts';
import { CreatedKeyJson, KeyJson, keyJson } from './keys.view.ts';

const UserParams = Type.Object({ user: ResourceRef('user') });
const KeyParams = Type.Object({
  user: ResourceRef('user'),
  key: Type.String({ description: 'The UUID of the key.' }),
});

const ListQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(Type.Literal('name', { default: 'name' })),
    name: Type.Optional(Type.String({ maxLength: 64, description: 'Exact key name.' })),
    revoked: Type.Optional(
      Type.Boolean({ description: 'true: only revoked keys; otherwise only keys that are not revoked.' }),
    ),
    search: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'Part of the name, or the UUID.' }),
    ),
  },
  { additionalProperties: false },
);

/** The restrictions every key may carry: read-only, and the projects it may reach. */
const CoarseScopes = {
  read_only: Type.Optional(Type.Boolean({ description: 'true: the key may only read.' })),
  projects: Type.Optional(
    Type.Array(ResourceRef('project'), {
      minItems: 1,
      maxItems: 100,
      description: 'The only projects the key may reach (slugs or UUIDs), among those of its owner.',
    }),
  ),
};
const SCOPES_DESCRIPTION =
  'Least privilege: the key never exceeds its owner and is further limited to these.';

/** An imported key's restrictions (its permissions, if any, are narrowed later like any key's). */
export const KeyScopesBody = Type.Object(CoarseScopes, {
  additionalProperties: false,
  description: SCOPES_DESCRIPTION,
});

const PermissionsRestriction = Type.Array(
  Type.String({ minLength: 1, maxLength: 130, description: 'A permission, `resource:*` or `*`.' }),
  {
    maxItems: 500,
    description:
      'The only permissions the key may use, each held by its owner (a wildcard must match one in the catalogue). Effective: the owner’s permissions where the key acts, intersected with these.',
  },
);

/** Where a key may be used from. */
const AllowedIps = Type.Array(
  Type.String({ minLength: 1, maxLength: 64, description: 'An IPv4 or IPv6 address, or a CIDR.' }),
  {
    minItems: 1,
    maxItems: 100,
    description:
      'The only client addresses the key may be used from (as LATCHKEY_TRUST_PROXY resolves them; at verify, the original client’s); any other is refused with 403 `address_not_allowed`. `0.0.0.0/0` or `::/0` is accepted with a warning.',
  },
);

/** 2^32 - 1 seconds, about 136 years: the largest ttl, as Bencher's u32. */
const MAX_TTL = 4294967295;
const CreateBody = Type.Object(
  {
    name: DisplayName(),
    ttl: Type.Optional(
      Type.Integer({ minimum: 1, maximum: MAX_TTL, description: 'Seconds until the key expires.' }),
    ),
    scopes: Type.Optional(
      Type.Object(
        {
          ...CoarseScopes,
          permissions: Type.Optional(PermissionsRestriction),
          allowed_ips: Type.Optional(AllowedIps),
        },
        { additionalProperties: false, description: SCOPES_DESCRIPTION },
      ),
    ),
    limits: Type.Optional(LimitsBody),
  },
  { additionalProperties: false },
);
const UpdateBody = Type.Object(
  {
    name: Type.Optional(DisplayName()),
    scopes: Type.Optional(
      Type.Object(
        {
          permissions: Type.Optional(PermissionsRestriction),
          allowed_ips: Type.Optional(Type.Union([AllowedIps, Type.Null()])),
        },
        {
          additionalProperties: false,
          minProperties: 1,
          description:
            'Narrows the key’s permissions (never widens them); replaces its allowed addresses (null: anywhere; not by the key itself).',
        },
      ),
    ),
    limits: Type.Optional(LimitsBody),
  },
  { additionalProperties: false, minProperties: 1 },
);
/** The longest the old key may keep working after a reroll. */
const MAX_GRACE = 7 * 86400;
const RerollBody = Type.Object(
  {
    grace_seconds: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: MAX_GRACE,
        description: 'Seconds the old key keeps working; 0 or absent: it is revoked at once.',
      }),
    ),
  },
  { additionalProperties: false },
);
const RerolledJson = Type.Intersect([
  CreatedKeyJson,
  Type.Object({ previous: KeyJson }, { description: 'The old key: revoked, or with its new expiration.' }),
]);

const tags = ['keys'];

export const keysRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/users/:user/keys',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'listUserKeys',
        description:
          'Lists a user’s API keys, paginated, without their secrets. A request authenticated with a key sees only that key.',
        summary: 'List user API keys',
        params: UserParams,
        querystring: ListQuery,
        response: { 200: Type.Array(KeyJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.keys.list(
        principalOf(request),
        request.params.user,
        page,
        request.query,
      );
      reply.headers(pageHeaders(request.url, page, total));
      const limits = await ctx.limits.views(rows.map((row) => row.id));
      return rows.map((row) => ({ ...keyJson(row), limits: limits.get(row.id) ?? null }));
    },
  );

  app.post(
    '/v0/users/:user/keys',
    {
      config: { auth: { who: 'any', createsCredential: true } },
      schema: {
        tags,
        operationId: 'createUserKey',
        description:
          'Creates a personal API key for the user, with an optional lifetime (capped by the site policy), restrictions (read-only, some projects) and usage limit (`limits`: uses left, and a refill). The key is shown only in this response; a request authenticated with a key cannot create keys.',
        summary: 'Create a user API key',
        params: UserParams,
        body: CreateBody,
        response: { 201: CreatedKeyJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { limits: asked, ...input } = request.body;
      const created = await ctx.keys.create(caller, request.params.user, input);
      // A new key's limit narrows nothing: whoever may create the key may limit it.
      const limits =
        asked === undefined
          ? null
          : await ctx.limits.set(caller, { kind: 'key', id: created.row.id }, asked, {
              narrowOnly: false,
              created: true,
            });
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({ ...keyJson(created.row), limits, key: created.plaintext });
    },
  );

  app.get(
    '/v0/users/:user/keys/:key',
    {
      config: { auth: { who: 'any', itself: 'key' } },
      schema: {
        tags,
        operationId: 'getUserKey',
        description:
          'Shows one of a user’s API keys: its name, start, restrictions, expiry and last use, never the secret.',
        summary: 'View a user API key',
        params: KeyParams,
        response: { 200: KeyJson, ...authErrors },
      },
    },
    async (request) => {
      const key = await ctx.keys.get(principalOf(request), request.params.user, request.params.key);
      return { ...keyJson(key), limits: await ctx.limits.view({ kind: 'key', id: key.id }) };
    },
  );

  app.patch(
    '/v0/users/:user/keys/:key',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'renameUserKey',
        description:
          'Changes the name of one of a user’s API keys, narrows its permissions (`scopes.permissions`: a permission it lacks cannot be added, a 400 names it), replaces its allowed addresses (`scopes.allowed_ips`, not by the key itself), and sets its usage limit (`limits`, from a signed-in session: an administrator may raise or remove it, its owner may only narrow it). Nothing else about a key changes after creation.',
        summary: 'Rename a user API key, narrow its permissions, set its addresses or its usage limit',
        params: KeyParams,
        body: UpdateBody,
        response: { 200: KeyJson, ...authErrors },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { user, key } = request.params;
      const { name, scopes, limits } = request.body;
      if (limits !== undefined) {
        const narrowOnly = narrowOnlyFor(caller.principal);
        const found = await ctx.keys.get(caller.principal, user, key);
        await ctx.limits.set(caller, { kind: 'key', id: found.id }, limits, { narrowOnly });
      }
      let row =
        scopes?.permissions !== undefined
          ? await ctx.keys.permissions.narrow(caller, user, key, scopes.permissions)
          : undefined;
      if (scopes?.allowed_ips !== undefined)
        row = await ctx.keys.addresses.set(caller, user, key, scopes.allowed_ips);
      if (name !== undefined) row = await ctx.keys.rename(caller, user, key, name);
      row ??= await ctx.keys.get(principalOf(request), user, key);
      return { ...keyJson(row), limits: await ctx.limits.view({ kind: 'key', id: row.id }) };
    },
  );

  app.post(
    '/v0/users/:user/keys/:key/reroll',
    {
      // A session, or an unrestricted key replacing itself.
      config: { auth: { who: 'any', itself: 'key', createsCredential: true } },
      // The body is optional: no body means no grace window.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags,
        operationId: 'rerollUserKey',
        description:
          'Replaces one of a user’s API keys with a new one that has the same name, restrictions and lifetime; the old key stops working at once, or after `grace_seconds`. The new key is shown only in this response.',
        summary: 'Reroll a user API key: a new key with the same name, restrictions and lifetime',
        params: KeyParams,
        body: RerollBody,
        response: { 201: RerolledJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { user, key } = request.params;
      const rerolled = await ctx.keys.reroll(callerOf(request), user, key, request.body.grace_seconds);
      // The new key takes the old one's usage limit and the uses it has left; the old one keeps none.
      const limits = await ctx.limits.carry(rerolled.previous.id, rerolled.row.id);
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({
        ...keyJson(rerolled.row),
        limits,
        key: rerolled.plaintext,
        previous: keyJson(rerolled.previous),
      });
    },
  );

  app.delete(
    '/v0/users/:user/keys/:key',
    {
      // Bencher's rule: a key may always revoke itself, whatever its restrictions.
      config: { auth: { who: 'any', itself: 'key' } },
      schema: {
        tags,
        operationId: 'revokeUserKey',
        description:
          'Revokes one of a user’s API keys: it is refused on every instance within a second, and cannot be restored. A key may always revoke itself.',
        summary: 'Revoke a user API key (terminal)',
        params: KeyParams,
        response: { 200: KeyJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request) =>
      keyJson(await ctx.keys.revoke(callerOf(request), request.params.user, request.params.key)),
  );
};
