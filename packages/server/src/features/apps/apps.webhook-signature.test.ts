// app.activated is signed the Standard Webhooks way, like every event; the former headers only with LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../config.ts';
import { obtainToken } from '../../test/apps-helpers.ts';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { waitUntil } from '../../test/wait.ts';
import { type Receiver, startReceiver, verifyStandardWebhook } from '../../test/webhook-receiver.ts';

const MANIFEST = {
  manifest_version: 1,
  name: 'Signed sync',
  version: '1.0.0',
  lifecycle: 'automatic',
  configuration: [],
};

/** The spec's signature, computed here without the repository's helpers. */
const specSignature = (secret: string, id: string, timestamp: string, body: string): string => {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
};

for (const legacy of [false, true]) {
  describe(`app.activated signatures (legacy headers ${legacy ? 'on' : 'off'})`, () => {
    let s: TestServer;
    let hooks: Receiver;
    let session: string;

    before(async () => {
      s = await startTestServer('sqlite', {
        env: {
          LATCHKEY_WEBHOOK_POLL_MS: '20',
          LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true',
          ...(legacy ? { LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE: 'true' } : {}),
        },
      });
      const admin = await s.createUser({ admin: true, slug: 'root' });
      session = await s.login(admin.email);
      hooks = await startReceiver({ now: () => s.clock.now() });
    });
    after(async () => {
      await s.close();
      await hooks.close();
    });

    test('a Standard Webhooks receiver verifies the delivery, and the spec recomputed here agrees', async () => {
      const created = await s.call('POST', '/v0/apps/manifest', session, {
        ...MANIFEST,
        webhook_url: hooks.url,
      });
      assert.equal(created.statusCode, 201, created.body);
      const app = created.json();
      hooks.useSecret(app.webhook_secret);
      assert.equal((await s.call('POST', `/v0/apps/${app.slug}/activate`, session)).statusCode, 200);
      await waitUntil(() => hooks.received.length === 1, 'the app.activated delivery');
      const [delivery] = hooks.received;
      assert.ok(delivery);
      // The repository's receiver (the spec's checks: headers, a 5-minute window, a constant-time match).
      assert.equal(delivery.verified, true);
      assert.equal(delivery.status, 200);
      const { headers, body } = delivery;
      const id = String(headers['webhook-id']);
      const timestamp = String(headers['webhook-timestamp']);
      assert.match(id, /^msg_/);
      assert.equal(headers['webhook-signature'], specSignature(app.webhook_secret, id, timestamp, body));
      // Tampering is caught: another body, another id, another secret.
      const now = Math.floor(s.clock.now() / 1000);
      assert.equal(
        verifyStandardWebhook(app.webhook_secret, headers, body.replace('app_', 'app_x'), now),
        false,
      );
      assert.equal(
        verifyStandardWebhook(app.webhook_secret, { ...headers, 'webhook-id': 'msg_other' }, body, now),
        false,
      );
      assert.equal(verifyStandardWebhook('whsec_b3RoZXIgc2VjcmV0IGJ5dGVz', headers, body, now), false);
      const event = JSON.parse(body);
      assert.equal(event.type, 'app.activated');
      assert.ok(await obtainToken(s, event.client_id, event.client_secret), 'the delivered secret works');

      if (!legacy) {
        for (const name of ['x-latchkey-signature', 'x-latchkey-timestamp', 'x-latchkey-delivery'])
          assert.equal(headers[name], undefined, name);
        return;
      }
      // The former headers, for receivers not yet moved: hex HMAC with the secret's text over "timestamp.body".
      const legacyTimestamp = String(headers['x-latchkey-timestamp']);
      assert.equal(legacyTimestamp, timestamp);
      const mac = createHmac('sha256', app.webhook_secret).update(`${legacyTimestamp}.${body}`).digest('hex');
      assert.equal(headers['x-latchkey-signature'], `v1=${mac}`);
      assert.equal(`msg_${headers['x-latchkey-delivery']}`, id);
    });
  });
}

test('LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE is off by default and takes true or false', () => {
  assert.equal(loadConfig({}).events.worker.legacyAppSignature, false);
  assert.equal(
    loadConfig({ LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE: 'true' }).events.worker.legacyAppSignature,
    true,
  );
  assert.throws(
    () => loadConfig({ LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE: 'yes' }),
    /LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE must be true or false/,
  );
});
