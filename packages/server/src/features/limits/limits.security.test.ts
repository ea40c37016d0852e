// The attacker's side of usage limits: a key cannot raise or remove its own limit, a read-only key cannot
// change one, another user cannot touch it, and an exhausted key is refused everywhere, verify included.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp, createSecret, obtainToken } from '../../test/apps-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`usage limits under attack (${dialect})`, () => {
    let s: TestServer;
    let admin: string;
    let owner: string;
    let user: { slug: string };
    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.login((await s.createUser({ admin: true })).email);
      const u = await s.createUser();
      user = u;
      owner = await s.login(u.email);
    });
    after(() => s.close());

    test('a limited key cannot raise, remove or even restate its own limit', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'greedy', limits: { remaining: 10 } });
      const url = `/v0/users/${user.slug}/keys/${key.uuid}`;
      for (const limits of [{ remaining: 1_000_000 }, null, { remaining: 1 }]) {
        const response = await s.call('PATCH', url, key.key, { limits });
        assert.equal(response.statusCode, 403, JSON.stringify(limits));
        assert.match(response.json().error.message, /only a signed-in session may change a usage limit/);
      }
      const shown = await s.call('GET', url, owner);
      // Unchanged but for the three requests themselves: the pipeline let them through to the route, which
      // refused them, so each spent a use like any request that reaches the API.
      assert.deepEqual(shown.json().limits, { remaining: 7, refill: null, next_refill: null });
    });

    test('an administrator’s key cannot change limits either: only a session may', async () => {
      const adminUser = await s.call('GET', '/v0/auth/whoami', admin);
      const adminKey = await s.createKey(admin, adminUser.json().principal.slug, { name: 'admin key' });
      const key = await s.createKey(owner, user.slug, { name: 'target', limits: { remaining: 1 } });
      const response = await s.call('PATCH', `/v0/users/${user.slug}/keys/${key.uuid}`, adminKey.key, {
        limits: null,
      });
      assert.equal(response.statusCode, 403);
    });

    test('a read-only key cannot update limits', async () => {
      const key = await s.createKey(owner, user.slug, {
        name: 'read only',
        scopes: { read_only: true },
        limits: { remaining: 3 },
      });
      const response = await s.call('PATCH', `/v0/users/${user.slug}/keys/${key.uuid}`, key.key, {
        limits: { remaining: 100 },
      });
      assert.equal(response.statusCode, 403);
      assert.match(response.json().error.message, /read-only/);
    });

    test('another user cannot see or change a key’s limit', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'mine', limits: { remaining: 3 } });
      const other = await s.login((await s.createUser()).email);
      const response = await s.call('PATCH', `/v0/users/${user.slug}/keys/${key.uuid}`, other, {
        limits: null,
      });
      assert.ok(response.statusCode === 403 || response.statusCode === 404, String(response.statusCode));
      const shown = await s.call('GET', `/v0/users/${user.slug}/keys/${key.uuid}`, owner);
      assert.equal(shown.json().limits.remaining, 3);
    });

    test('an exhausted key is refused at verify, on every method, and a revoked one is still 401', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'spent', limits: { remaining: 0 } });
      for (const method of ['GET', 'POST', 'DELETE'] as const) {
        const response = await s.call(method, '/v0/auth/verify', key.key);
        assert.equal(response.statusCode, 429);
        assert.equal(response.json().error.code, 'usage_exhausted');
        assert.equal(response.headers['x-latchkey-principal'], undefined);
      }
      await s.call('DELETE', `/v0/users/${user.slug}/keys/${key.uuid}`, owner);
      assert.equal((await s.call('GET', '/v0/auth/verify', key.key)).statusCode, 401);
    });

    test('a forged or unknown key spends nobody’s uses', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'victim', limits: { remaining: 1 } });
      const forged = `${key.key.slice(0, -7)}AAAAAAA`;
      assert.equal((await s.call('GET', '/v0/auth/whoami', forged)).statusCode >= 400, true);
      assert.equal((await s.call('GET', '/v0/auth/whoami', key.key)).statusCode, 200);
    });

    test('an app token cannot change its app’s limit; an administrator’s session may', async () => {
      const app = await createApp(s, admin, { limits: { remaining: 5 } });
      const secret = await createSecret(s, admin, app.uuid);
      const token = await obtainToken(s, app.client_id, secret);
      const byToken = await s.call('PATCH', `/v0/apps/${app.uuid}`, token, { limits: null });
      assert.equal(byToken.statusCode, 403);
      const byAdmin = await s.call('PATCH', `/v0/apps/${app.uuid}`, admin, { limits: { remaining: 50 } });
      assert.equal(byAdmin.statusCode, 200, byAdmin.body);
    });
  });
}
