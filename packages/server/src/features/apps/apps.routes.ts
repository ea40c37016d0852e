// /v0/apps: create (from scratch or from a JSON/YAML manifest), list, view, update, archive, secrets, configuration, activation.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { Principal } from '../../auth/principal.ts';
import { defaultBudget } from '../../auth/ratelimit/build.ts';
import { RateLimitBody, rateLimitField } from '../../auth/ratelimit/ratelimit.view.ts';
import type { RoutesPlugin } from '../../context.ts';
import type { AppRow, AppSecretRow } from '../../db/schema.ts';
import { toIso, toIsoOrNull } from '../../lib/clock.ts';
import { ApiError } from '../../lib/errors.ts';
import { SLUG_PATTERN } from '../../lib/ids.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, DisplayName, ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import { LimitsBody } from '../limits/limits.rules.ts';
import { narrowOnlyFor } from '../limits/limits.service.ts';
import { parseManifest } from './apps.manifest.ts';
import { describeProblems, MAX_GRACE_SECONDS } from './apps.service.ts';
import { AppJson, appJson, CreatedFromManifestJson, CreatedSecretJson } from './apps.view.ts';

const AllowedIps = Type.Union(
  [
    Type.Array(
      Type.String({ minLength: 1, maxLength: 64, description: 'An IPv4 or IPv6 address, or a CIDR.' }),
      {
        minItems: 1,
        maxItems: 100,
      },
    ),
    Type.Null(),
  ],
  {
    description:
      'The only client addresses the app’s credentials (its client secret, its access tokens, keys transferred to it) may be used from, as LATCHKEY_TRUST_PROXY resolves them; any other is refused with 403 `address_not_allowed`. `0.0.0.0/0` or `::/0` is accepted with a warning. Null: anywhere.',
  },
);
const Description = Type.String({ maxLength: 1024, description: 'What the app does.' });
/** The most an app's access tokens may be granted, set by administrators. */
const PermissionCeiling = Type.Union(
  [
    Type.Array(
      Type.String({ minLength: 1, maxLength: 129, description: 'A permission, `resource:*` or `*`.' }),
      { maxItems: 1000 },
    ),
    Type.Null(),
  ],
  {
    description:
      'Administrators only: the most the app’s access tokens may be granted (permissions and wildcards from the catalogue). Null or absent: no ceiling beyond the app’s role assignments.',
  },
);
const CreateBody = Type.Object(
  {
    name: DisplayName(),
    description: Type.Optional(Description),
    slug: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: SLUG_PATTERN })),
    permissions: Type.Optional(PermissionCeiling),
    allowed_ips: Type.Optional(AllowedIps),
    limits: Type.Optional(LimitsBody),
  },
  { additionalProperties: false },
);
const PatchBody = Type.Object(
  {
    name: Type.Optional(DisplayName()),
    description: Type.Optional(Description),
    rate_limit: Type.Optional(RateLimitBody),
    permissions: Type.Optional(PermissionCeiling),
    allowed_ips: Type.Optional(AllowedIps),
    limits: Type.Optional(LimitsBody),
  },
  { additionalProperties: false },
);
const SecretBody = Type.Object(
  {
    grace_seconds: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: MAX_GRACE_SECONDS,
        description: 'Keep the replaced secret working this many seconds (at most a day) while you redeploy.',
      }),
    ),
  },
  { additionalProperties: false },
);
const ConfigurationBody = Type.Record(
  Type.String({ maxLength: 64 }),
  Type.Union([Type.String({ maxLength: 4096 }), Type.Number(), Type.Boolean()]),
  { description: 'Every configuration value, by key; replaces the values set before.' },
);
const ListQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(
      Type.Union([Type.Literal('name'), Type.Literal('creation'), Type.Literal('last_seen')], {
        default: 'name',
      }),
    ),
    archived: Type.Optional(
      Type.Boolean({ description: 'true: only archived apps; otherwise only the others.' }),
    ),
    search: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'Part of the name or slug, the UUID or the client id.',
      }),
    ),
  },
  { additionalProperties: false },
);
const Params = Type.Object({ app: ResourceRef('app (or its client id)') });

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];
const tags = ['apps'];

export const appsRoutes: RoutesPlugin = (root, ctx) => {
  /** An app's JSON as `viewer` sees it (administrators also see the rate limit). */
  const view = (viewer: Principal, app: AppRow, secret?: AppSecretRow | null) => ({
    ...appJson(app, secret),
    ...rateLimitField(viewer, app, defaultBudget(ctx.config)),
  });
  void root.register(async (scoped) => {
    const app = scoped.withTypeProvider<TypeBoxTypeProvider>();
    // Manifests may be YAML; only this plugin accepts it.
    app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_request, body, done) => done(null, body));

    app.post(
      '/v0/apps',
      {
        config: { auth: 'any' },
        schema: {
          tags,
          operationId: 'createApp',
          description:
            'Creates an app directly, active at once, without a manifest. Its client secret is generated separately.',
          summary: 'Create an app from scratch (manual lifecycle, active at once)',
          body: CreateBody,
          response: { 201: AppJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const { limits: asked, ...input } = request.body;
        if (asked !== undefined) narrowOnlyFor(caller.principal);
        const created = await ctx.apps.create(caller, input);
        // A new app's limit narrows nothing: whoever may create the app may limit it.
        const limits =
          asked === undefined
            ? null
            : await ctx.limits.set(caller, { kind: 'app', id: created.id }, asked, {
                narrowOnly: false,
                created: true,
              });
        return reply.status(201).send({ ...appJson(created, null), limits });
      },
    );

    app.post(
      '/v0/apps/manifest',
      {
        config: { auth: { who: 'any', createsCredential: true } },
        schema: {
          tags,
          operationId: 'createAppFromManifest',
          summary: 'Create an app from a manifest (JSON or YAML)',
          description:
            'The body is the manifest: `application/json`, or `application/yaml`. A manifest that fails validation is answered with 400 listing every problem with its path.',
          consumes: ['application/json', 'application/yaml'],
          body: Type.Unknown({
            description: 'The manifest (see docs/apps.md); checked in full by the handler.',
          }),
          response: { 201: CreatedFromManifestJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        const parsed = parseManifest(request.body, ctx.config.outbound);
        if (!parsed.ok) {
          throw new ApiError('validation_failed', `The manifest has ${describeProblems(parsed.problems)}`);
        }
        const created = await ctx.apps.createFromManifest(callerOf(request), parsed.manifest);
        reply.header('cache-control', 'no-store');
        return reply
          .status(201)
          .send({ ...appJson(created.app, null), webhook_secret: created.webhookSecret });
      },
    );

    app.get(
      '/v0/apps',
      {
        config: { auth: 'any' },
        schema: {
          tags,
          operationId: 'listApps',
          description: 'Lists the apps the caller can see, with when each was last seen, paginated.',
          summary: 'List apps, with when each was last seen',
          querystring: ListQuery,
          response: { 200: Type.Array(AppJson), ...authErrors },
        },
      },
      async (request, reply) => {
        const page = pageRequest(request.query);
        const { rows, total } = await ctx.apps.list(principalOf(request), page, {
          archived: request.query.archived === true,
          search: request.query.search,
          sort: request.query.sort ?? 'name',
        });
        reply.headers(pageHeaders(request.url, page, total));
        const viewer = principalOf(request);
        const limits = await ctx.limits.views(rows.map((row) => row.id));
        return rows.map((row) => ({ ...view(viewer, row), limits: limits.get(row.id) ?? null }));
      },
    );

    app.get(
      '/v0/apps/:app',
      {
        config: { auth: 'any' },
        schema: {
          tags,
          operationId: 'getApp',
          description: 'Shows an app: its client id, state, owner and when it was last seen, never a secret.',
          summary: 'View an app',
          params: Params,
          response: { 200: AppJson, ...authErrors },
        },
      },
      async (request) => {
        const viewer = principalOf(request);
        const found = await ctx.apps.get(viewer, request.params.app);
        return {
          ...view(viewer, found, (await ctx.apps.currentSecret(found.id)) ?? null),
          limits: await ctx.limits.view({ kind: 'app', id: found.id }),
        };
      },
    );

    app.patch(
      '/v0/apps/:app',
      {
        config: { auth: 'any' },
        schema: {
          tags,
          operationId: 'updateApp',
          description:
            'Changes an app’s name or description; administrators may also set its rate limit and its permission ceiling (`permissions`: tokens issued or used after the change hold nothing outside it). `limits` sets the app’s usage limit, which its tokens spend from (from a signed-in session: an administrator may raise or remove it, the app’s manager may only narrow it).',
          summary:
            'Rename an app, change its description, or (administrators) set its rate limit or permissions',
          params: Params,
          body: PatchBody,
          response: { 200: AppJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const { name, description, rate_limit, permissions, allowed_ips, limits } = request.body;
        if (limits !== undefined) {
          const narrowOnly = narrowOnlyFor(caller.principal);
          const found = await ctx.apps.managed(caller.principal, request.params.app);
          await ctx.limits.set(caller, { kind: 'app', id: found.id }, limits, { narrowOnly });
        }
        const updated = await ctx.apps.update(caller, request.params.app, {
          name,
          description,
          rateLimit: rate_limit,
          permissions,
          allowedIps: allowed_ips,
        });
        return {
          ...view(caller.principal, updated),
          limits: await ctx.limits.view({ kind: 'app', id: updated.id }),
        };
      },
    );

    app.delete(
      '/v0/apps/:app',
      {
        config: { auth: 'any' },
        schema: {
          tags,
          operationId: 'archiveApp',
          description:
            'Archives an app: its client secrets and access tokens stop working at once, on every instance. An archived app cannot be restored.',
          summary: 'Archive an app: its secrets and tokens stop working at once (terminal)',
          params: Params,
          response: { 200: AppJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request) => appJson(await ctx.apps.archive(callerOf(request), request.params.app)),
    );

    app.post(
      '/v0/apps/:app/secret',
      {
        config: { auth: { who: 'any', createsCredential: true } },
        // The body is optional: no body means no grace period.
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: {
          tags,
          operationId: 'regenerateAppSecret',
          description:
            'Generates a new client secret for the app, shown only in this response. The old secret stops working at once, or after the grace period asked for.',
          summary: 'Generate the client secret, replacing the current one (optionally after a grace period)',
          params: Params,
          body: SecretBody,
          response: { 201: CreatedSecretJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        const created = await ctx.apps.generateSecret(
          callerOf(request),
          request.params.app,
          request.body.grace_seconds ?? 0,
        );
        reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
        return reply.status(201).send({
          client_id: created.app.clientId,
          client_secret: created.plaintext,
          start: created.secret.start,
          creation: toIso(created.secret.createdAt),
          previous_secret_expiration: toIsoOrNull(created.previousExpiresAt),
        });
      },
    );

    app.put(
      '/v0/apps/:app/configuration',
      {
        config: { auth: 'any' },
        schema: {
          tags,
          operationId: 'setAppConfiguration',
          description:
            'Sets the values an app’s manifest asks for, replacing the previous ones, before the app is activated.',
          summary: 'Set the app’s configuration values',
          params: Params,
          body: ConfigurationBody,
          response: { 200: AppJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request) =>
        appJson(await ctx.apps.setConfiguration(callerOf(request), request.params.app, request.body)),
    );

    app.post(
      '/v0/apps/:app/activate',
      {
        config: { auth: { who: 'any', createsCredential: true } },
        schema: {
          tags,
          operationId: 'activateApp',
          description:
            'Activates an app whose configuration is complete: it gets its client credentials, delivered to its webhook. Administrators only.',
          summary: 'Activate a configured app (administrators); its webhook receives the credentials',
          params: Params,
          response: { 200: AppJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request) => appJson(await ctx.apps.activate(callerOf(request), request.params.app)),
    );
  });
};
