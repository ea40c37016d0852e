// What key changes record: created, renamed and revoked, by the owner's session, a session key, the key
// itself, an administrator and revoke-all; a refused change records nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { assertActor, auditEvents, lastEvent } from '../../test/audit-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`key changes in the audit log (${dialect})`, () => {
    let s: TestServer;
    let owner: UserRow;
    let admin: UserRow;
    let session: string;
    let adminSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      owner = await s.createUser({ slug: 'kay' });
      admin = await s.createUser({ slug: 'key-admin', admin: true });
      session = await s.login(owner.email);
      adminSession = await s.login(admin.email);
    });
    after(() => s.close());

    const count = async () => (await auditEvents(s)).length;

    test('created with a session: the key’s name, start and expiry, never the key', async () => {
      const key = await s.createKey(session, 'kay', { name: 'deploy', ttl: 3600 });
      const event = await lastEvent(s, 'key.created');
      assert.deepEqual(event.target, { type: 'key', id: key.uuid });
      assertActor(event, { type: 'user', uuid: owner.id, kind: 'session' });
      assert.equal(event.changes.name, 'deploy');
      assert.equal(event.changes.start, key.key.slice(0, 12));
      assert.equal(event.changes.expiration, s.clock.now() + 3600_000);
      assert.ok(!JSON.stringify(event).includes(key.key));
    });

    test('renamed by the key itself: the actor is the key, shown by its start', async () => {
      const key = await s.createKey(session, 'kay', { name: 'old name' });
      await s.call('PATCH', `/v0/users/kay/keys/${key.uuid}`, key.key, { name: 'new name' });
      const event = await lastEvent(s, 'key.renamed');
      assertActor(event, { type: 'user', uuid: owner.id, kind: 'user_key', hint: key.key.slice(0, 12) });
      assert.equal(event.actor.credential?.id, key.uuid);
      assert.deepEqual(event.changes.name, { from: 'old name', to: 'new name' });
    });

    test('renamed with an administrator’s session key', async () => {
      const key = await s.createKey(session, 'kay', { name: 'plain' });
      const sessionKey = (await s.call('POST', '/v0/auth/session-keys', adminSession)).json();
      const response = await s.call('PATCH', `/v0/users/kay/keys/${key.uuid}`, sessionKey.key, {
        name: 'via lk_sess',
      });
      assert.equal(response.statusCode, 200);
      assertActor(await lastEvent(s, 'key.renamed'), {
        type: 'user',
        uuid: admin.id,
        kind: 'session_key',
        hint: sessionKey.start,
      });
    });

    test('revoked by itself, by its owner and by an administrator, each named', async () => {
      const cases = [
        { by: 'key_itself', secret: (k: { key: string }) => k.key, kind: 'user_key', actor: () => owner.id },
        { by: 'owner', secret: () => session, kind: 'session', actor: () => owner.id },
        { by: 'administrator', secret: () => adminSession, kind: 'session', actor: () => admin.id },
      ];
      for (const c of cases) {
        const key = await s.createKey(session, 'kay', { name: `revoked by ${c.by}` });
        assert.equal(
          (await s.call('DELETE', `/v0/users/kay/keys/${key.uuid}`, c.secret(key))).statusCode,
          200,
        );
        const event = await lastEvent(s, 'key.revoked');
        assert.deepEqual(event.target, { type: 'key', id: key.uuid });
        assert.equal(event.changes.by, c.by);
        assertActor(event, { type: 'user', uuid: c.actor(), kind: c.kind });
      }
    });

    test('revoke-all records one event per key it revoked', async () => {
      const keys = [
        await s.createKey(session, 'kay', { name: 'a' }),
        await s.createKey(session, 'kay', { name: 'b' }),
      ];
      const response = await s.call('POST', '/v0/admin/keys/revoke', adminSession, {
        all: true,
        user: 'kay',
      });
      assert.equal(response.statusCode, 200);
      const events = (await auditEvents(s, { actions: ['key.revoked'] })).slice(0, response.json().revoked);
      assert.ok(keys.every((k) => events.some((e) => e.target.id === k.uuid)));
      for (const event of events) {
        assert.equal(event.changes.by, 'revoke_all');
        assertActor(event, { type: 'user', uuid: admin.id, kind: 'session' });
      }
    });

    test('a refused change records nothing: a key creating a key, a second revoke, another user’s key', async () => {
      const key = await s.createKey(session, 'kay', { name: 'refusals' });
      const before = await count();
      assert.equal((await s.call('POST', '/v0/users/kay/keys', key.key, { name: 'x' })).statusCode, 403);
      assert.equal((await s.call('DELETE', `/v0/users/kay/keys/${key.uuid}`, session)).statusCode, 200);
      assert.equal((await s.call('DELETE', `/v0/users/kay/keys/${key.uuid}`, session)).statusCode, 409);
      const other = await s.createUser({ slug: `other-${before}` });
      const otherSession = await s.login(other.email);
      const stranger = await s.call('PATCH', `/v0/users/kay/keys/${key.uuid}`, otherSession, {
        name: 'mine',
      });
      assert.equal(stranger.statusCode, 404);
      const actions = (await auditEvents(s)).slice(0, (await count()) - before).map((e) => e.action);
      assert.deepEqual(actions.sort(), ['key.revoked', 'session.signed_in', 'user.created']);
    });
  });
}
