// /v0/users: administrators create and list users; a user reads and updates themselves.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { Principal } from '../../auth/principal.ts';
import { defaultBudget } from '../../auth/ratelimit/build.ts';
import { RateLimitBody, rateLimitField } from '../../auth/ratelimit/ratelimit.view.ts';
import type { RoutesPlugin } from '../../context.ts';
import type { UserRow } from '../../db/schema.ts';
import { SLUG_PATTERN } from '../../lib/ids.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, DisplayName, ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import { LinkJson, linkJson } from './users.links.routes.ts';
import { UserJson, userJson } from './users.view.ts';

const CreatedUserJson = Type.Intersect([UserJson, Type.Object({ invitation: Type.Optional(LinkJson) })]);

const Password = Type.String({ minLength: 12, maxLength: 1024, description: 'At least 12 characters.' });
const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' });

const CreateBody = Type.Object(
  {
    email: Email,
    name: DisplayName(),
    slug: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: SLUG_PATTERN })),
    password: Type.Optional(
      Type.String({
        minLength: 12,
        maxLength: 1024,
        description: 'At least 12 characters. Absent: the user gets an invitation link to choose one.',
      }),
    ),
    admin: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

const PatchBody = Type.Object(
  {
    name: Type.Optional(DisplayName()),
    developer: Type.Optional(
      Type.Boolean({ description: 'The developer capability: may create apps. Administrators only.' }),
    ),
    password: Type.Optional(Password),
    current_password: Type.Optional(
      Type.String({ maxLength: 1024, description: 'Required to change your own password.' }),
    ),
    suspended: Type.Optional(
      Type.Boolean({ description: 'Administrators: suspend (true) or unsuspend (false) the user.' }),
    ),
    rate_limit: Type.Optional(RateLimitBody),
  },
  { additionalProperties: false },
);

const ListQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(
      Type.Union([Type.Literal('name'), Type.Literal('email'), Type.Literal('creation')], {
        default: 'name',
      }),
    ),
    search: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
  },
  { additionalProperties: false },
);

const Params = Type.Object({ user: ResourceRef('user') });
const tags = ['users'];

export const usersRoutes: RoutesPlugin = (app, ctx) => {
  /** A user's JSON as `viewer` sees it (administrators also see the rate limit). */
  const view = (viewer: Principal, user: UserRow) => ({
    ...userJson(user),
    ...rateLimitField(viewer, user, defaultBudget(ctx.config)),
  });

  app.post(
    '/v0/users',
    {
      config: { auth: { who: 'admin', createsCredential: true } },
      schema: {
        tags,
        operationId: 'createUser',
        description:
          'Creates a user with an email, a slug and optionally a password or administrator power. Without a password the answer carries `invitation`: a one-time link (7 days) where the user chooses one, emailed with LATCHKEY_SMTP_URL or shown only here. Only administrators may create users.',
        summary: 'Create a user (administrators)',
        body: CreateBody,
        response: { 201: CreatedUserJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const user = await ctx.users.create(caller, request.body);
      const invitation =
        request.body.password === undefined
          ? await ctx.userLinks.issue(caller, user, 'invitation')
          : undefined;
      if (invitation) reply.header('cache-control', 'no-store');
      return reply.status(201).send({
        ...view(principalOf(request), user),
        ...(invitation ? { invitation: linkJson(invitation) } : {}),
      });
    },
  );

  app.get(
    '/v0/users',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listUsers',
        description: 'Lists users, paginated, sortable and filterable. Only administrators may list users.',
        summary: 'List users (administrators)',
        querystring: ListQuery,
        response: { 200: Type.Array(UserJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.users.list(page, {
        search: request.query.search,
        sort: request.query.sort ?? 'name',
      });
      reply.headers(pageHeaders(request.url, page, total));
      const viewer = principalOf(request);
      return rows.map((row) => view(viewer, row));
    },
  );

  app.get(
    '/v0/users/:user',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'getUser',
        description:
          'Shows a user, by slug or UUID. A user sees themselves and administrators see everyone; anyone else gets 404.',
        summary: 'View a user',
        params: Params,
        response: { 200: UserJson, ...authErrors },
      },
    },
    async (request) => {
      const viewer = principalOf(request);
      return view(viewer, await ctx.users.visibleTo(viewer, request.params.user));
    },
  );

  app.patch(
    '/v0/users/:user',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'updateUser',
        description:
          'Changes a user: their own name and password (with the current one); administrators may also suspend them and set their rate limit. Suspension ends every credential of the user at once.',
        summary: 'Update a user',
        params: Params,
        body: PatchBody,
        response: { 200: UserJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request) => {
      const { name, developer, password, current_password, suspended, rate_limit } = request.body;
      const patch = {
        name,
        developer,
        password,
        currentPassword: current_password,
        suspended,
        rateLimit: rate_limit,
      };
      const caller = callerOf(request);
      return view(caller.principal, await ctx.users.update(caller, request.params.user, patch));
    },
  );

  app.delete(
    '/v0/users/:user',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deleteUser',
        description:
          'Deletes a user with their keys and sessions, which stop working at once on every instance. Only administrators may delete users; the last active administrator cannot be deleted (409).',
        summary: 'Delete a user and all their credentials (administrators)',
        params: Params,
        response: { 204: Type.Null(), ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.users.remove(callerOf(request), request.params.user);
      return reply.status(204).send(null);
    },
  );
};
