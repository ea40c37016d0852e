// The delivery worker: claims due deliveries under a lease, sends them signed, retries with backoff for a day.
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, WebhookDeliveryRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { SealError } from '../../lib/crypto/envelope.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { OutboundHttp } from '../../lib/outbound-http.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import { legacyAppHeaders, standardHeaders } from './events.signing.ts';
import * as store from './events.store.ts';

export interface WorkerOptions {
  /** How often to look for due deliveries. */
  pollMs: number;
  /** Delay after the first failure; doubled after each one, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long failures are retried, from the event: the last attempt is made at its end. */
  retryWindowMs: number;
  timeoutMs: number;
  /** Deliveries claimed (and sent concurrently) at a time. */
  batch: number;
  /**
   * LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE: `app.activated` carries the older X-Latchkey-Signature
   * headers besides the Standard Webhooks ones, for receivers not yet moved (kept for one release).
   */
  legacyAppSignature: boolean;
}

export const DEFAULT_WORKER: WorkerOptions = {
  pollMs: 1000,
  baseDelayMs: 10_000,
  maxDelayMs: 4 * 3600_000,
  retryWindowMs: 26 * 3600_000,
  timeoutMs: 10_000,
  batch: 16,
  legacyAppSignature: false,
};

/**
 * Where a delivery goes: an event endpoint, or an app's manifest webhook (`app.activated`); both are
 * signed the Standard Webhooks way. Undefined: the receiver is gone or disabled.
 */
export interface Target {
  url: string;
  secret: string;
  receiver: 'endpoint' | 'app';
  /** The body to send, decrypted when the delivery is sensitive. */
  body: string;
}

/** How an attempt ended: delivered, failed with a retry to come, or failed for good. */
export type AttemptOutcome = 'delivered' | 'retrying' | 'failed';

/** An app's manifest webhook, contributed by the apps feature. */
export type AppWebhookOf = (appId: string) => Promise<{ url: string; secret: string } | undefined>;

/** The receiver's answer kept in the delivery log: at most this much, and only of a plain-text or JSON body. */
const MAX_RESPONSE = 200;
const KEPT_TYPES = /^(text\/plain|application\/json|application\/[\w.+-]+\+json)\s*(;|$)/i;

/** When the delivery is tried next after `attempts` failures, or null when it has been retried long enough. */
export function nextAttemptAt(
  options: Pick<WorkerOptions, 'baseDelayMs' | 'maxDelayMs' | 'retryWindowMs'>,
  delivery: Pick<WebhookDeliveryRow, 'createdAt'>,
  attempts: number,
  now: number,
): number | null {
  const end = delivery.createdAt + options.retryWindowMs;
  if (now >= end) return null;
  const delay = Math.min(options.baseDelayMs * 2 ** Math.max(0, attempts - 1), options.maxDelayMs);
  return Math.min(now + delay, end);
}

export class DeliveryWorker {
  /** Names this process's leases; a lease outlives a crash only until it lapses. */
  readonly owner = `w_${randomBytes(8).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = true;

  constructor(
    private readonly deps: {
      db: Db;
      clock: Clock;
      log: FastifyBaseLogger;
      appWebhookOf: AppWebhookOf;
      /** Opens the endpoints' secrets and the sensitive payloads, at each attempt (never kept in memory). */
      keyring: Keyring;
      /** Outbound requests through the site's policy (lib/outbound-http.ts); redirects are never followed. */
      outbound: Pick<OutboundHttp, 'fetch' | 'urlProblem'>;
      /** Told each attempt's outcome (the metrics): delivered, failed with a retry to come, or failed for good. */
      observe?: (outcome: AttemptOutcome) => void;
    },
    readonly options: WorkerOptions = DEFAULT_WORKER,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: claims what is due and sends it; answers how many deliveries were attempted. */
  runOnce(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((err: unknown) => this.deps.log.error({ err }, 'webhook worker pass failed'))
        .finally(() => this.schedule());
    }, this.options.pollMs);
    this.timer.unref();
  }

  private async pass(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const now = this.deps.clock.now();
      // The lease covers a full attempt with room to record it.
      const claimed = await store.claimDue(
        this.deps.db,
        this.owner,
        now,
        now + this.options.timeoutMs * 2 + 5000,
        this.options.batch,
      );
      await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
      attempted += claimed.length;
      if (claimed.length < this.options.batch || this.stopped) return attempted;
    }
  }

  private async target(delivery: WebhookDeliveryRow): Promise<Target | undefined> {
    const body =
      delivery.sensitive === 1 && delivery.payload !== null
        ? this.deps.keyring.open('webhook_deliveries.payload', delivery.id, delivery.payload)
        : (delivery.payload ?? '');
    if (delivery.appId !== null) {
      const app = await this.deps.appWebhookOf(delivery.appId);
      return app && { ...app, receiver: 'app', body };
    }
    if (delivery.endpointId === null) return undefined;
    const endpoint = await store.findEndpoint(this.deps.db, delivery.endpointId);
    if (!endpoint || endpoint.disabledAt !== null) return undefined;
    const secret = this.deps.keyring.open('webhook_endpoints.secret', endpoint.id, endpoint.secret);
    return { url: endpoint.url, secret, receiver: 'endpoint', body };
  }

  private async outcome(delivery: WebhookDeliveryRow) {
    let target: Target | undefined;
    try {
      target = await this.target(delivery);
    } catch (err) {
      if (!(err instanceof SealError)) throw err;
      return { status: null, error: 'its secret does not decrypt', response: null, retry: false };
    }
    return target
      ? this.send(delivery, target)
      : { status: null, error: 'the receiver is disabled or gone', response: null, retry: false };
  }

  private async attempt(delivery: WebhookDeliveryRow): Promise<void> {
    const started = this.deps.clock.now();
    const outcome = await this.outcome(delivery);
    const now = this.deps.clock.now();
    const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
    const next =
      ok || !outcome.retry ? null : nextAttemptAt(this.options, delivery, delivery.attempts + 1, now);
    const finished = ok || next === null;
    await store.settleAttempt(
      this.deps.db,
      this.owner,
      {
        id: uuidv7(now),
        deliveryId: delivery.id,
        at: started,
        status: outcome.status,
        error: outcome.error,
        response: outcome.response,
        durationMs: Math.max(0, now - started),
      },
      {
        status: ok ? 'delivered' : finished ? 'failed' : 'pending',
        nextAttemptAt: next ?? now,
        lastStatus: outcome.status,
        lastError: outcome.error,
        deliveredAt: ok ? now : null,
        // A credential's own delivery is not kept once it is done with.
        wipePayload: finished && delivery.sensitive === 1,
      },
    );
    this.deps.observe?.(ok ? 'delivered' : finished ? 'failed' : 'retrying');
    const log = { webhook: { delivery: delivery.id, type: delivery.eventType, status: outcome.status } };
    if (ok) this.deps.log.info(log, 'webhook delivered');
    else this.deps.log.warn({ ...log, error: outcome.error, final: finished }, 'webhook attempt failed');
  }

  private async send(delivery: WebhookDeliveryRow, target: Target) {
    // Checked again at send time: the URL may have been saved under a looser policy.
    const problem = this.deps.outbound.urlProblem(target.url);
    if (problem) return { status: null, error: `the URL ${problem}`, response: null, retry: false };
    const { body } = target;
    const timestamp = Math.floor(this.deps.clock.now() / 1000);
    const signed = {
      ...standardHeaders(target.secret, `msg_${delivery.id}`, timestamp, body),
      ...(target.receiver === 'app' && this.options.legacyAppSignature
        ? legacyAppHeaders(target.secret, delivery.id, timestamp, body)
        : {}),
    };
    try {
      const response = await this.deps.outbound.fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Latchkey-Webhook/1', ...signed },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await excerpt(response);
      const failed = response.status < 200 || response.status >= 300;
      // The app webhook keeps its rule: a 4xx other than 408 and 429 is the receiver refusing, not failing.
      const refused =
        target.receiver === 'app' && response.status < 500 && ![408, 429].includes(response.status);
      return {
        status: response.status,
        error: failed ? `HTTP ${response.status}` : null,
        response: text,
        retry: !refused,
      };
    } catch (err) {
      const error =
        err instanceof Error ? (err.name === 'TimeoutError' ? 'timed out' : errorName(err)) : 'network error';
      return { status: null, error, response: null, retry: true };
    }
  }
}

/** A network failure's code (ECONNREFUSED…), never its message (which may hold the URL). */
function errorName(err: Error): string {
  const cause = (err as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : err.name;
}

/**
 * The start of a plain-text or JSON answer, for the delivery log; nothing of any other (an HTML error
 * page of some service the URL reached). The rest is not read.
 */
async function excerpt(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  let text = '';
  const decoder = new TextDecoder();
  try {
    if (!KEPT_TYPES.test(response.headers.get('content-type') ?? '')) return null;
    while (text.length < MAX_RESPONSE) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text.slice(0, MAX_RESPONSE) || null;
}
