// /v0/admin/resources: the resource servers tokens may be issued for (RFC 8707); /v0/apps/{app}/resources: an app's limit.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, DisplayName, ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import { AppResourcesJson, appResourcesJson, ResourceJson, resourceJson } from './resources.view.ts';

const Identifier = Type.String({
  minLength: 1,
  maxLength: 2048,
  description:
    'An absolute URI without a fragment (RFC 8707 §2), e.g. https://api.example.com: what a client names in `resource=` and the resource server checks in `aud`. Cannot change.',
});
const Params = Type.Object({
  resource: Type.String({ format: 'uuid', description: 'The resource’s UUID.' }),
});
const AppParams = Type.Object({ app: ResourceRef('app') });

const tags = ['resources'];
const PATH = '/v0/admin/resources';

export const resourcesRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    PATH,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listResources',
        summary: 'List resource servers (administrators)',
        description:
          'The resource servers apps may obtain tokens for with `resource=` at the token endpoint (RFC 8707), by identifier.',
        querystring: Type.Object({ ...pageQuery }, { additionalProperties: false }),
        response: { 200: Type.Array(ResourceJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.resources.list(page);
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(resourceJson);
    },
  );

  app.post(
    PATH,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'createResource',
        summary: 'Register a resource server (administrators)',
        description:
          'Registers a resource server: apps may then ask the token endpoint for a token whose `aud` is its identifier. Audited.',
        body: Type.Object(
          { identifier: Identifier, name: DisplayName(100) },
          { additionalProperties: false },
        ),
        response: { 201: ResourceJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(resourceJson(await ctx.resources.create(callerOf(request), request.body))),
  );

  app.get(
    `${PATH}/:resource`,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'getResource',
        summary: 'View a resource server (administrators)',
        description: 'One registered resource server.',
        params: Params,
        response: { 200: ResourceJson, ...authErrors },
      },
    },
    async (request) => resourceJson(await ctx.resources.get(request.params.resource)),
  );

  app.patch(
    `${PATH}/:resource`,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'updateResource',
        summary: 'Rename a resource server (administrators)',
        description: 'Changes the name; the identifier never changes, since issued tokens carry it. Audited.',
        params: Params,
        body: Type.Object({ name: Type.Optional(DisplayName(100)) }, { additionalProperties: false }),
        response: { 200: ResourceJson, ...authErrors },
      },
    },
    async (request) =>
      resourceJson(await ctx.resources.update(callerOf(request), request.params.resource, request.body)),
  );

  app.delete(
    `${PATH}/:resource`,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deleteResource',
        summary: 'Remove a resource server (administrators)',
        description:
          'No token is issued for it from then on (`invalid_target`); tokens already issued keep their `aud` until they expire. Audited.',
        params: Params,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.resources.remove(callerOf(request), request.params.resource);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v0/apps/:app/resources',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'getAppResources',
        summary: 'The resource servers an app may obtain tokens for',
        description:
          'Whether an administrator limited the app to some resource servers, and which. Unlimited: every registered one.',
        params: AppParams,
        response: { 200: AppResourcesJson, ...authErrors },
      },
    },
    async (request) =>
      appResourcesJson(await ctx.resources.appResources(callerOf(request), request.params.app)),
  );

  app.put(
    '/v0/apps/:app/resources',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'setAppResources',
        summary: 'Limit an app to some resource servers (administrators)',
        description:
          '`resources`: the identifiers the app may name in `resource=`; an empty list allows none, null lifts the limit. Tokens already issued are not changed. Audited.',
        params: AppParams,
        body: Type.Object(
          {
            resources: Type.Union([Type.Array(Identifier, { maxItems: 100 }), Type.Null()]),
          },
          { additionalProperties: false },
        ),
        response: { 200: AppResourcesJson, ...authErrors },
      },
    },
    async (request) =>
      appResourcesJson(
        await ctx.resources.setAppResources(callerOf(request), request.params.app, request.body.resources),
      ),
  );
};
