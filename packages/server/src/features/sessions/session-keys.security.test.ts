// A session key is a key: it creates no credential of any kind, and among its user's API keys it sees
// only itself (none of them), exactly as an API key does.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../test/apps-helpers.ts';
import { auditEvents } from '../../test/audit-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`session keys hold to the rules of keys (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let session: string;

    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ slug: 'root', admin: true });
      const ada = await s.createUser({ slug: 'ada' });
      adminSession = await s.login(admin.email);
      session = await s.login(ada.email);
    });
    after(() => s.close());

    const sessionKeyOf = async (token: string): Promise<{ key: string; uuid: string }> => {
      const created = await s.call('POST', '/v0/auth/session-keys', token);
      assert.equal(created.statusCode, 201, created.body);
      return created.json();
    };

    test('an administrator’s session key creates no client secret, user, webhook, key, session key or identity provider', async () => {
      const app = await createApp(s, adminSession);
      const { key } = await sessionKeyOf(adminSession);
      const attempts = [
        ['POST', `/v0/apps/${app.uuid}/secret`, { grace_seconds: 86400 }],
        ['POST', '/v0/apps/manifest', { name: 'Sneaky', lifecycle: 'manual' }],
        [
          'POST',
          '/v0/users',
          { email: 'mallory@example.com', name: 'Mallory', password: 'a long password here' },
        ],
        ['POST', '/v0/admin/webhooks', { url: 'https://hooks.example.com/in', events: ['key.created'] }],
        ['POST', '/v0/users/root/keys', { name: 'from a session key' }],
        ['POST', '/v0/auth/session-keys', {}],
        ['POST', '/v0/admin/identity-providers', { issuer: 'https://idp.example.com', audience: 'latchkey' }],
      ] as const;
      const before = (await auditEvents(s)).length;
      for (const [method, url, body] of attempts) {
        const response = await s.call(method, url, key, body);
        assert.equal(response.statusCode, 403, `${url}: ${response.body}`);
        assert.match(response.json().error.message, /A session key cannot create credentials/, url);
        assert.ok(!/lk_secret_|whsec_|lk_user_|lk_sess_/.test(response.body), `${url}: no secret`);
      }
      assert.equal((await auditEvents(s)).length, before, 'nothing was created');
      assert.equal((await s.call('GET', '/v0/users/mallory', adminSession)).statusCode, 404);
      assert.deepEqual((await s.call('GET', '/v0/admin/webhooks', adminSession)).json(), []);
      // The same administrator's session creates them.
      const secret = await s.call('POST', `/v0/apps/${app.uuid}/secret`, adminSession, {});
      assert.equal(secret.statusCode, 201, secret.body);
    });

    test('a user’s session key lists none of the user’s keys and cannot view, rename, reroll or revoke one', async () => {
      const keys = [
        await s.createKey(session, 'ada', { name: 'deploy' }),
        await s.createKey(session, 'ada', { name: 'backup' }),
      ];
      const sessionKey = await sessionKeyOf(session);
      const listed = await s.call('GET', '/v0/users/ada/keys', sessionKey.key);
      assert.equal(listed.statusCode, 200, listed.body);
      assert.deepEqual(listed.json(), []);
      assert.equal(listed.headers['x-total-count'], '0');
      for (const { uuid } of keys) {
        for (const [method, url, body] of [
          ['GET', `/v0/users/ada/keys/${uuid}`, undefined],
          ['PATCH', `/v0/users/ada/keys/${uuid}`, { name: 'hijacked' }],
          ['POST', `/v0/users/ada/keys/${uuid}/reroll`, {}],
          ['DELETE', `/v0/users/ada/keys/${uuid}`, undefined],
        ] as const) {
          const response = await s.call(method, url, sessionKey.key, body);
          assert.equal(response.statusCode, 403, `${method} ${url}: ${response.body}`);
          assert.match(
            response.json().error.message,
            /only view, rename or revoke itself|cannot create credentials/,
          );
        }
      }
      // Its own id names no API key either.
      const itself = await s.call('DELETE', `/v0/users/ada/keys/${sessionKey.uuid}`, sessionKey.key);
      assert.equal(itself.statusCode, 404, itself.body);
      const mine = (await s.call('GET', '/v0/users/ada/keys', session)).json();
      assert.deepEqual(
        mine.map((key: { name: string; revoked: string | null }) => [key.name, key.revoked]),
        [
          ['backup', null],
          ['deploy', null],
        ],
      );
    });
  });
}
