// The JSON shapes of webhook endpoints and their deliveries; the secret only at creation, never a payload's secret.
import { Type } from 'typebox';
import type { WebhookEndpointRow } from '../../db/schema.ts';
import { toIso, toIsoOrNull } from '../../lib/clock.ts';
import { NullableTimestamp, Timestamp, Uuid } from '../../lib/schemas.ts';
import { EVENT_TYPES, type EventType } from './events.catalog.ts';
import type { DeliveryWithAttempts } from './events.service.ts';

export const EventTypeSchema = Type.Union(
  EVENT_TYPES.map((type) => Type.Literal(type)),
  { description: 'An event type (docs/events.md).' },
);

export const EndpointJson = Type.Object({
  uuid: Uuid,
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(Type.String({ description: 'An event type (docs/events.md).' })),
  disabled: Type.Boolean(),
  creation: Timestamp,
  updated: Timestamp,
});

export const CreatedEndpointJson = Type.Intersect([
  EndpointJson,
  Type.Object({
    secret: Type.String({
      description:
        'The signing secret (whsec_ + base64). Shown once; the receiver verifies deliveries with it.',
    }),
  }),
]);

export const endpointJson = (row: WebhookEndpointRow) => ({
  uuid: row.id,
  url: row.url,
  description: row.description,
  events: JSON.parse(row.events) as EventType[],
  disabled: row.disabledAt !== null,
  creation: toIso(row.createdAt),
  updated: toIso(row.updatedAt),
});

export const DeliveryJson = Type.Object({
  uuid: Uuid,
  webhook_id: Type.String({
    description: 'The webhook-id header the receiver saw: the same on every attempt.',
  }),
  event: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  next_attempt: NullableTimestamp,
  delivered: NullableTimestamp,
  creation: Timestamp,
  payload: Type.Unknown({
    description: 'The body that was sent (JSON); null once it was wiped after the delivery finished.',
  }),
  attempt_log: Type.Array(
    Type.Object({
      at: Timestamp,
      status: Type.Union([Type.Integer(), Type.Null()], { description: "The receiver's HTTP status." }),
      error: Type.Union([Type.String(), Type.Null()]),
      response: Type.Union([Type.String(), Type.Null()], {
        description:
          'At most the first 200 characters of a text/plain or JSON answer; null for any other type.',
      }),
      duration_ms: Type.Integer(),
    }),
  ),
});

export const deliveryJson = (row: DeliveryWithAttempts) => ({
  uuid: row.id,
  webhook_id: `msg_${row.id}`,
  event: row.eventType,
  status: row.status,
  attempts: row.attempts,
  next_attempt: row.status === 'pending' ? toIso(row.nextAttemptAt) : null,
  delivered: toIsoOrNull(row.deliveredAt),
  creation: toIso(row.createdAt),
  payload: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
  attempt_log: row.attemptLog.map((attempt) => ({
    at: toIso(attempt.at),
    status: attempt.status,
    error: attempt.error,
    response: attempt.response,
    duration_ms: attempt.durationMs,
  })),
});
