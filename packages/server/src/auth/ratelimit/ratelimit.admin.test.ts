// Administrators set a user's or app's own rate limit; it takes effect at once and null restores the default.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp, createSecret, obtainToken } from '../../test/apps-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

const DEFAULT = { per_second: 10, burst: 1000, default: true };

for (const dialect of DIALECTS) {
  describe(`rate-limit overrides (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let user: UserRow;
    let userKey: string;
    let userSession: string;

    before(async () => {
      s = await startTestServer(dialect, {
        env: { LATCHKEY_RATE_LIMIT_PER_SECOND: '10', LATCHKEY_RATE_LIMIT_BURST: '1000' },
      });
      const admin = await s.createUser({ admin: true });
      adminSession = await s.login(admin.email);
      user = await s.createUser();
      userSession = await s.login(user.email);
      userKey = (await s.createKey(userSession, user.id)).key;
    });
    after(() => s.close());

    const limitOf = async (secret: string) =>
      (await s.call('GET', '/v0/auth/whoami', secret)).headers['ratelimit-limit'];

    test("a user's override takes effect at once (the cached principal is dropped); null restores the default", async () => {
      assert.equal(await limitOf(userKey), '1000', 'cached with the default');
      const set = await s.call('PATCH', `/v0/users/${user.id}`, adminSession, {
        rate_limit: { per_second: 5, burst: 7 },
      });
      assert.equal(set.statusCode, 200);
      assert.deepEqual(set.json().rate_limit, { per_second: 5, burst: 7, default: false });
      assert.equal(await limitOf(userKey), '7');
      assert.equal(await limitOf(userSession), '7');
      const viewed = await s.call('GET', `/v0/users/${user.id}`, adminSession);
      assert.deepEqual(viewed.json().rate_limit, { per_second: 5, burst: 7, default: false });

      const reset = await s.call('PATCH', `/v0/users/${user.id}`, adminSession, { rate_limit: null });
      assert.deepEqual(reset.json().rate_limit, DEFAULT);
      assert.equal(await limitOf(userKey), '1000');
    });

    test('only administrators see rate_limit in the user JSON', async () => {
      const own = await s.call('GET', `/v0/users/${user.id}`, userSession);
      assert.equal(own.statusCode, 200);
      assert.equal('rate_limit' in own.json(), false);
      const listed = await s.call('GET', '/v0/users', adminSession);
      assert.ok(listed.json().every((row: { rate_limit: unknown }) => row.rate_limit !== undefined));
    });

    test('a user who is not an administrator cannot set a rate limit, not even their own: 403 naming the rule', async () => {
      const response = await s.call('PATCH', `/v0/users/${user.id}`, userSession, {
        rate_limit: { per_second: 1000, burst: 1000 },
      });
      assert.equal(response.statusCode, 403);
      assert.match(response.json().error.message, /Only an administrator can set a user’s rate limit/);
      const cleared = await s.call('PATCH', `/v0/users/${user.id}`, userSession, { rate_limit: null });
      assert.equal(cleared.statusCode, 403);
    });

    test('bad values are 400 naming the field', async () => {
      // One clause each: not the union's other branch ("must be null") nor "must match a schema in anyOf".
      const cases: [unknown, string][] = [
        [{ per_second: 1, burst: 0 }, 'body.rate_limit.burst: must be >= 1'],
        [{ per_second: 1.5, burst: 3 }, 'body.rate_limit.per_second: must be integer'],
        [{ per_second: 1 }, 'body.rate_limit: must have required properties burst'],
        [{ per_second: 1, burst: 2, window: 3 }, 'body.rate_limit: unknown field "window" is not allowed'],
        ['fast', 'body.rate_limit: must be object or null'],
      ];
      for (const [value, message] of cases) {
        const response = await s.call('PATCH', `/v0/users/${user.id}`, adminSession, { rate_limit: value });
        assert.equal(response.statusCode, 400, JSON.stringify(value));
        assert.equal(response.json().error.code, 'validation_failed');
        assert.equal(response.json().error.message, message);
      }
    });

    test("an app's override takes effect at once for its tokens; a developer cannot set it; null restores the default", async () => {
      const dev = await s.createUser();
      await s.call('PATCH', `/v0/users/${dev.id}`, adminSession, { developer: true });
      const devSession = await s.login(dev.email);
      const app = await createApp(s, devSession);
      const token = await obtainToken(s, app.client_id, await createSecret(s, devSession, app.uuid));
      assert.equal(await limitOf(token), '1000');

      const refused = await s.call('PATCH', `/v0/apps/${app.uuid}`, devSession, {
        rate_limit: { per_second: 1, burst: 1 },
      });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.json().error.message, /Only an administrator can set an app’s rate limit/);
      const devView = await s.call('GET', `/v0/apps/${app.uuid}`, devSession);
      assert.equal('rate_limit' in devView.json(), false);

      const set = await s.call('PATCH', `/v0/apps/${app.uuid}`, adminSession, {
        rate_limit: { per_second: 2, burst: 9 },
      });
      assert.equal(set.statusCode, 200);
      assert.deepEqual(set.json().rate_limit, { per_second: 2, burst: 9, default: false });
      assert.equal(await limitOf(token), '9');
      const adminView = await s.call('GET', `/v0/apps/${app.uuid}`, adminSession);
      assert.deepEqual(adminView.json().rate_limit, { per_second: 2, burst: 9, default: false });

      const bad = await s.call('PATCH', `/v0/apps/${app.uuid}`, adminSession, {
        rate_limit: { per_second: 0, burst: 9 },
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /body\.rate_limit\.per_second/);

      const reset = await s.call('PATCH', `/v0/apps/${app.uuid}`, adminSession, { rate_limit: null });
      assert.deepEqual(reset.json().rate_limit, DEFAULT);
      assert.equal(await limitOf(token), '1000');
    });
  });
}
