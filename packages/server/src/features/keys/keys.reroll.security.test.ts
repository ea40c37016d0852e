// Rerolling as a thief would: a restricted key cannot replace itself, a line of rerolls never outlives the
// site's maximum lifetime, and ending the old secret during its grace ends the key that replaced it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

const DAY = 86400_000;

for (const dialect of DIALECTS) {
  describe(`key reroll, attacked (${dialect})`, () => {
    let s: TestServer;
    let session: string;
    let adminSession: string;
    const emails = { admin: '', ada: '' };
    /** Moves the clock on, and signs in again: sessions end too. */
    const advance = async (ms: number) => {
      s.clock.advance(ms);
      adminSession = await s.login(emails.admin);
      session = await s.login(emails.ada);
    };

    before(async () => {
      s = await startTestServer(dialect);
      emails.admin = (await s.createUser({ slug: 'root', admin: true })).email;
      emails.ada = (await s.createUser({ slug: 'ada' })).email;
      await advance(0);
      const project = await s.call('POST', '/v0/projects', session, { name: 'launch', slug: 'launch' });
      assert.equal(project.statusCode, 201, project.body);
    });
    after(() => s.close());

    const use = (secret: string) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(secret) });
    const reroll = (secret: string, user: string, key: string, body: object = { grace_seconds: 600 }) =>
      s.call('POST', `/v0/users/${user}/keys/${key}/reroll`, secret, body);
    const maxLifetime = async (value: string) => {
      const set = await s.call('PATCH', '/v0/admin/settings', adminSession, { key_max_lifetime: value });
      assert.equal(set.statusCode, 200, set.body);
    };
    const keysNamed = async (user: string, name: string) =>
      (await s.call('GET', `/v0/users/${user}/keys?name=${encodeURIComponent(name)}`, session)).json();

    test('a read-only key, a project-limited key and an administrator’s read-only key cannot reroll themselves', async () => {
      const cases = [
        { user: 'ada', owner: session, scopes: { read_only: true } },
        { user: 'ada', owner: session, scopes: { projects: ['launch'] } },
        { user: 'root', owner: adminSession, scopes: { read_only: true } },
      ];
      for (const { user, owner, scopes } of cases) {
        const name = `restricted ${JSON.stringify(scopes)}`;
        const key = await s.createKey(owner, user, { name, ttl: 3600, scopes });
        const refused = await reroll(key.key, user, key.uuid);
        assert.equal(refused.statusCode, 403, `${name}: ${refused.body}`);
        assert.match(refused.json().error.message, /restricted API key \(scopes\) cannot reroll itself/);
        assert.ok(!refused.body.includes('lk_user_'), 'no new secret');
        // Nothing changed: the key works with its old expiry and no second key of its name exists.
        assert.equal((await use(key.key)).statusCode, 200);
        const listed = await s.call('GET', `/v0/users/${user}/keys?name=${encodeURIComponent(name)}`, owner);
        assert.equal(listed.json().length, 1, name);
        assert.equal(Date.parse(listed.json()[0].expiration), s.clock.now() + 3600_000);
      }
    });

    test('an unrestricted key rerolling itself never outlives the maximum lifetime counted from its first creation', async () => {
      await maxLifetime('30d');
      try {
        const created = s.clock.now();
        const first = await s.createKey(session, 'ada', { name: 'line' });
        await advance(20 * DAY);
        const second = await reroll(first.key, 'ada', first.uuid);
        assert.equal(second.statusCode, 201, second.body);
        assert.equal(Date.parse(second.json().expiration), created + 30 * DAY, 'not now + 30 days');
        await advance(5 * DAY);
        const third = await reroll(second.json().key, 'ada', second.json().uuid, {});
        assert.equal(third.statusCode, 201, third.body);
        assert.equal(Date.parse(third.json().expiration), created + 30 * DAY, 'carried across rerolls');
        await advance(5 * DAY);
        assert.equal((await use(third.json().key)).json().error.code, 'credential_expired');
      } finally {
        await maxLifetime('never');
      }
    });

    test('a line that began before the maximum lifetime was set cannot be extended by a reroll, even from a session', async () => {
      const old = await s.createKey(session, 'ada', { name: 'forever' });
      await advance(40 * DAY);
      await maxLifetime('30d');
      try {
        const refused = await reroll(session, 'ada', old.uuid);
        assert.equal(refused.statusCode, 409, refused.body);
        assert.match(refused.json().error.message, /key_max_lifetime \(30d\) ended it .*Create a new key/);
        assert.equal((await use(old.key)).statusCode, 200, 'the key itself is untouched');
      } finally {
        await maxLifetime('never');
      }
    });

    test('revoking the old key during its grace revokes the key that replaced it; after the grace, it does not', async () => {
      for (const revoker of ['itself', 'owner'] as const) {
        const old = await s.createKey(session, 'ada', { name: `stolen, revoked by ${revoker}` });
        const thief = await reroll(old.key, 'ada', old.uuid);
        assert.equal(thief.statusCode, 201, thief.body);
        assert.equal((await use(thief.json().key)).statusCode, 200);
        const secret = revoker === 'itself' ? old.key : session;
        const revoked = await s.call('DELETE', `/v0/users/ada/keys/${old.uuid}`, secret);
        assert.equal(revoked.statusCode, 200, revoked.body);
        assert.equal((await use(thief.json().key)).json().error.code, 'credential_revoked', revoker);
        const audit = await s.call('GET', `/v0/audit?target=key:${thief.json().uuid}`, session);
        const event = audit.json().find((e: { action: string }) => e.action === 'key.revoked');
        assert.equal(event?.changes.rerolled_from, old.uuid);
      }
      const old = await s.createKey(session, 'ada', { name: 'rotated properly' });
      const next = (await reroll(session, 'ada', old.uuid, { grace_seconds: 60 })).json();
      s.clock.advance(61_000);
      assert.equal((await s.call('DELETE', `/v0/users/ada/keys/${old.uuid}`, session)).statusCode, 200);
      assert.equal(
        (await use(next.key)).statusCode,
        200,
        'a retired secret no longer speaks for the new key',
      );
    });

    test('self-revocation of the old secret during its grace revokes the key that replaced it', async () => {
      const old = await s.createKey(session, 'ada', { name: 'self-revoked' });
      const next = (await reroll(old.key, 'ada', old.uuid)).json();
      const revoked = await s.app.inject({
        method: 'POST',
        url: '/v0/credentials/revoke',
        payload: { credentials: [old.key] },
      });
      assert.equal(revoked.statusCode, 202, revoked.body);
      assert.equal((await use(old.key)).json().error.code, 'credential_revoked');
      assert.equal((await use(next.key)).json().error.code, 'credential_revoked');
      assert.deepEqual(
        (await keysNamed('ada', 'self-revoked')).map((key: { revoked: string | null }) => key.revoked),
        [],
        'neither is among the live keys',
      );
    });

    test('a key is rerolled once: a second reroll of the old key during its grace is a 409', async () => {
      const old = await s.createKey(session, 'ada', { name: 'forked' });
      const next = (await reroll(old.key, 'ada', old.uuid)).json();
      for (const secret of [old.key, session]) {
        const again = await reroll(secret, 'ada', old.uuid);
        assert.equal(again.statusCode, 409, again.body);
        assert.match(
          again.json().error.message,
          new RegExp(`already rerolled; its replacement is ${next.uuid}`),
        );
      }
    });
  });
}
