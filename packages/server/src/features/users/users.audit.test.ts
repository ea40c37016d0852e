// User changes in the audit log: created, updated, password changed, suspended, deleted, with who did each.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { assertActor, auditEvents, lastEvent } from '../../test/audit-helpers.ts';
import { DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`user changes in the audit log (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let adminSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'root', admin: true });
      adminSession = await s.login(admin.email);
    });
    after(() => s.close());

    test('created by an administrator: email, name, slug and role, never the password', async () => {
      const response = await s.call('POST', '/v0/users', adminSession, {
        email: 'new@example.com',
        name: 'New Person',
        password: 'a long enough password',
      });
      assert.equal(response.statusCode, 201);
      const event = await lastEvent(s, 'user.created');
      assert.deepEqual(event.target, { type: 'user', id: response.json().uuid });
      assertActor(event, { type: 'user', uuid: admin.id, kind: 'session' });
      assert.deepEqual(event.changes, {
        email: 'new@example.com',
        name: 'New Person',
        slug: 'new-person',
        role: 'user',
      });
      assert.ok(!JSON.stringify(event).includes('a long enough password'));
    });

    test('the first administrator and users made by the server itself are recorded as the system', async () => {
      const user = await s.createUser();
      const [event] = await auditEvents(s, { actions: ['user.created'], targetId: user.id });
      assert.ok(event);
      assertActor(event, { type: 'system', uuid: null, kind: null });
      assert.deepEqual(event.client, { address: null, user_agent: null });
    });

    test('a rename with the user’s own key; a password change with their session (no hash recorded)', async () => {
      const user = await s.createUser({ slug: 'renamer' });
      const session = await s.login(user.email);
      const key = await s.createKey(session, 'renamer');
      assert.equal(
        (await s.call('PATCH', '/v0/users/renamer', key.key, { name: 'Renamed' })).statusCode,
        200,
      );
      const renamed = await lastEvent(s, 'user.updated');
      assertActor(renamed, { type: 'user', uuid: user.id, kind: 'user_key', hint: key.key.slice(0, 12) });
      assert.deepEqual(renamed.changes, { name: { from: user.name, to: 'Renamed' } });

      const changed = await s.call('PATCH', '/v0/users/renamer', session, {
        password: 'another long password',
        current_password: TEST_PASSWORD,
      });
      assert.equal(changed.statusCode, 200);
      const event = await lastEvent(s, 'user.password_changed');
      assertActor(event, { type: 'user', uuid: user.id, kind: 'session' });
      assert.deepEqual(event.changes, {});
    });

    test('suspension, unsuspension, the developer capability and deletion, by an administrator', async () => {
      const user = await s.createUser({ slug: 'subject' });
      await s.call('PATCH', '/v0/users/subject', adminSession, { suspended: true, developer: true });
      const [suspended, updated] = [await lastEvent(s, 'user.suspended'), await lastEvent(s, 'user.updated')];
      assert.equal(suspended.target.id, user.id);
      assert.equal(suspended.request_id, updated.request_id, 'one request, two events');
      assert.deepEqual(updated.changes, { developer: { from: false, to: true } });
      await s.call('PATCH', '/v0/users/subject', adminSession, { suspended: false });
      assertActor(await lastEvent(s, 'user.unsuspended'), { type: 'user', uuid: admin.id, kind: 'session' });
      assert.equal((await s.call('DELETE', '/v0/users/subject', adminSession)).statusCode, 204);
      const deleted = await lastEvent(s, 'user.deleted');
      assert.deepEqual(deleted.changes, { email: user.email, slug: 'subject' });
    });

    test('a rate-limit override and its removal, from and to', async () => {
      const user = await s.createUser({ slug: 'limited' });
      await s.call('PATCH', '/v0/users/limited', adminSession, { rate_limit: { per_second: 5, burst: 10 } });
      const set = await lastEvent(s, 'user.updated');
      assert.equal(set.target.id, user.id);
      assert.deepEqual(set.changes, { rate_limit: { from: null, to: { per_second: 5, burst: 10 } } });
      await s.call('PATCH', '/v0/users/limited', adminSession, { rate_limit: null });
      assert.deepEqual((await lastEvent(s, 'user.updated')).changes, {
        rate_limit: { from: { per_second: 5, burst: 10 }, to: null },
      });
    });

    test('refused user changes record nothing', async () => {
      const user = await s.createUser({ slug: 'plain-user' });
      const session = await s.login(user.email);
      const before = (await auditEvents(s)).length;
      assert.equal(
        (await s.call('PATCH', '/v0/users/plain-user', session, { suspended: true })).statusCode,
        403,
      );
      assert.equal((await s.call('PATCH', '/v0/users/root', session, { name: 'Mine now' })).statusCode, 404);
      assert.equal(
        (
          await s.call('POST', '/v0/users', session, {
            email: 'x@example.com',
            name: 'X',
            password: 'a long enough password',
          })
        ).statusCode,
        403,
      );
      assert.equal((await s.call('DELETE', '/v0/users/root', adminSession)).statusCode, 403);
      assert.equal((await auditEvents(s)).length, before);
    });
  });
}
