// Apps: the developer capability, creation from scratch and from manifests, secrets, configuration, activation, archiving.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp, createSecret, oauthPost, obtainToken } from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';
import { signWebhook } from './apps.webhook.ts';

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
  describe(`apps (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let dev: UserRow;
    let other: UserRow;
    let adminSession: string;
    let devSession: string;
    let otherSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'root', admin: true });
      dev = await s.createUser({ slug: 'dev' });
      other = await s.createUser({ slug: 'other' });
      adminSession = await s.login(admin.email);
      devSession = await s.login(dev.email);
      otherSession = await s.login(other.email);
      const granted = await call('PATCH', '/v0/users/dev', adminSession, { developer: true });
      assert.equal(granted.statusCode, 200);
    });
    after(() => s.close());

    const call = (
      method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      url: string,
      secret: string,
      payload?: unknown,
    ) =>
      s.app.inject({
        method,
        url,
        headers: bearer(secret),
        ...(payload === undefined ? {} : { payload: payload as object }),
      });

    describe('the developer capability', () => {
      test('an administrator grants it with PATCH /v0/users/{user}, and it shows in the user JSON', async () => {
        const viewed = await call('GET', '/v0/users/dev', adminSession);
        assert.equal(viewed.json().developer, true);
        assert.equal((await call('GET', '/v0/users/other', adminSession)).json().developer, false);
      });

      test('a user who is not an administrator cannot grant it, even to themselves: 403', async () => {
        const response = await call('PATCH', '/v0/users/other', otherSession, { developer: true });
        assert.equal(response.statusCode, 403);
        assert.match(response.json().error.message, /administrator/);
        assert.equal((await call('GET', '/v0/users/other', adminSession)).json().developer, false);
      });

      test('without it a user cannot create apps: 403 that says why', async () => {
        const response = await call('POST', '/v0/apps', otherSession, { name: 'Nope' });
        assert.equal(response.statusCode, 403);
        assert.match(response.json().error.message, /developer capability/);
      });
    });

    describe('from scratch', () => {
      test('a developer creates an app: manual lifecycle, active, with an app_ client id and no secret yet', async () => {
        const response = await call('POST', '/v0/apps', devSession, {
          name: 'Slack sync',
          description: 'Posts to Slack',
        });
        assert.equal(response.statusCode, 201);
        const body = response.json();
        assert.match(body.client_id, /^app_[0-9a-f]{32}$/);
        assert.equal(body.slug, 'slack-sync');
        assert.equal(body.lifecycle, 'manual');
        assert.equal(body.status, 'active');
        assert.equal(body.secret, null);
        assert.equal(body.last_seen, null);
        assert.equal(body.creator, dev.id);
        assert.deepEqual(body.scopes, ['api']);
      });

      test('the app path parameter takes the slug, the UUID or the client id', async () => {
        const app = await createApp(s, devSession, { name: 'Lookup' });
        for (const ref of [app.slug, app.uuid, app.client_id]) {
          const response = await call('GET', `/v0/apps/${ref}`, otherSession);
          assert.equal(response.statusCode, 200, ref);
          assert.equal(response.json().uuid, app.uuid);
        }
        assert.equal((await call('GET', '/v0/apps/no-such-app', otherSession)).statusCode, 404);
      });

      test('bad input is a 400 naming the field', async () => {
        for (const [payload, field] of [
          [{}, 'name'],
          [{ name: '   ' }, 'name'],
          [{ name: 'x', slug: 'Not A Slug' }, 'slug'],
          [{ name: 'x', colour: 'red' }, 'colour'],
        ] as const) {
          const response = await call('POST', '/v0/apps', devSession, payload);
          assert.equal(response.statusCode, 400, JSON.stringify(payload));
          assert.match(response.json().error.message, new RegExp(field));
        }
      });

      test('only the creator or an administrator may change an app', async () => {
        const app = await createApp(s, devSession, { name: 'Editable' });
        assert.equal(
          (await call('PATCH', `/v0/apps/${app.slug}`, otherSession, { name: 'Hijacked' })).statusCode,
          403,
        );
        const renamed = await call('PATCH', `/v0/apps/${app.slug}`, devSession, {
          name: 'Edited',
          description: 'New',
        });
        assert.equal(renamed.statusCode, 200);
        assert.equal(renamed.json().name, 'Edited');
        assert.equal(renamed.json().description, 'New');
        assert.equal(
          (await call('PATCH', `/v0/apps/${app.slug}`, adminSession, { name: 'By admin' })).statusCode,
          200,
        );
        assert.equal((await call('POST', `/v0/apps/${app.slug}/secret`, otherSession, {})).statusCode, 403);
      });
    });

    describe('client secrets', () => {
      test('a secret is lk_secret_ format, shown once, not stored, and only its start is shown afterwards', async () => {
        const app = await createApp(s, devSession);
        const response = await call('POST', `/v0/apps/${app.slug}/secret`, devSession, {});
        assert.equal(response.statusCode, 201);
        assert.equal(response.headers['cache-control'], 'no-store');
        const body = response.json();
        assert.match(body.client_secret, /^lk_secret_[0-9A-Za-z]{36}$/);
        assert.equal(body.client_id, app.client_id);
        assert.equal(body.start, body.client_secret.slice(0, 14));
        assert.equal(body.previous_secret_expiration, null);
        const viewed = await call('GET', `/v0/apps/${app.slug}`, devSession);
        assert.equal(viewed.json().secret.start, body.start);
        assert.ok(!viewed.body.includes(body.client_secret.slice(14)));
        const rows = await s.ctx.db
          .selectFrom('appSecrets')
          .selectAll()
          .where('appId', '=', app.uuid)
          .execute();
        assert.ok(rows.every((row) => !Object.values(row).includes(body.client_secret)));
      });

      test('the body is optional: no body means no grace period', async () => {
        const app = await createApp(s, devSession);
        const response = await s.app.inject({
          method: 'POST',
          url: `/v0/apps/${app.slug}/secret`,
          headers: bearer(devSession),
        });
        assert.equal(response.statusCode, 201);
        assert.equal(response.json().previous_secret_expiration, null);
      });

      test('grace_seconds above a day is a 400 naming it', async () => {
        const app = await createApp(s, devSession);
        const response = await call('POST', `/v0/apps/${app.slug}/secret`, devSession, {
          grace_seconds: 86401,
        });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /grace_seconds/);
      });
    });

    describe('listing', () => {
      test('list conventions: X-Total-Count, per_page, search and last_seen on every app', async () => {
        for (const name of ['Zeta list', 'Eta list', 'Theta list']) await createApp(s, devSession, { name });
        const response = await call('GET', '/v0/apps?search=list&per_page=2', otherSession);
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['x-total-count'], '3');
        assert.match(String(response.headers.link), /rel="next"/);
        const names = response.json().map((app: { name: string }) => app.name);
        assert.deepEqual(names, ['Eta list', 'Theta list']);
        assert.ok(response.json().every((app: object) => 'last_seen' in app));
        assert.equal((await call('GET', '/v0/apps?sort=colour', otherSession)).statusCode, 400);
      });

      test('last_seen is written by the batched writer after the app calls the API', async () => {
        const app = await createApp(s, devSession, { name: 'Seen' });
        const secret = await createSecret(s, devSession, app.slug);
        const token = await obtainToken(s, app.client_id, secret);
        assert.equal((await call('GET', '/v0/auth/whoami', token)).statusCode, 200);
        const deadline = Date.now() + 3000;
        let lastSeen: string | null = null;
        while (lastSeen === null && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 60));
          lastSeen = (await call('GET', `/v0/apps/${app.slug}`, devSession)).json().last_seen;
        }
        assert.equal(lastSeen, new Date(s.clock.now()).toISOString());
      });
    });

    describe('archiving', () => {
      test('an archived app is hidden from the list, its secret and tokens stop at once, and archiving twice is a conflict', async () => {
        const app = await createApp(s, devSession, { name: 'Short lived' });
        const secret = await createSecret(s, devSession, app.slug);
        const token = await obtainToken(s, app.client_id, secret);
        assert.equal((await call('GET', '/v0/auth/whoami', token)).statusCode, 200);
        const archived = await call('DELETE', `/v0/apps/${app.slug}`, devSession);
        assert.equal(archived.statusCode, 200);
        assert.equal(archived.json().status, 'archived');
        const refused = await call('GET', '/v0/auth/whoami', token);
        assert.equal(refused.statusCode, 401);
        const tokenResponse = await oauthPost(s, {
          grant_type: 'client_credentials',
          client_id: app.client_id,
          client_secret: secret,
        });
        assert.equal(tokenResponse.statusCode, 401);
        assert.equal(tokenResponse.json().error, 'invalid_client');
        assert.equal((await call('DELETE', `/v0/apps/${app.slug}`, devSession)).statusCode, 409);
        assert.equal(
          (await call('PATCH', `/v0/apps/${app.slug}`, devSession, { name: 'Back' })).statusCode,
          409,
        );
        const listed = await call('GET', `/v0/apps?search=${app.client_id}`, devSession);
        assert.equal(listed.headers['x-total-count'], '0');
        const archivedList = await call('GET', `/v0/apps?archived=true&search=${app.client_id}`, devSession);
        assert.equal(archivedList.headers['x-total-count'], '1');
      });
    });

    describe('with an app token', () => {
      test('an app cannot create or change apps, and sees only itself', async () => {
        const app = await createApp(s, devSession, { name: 'Self only' });
        const secret = await createSecret(s, devSession, app.slug);
        const token = await obtainToken(s, app.client_id, secret);
        assert.equal((await call('POST', '/v0/apps', token, { name: 'Child' })).statusCode, 403);
        assert.equal((await call('PATCH', `/v0/apps/${app.slug}`, token, { name: 'Me' })).statusCode, 403);
        const listed = await call('GET', '/v0/apps?per_page=255', token);
        assert.deepEqual(
          listed.json().map((item: { uuid: string }) => item.uuid),
          [app.uuid],
        );
        assert.equal((await call('GET', '/v0/apps/slack-sync', token)).statusCode, 404);
        assert.equal(
          (await call('GET', `/v0/users/${dev.id}`, token)).statusCode,
          404,
          'apps start with no access',
        );
      });
    });

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

      test('activation POSTs app.activated with the credentials to the webhook, signed with HMAC-SHA256', async () => {
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
          const timestamp = String(delivery.headers['x-latchkey-timestamp']);
          assert.equal(
            delivery.headers['x-latchkey-signature'],
            signWebhook(created.webhook_secret, timestamp, delivery.body),
          );
          assert.notEqual(
            delivery.headers['x-latchkey-signature'],
            signWebhook('whsec_wrong', timestamp, delivery.body),
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
