// Rerolling a key: the same name, restrictions and lifetime under a new secret; the old one ends now or after a grace window.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`key reroll (${dialect})`, () => {
    let s: TestServer;
    let session: string;
    let otherSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      const ada = await s.createUser({ slug: 'ada' });
      const bob = await s.createUser({ slug: 'bob' });
      session = await s.login(ada.email);
      otherSession = await s.login(bob.email);
    });
    after(() => s.close());

    const use = (secret: string) =>
      s.app.inject({ method: 'GET', url: '/v0/users/ada', headers: bearer(secret) });
    const reroll = (secret: string, key: string, body?: object) =>
      s.call('POST', `/v0/users/ada/keys/${key}/reroll`, secret, body);

    test('without grace: a new key with the same name, restrictions and lifetime; the old one is revoked at once', async () => {
      const old = await s.createKey(session, 'ada', {
        name: 'deploy',
        ttl: 86400,
        scopes: { read_only: true },
      });
      assert.equal((await use(old.key)).statusCode, 200);
      s.clock.advance(3600_000);
      const response = await reroll(session, old.uuid);
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.json();
      assert.match(body.key, /^lk_user_/);
      assert.notEqual(body.uuid, old.uuid);
      assert.equal(body.name, 'deploy');
      assert.deepEqual(body.scopes, {
        read_only: true,
        projects: null,
        permissions: null,
        allowed_ips: null,
      });
      assert.equal(Date.parse(body.expiration) - Date.parse(body.creation), 86400_000, 'the same lifetime');
      assert.equal(body.previous.uuid, old.uuid);
      assert.notEqual(body.previous.revoked, null);
      assert.equal((await use(old.key)).json().error.code, 'credential_revoked');
      assert.equal((await use(body.key)).statusCode, 200);
      const audit = await s.call('GET', `/v0/audit?target=key:${old.uuid}`, session);
      assert.equal(audit.statusCode, 200);
      const rerolled = audit.json().find((e: { action: string }) => e.action === 'key.rerolled');
      assert.equal(rerolled?.changes.new_key, body.uuid);
      assert.ok(!audit.body.includes(body.key), 'never the new key in the record');
    });

    test('with grace: the old key works until the window ends, then is refused as expired', async () => {
      const old = await s.createKey(session, 'ada', { name: 'graceful' });
      const response = await reroll(session, old.uuid, { grace_seconds: 60 });
      assert.equal(response.statusCode, 201);
      const body = response.json();
      assert.equal(body.expiration, null, 'a key that never expired still never expires');
      assert.equal(Date.parse(body.previous.expiration), s.clock.now() + 60_000);
      assert.equal((await use(old.key)).statusCode, 200, 'inside the grace window');
      s.clock.advance(61_000);
      assert.equal((await use(old.key)).json().error.code, 'credential_expired');
      assert.equal((await use(body.key)).statusCode, 200);
    });

    test('an unrestricted key may reroll itself, but no other key; other users see nothing', async () => {
      const mine = await s.createKey(session, 'ada', { name: 'self' });
      const sibling = await s.createKey(session, 'ada', { name: 'sibling' });
      const refused = await reroll(mine.key, sibling.uuid);
      assert.equal(refused.statusCode, 403);
      assert.match(refused.json().error.message, /API key cannot create credentials/);
      const itself = await reroll(mine.key, mine.uuid, {});
      assert.equal(itself.statusCode, 201, itself.body);
      assert.equal(itself.json().scopes, null);
      assert.equal((await use(mine.key)).statusCode, 401);
      assert.equal((await reroll(otherSession, sibling.uuid)).statusCode, 404);
    });

    test('a revoked key cannot be rerolled (409); a bad grace is a 400', async () => {
      const key = await s.createKey(session, 'ada', { name: 'gone' });
      assert.equal((await reroll(session, key.uuid, { grace_seconds: -1 })).statusCode, 400);
      assert.equal((await reroll(session, key.uuid, { grace_seconds: 8 * 86400 })).statusCode, 400);
      assert.equal((await s.call('DELETE', `/v0/users/ada/keys/${key.uuid}`, session)).statusCode, 200);
      assert.equal((await reroll(session, key.uuid)).statusCode, 409);
      assert.equal((await reroll(session, 'not-a-uuid')).statusCode, 404);
    });
  });
}
