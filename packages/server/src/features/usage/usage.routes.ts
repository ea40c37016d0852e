// GET /v0/users/{user}/keys/{key}/usage and GET /v0/apps/{app}/usage: what a credential did, hour by hour.
import { Type } from 'typebox';
import { principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, ResourceRef } from '../../lib/schemas.ts';
import { UsageJson } from './usage.view.ts';

const UsageQuery = Type.Object(
  {
    ...pageQuery,
    from: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'ISO 8601 start of the window (inclusive); default: 30 days before `to`.',
      }),
    ),
    to: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'ISO 8601 end of the window (exclusive); default: the end of the current hour.',
      }),
    ),
    granularity: Type.Optional(
      Type.Union([Type.Literal('hour'), Type.Literal('day')], {
        default: 'day',
        description: 'The buckets: UTC hours or UTC days.',
      }),
    ),
  },
  { additionalProperties: false },
);

const KeyParams = Type.Object({
  user: ResourceRef('user'),
  key: Type.String({ description: 'The UUID of the key.' }),
});
const AppParams = Type.Object({ app: ResourceRef('app (or its client id)') });

const DESCRIPTION =
  'Counted per hour and kept for `LATCHKEY_USAGE_RETENTION_DAYS` (90): the outcomes of every decision on the credential (accepted, each refusal by its code, rate limited, usage exhausted), its busiest client addresses, and each permission it was checked for, allowed or refused, beside the permissions it may use and did not. The buckets are paginated (`X-Total-Count` counts them); the other fields cover the whole window. Counts reach the store within a few seconds (`LATCHKEY_FLUSH_INTERVAL_MS`).';

export const usageRoutes: RoutesPlugin = (app, ctx) => {
  const { usage } = ctx;

  app.get(
    '/v0/users/:user/keys/:key/usage',
    {
      config: { auth: 'any' },
      schema: {
        tags: ['keys'],
        operationId: 'getUserKeyUsage',
        summary: 'What a user API key did: outcomes, addresses and permissions used',
        description: `${DESCRIPTION} For the key's owner and administrators; a key may read only its own.`,
        params: KeyParams,
        querystring: UsageQuery,
        response: { 200: UsageJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { report, total } = await usage.ofKey(
        principalOf(request),
        request.params.user,
        request.params.key,
        request.query,
        page,
      );
      reply.headers(pageHeaders(request.url, page, total));
      return report;
    },
  );

  app.get(
    '/v0/apps/:app/usage',
    {
      config: { auth: 'any' },
      schema: {
        tags: ['apps'],
        operationId: 'getAppUsage',
        summary: 'What an app did with its tokens: outcomes, addresses and permissions used',
        description: `${DESCRIPTION} For the app's managers (its creator while a developer) and administrators.`,
        params: AppParams,
        querystring: UsageQuery,
        response: { 200: UsageJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { report, total } = await usage.ofApp(
        principalOf(request),
        request.params.app,
        request.query,
        page,
      );
      reply.headers(pageHeaders(request.url, page, total));
      return report;
    },
  );
};
