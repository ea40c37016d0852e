// The site key policy (LabKey's site settings): who may create keys and how long they may live.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { assertActor, auditEvents } from '../../test/audit-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

const DAY = 86400;

for (const dialect of DIALECTS) {
  describe(`site key policy (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let adminSession: string;
    let user: UserRow;
    let session: string;

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'site-admin', admin: true });
      user = await s.createUser({ slug: 'rory' });
      adminSession = await s.login(admin.email);
      session = await s.login(user.email);
    });
    after(() => s.close());

    const settings = (secret: string, payload?: object) =>
      s.app.inject({
        method: payload ? 'PATCH' : 'GET',
        url: '/v0/admin/settings',
        headers: bearer(secret),
        payload,
      });
    const createKey = (payload: object) =>
      s.app.inject({ method: 'POST', url: '/v0/users/rory/keys', headers: bearer(session), payload });

    test('defaults: users may create keys and session keys, keys may never expire or be revoked for disuse, no second factor is required', async () => {
      const response = await settings(adminSession);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), {
        allow_user_keys: true,
        key_max_lifetime: 'never',
        allow_session_keys: true,
        key_revoke_unused_after: 'never',
        allow_imported_keys: false,
        imported_keys_until: null,
        require_mfa: 'none',
        step_up_minutes: 15,
      });
    });

    test('only administrators read or change the policy', async () => {
      assert.equal((await settings(session)).statusCode, 403);
      assert.equal((await settings(session, { allow_user_keys: false })).statusCode, 403);
    });

    test('bad values are a 400 naming the setting', async () => {
      for (const payload of [{ key_max_lifetime: '14d' }, { allow_user_keys: 'no' }, { expire: 'never' }]) {
        const response = await settings(adminSession, payload);
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        assert.match(
          response.json().error.message,
          new RegExp(`body\\.${Object.keys(payload)[0]}|${Object.keys(payload)[0]}`),
        );
      }
    });

    test('key_max_lifetime: a ttl at the maximum is accepted, one second over is a 400 naming the maximum, none expires at it', async () => {
      const before = await createKey({ name: 'made before the policy' });
      assert.equal(before.json().expiration, null);
      assert.equal(
        (await settings(adminSession, { key_max_lifetime: '30d' })).json().key_max_lifetime,
        '30d',
      );

      const exact = await createKey({ name: 'exactly 30 days', ttl: 30 * DAY });
      assert.equal(exact.statusCode, 201);
      const over = await createKey({ name: 'one second over', ttl: 30 * DAY + 1 });
      assert.equal(over.statusCode, 400);
      assert.match(over.json().error.message, /body\.ttl: at most 2592000 seconds .*key_max_lifetime is 30d/);
      const none = await createKey({ name: 'no ttl' });
      assert.equal(Date.parse(none.json().expiration) - Date.parse(none.json().creation), 30 * DAY * 1000);

      const kept = await s.app.inject({
        method: 'GET',
        url: `/v0/users/rory/keys/${before.json().uuid}`,
        headers: bearer(session),
      });
      assert.equal(kept.json().expiration, null, 'keys created before the change keep their expiration');
      assert.equal(
        (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(before.json().key) }))
          .statusCode,
        200,
      );
      await settings(adminSession, { key_max_lifetime: 'never' });
    });

    test('allow_user_keys false: creating a key is a 403 naming the setting; existing keys keep working', async () => {
      const existing = (await createKey({ name: 'still works' })).json();
      await settings(adminSession, { allow_user_keys: false });
      const refused = await createKey({ name: 'refused' });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.json().error.message, /allow_user_keys/);
      const adminAttempt = await s.app.inject({
        method: 'POST',
        url: '/v0/users/site-admin/keys',
        headers: bearer(adminSession),
        payload: { name: 'admin too' },
      });
      assert.equal(adminAttempt.statusCode, 403, 'the policy binds administrators too; they can change it');
      assert.equal(
        (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(existing.key) }))
          .statusCode,
        200,
      );
      await settings(adminSession, { allow_user_keys: true });
      assert.equal((await createKey({ name: 'allowed again' })).statusCode, 201);
    });

    test('every change is in the audit log with who made it, how they signed in, and when', async () => {
      const before = (await auditEvents(s, { actions: ['settings.changed'] })).length;
      s.clock.advance(1000);
      await settings(adminSession, { allow_session_keys: false, key_max_lifetime: '7d' });
      await settings(adminSession, { allow_session_keys: false });
      const events = await auditEvents(s, { actions: ['settings.changed'] });
      assert.equal(events.length, before + 1, 'a PATCH that changes nothing is not recorded');
      const latest = events[0];
      assert.ok(latest);
      assert.deepEqual(latest.changes, {
        allow_session_keys: { from: true, to: false },
        key_max_lifetime: { from: 'never', to: '7d' },
      });
      assert.deepEqual(latest.target, { type: 'settings', id: 'site' });
      assertActor(latest, { type: 'user', uuid: admin.id, kind: 'session' });
      assert.equal(latest.time, new Date(s.clock.now()).toISOString());
      await settings(adminSession, { allow_session_keys: true, key_max_lifetime: 'never' });
    });
  });
}
