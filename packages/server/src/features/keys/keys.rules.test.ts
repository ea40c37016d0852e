// What a key may do to other keys, revocation, and who may reach a user's keys (Bencher's rules).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`user API key rules (${dialect})`, () => {
    let s: TestServer;
    let alice: UserRow;
    let bob: UserRow;
    let admin: UserRow;
    let aliceSession: string;
    let bobSession: string;
    let adminSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      alice = await s.createUser({ slug: 'alice', email: 'alice@example.com' });
      bob = await s.createUser({ slug: 'bob' });
      admin = await s.createUser({ slug: 'root', admin: true });
      aliceSession = await s.login(alice.email);
      bobSession = await s.login(bob.email);
      adminSession = await s.login(admin.email);
    });
    after(() => s.close());

    const call: TestServer['call'] = (...args) => s.call(...args);

    describe('what a key may do', () => {
      test('a key cannot create a key: 403 that says why', async () => {
        const { key } = await s.createKey(aliceSession, 'alice', { name: 'no children' });
        const response = await call('POST', '/v0/users/alice/keys', key, { name: 'child' });
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().error.code, 'forbidden');
        assert.match(response.json().error.message, /outlive its revocation/);
      });

      test('a key lists only itself, with X-Total-Count 1', async () => {
        const { key, uuid } = await s.createKey(aliceSession, 'alice', { name: 'lonely' });
        const response = await call('GET', '/v0/users/alice/keys?per_page=255', key);
        assert.equal(response.headers['x-total-count'], '1');
        assert.deepEqual(
          response.json().map((k: { uuid: string }) => k.uuid),
          [uuid],
        );
      });

      test('a key may view and rename itself but not its siblings', async () => {
        const self = await s.createKey(aliceSession, 'alice', { name: 'self' });
        const sibling = await s.createKey(aliceSession, 'alice', { name: 'sibling' });
        assert.equal((await call('GET', `/v0/users/alice/keys/${self.uuid}`, self.key)).statusCode, 200);
        const renamed = await call('PATCH', `/v0/users/alice/keys/${self.uuid}`, self.key, {
          name: 'renamed self',
        });
        assert.equal(renamed.statusCode, 200);
        assert.equal(renamed.json().name, 'renamed self');
        for (const [method, payload] of [['GET'], ['PATCH', { name: 'x' }], ['DELETE']] as const) {
          const response = await call(method, `/v0/users/alice/keys/${sibling.uuid}`, self.key, payload);
          assert.equal(response.statusCode, 403, method);
          assert.match(response.json().error.message, /only view, rename or revoke itself/);
        }
        assert.equal(
          (await call('GET', `/v0/users/alice/keys/${sibling.uuid}`, aliceSession)).json().revoked,
          null,
        );
      });

      test('a key can always revoke itself, and is refused from then on', async () => {
        const self = await s.createKey(aliceSession, 'alice', { name: 'self destruct' });
        const revoked = await call('DELETE', `/v0/users/alice/keys/${self.uuid}`, self.key);
        assert.equal(revoked.statusCode, 200);
        assert.notEqual(revoked.json().revoked, null);
        const after = await call('GET', '/v0/auth/whoami', self.key);
        assert.equal(after.statusCode, 401);
        assert.equal(after.json().error.code, 'credential_revoked');
      });
    });

    describe('revocation', () => {
      test('revoking is terminal: a warm-cache key is refused at once, and a second revoke is 409', async () => {
        const { key, uuid } = await s.createKey(aliceSession, 'alice', { name: 'to revoke' });
        assert.equal((await call('GET', '/v0/auth/whoami', key)).statusCode, 200, 'warms the cache');
        assert.equal((await call('DELETE', `/v0/users/alice/keys/${uuid}`, aliceSession)).statusCode, 200);
        const refused = await call('GET', '/v0/auth/whoami', key);
        assert.equal(refused.statusCode, 401);
        assert.equal(refused.json().error.code, 'credential_revoked');
        assert.match(String(refused.headers['www-authenticate']), /Bearer realm="latchkey"/);
        const again = await call('DELETE', `/v0/users/alice/keys/${uuid}`, aliceSession);
        assert.equal(again.statusCode, 409);
        assert.equal(again.json().error.code, 'conflict');
        s.clock.advance(3600_000);
        assert.equal((await call('GET', '/v0/auth/whoami', key)).json().error.code, 'credential_revoked');
      });
    });

    describe('who may use these endpoints', () => {
      test("another user gets 404 for a user's keys, by any route", async () => {
        const { uuid } = await s.createKey(aliceSession, 'alice', { name: 'private' });
        const { key: bobKey } = await s.createKey(bobSession, 'bob', { name: 'bob key' });
        for (const secret of [bobSession, bobKey]) {
          for (const [method, url, payload] of [
            ['GET', '/v0/users/alice/keys'],
            ['POST', '/v0/users/alice/keys', { name: 'intruder' }],
            ['GET', `/v0/users/alice/keys/${uuid}`],
            ['PATCH', `/v0/users/alice/keys/${uuid}`, { name: 'owned' }],
            ['DELETE', `/v0/users/alice/keys/${uuid}`],
          ] as const) {
            const response = await call(method, url, secret, payload);
            // A key may create no key for anyone: refused before any lookup, so nothing is told either.
            const refused = secret === bobKey && method === 'POST';
            assert.equal(response.statusCode, refused ? 403 : 404, `${method} ${url}`);
            assert.equal(response.json().error.code, refused ? 'forbidden' : 'not_found');
          }
        }
        assert.equal(
          (await call('GET', `/v0/users/alice/keys/${uuid}`, aliceSession)).json().name,
          'private',
        );
      });

      test("a key id of another user's key under one's own path is 404", async () => {
        const { uuid } = await s.createKey(aliceSession, 'alice', { name: 'not bobs' });
        assert.equal((await call('GET', `/v0/users/bob/keys/${uuid}`, bobSession)).statusCode, 404);
        assert.equal((await call('DELETE', `/v0/users/bob/keys/${uuid}`, bobSession)).statusCode, 404);
      });

      test("an administrator lists, views, creates and revokes another user's keys", async () => {
        const { uuid } = await s.createKey(aliceSession, 'alice', { name: 'admin sees' });
        const listed = await call('GET', '/v0/users/alice/keys?name=admin%20sees', adminSession);
        assert.equal(listed.statusCode, 200);
        assert.equal(listed.json()[0].uuid, uuid);
        const created = await call('POST', '/v0/users/alice/keys', adminSession, { name: 'made by admin' });
        assert.equal(created.statusCode, 201);
        assert.equal(created.json().user, alice.id);
        assert.equal((await call('DELETE', `/v0/users/alice/keys/${uuid}`, adminSession)).statusCode, 200);
      });

      test('without a credential every key route is 401 with a challenge', async () => {
        const response = await s.app.inject({ method: 'GET', url: '/v0/users/alice/keys' });
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'authentication_required');
        assert.match(String(response.headers['www-authenticate']), /Bearer/);
      });
    });
  });
}
