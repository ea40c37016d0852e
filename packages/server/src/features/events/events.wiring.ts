// Builds the events feature for buildApp: the outbox services write into, the endpoints service, the worker.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { SecretKind } from '../../lib/crypto/secrets.ts';
import type { OutboundHttp } from '../../lib/outbound-http.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { Emit, RevokeLeaked } from './events.catalog.ts';
import type { EventsConfig } from './events.config.ts';
import { Outbox } from './events.outbox.ts';
import { Schedule } from './events.schedule.ts';
import { WebhooksService } from './events.service.ts';
import { pendingDeliveries } from './events.store.ts';
import { type AppWebhookOf, type AttemptOutcome, DeliveryWorker } from './events.worker.ts';
import { ScanningKeys } from './leaks.keys.ts';
import { LeakedCredentials } from './leaks.service.ts';

/** What buildApp needs of an app to deliver its lifecycle webhook: its URL and decrypted secret. */
interface AppsLookup {
  webhookOf: AppWebhookOf;
}

export interface Events {
  emit: Emit;
  appWebhook: Outbox['toApp'];
  webhooks: WebhooksService;
  worker: DeliveryWorker;
  /** Periodic jobs (key expiry notices, unused-key revocation), leased in the database. */
  schedule: Schedule;
  /** The delivery queue now (the metrics read it at each scrape). */
  queue(): Promise<{ pending: number; oldestAgeSeconds: number }>;
  start(apps: AppsLookup): void;
  stop(): Promise<void>;
}

export function buildEvents(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  keyring: Keyring;
  log: FastifyBaseLogger;
  config: EventsConfig;
  /** The outbound client: the site's URL policy, checked again on the addresses each connection uses. */
  outbound: OutboundHttp;
  /** Told each delivery attempt's outcome (the metrics). */
  observeAttempt?: (outcome: AttemptOutcome) => void;
}): Events {
  const outbox = new Outbox({ clock: deps.clock, keyring: deps.keyring });
  let apps: AppsLookup | undefined;
  const worker = new DeliveryWorker(
    {
      db: deps.db,
      clock: deps.clock,
      log: deps.log,
      outbound: deps.outbound,
      keyring: deps.keyring,
      appWebhookOf: async (appId) => apps?.webhookOf(appId),
      observe: deps.observeAttempt,
    },
    deps.config.worker,
  );
  const schedule = new Schedule({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    pollMs: deps.config.schedulePollMs,
  });
  return {
    emit: outbox.emit,
    appWebhook: (tx, appId, body) => outbox.toApp(tx, appId, body),
    webhooks: new WebhooksService({
      db: deps.db,
      clock: deps.clock,
      audit: deps.audit,
      urlProblem: (url) => deps.outbound.urlProblem(url),
      keyring: deps.keyring,
    }),
    worker,
    schedule,
    queue: async () => {
      const { pending, oldestAt } = await pendingDeliveries(deps.db);
      const age = oldestAt === null ? 0 : Math.max(0, deps.clock.now() - oldestAt) / 1000;
      return { pending, oldestAgeSeconds: age };
    },
    start(lookup) {
      apps = lookup;
      worker.start();
      schedule.start();
    },
    stop: async () => {
      await Promise.all([worker.stop(), schedule.stop()]);
    },
  };
}

/** The partner endpoint's keys and the matching service, with each credential kind's revoker. */
export function buildLeaks(deps: {
  clock: Clock;
  log: FastifyBaseLogger;
  config: EventsConfig;
  /** The scanning keys are fetched through it: the address policy, redirects never followed. */
  outbound: OutboundHttp;
  revokers: Record<SecretKind, RevokeLeaked>;
}) {
  return {
    keys: new ScanningKeys({
      url: deps.config.secretScanningKeysUrl,
      cooldownMs: deps.config.secretScanningCooldownMs,
      fetch: deps.outbound.fetch,
      clock: deps.clock,
      log: deps.log,
    }),
    service: new LeakedCredentials(deps.revokers),
  };
}

export type Leaks = ReturnType<typeof buildLeaks>;
