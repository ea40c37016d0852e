// The official Standard Webhooks library (npm `standardwebhooks`) verifies real deliveries from a real Latchkey,
// received on loopback: a signature, header or timestamp it cannot verify fails here.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { createApp, createSecret } from '../test/apps-helpers.ts';
import { startTestServer, type TestServer } from '../test/harness.ts';
import { waitUntil } from '../test/wait.ts';

interface Delivery {
  headers: Record<string, string>;
  body: string;
  /** What the library made of it: the parsed event, or its error. */
  verified: { type: string; data: Record<string, unknown> } | Error;
}

/** A receiver that answers 200 only to what `standardwebhooks` verifies with the endpoint's secret. */
async function libraryReceiver() {
  let webhook: Webhook | undefined;
  const deliveries: Delivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = stringHeaders(request.headers);
      let verified: Delivery['verified'];
      try {
        verified = webhook?.verify(body, headers) as Exclude<Delivery['verified'], Error>;
      } catch (error) {
        verified = error as Error;
      }
      deliveries.push({ headers, body, verified });
      response.statusCode = verified instanceof Error ? 400 : 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    deliveries,
    useSecret: (secret: string) => {
      webhook = new Webhook(secret);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const stringHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
  );

describe('the official Standard Webhooks library verifies Latchkey’s deliveries', () => {
  let s: TestServer;
  let receiver: Awaited<ReturnType<typeof libraryReceiver>>;
  let session: string;
  let secret: string;

  before(async () => {
    s = await startTestServer('sqlite', {
      env: { LATCHKEY_WEBHOOK_POLL_MS: '20', LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true' },
    });
    // The library checks the timestamp against the real time: the server's clock is set to it.
    s.clock.set(Date.now());
    const admin = await s.createUser({ slug: 'root', admin: true });
    session = await s.login(admin.email);
    receiver = await libraryReceiver();
    const created = await s.call('POST', '/v0/admin/webhooks', session, {
      url: receiver.url,
      events: ['key.created', 'key.revoked', 'user.suspended', 'app.secret_rotated'],
      description: 'standardwebhooks',
    });
    assert.equal(created.statusCode, 201, created.body);
    secret = created.json().secret;
    receiver.useSecret(secret);
  });
  after(async () => {
    await s?.close();
    await receiver?.close();
  });

  test('key, user and app events each verify, with the event the library parses', async () => {
    const key = await s.createKey(session, 'root', { name: 'signed' });
    const revoked = await s.call('DELETE', `/v0/users/root/keys/${key.uuid}`, session);
    assert.equal(revoked.statusCode, 200, revoked.body);
    await s.createUser({ slug: 'bob' });
    const suspended = await s.call('PATCH', '/v0/users/bob', session, { suspended: true });
    assert.equal(suspended.statusCode, 200, suspended.body);
    const app = await createApp(s, session, { name: 'Hooked', slug: 'hooked' });
    await createSecret(s, session, app.slug);
    await createSecret(s, session, app.slug);

    const types = ['key.created', 'key.revoked', 'user.suspended', 'app.secret_rotated'];
    const typeOf = (delivery: Delivery) => (JSON.parse(delivery.body) as { type: string }).type;
    await waitUntil(
      () => types.every((type) => receiver.deliveries.some((delivery) => typeOf(delivery) === type)),
      `a delivery of each of ${types.join(', ')}`,
    );
    for (const delivery of receiver.deliveries) {
      assert.ok(
        !(delivery.verified instanceof Error),
        `${typeOf(delivery)}: ${delivery.verified instanceof Error ? delivery.verified.message : ''}`,
      );
      assert.equal(delivery.verified.type, typeOf(delivery));
      assert.ok(!delivery.body.includes(key.key), 'a delivery carries the key');
    }
  });

  test('the library refuses a delivery with a changed body, another secret or an old timestamp', () => {
    const delivery = receiver.deliveries[0];
    assert.ok(delivery, 'no delivery arrived');
    const { headers, body } = delivery;
    const verify = (withSecret: string, payload: string, sent: Record<string, string>) =>
      assert.throws(() => new Webhook(withSecret).verify(payload, sent), WebhookVerificationError);
    verify(secret, body.replace('"type"', '"type" '), headers);
    verify(`whsec_${Buffer.alloc(24, 7).toString('base64')}`, body, headers);
    verify(secret, body, {
      ...headers,
      'webhook-timestamp': String(Number(headers['webhook-timestamp']) - 3600),
    });
  });
});
