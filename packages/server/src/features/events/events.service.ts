// Event webhook endpoints (administrators'): create with a secret shown once, change, delete, the delivery log, redelivery.
import type { Caller } from '../../auth/actor.ts';
import type { Db, WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { EventType } from './events.catalog.ts';
import { generateWebhookSecret } from './events.signing.ts';
import * as store from './events.store.ts';

export interface EndpointInput {
  url: string;
  events: EventType[];
  description?: string;
}

export interface EndpointPatch {
  url?: string;
  events?: EventType[];
  description?: string;
  disabled?: boolean;
}

export type DeliveryWithAttempts = WebhookDeliveryRow & { attemptLog: WebhookAttemptRow[] };

const unique = (events: EventType[]): EventType[] => [...new Set(events)];

export class WebhooksService {
  constructor(
    private readonly deps: {
      db: Db;
      clock: Clock;
      audit: AuditLog;
      keyring: Keyring;
      /** The site's outbound URL policy (lib/urls.ts): why a URL may not receive deliveries. */
      urlProblem: (url: string) => string | undefined;
    },
  ) {}

  private checkUrl(url: string): void {
    const problem = this.deps.urlProblem(url);
    if (problem) throw invalid(`body.url: ${problem}.`);
  }

  /** The secret is in the answer only (stored encrypted): it signs every delivery and is never shown again. */
  async create(caller: Caller, input: EndpointInput): Promise<WebhookEndpointRow> {
    this.checkUrl(input.url);
    const now = this.deps.clock.now();
    const id = uuidv7(now);
    const secret = generateWebhookSecret();
    const row: WebhookEndpointRow = {
      id,
      url: input.url,
      description: input.description ?? '',
      events: JSON.stringify(unique(input.events)),
      secret: this.deps.keyring.seal('webhook_endpoints.secret', id, secret),
      disabledAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertEndpoint(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'webhook.created',
        target: { type: 'webhook', id: row.id },
        changes: { url: row.url, events: unique(input.events) },
      });
    });
    return { ...row, secret };
  }

  list(page: PageRequest) {
    return store.listEndpoints(this.deps.db, page);
  }

  async get(id: string): Promise<WebhookEndpointRow> {
    const endpoint = await store.findEndpoint(this.deps.db, id);
    if (!endpoint) throw notFound('Webhook');
    return endpoint;
  }

  async update(caller: Caller, id: string, patch: EndpointPatch): Promise<WebhookEndpointRow> {
    const endpoint = await this.get(id);
    const changes: Partial<WebhookEndpointRow> = {};
    const recorded: Record<string, { from: unknown; to: unknown }> = {};
    if (patch.url !== undefined && patch.url !== endpoint.url) {
      this.checkUrl(patch.url);
      changes.url = patch.url;
      recorded.url = { from: endpoint.url, to: patch.url };
    }
    if (patch.events !== undefined) {
      const events = JSON.stringify(unique(patch.events));
      if (events !== endpoint.events) {
        changes.events = events;
        recorded.events = { from: JSON.parse(endpoint.events), to: unique(patch.events) };
      }
    }
    if (patch.description !== undefined && patch.description !== endpoint.description) {
      changes.description = patch.description;
      recorded.description = { from: endpoint.description, to: patch.description };
    }
    if (patch.disabled !== undefined && patch.disabled !== (endpoint.disabledAt !== null)) {
      changes.disabledAt = patch.disabled ? this.deps.clock.now() : null;
      recorded.disabled = { from: !patch.disabled, to: patch.disabled };
    }
    if (Object.keys(changes).length === 0) return endpoint;
    changes.updatedAt = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (tx) => {
      await store.updateEndpoint(tx, endpoint.id, changes);
      await this.deps.audit.record(tx, caller, {
        action: 'webhook.updated',
        target: { type: 'webhook', id: endpoint.id },
        changes: recorded,
      });
    });
    return { ...endpoint, ...changes };
  }

  /** Its undelivered deliveries go with it. */
  async remove(caller: Caller, id: string): Promise<void> {
    const endpoint = await this.get(id);
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.deleteEndpoint(tx, endpoint.id))) throw notFound('Webhook');
      await this.deps.audit.record(tx, caller, {
        action: 'webhook.deleted',
        target: { type: 'webhook', id: endpoint.id },
        changes: { url: endpoint.url },
      });
    });
  }

  /** The endpoint's deliveries, newest last by default, each with its attempts and the receiver's answers. */
  async deliveries(
    id: string,
    page: PageRequest,
    status?: WebhookDeliveryRow['status'],
  ): Promise<{ rows: DeliveryWithAttempts[]; total: number }> {
    const endpoint = await this.get(id);
    const { rows, total } = await store.listDeliveries(this.deps.db, endpoint.id, page, status);
    const attempts = await store.attemptsOf(
      this.deps.db,
      rows.map((row) => row.id),
    );
    return {
      rows: rows.map((row) => ({
        ...row,
        attemptLog: attempts.filter((attempt) => attempt.deliveryId === row.id),
      })),
      total,
    };
  }

  /** Sends a finished delivery once more, now, with the same id (receivers deduplicate by it). */
  async redeliver(caller: Caller, id: string, deliveryId: string): Promise<void> {
    const endpoint = await this.get(id);
    const delivery = await store.findDelivery(this.deps.db, deliveryId);
    if (!delivery || delivery.endpointId !== endpoint.id) throw notFound('Delivery');
    if (delivery.status === 'pending') throw conflict('This delivery is still pending: it will be retried.');
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.requeue(tx, delivery.id, this.deps.clock.now())))
        throw conflict('This delivery cannot be sent again.');
      await this.deps.audit.record(tx, caller, {
        action: 'webhook.redelivered',
        target: { type: 'webhook', id: endpoint.id },
        changes: { delivery: delivery.id, event: delivery.eventType },
      });
    });
  }
}
