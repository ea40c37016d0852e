// Lifecycle webhooks: signed POSTs (HMAC-SHA256 over timestamp + "." + body) with bounded, backed-off retries.
import { createHmac, randomUUID } from 'node:crypto';
import {
  defaultOutbound,
  describeOutboundError,
  type OutboundFetch,
  OutboundRefused,
} from '../../lib/outbound-http.ts';

export const SIGNATURE_HEADER = 'x-latchkey-signature';
export const TIMESTAMP_HEADER = 'x-latchkey-timestamp';
export const DELIVERY_HEADER = 'x-latchkey-delivery';

export interface WebhookOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubled for each one after. */
  baseDelayMs: number;
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds for the timestamp header. */
  now: () => number;
  /** The policy-checked client (lib/outbound-http.ts); the default policy when unset. */
  fetch?: OutboundFetch;
}

export interface WebhookLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export type DeliveryResult =
  | { ok: true; attempts: number }
  | { ok: false; attempts: number; lastError: string };

/** `v1=<hex>`: HMAC-SHA256 with the app's webhook secret over `${timestamp}.${body}`. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class WebhookSender {
  private readonly inFlight = new Set<Promise<DeliveryResult>>();

  constructor(
    private readonly options: WebhookOptions,
    private readonly logger: WebhookLogger,
  ) {}

  /** Delivers in the background; the promise settles when delivered or given up (never rejects). */
  send(url: string, secret: string, payload: Record<string, unknown>): Promise<DeliveryResult> {
    const delivery = this.deliver(url, secret, JSON.stringify(payload), String(payload.type ?? 'event'));
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
    return delivery;
  }

  /** Waits for deliveries under way (at shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async deliver(url: string, secret: string, body: string, type: string): Promise<DeliveryResult> {
    const sleep = this.options.sleep ?? defaultSleep;
    const fetch = this.options.fetch ?? defaultOutbound().fetch;
    const id = randomUUID();
    let lastError = '';
    let made = 0;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      if (attempt > 1) await sleep(this.options.baseDelayMs * 2 ** (attempt - 2));
      made = attempt;
      const timestamp = String(Math.floor(this.options.now() / 1000));
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Latchkey-Webhook/1',
            [TIMESTAMP_HEADER]: timestamp,
            [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
            [DELIVERY_HEADER]: id,
          },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) {
          this.logger.info({ webhook: { id, type, attempt, status: response.status } }, 'webhook delivered');
          return { ok: true, attempts: attempt };
        }
        lastError = `HTTP ${response.status}`;
        // A 4xx other than 408/429 is the receiver refusing the event: retrying would not change its mind.
        if (response.status < 500 && response.status !== 408 && response.status !== 429) break;
      } catch (err) {
        lastError = describeOutboundError(err);
        // The policy refused the receiver's address: asking again would send the secret nowhere better.
        if (err instanceof OutboundRefused) break;
      }
      this.logger.warn({ webhook: { id, type, attempt, error: lastError } }, 'webhook attempt failed');
    }
    this.logger.error({ webhook: { id, type, error: lastError } }, 'webhook delivery gave up');
    return { ok: false, attempts: made, lastError };
  }
}
