// A real webhook receiver on loopback that verifies Standard Webhooks signatures the way the spec tells receivers to.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the signature verified against the receiver's secret. */
  verified: boolean;
  /** What the receiver answered. */
  status: number;
  event: { type: string; timestamp: string; data: Record<string, unknown> };
}

/** The spec's check: headers present, timestamp within 5 minutes, one `v1,` entry matching in constant time. */
export function verifyStandardWebhook(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  nowSeconds: number,
): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || value === undefined) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * Answers each delivery with the next of `statuses` (then 200), after verifying it with the secret
 * set by `useSecret`; `now` is the clock the sender signs with (a test's manual clock).
 */
export async function startReceiver(options: { now?: () => number; statuses?: number[] } = {}) {
  const statuses = options.statuses ?? [];
  const now = options.now ?? Date.now;
  let secret = '';
  const received: ReceivedDelivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verified = verifyStandardWebhook(secret, request.headers, body, Math.floor(now() / 1000));
      response.statusCode = statuses.shift() ?? (verified ? 200 : 401);
      received.push({
        headers: request.headers,
        body,
        verified,
        status: response.statusCode,
        event: JSON.parse(body),
      });
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end(response.statusCode === 200 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/latchkey`,
    received,
    statuses,
    useSecret(value: string) {
      secret = value;
    },
    /** The verified deliveries of one event type. */
    of(type: string) {
      return received.filter((delivery) => delivery.verified && delivery.event.type === type);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
