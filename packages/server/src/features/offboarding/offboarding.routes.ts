// Offboarding (administrators): a user's credentials in use, and moving a working key to an app.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIso, toIsoOrNull } from '../../lib/clock.ts';
import { authErrors, ErrorBody, NullableTimestamp, ResourceRef, Timestamp, Uuid } from '../../lib/schemas.ts';

const UserParams = Type.Object({ user: ResourceRef('user') });
const KeyParams = Type.Object({
  user: ResourceRef('user'),
  key: Type.String({ description: 'The UUID of the key.' }),
});
const AppParams = Type.Object({ app: ResourceRef('app (or its client id)') });
const AppKeyParams = Type.Object({
  app: ResourceRef('app (or its client id)'),
  key: Type.String({ description: 'The UUID of the transferred key.' }),
});

const OffboardingJson = Type.Object({
  user: Type.Object({ uuid: Uuid, email: Type.String(), slug: Type.String() }),
  since: Timestamp,
  credentials: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('user_key'), Type.Literal('session_key'), Type.Literal('app')]),
      uuid: Uuid,
      name: Type.String(),
      start: Type.Union([Type.String(), Type.Null()], { description: 'A key’s start; null for an app.' }),
      requests: Type.Integer({
        minimum: 0,
        description: 'Requests counted by the usage history since `since`.',
      }),
      last_used: NullableTimestamp,
    }),
    { description: 'Credentials used since `since` (30 days), most recently used first.' },
  ),
});

const TransferBody = Type.Object(
  { app: ResourceRef('app (UUID, slug or client id) the key moves to') },
  { additionalProperties: false },
);

const TransferredKeyJson = Type.Object({
  uuid: Uuid,
  name: Type.String(),
  start: Type.String(),
  creation: Timestamp,
  expiration: NullableTimestamp,
  revoked: NullableTimestamp,
  from_user: Type.Object({ uuid: Uuid, email: Type.String() }),
  transferred: Timestamp,
  transferred_by: Type.Union([Uuid, Type.Null()], { description: 'The administrator who moved it.' }),
});

const TransferJson = Type.Object({
  key: TransferredKeyJson,
  app: Type.Object({ id: Uuid, client_id: Type.String(), slug: Type.String(), name: Type.String() }),
});

interface TransferredRow {
  id: string;
  name: string;
  start: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  fromUserId: string;
  fromUserEmail: string;
  transferredAt: number;
  transferredBy: string | null;
}

const transferredJson = (row: TransferredRow) => ({
  uuid: row.id,
  name: row.name,
  start: row.start,
  creation: toIso(row.createdAt),
  expiration: toIsoOrNull(row.expiresAt),
  revoked: toIsoOrNull(row.revokedAt),
  from_user: { uuid: row.fromUserId, email: row.fromUserEmail },
  transferred: toIso(row.transferredAt),
  transferred_by: row.transferredBy,
});

export const offboardingRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/users/:user/offboarding',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['users'],
        operationId: 'getUserOffboarding',
        summary: 'A user’s credentials used in the last 30 days (administrators)',
        description:
          'Before suspending or deleting a user: their API keys, session keys and the apps they created that the usage history counted in the last 30 days, with the requests and the last use of each. Suspending or deleting the user ends their keys and session keys; move a key an integration depends on to an app first (POST /v0/users/{user}/keys/{key}/transfer).',
        params: UserParams,
        response: { 200: OffboardingJson, ...authErrors },
      },
    },
    async (request) => {
      const report = await ctx.offboarding.report(request.params.user);
      return {
        user: { uuid: report.user.id, email: report.user.email, slug: report.user.slug },
        since: toIso(report.since),
        credentials: report.credentials.map((c) => ({
          kind: c.kind,
          uuid: c.id,
          name: c.name,
          start: c.start,
          requests: c.requests,
          last_used: toIsoOrNull(c.lastUsed),
        })),
      };
    },
  );

  app.post(
    '/v0/users/:user/keys/:key/transfer',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['keys'],
        operationId: 'transferUserKey',
        summary: 'Move a user’s API key to an app (administrators)',
        description:
          'The same secret now authenticates as the app, with the app’s access and rate limit and its allowed addresses, still held to the key’s own restrictions; suspending or deleting the user no longer ends it. Refused with 400 naming each restriction the app cannot satisfy (a project the app does not reach, permissions beyond its ceiling), and 409 for a revoked or expired key. Audited (`key.transferred`, with the administrator) and sent as the event `key.transferred`.',
        params: KeyParams,
        body: TransferBody,
        response: { 200: TransferJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request) => {
      const { key, app: target } = await ctx.offboarding.transfer(
        callerOf(request),
        request.params.user,
        request.params.key,
        request.body.app,
      );
      const { id, clientId, slug, name } = target;
      return { key: transferredJson(key), app: { id, client_id: clientId, slug, name } };
    },
  );

  app.get(
    '/v0/apps/:app/keys',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['apps'],
        operationId: 'listAppTransferredKeys',
        summary: 'Keys transferred to an app (administrators)',
        description:
          'The user API keys moved to the app, with who they came from and who moved them; never a secret.',
        params: AppParams,
        response: { 200: Type.Array(TransferredKeyJson), ...authErrors },
      },
    },
    async (request) => {
      const target = await ctx.apps.managed(principalOf(request), request.params.app);
      return (await ctx.offboarding.keysOfApp(target.id)).map(transferredJson);
    },
  );

  app.post(
    '/v0/apps/:app/keys/:key/revoke',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['apps'],
        operationId: 'revokeAppTransferredKey',
        summary: 'Revoke a key transferred to an app (administrators)',
        description: 'Terminal: the key never authenticates again. Audited as `key.revoked`.',
        params: AppKeyParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const target = await ctx.apps.managed(caller.principal, request.params.app);
      await ctx.offboarding.revoke(caller, target, request.params.key);
      return reply.status(204).send(null);
    },
  );
};
