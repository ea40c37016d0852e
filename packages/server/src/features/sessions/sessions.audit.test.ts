// Sign-in, failed sign-in, sign-out and session keys in the audit log, with where each came from.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { assertActor, lastEvent } from '../../test/audit-helpers.ts';
import { bearer, DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`sessions in the audit log (${dialect})`, () => {
    let s: TestServer;
    let user: UserRow;

    before(async () => {
      s = await startTestServer(dialect);
      user = await s.createUser({ slug: 'sian' });
    });
    after(() => s.close());

    const login = (email: string, password: string, requestId: string) =>
      s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        headers: { 'user-agent': 'audit-test/1.0', 'x-request-id': requestId },
        payload: { email, password },
      });

    test('a sign-in is recorded as made by the user, with the new session, address, agent and request id', async () => {
      const response = await login(user.email, TEST_PASSWORD, 'req-sign-in-1');
      assert.equal(response.statusCode, 200);
      const event = await lastEvent(s, 'session.signed_in');
      const jti = JSON.parse(Buffer.from(response.json().token.split('.')[1], 'base64url').toString()).jti;
      assertActor(event, { type: 'user', uuid: user.id, kind: 'session' });
      assert.equal(event.actor.credential?.id, jti, "the credential is the session (the token's jti)");
      assert.equal(event.actor.label, user.email);
      assert.deepEqual(event.target, { type: 'user', id: user.id });
      assert.equal(event.changes.session, jti);
      assert.deepEqual(event.client, { address: '127.0.0.1', user_agent: 'audit-test/1.0' });
      assert.equal(event.request_id, 'req-sign-in-1');
      assert.ok(!JSON.stringify(event).includes(response.json().token));
    });

    test('failed sign-ins are recorded with why, never with the password tried', async () => {
      await login(user.email, 'not the password', 'req-wrong');
      const wrong = await lastEvent(s, 'session.sign_in_failed');
      assertActor(wrong, { type: 'anonymous', uuid: null, kind: null });
      assert.deepEqual(wrong.target, { type: 'user', id: user.id });
      assert.deepEqual(wrong.changes, { email: user.email, reason: 'wrong_password' });
      assert.equal(wrong.request_id, 'req-wrong');

      await login('nobody@example.com', 'guess', 'req-unknown');
      const unknown = await lastEvent(s, 'session.sign_in_failed');
      assert.deepEqual(unknown.target, { type: 'user', id: 'nobody@example.com' });
      assert.equal(unknown.changes.reason, 'unknown_email');
      for (const event of [wrong, unknown]) assert.ok(!JSON.stringify(event).includes('guess'));
      assert.ok(!JSON.stringify(wrong).includes('not the password'));
    });

    test('a suspended user’s sign-in fails and says so in the log', async () => {
      const suspended = await s.createUser({ slug: 'suspended-sam' });
      const admin = await s.createUser({ admin: true });
      await s.call('PATCH', '/v0/users/suspended-sam', await s.login(admin.email), { suspended: true });
      assert.equal((await login(suspended.email, TEST_PASSWORD, 'req-suspended')).statusCode, 401);
      const event = await lastEvent(s, 'session.sign_in_failed');
      assert.equal(event.changes.reason, 'suspended');
      assert.equal(event.target.id, suspended.id);
    });

    test('a session key and a sign-out are recorded by the session that made them', async () => {
      const token = await s.login(user.email);
      const created = (await s.call('POST', '/v0/auth/session-keys', token)).json();
      const keyEvent = await lastEvent(s, 'session.key_created');
      assertActor(keyEvent, { type: 'user', uuid: user.id, kind: 'session' });
      assert.equal(keyEvent.changes.start, created.start);
      assert.ok(!JSON.stringify(keyEvent).includes(created.key));

      const out = await s.app.inject({ method: 'POST', url: '/v0/auth/logout', headers: bearer(token) });
      assert.equal(out.statusCode, 204);
      const event = await lastEvent(s, 'session.signed_out');
      assertActor(event, { type: 'user', uuid: user.id, kind: 'session' });
      assert.equal(event.changes.session, event.actor.credential?.id);
    });
  });
}
