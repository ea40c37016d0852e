// Apps: the developer capability, creation from scratch and from manifests, secrets, configuration, activation, archiving.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp, createSecret, oauthPost, obtainToken } from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

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

    const call: TestServer['call'] = (...args) => s.call(...args);

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
  });
}
