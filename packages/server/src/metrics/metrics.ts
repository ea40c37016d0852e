// What Latchkey counts for Prometheus: plain numbers bumped on the hot path, turned into prom-client metrics at scrape time.
import { existsSync, readFileSync } from 'node:fs';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { InvalidationObserver } from '../auth/invalidation.ts';
import { AccumulatedHistogram, type Timings } from './histogram.ts';

/** Request durations, seconds: an authenticated request takes tens of microseconds, a miss milliseconds. */
const REQUEST_BOUNDS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
];
const QUERY_BOUNDS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];
/** Invalidation lag, seconds: the promise is "refused everywhere within one second". */
const LAG_BOUNDS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * prom-client's defaults that are gauges yet end in `_total`, which Prometheus keeps for counters
 * (`promtool check metrics` refuses them). Their per-type gauges (`nodejs_active_handles{type}` …) stay.
 */
const GAUGES_NAMED_LIKE_COUNTERS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/** This server's version, as its package says. */
export const SERVER_VERSION: string = serverPackage().version;

/** The nearest package.json above this module: dist/metrics/, src/metrics/, or dist/ itself in the bundle. */
function serverPackage(): { version: string } {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { version: string };
    if (dir.pathname === '/') throw new Error('the server package.json was not found');
  }
}

/** The webhook delivery queue at one moment (features/events). */
export interface WebhookQueue {
  pending: number;
  /** Seconds since the oldest pending delivery's event was raised; 0 when nothing is pending. */
  oldestAgeSeconds: number;
}

/** Counts by two label values, e.g. kind then outcome; the values are fixed words, so no key is built. */
type Table = Record<string, Record<string, number>>;

const bump = (table: Table, first: string, second: string): void => {
  let row = table[first];
  if (row === undefined) {
    row = {};
    table[first] = row;
  }
  row[second] = (row[second] ?? 0) + 1;
};

/** Resets a prom-client counter to the table's counts (the counts only ever grow, so it stays a counter). */
function exportTable<L extends string>(counter: Counter<L>, table: Table, first: L, second: L): void {
  counter.reset();
  for (const [a, row] of Object.entries(table))
    for (const [b, count] of Object.entries(row))
      counter.inc({ [first]: a, [second]: b } as Partial<Record<L, string>>, count);
}

/** Hit and miss counts of the credential cache (auth/cache.ts keeps them). */
export interface CacheCounts {
  readonly hits: number;
  readonly misses: number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly authentications: Table = {};
  private readonly verifyDecisions: Table = {};
  private readonly issued: Table = {};
  private readonly refusals: Table = {};
  private readonly invalidations: Table = {};
  private caches: CacheCounts[] = [];
  private readonly webhookAttempts: Record<string, number> = {};
  private webhookQueue: (() => Promise<WebhookQueue>) | undefined;
  private readonly requests = new AccumulatedHistogram(
    'latchkey_http_request_duration_seconds',
    'Time from a request’s arrival to its answer being sent, by route, method and status class (code: 2xx, 4xx, …).',
    REQUEST_BOUNDS,
  );
  private readonly queries = new AccumulatedHistogram(
    'latchkey_db_query_duration_seconds',
    'Database query duration, as Kysely measures it, by outcome (ok or error).',
    QUERY_BOUNDS,
  );
  private readonly queryOk: Timings;
  private readonly queryError: Timings;
  private readonly lags = new AccumulatedHistogram(
    'latchkey_invalidation_lag_seconds',
    'From an invalidation’s publication to its arrival here (wall clocks; instances on several machines need synchronised clocks).',
    LAG_BOUNDS,
  );
  private readonly lag: Timings;

  constructor() {
    const registry = this.registry;
    collectDefaultMetrics({ register: registry });
    for (const name of GAUGES_NAMED_LIKE_COUNTERS) registry.removeSingleMetric(name);
    this.queryOk = this.queries.timingsFor({ outcome: 'ok' });
    this.queryError = this.queries.timingsFor({ outcome: 'error' });
    this.lag = this.lags.timingsFor({});
    for (const histogram of [this.requests, this.queries, this.lags])
      registry.registerMetric(histogram.asMetric());
    const table = (name: string, help: string, labels: [string, string], source: Table) => {
      const [first, second] = labels;
      new Counter({
        name,
        help,
        labelNames: labels,
        registers: [registry],
        collect() {
          exportTable(this, source, first, second);
        },
      });
    };
    table(
      'latchkey_authentications_total',
      'Authentication attempts by credential kind and outcome (accepted, or the refusal reason).',
      ['kind', 'outcome'],
      this.authentications,
    );
    table(
      'latchkey_verify_decisions_total',
      '/v0/auth/verify answers by decision (allowed, unauthenticated, forbidden, rate_limited, invalid) and route.',
      ['decision', 'route'],
      this.verifyDecisions,
    );
    table('latchkey_tokens_issued_total', 'Credentials issued, by kind.', ['kind', 'by'], this.issued);
    table(
      'latchkey_limit_refusals_total',
      'Requests refused by a limit: the principal’s rate limit, or the failure throttle of a client address.',
      ['limit', 'principal_type'],
      this.refusals,
    );
    table(
      'latchkey_invalidations_total',
      'Invalidations published by this instance and received by it (its own included), by direction.',
      ['direction', 'bus'],
      this.invalidations,
    );
    const caches = () => this.caches;
    new Counter({
      name: 'latchkey_credential_cache_lookups_total',
      help: 'Credential cache lookups, by result (hit or miss).',
      labelNames: ['result'],
      registers: [registry],
      collect() {
        this.reset();
        let hits = 0;
        let misses = 0;
        for (const cache of caches()) {
          hits += cache.hits;
          misses += cache.misses;
        }
        this.inc({ result: 'hit' }, hits);
        this.inc({ result: 'miss' }, misses);
      },
    });
    new Gauge({
      name: 'latchkey_build_info',
      help: 'Always 1: the server’s version and the Node.js version it runs on, as labels.',
      labelNames: ['version', 'node'],
      registers: [registry],
      collect() {
        this.set({ version: SERVER_VERSION, node: process.versions.node }, 1);
      },
    });
    const attempts = this.webhookAttempts;
    new Counter({
      name: 'latchkey_webhook_attempts_total',
      help: 'Webhook delivery attempts, by outcome: delivered, retrying (failed, tried again later) or failed (given up).',
      labelNames: ['outcome'],
      registers: [registry],
      collect() {
        this.reset();
        for (const outcome of ['delivered', 'retrying', 'failed'])
          this.inc({ outcome }, attempts[outcome] ?? 0);
      },
    });
    const queue = async (): Promise<WebhookQueue | undefined> => this.webhookQueue?.();
    new Gauge({
      name: 'latchkey_webhook_deliveries_pending',
      help: 'Webhook deliveries waiting to be made (due now or retrying later), from the database: every instance’s.',
      registers: [registry],
      async collect() {
        const now = await queue();
        this.set(now?.pending ?? 0);
      },
    });
    new Gauge({
      name: 'latchkey_webhook_oldest_pending_age_seconds',
      help: 'Age of the oldest pending webhook delivery (from its event), 0 when none is pending.',
      registers: [registry],
      async collect() {
        const now = await queue();
        this.set(now?.oldestAgeSeconds ?? 0);
      },
    });
    new Gauge({
      name: 'latchkey_metrics_info',
      help: 'Always 1: Latchkey’s metrics listener is answering.',
      registers: [registry],
      collect() {
        this.set(1);
      },
    });
  }

  /** An authentication's outcome: `accepted`, or the refusal reason. */
  authenticated(kind: string, outcome: string): void {
    bump(this.authentications, kind, outcome);
  }

  verified(decision: string, route: string): void {
    bump(this.verifyDecisions, decision, route);
  }

  /** A credential issued (an access token, a session, a key), by the route that issued it. */
  tokenIssued(kind: string, by: string): void {
    bump(this.issued, kind, by);
  }

  rateLimited(principalType: string): void {
    bump(this.refusals, 'rate_limit', principalType);
  }

  throttled(): void {
    bump(this.refusals, 'failure_throttle', 'none');
  }

  invalidationPublished(bus: string): void {
    bump(this.invalidations, 'published', bus);
  }

  /** `lagMs` is undefined when the publisher stamped no time. */
  invalidationReceived(bus: string, lagMs: number | undefined): void {
    bump(this.invalidations, 'received', bus);
    if (lagMs !== undefined) this.lag.observe(Math.max(0, lagMs) / 1000);
  }

  /** One route's timings for one method and status class (the `code` label, `2xx`…); the caller keeps the result. */
  requestTimings(route: string, method: string, statusClass: string): Timings {
    return this.requests.timingsFor({ route, method, code: statusClass });
  }

  /** A webhook delivery attempt's outcome (features/events' worker). */
  readonly webhookAttempted = (outcome: 'delivered' | 'retrying' | 'failed'): void => {
    this.webhookAttempts[outcome] = (this.webhookAttempts[outcome] ?? 0) + 1;
  };

  /** Where the webhook queue's depth and oldest delivery are read at each scrape. */
  watchWebhookQueue(read: () => Promise<WebhookQueue>): void {
    this.webhookQueue = read;
  }

  /** Kysely's `log` hook. */
  readonly queryLogged = (event: { level: 'query' | 'error'; queryDurationMillis: number }): void => {
    (event.level === 'error' ? this.queryError : this.queryOk).observe(event.queryDurationMillis / 1000);
  };

  watchCache(cache: CacheCounts): void {
    this.caches.push(cache);
  }

  /** Counts what this instance publishes and receives on its bus (`local`, `postgres`, …). */
  watchInvalidations(invalidations: { observe(observer: InvalidationObserver): void }, bus: string): void {
    invalidations.observe({
      published: () => this.invalidationPublished(bus),
      received: (lagMs) => this.invalidationReceived(bus, lagMs),
    });
  }

  /** The exposition, in Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
