// Webhook delivery against a real HTTP receiver: signature, retries with backoff, giving up.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { OutboundHttp } from '../../lib/outbound-http.ts';
import { WebhookSender } from './apps.webhook.ts';

const silent = { info() {}, warn() {}, error() {} };

describe('webhook delivery', () => {
  let statuses: number[] = [];
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  let url = '';
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = statuses.shift() ?? 200;
      response.end();
    });
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sender = (delays: number[]) =>
    new WebhookSender(
      {
        attempts: 4,
        baseDelayMs: 10,
        timeoutMs: 2000,
        now: () => Date.UTC(2026, 10, 23, 12),
        sleep: async (ms) => {
          delays.push(ms);
        },
      },
      silent,
    );

  test('failures (5xx, 429) are retried with doubling delays until delivered', async () => {
    received.length = 0;
    statuses = [500, 429, 503];
    const delays: number[] = [];
    const result = await sender(delays).send(url, 'whsec_test', {
      type: 'app.activated',
      client_id: 'app_x',
    });
    assert.deepEqual(result, { ok: true, attempts: 4 });
    assert.deepEqual(delays, [10, 20, 40]);
    assert.equal(received.length, 4);
    const last = received[3];
    assert.ok(last);
    const timestamp = String(last.headers['x-latchkey-timestamp']);
    assert.equal(timestamp, String(Date.UTC(2026, 10, 23, 12) / 1000));
    const expected = createHmac('sha256', 'whsec_test').update(`${timestamp}.${last.body}`).digest('hex');
    assert.equal(last.headers['x-latchkey-signature'], `v1=${expected}`);
    assert.equal(last.headers['content-type'], 'application/json');
    assert.equal(new Set(received.map((r) => r.headers['x-latchkey-delivery'])).size, 1, 'one delivery id');
  });

  test('a 4xx refusal is not retried', async () => {
    received.length = 0;
    statuses = [400];
    const result = await sender([]).send(url, 'whsec_test', { type: 'app.activated' });
    assert.deepEqual(result, { ok: false, attempts: 1, lastError: 'HTTP 400' });
    assert.equal(received.length, 1);
  });

  test('attempts are bounded: an unreachable receiver is given up after the last one', async () => {
    const delays: number[] = [];
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await sender(delays).send(deadUrl, 'whsec_test', { type: 'app.activated' });
    assert.equal(result.ok, false);
    assert.equal(result.attempts, 4);
    assert.equal(delays.length, 3);
  });

  test('a receiver whose name resolves to a private address is refused at connect time, once, without retries', async () => {
    received.length = 0;
    const port = new URL(url).port;
    // The manifest check passed this https name; at send time it resolves (injected) to 10.0.0.1.
    const outbound = new OutboundHttp({
      resolve: async () => [{ address: '10.0.0.1', family: 4 }],
    });
    const warnings: object[] = [];
    const logged = { ...silent, warn: (obj: object) => warnings.push(obj) };
    try {
      const delays: number[] = [];
      const result = await new WebhookSender(
        {
          attempts: 4,
          baseDelayMs: 10,
          timeoutMs: 2000,
          now: Date.now,
          fetch: outbound.fetch,
          sleep: async (ms) => void delays.push(ms),
        },
        logged,
      ).send(`https://hooks.example.com:${port}/hook?token=s3cret`, 'whsec_test', { type: 'app.activated' });
      assert.equal(result.ok, false);
      assert.equal(result.attempts, 1);
      assert.match(result.ok ? '' : result.lastError, /resolves to 10\.0\.0\.1.*private address/);
      assert.equal(received.length, 0);
      assert.doesNotMatch(JSON.stringify(warnings), /s3cret|whsec_test/);
    } finally {
      await outbound.close();
    }
  });
});
