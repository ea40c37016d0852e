// The attacker's view of offboarding: who may read it and transfer, and what a transferred key can no longer do.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp } from '../../test/apps-helpers.ts';
import { bearer, startTestServer, type TestServer } from '../../test/harness.ts';

describe('offboarding, attacked', () => {
  let s: TestServer;
  let adminSession: string;
  let mallory: UserRow;
  let mallorySession: string;
  let appSlug: string;

  before(async () => {
    s = await startTestServer('sqlite');
    const admin = await s.createUser({ slug: 'root', admin: true });
    adminSession = await s.login(admin.email);
    mallory = await s.createUser({ slug: 'mallory' });
    mallorySession = await s.login(mallory.email);
    await s.call('PATCH', '/v0/users/mallory', adminSession, { developer: true });
    // Mallory's own app: she manages it, but may still not move keys into it.
    appSlug = (await createApp(s, mallorySession, { name: 'Mallory sink' })).slug;
  });
  after(() => s.close());

  const whoami = (secret: string) =>
    s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(secret) });

  test('a non-administrator can neither read offboarding nor transfer, even her own key', async () => {
    const victim = await s.createUser({ slug: 'victim' });
    const victimKey = await s.createKey(await s.login(victim.email), 'victim', { name: 'ci' });
    const own = await s.createKey(mallorySession, 'mallory', { name: 'mine' });
    for (const secret of [mallorySession, own.key]) {
      assert.equal((await s.call('GET', '/v0/users/victim/offboarding', secret)).statusCode, 403);
      assert.equal((await s.call('GET', '/v0/users/mallory/offboarding', secret)).statusCode, 403);
      const stolen = await s.call('POST', `/v0/users/victim/keys/${victimKey.uuid}/transfer`, secret, {
        app: appSlug,
      });
      assert.equal(stolen.statusCode, 403);
      const mine = await s.call('POST', `/v0/users/mallory/keys/${own.uuid}/transfer`, secret, {
        app: appSlug,
      });
      assert.equal(mine.statusCode, 403);
      assert.equal((await s.call('GET', `/v0/apps/${appSlug}/keys`, secret)).statusCode, 403);
    }
    // Both keys still belong to their users.
    assert.equal((await whoami(victimKey.key)).json().principal.uuid, victim.id);
  });

  test('a transferred key cannot act as its old user', async () => {
    const leaver = await s.createUser({ slug: 'leaver' });
    const key = await s.createKey(await s.login(leaver.email), 'leaver', { name: 'deploy' });
    const done = await s.call('POST', `/v0/users/leaver/keys/${key.uuid}/transfer`, adminSession, {
      app: appSlug,
    });
    assert.equal(done.statusCode, 200);
    assert.equal((await whoami(key.key)).json().principal.type, 'app');
    // The old user's keys, profile and key creation are out of its reach.
    assert.equal((await s.call('GET', '/v0/users/leaver/keys', key.key)).statusCode, 404);
    assert.equal((await s.call('GET', `/v0/users/leaver/keys/${key.uuid}`, key.key)).statusCode, 404);
    const created = await s.call('POST', '/v0/users/leaver/keys', key.key, { name: 'more' });
    assert.ok(created.statusCode === 403 || created.statusCode === 404, `got ${created.statusCode}`);
    const patched = await s.call('PATCH', '/v0/users/leaver', key.key, { name: 'owned' });
    assert.ok(patched.statusCode === 403 || patched.statusCode === 404, `got ${patched.statusCode}`);
    // Transferred once: it is no longer among the user's keys to transfer again.
    const again = await s.call('POST', `/v0/users/leaver/keys/${key.uuid}/transfer`, adminSession, {
      app: appSlug,
    });
    assert.equal(again.statusCode, 404);
  });

  test('a revoked key cannot be transferred', async () => {
    const leaver = await s.createUser({ slug: 'revoked-leaver' });
    const session = await s.login(leaver.email);
    const key = await s.createKey(session, 'revoked-leaver', { name: 'old' });
    assert.equal(
      (await s.call('DELETE', `/v0/users/revoked-leaver/keys/${key.uuid}`, session)).statusCode,
      200,
    );
    const refused = await s.call('POST', `/v0/users/revoked-leaver/keys/${key.uuid}/transfer`, adminSession, {
      app: appSlug,
    });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /revoked/);
    assert.equal((await whoami(key.key)).statusCode, 401);
  });

  test("a suspended user's transferred key still works; the one not transferred does not", async () => {
    const leaver = await s.createUser({ slug: 'suspended-leaver' });
    const session = await s.login(leaver.email);
    const moved = await s.createKey(session, 'suspended-leaver', { name: 'moved' });
    const stays = await s.createKey(session, 'suspended-leaver', { name: 'stays' });
    await s.call('POST', `/v0/users/suspended-leaver/keys/${moved.uuid}/transfer`, adminSession, {
      app: appSlug,
    });
    // Warm both in the credential cache first: the suspension must reach the cached one.
    assert.equal((await whoami(stays.key)).statusCode, 200);
    assert.equal((await whoami(moved.key)).statusCode, 200);
    await s.call('PATCH', '/v0/users/suspended-leaver', adminSession, { suspended: true });
    const refused = await whoami(stays.key);
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().error.code, 'user_suspended');
    assert.equal((await whoami(moved.key)).statusCode, 200);
  });
});
