// App manifests (JSON, YAML, every problem listed), configuration, and activation with a signed webhook.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createSecret, oauthPost, obtainToken } from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';

/** The app webhook's signature as its receivers check it: `v1=` + hex HMAC-SHA256 over "timestamp.body". */
/** Standard Webhooks, recomputed from the spec: base64 HMAC-SHA256, keyed by the whsec_ secret's base64, over "id.timestamp.body". */
const signWebhook = (secret: string, id: string, timestamp: string, body: string) =>
  `v1,${createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64')}`;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on loopback that answers with the given statuses in turn (then 200). */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = statuses.shift() ?? 200;
      response.end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    async waitFor(count: number) {
      const deadline = Date.now() + 5000;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${received.length} webhook requests arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100).unref();
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const dialect of DIALECTS) {
  describe(`app manifests and lifecycle (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let devSession: string;

    before(async () => {
      s = await startTestServer(dialect, { env: LOOPBACK_OUTBOUND });
      const admin = await s.createUser({ slug: 'root', admin: true });
      const dev = await s.createUser({ slug: 'dev' });
      adminSession = await s.login(admin.email);
      devSession = await s.login(dev.email);
      assert.equal((await call('PATCH', '/v0/users/dev', adminSession, { developer: true })).statusCode, 200);
    });
    after(() => s.close());

    const call: TestServer['call'] = (...args) => s.call(...args);

    describe('manifests', () => {
      const manifest = (webhookUrl?: string) => ({
        manifest_version: 1,
        name: 'Benchling sync',
        description: 'Copies results',
        version: '1.2.0',
        lifecycle: 'automatic',
        configuration: [
          { key: 'folder', description: 'Where results go', type: 'text' },
          { key: 'batch_size', type: 'number', required: true },
          { key: 'verbose', type: 'boolean', required: false },
        ],
        ...(webhookUrl ? { webhook_url: webhookUrl } : {}),
      });

      test('a JSON manifest creates an inactive automatic app and shows the webhook secret once', async () => {
        const response = await call(
          'POST',
          '/v0/apps/manifest',
          devSession,
          manifest('https://example.invalid/hooks'),
        );
        assert.equal(response.statusCode, 201, response.body);
        const body = response.json();
        assert.equal(body.lifecycle, 'automatic');
        assert.equal(body.status, 'inactive');
        assert.equal(body.version, '1.2.0');
        assert.match(body.webhook_secret, /^whsec_[0-9A-Za-z]{32}$/);
        assert.deepEqual(
          body.configuration.map((item: { key: string; required: boolean }) => [item.key, item.required]),
          [
            ['folder', true],
            ['batch_size', true],
            ['verbose', false],
          ],
        );
        const viewed = await call('GET', `/v0/apps/${body.slug}`, devSession);
        assert.equal(viewed.json().webhook_secret, undefined);
        assert.ok(!viewed.body.includes(body.webhook_secret));
      });

      test('a YAML manifest is accepted as application/yaml', async () => {
        const yaml = [
          'manifest_version: 1',
          'name: YAML app',
          'description: |',
          '  Written in YAML',
          'version: 2.0.0',
          'configuration:',
          '  - key: api_url',
          '    description: The base URL',
        ].join('\n');
        const response = await s.app.inject({
          method: 'POST',
          url: '/v0/apps/manifest',
          headers: { ...bearer(devSession), 'content-type': 'application/yaml' },
          payload: yaml,
        });
        assert.equal(response.statusCode, 201, response.body);
        assert.equal(response.json().name, 'YAML app');
        assert.equal(response.json().configuration[0].key, 'api_url');
        assert.equal(response.json().webhook_secret, null);
      });

      test('a bad manifest is a 400 listing every problem with its path', async () => {
        const response = await call('POST', '/v0/apps/manifest', devSession, {
          manifest_version: 2,
          description: 7,
          lifecycle: 'sometimes',
          configuration: [{ key: 'Bad Key', type: 'colour' }, { key: 'ok', required: 'yes' }, 'oops'],
          webhook_url: 'ftp://example.com',
          extra: true,
        });
        assert.equal(response.statusCode, 400);
        const message: string = response.json().error.message;
        for (const path of [
          'extra: unknown field',
          'manifest_version',
          'name',
          'description',
          'version',
          'lifecycle',
          'configuration[0].key',
          'configuration[0].type',
          'configuration[1].required',
          'configuration[2]',
          'webhook_url',
        ]) {
          assert.ok(message.includes(path), `${path} in: ${message}`);
        }
        assert.match(message, /^The manifest has 11 problems/);
      });

      test('a webhook URL must use https, except on loopback: the activation carries the client secret', async () => {
        for (const [url, problem] of [
          ['http://hooks.example.com/latchkey', 'must use https'],
          ['https://user:pass@hooks.example.com/', 'must not contain credentials'],
          ['not a url', 'is not an absolute URL'],
        ]) {
          const response = await call('POST', '/v0/apps/manifest', devSession, {
            ...manifest(),
            webhook_url: url,
          });
          assert.equal(response.statusCode, 400, url);
          assert.match(response.json().error.message, new RegExp(`webhook_url: ${problem}`));
        }
        const ok = await call('POST', '/v0/apps/manifest', devSession, {
          ...manifest(),
          webhook_url: 'https://hooks.example.com/latchkey?tenant=7',
        });
        assert.equal(ok.statusCode, 201, ok.body);
      });

      test('YAML that does not parse is a 400 with the line', async () => {
        const response = await s.app.inject({
          method: 'POST',
          url: '/v0/apps/manifest',
          headers: { ...bearer(devSession), 'content-type': 'application/yaml' },
          payload: 'name: [unclosed\nversion: 1',
        });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /line \d/);
      });

      test('configuration is checked against the manifest: unknown keys and wrong types are 400s naming them', async () => {
        const created = (await call('POST', '/v0/apps/manifest', devSession, manifest())).json();
        const response = await call('PUT', `/v0/apps/${created.slug}/configuration`, devSession, {
          folder: 3,
          colour: 'red',
        });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /body\.folder: must be a text/);
        assert.match(response.json().error.message, /body\.colour: is not a configuration item/);
      });

      test('an app is activated only when configured and only by an administrator; an inactive app gets unauthorized_client', async () => {
        const created = (await call('POST', '/v0/apps/manifest', devSession, manifest())).json();
        const secret = await createSecret(s, devSession, created.slug);
        const early = await oauthPost(s, {
          grant_type: 'client_credentials',
          client_id: created.client_id,
          client_secret: secret,
        });
        assert.equal(early.statusCode, 400);
        assert.equal(early.json().error, 'unauthorized_client');
        const notYet = await call('POST', `/v0/apps/${created.slug}/activate`, adminSession);
        assert.equal(notYet.statusCode, 409);
        assert.match(notYet.json().error.message, /missing: folder, batch_size/);
        const set = await call('PUT', `/v0/apps/${created.slug}/configuration`, devSession, {
          folder: '/results',
          batch_size: 10,
        });
        assert.equal(set.statusCode, 200);
        assert.equal(set.json().configuration[1].value, 10);
        assert.equal((await call('POST', `/v0/apps/${created.slug}/activate`, devSession)).statusCode, 403);
        const activated = await call('POST', `/v0/apps/${created.slug}/activate`, adminSession);
        assert.equal(activated.statusCode, 200);
        assert.equal(activated.json().status, 'active');
        assert.equal((await call('POST', `/v0/apps/${created.slug}/activate`, adminSession)).statusCode, 409);
        assert.ok(await obtainToken(s, created.client_id, secret));
      });

      test('activation POSTs app.activated with the credentials to the webhook, signed the Standard Webhooks way', async () => {
        const hooks = await receiver();
        try {
          const created = (await call('POST', '/v0/apps/manifest', devSession, manifest(hooks.url))).json();
          await call('PUT', `/v0/apps/${created.slug}/configuration`, devSession, {
            folder: '/r',
            batch_size: 1,
          });
          const activated = await call('POST', `/v0/apps/${created.slug}/activate`, adminSession);
          assert.equal(activated.statusCode, 200);
          assert.ok(!activated.body.includes('lk_secret_'), 'the secret goes to the webhook only');
          await hooks.waitFor(1);
          const [delivery] = hooks.received;
          assert.ok(delivery);
          const payload = JSON.parse(delivery.body);
          assert.equal(payload.type, 'app.activated');
          assert.equal(payload.client_id, created.client_id);
          assert.match(payload.client_secret, /^lk_secret_/);
          const id = String(delivery.headers['webhook-id']);
          const timestamp = String(delivery.headers['webhook-timestamp']);
          assert.equal(
            delivery.headers['webhook-signature'],
            signWebhook(created.webhook_secret, id, timestamp, delivery.body),
          );
          assert.notEqual(
            delivery.headers['webhook-signature'],
            signWebhook('whsec_d3JvbmcgYnV0IHdlbGwgZm9ybWVk', id, timestamp, delivery.body),
          );
          assert.equal(
            delivery.headers['x-latchkey-signature'],
            undefined,
            'the former scheme is off by default',
          );
          assert.ok(await obtainToken(s, payload.client_id, payload.client_secret));
          const viewed = await call('GET', `/v0/apps/${created.slug}`, adminSession);
          assert.ok(!viewed.body.includes(payload.client_secret), 'never shown again');
        } finally {
          await hooks.close();
        }
      });
    });
  });
}
