// /v0/admin/webhooks: event webhook endpoints, their delivery logs and redelivery; administrators only.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, ErrorBody } from '../../lib/schemas.ts';
import {
  CreatedEndpointJson,
  DeliveryJson,
  deliveryJson,
  EndpointJson,
  EventTypeSchema,
  endpointJson,
} from './events.view.ts';

const Url = Type.String({
  minLength: 1,
  maxLength: 2048,
  description:
    'https to a public address (loopback, over http too, only with LATCHKEY_OUTBOUND_ALLOW_LOOPBACK).',
});
const Events = Type.Array(EventTypeSchema, { minItems: 1, maxItems: 32, description: 'The events to send.' });
const Description = Type.String({ maxLength: 256 });

const CreateBody = Type.Object(
  { url: Url, events: Events, description: Type.Optional(Description) },
  { additionalProperties: false },
);
const PatchBody = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    description: Type.Optional(Description),
    disabled: Type.Optional(Type.Boolean({ description: 'true: nothing new is queued for this endpoint.' })),
  },
  { additionalProperties: false },
);
const Params = Type.Object({ webhook: Type.String({ description: 'The UUID of the webhook endpoint.' }) });
const DeliveryParams = Type.Object({
  webhook: Type.String({ description: 'The UUID of the webhook endpoint.' }),
  delivery: Type.String({ description: 'The UUID of the delivery.' }),
});
const ListQuery = Type.Object({ ...pageQuery }, { additionalProperties: false });
const DeliveryQuery = Type.Object(
  {
    ...pageQuery,
    status: Type.Optional(
      Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]),
    ),
  },
  { additionalProperties: false },
);

const tags = ['webhooks'];

export const eventsRoutes: RoutesPlugin = (app, ctx) => {
  app.post(
    '/v0/admin/webhooks',
    {
      config: { auth: { who: 'admin', createsCredential: true } },
      schema: {
        tags,
        operationId: 'createWebhook',
        description:
          'Creates a webhook endpoint that receives the events it subscribes to, signed with Standard Webhooks. Its signing secret is shown only in this response. Administrators only.',
        summary: 'Create a webhook endpoint (its secret is shown once)',
        body: CreateBody,
        response: { 201: CreatedEndpointJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const row = await ctx.webhooks.create(callerOf(request), request.body);
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({ ...endpointJson(row), secret: row.secret });
    },
  );

  app.get(
    '/v0/admin/webhooks',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listWebhooks',
        description: 'Lists the webhook endpoints, without their secrets. Administrators only.',
        summary: 'List webhook endpoints',
        querystring: ListQuery,
        response: { 200: Type.Array(EndpointJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.webhooks.list(page);
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(endpointJson);
    },
  );

  app.get(
    '/v0/admin/webhooks/:webhook',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'getWebhook',
        description:
          'Shows one webhook endpoint, its URL, events and state, without its secret. Administrators only.',
        summary: 'View a webhook endpoint',
        params: Params,
        response: { 200: EndpointJson, ...authErrors },
      },
    },
    async (request) => endpointJson(await ctx.webhooks.get(request.params.webhook)),
  );

  app.patch(
    '/v0/admin/webhooks/:webhook',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'updateWebhook',
        description:
          'Changes a webhook endpoint’s URL, events or description, or disables it. Administrators only.',
        summary: 'Change a webhook endpoint',
        params: Params,
        body: PatchBody,
        response: { 200: EndpointJson, ...authErrors },
      },
    },
    async (request) =>
      endpointJson(await ctx.webhooks.update(callerOf(request), request.params.webhook, request.body)),
  );

  app.delete(
    '/v0/admin/webhooks/:webhook',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deleteWebhook',
        description: 'Deletes a webhook endpoint with its delivery log. Administrators only.',
        summary: 'Delete a webhook endpoint and its deliveries',
        params: Params,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.webhooks.remove(callerOf(request), request.params.webhook);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v0/admin/webhooks/:webhook/deliveries',
    {
      // The log holds what receivers answered (and the payloads): for administrators who may change things.
      config: { auth: { who: 'admin', does: 'write' } },
      schema: {
        tags,
        operationId: 'listWebhookDeliveries',
        description:
          'Lists an endpoint’s deliveries, newest first, each with its attempts and what the receiver answered. Administrators only.',
        summary: "An endpoint's delivery log: each delivery with its attempts and the receiver's answers",
        params: Params,
        querystring: DeliveryQuery,
        response: { 200: Type.Array(DeliveryJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.webhooks.deliveries(
        request.params.webhook,
        page,
        request.query.status,
      );
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(deliveryJson);
    },
  );

  app.post(
    '/v0/admin/webhooks/:webhook/deliveries/:delivery/redeliver',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'redeliverWebhookDelivery',
        description:
          'Queues a finished delivery (delivered or failed) to be sent again with the same payload, and answers 202. Administrators only.',
        summary: 'Send a finished (failed or delivered) delivery again',
        params: DeliveryParams,
        response: {
          202: Type.Object({ delivery: Type.String(), status: Type.Literal('pending') }),
          ...authErrors,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await ctx.webhooks.redeliver(callerOf(request), request.params.webhook, request.params.delivery);
      return reply
        .status(202)
        .send({ delivery: request.params.delivery.toLowerCase(), status: 'pending' as const });
    },
  );
};
