// The outbox: events become deliveries in the transaction of the change that raised them.
import type { Tx, WebhookDeliveryRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { toIso } from '../../lib/clock.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { EventType, LatchkeyEvent } from './events.catalog.ts';
import * as store from './events.store.ts';

/** The Standard Webhooks body: `{type, timestamp, data}`. */
export const eventBody = (type: string, at: number, data: Record<string, unknown>): string =>
  JSON.stringify({ type, timestamp: toIso(at), data });

export class Outbox {
  constructor(private readonly deps: { clock: Clock; keyring: Keyring }) {}

  /** One delivery per enabled endpoint subscribed to each event; nothing when none is. */
  readonly emit = async (tx: Tx, ...events: LatchkeyEvent[]): Promise<void> => {
    if (events.length === 0) return;
    const endpoints = await store.activeEndpoints(tx);
    if (endpoints.length === 0) return;
    const now = this.deps.clock.now();
    const subscribed = endpoints.map((endpoint) => ({
      id: endpoint.id,
      events: new Set(JSON.parse(endpoint.events) as EventType[]),
    }));
    const rows: WebhookDeliveryRow[] = [];
    for (const event of events) {
      const eventId = uuidv7(now);
      const payload = eventBody(event.type, now, event.data);
      for (const endpoint of subscribed) {
        if (!endpoint.events.has(event.type)) continue;
        rows.push(delivery(now, eventId, event.type, payload, { endpointId: endpoint.id }));
      }
    }
    await store.insertDeliveries(tx, rows);
  };

  /**
   * The app lifecycle webhook (`app.activated`): the app's own credential, to the app's manifest
   * webhook. Its body is kept encrypted, and only until the delivery is finished.
   */
  async toApp(tx: Tx, appId: string, body: Record<string, unknown>): Promise<void> {
    const now = this.deps.clock.now();
    const row = delivery(now, uuidv7(now), String(body.type), '', { appId });
    row.payload = this.deps.keyring.seal('webhook_deliveries.payload', row.id, JSON.stringify(body));
    await store.insertDeliveries(tx, [{ ...row, sensitive: 1 }]);
  }
}

function delivery(
  now: number,
  eventId: string,
  eventType: string,
  payload: string,
  to: { endpointId?: string; appId?: string },
): WebhookDeliveryRow {
  return {
    id: uuidv7(now),
    endpointId: to.endpointId ?? null,
    appId: to.appId ?? null,
    eventId,
    eventType,
    payload,
    sensitive: 0,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    leaseOwner: null,
    leaseUntil: null,
    lastStatus: null,
    lastError: null,
    createdAt: now,
    deliveredAt: null,
  };
}
