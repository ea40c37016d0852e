// Offboarding: a departing user's credentials in use, and a key moved to an app that outlives them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp } from '../../test/apps-helpers.ts';
import { lastEvent } from '../../test/audit-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`offboarding (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let adminSession: string;
    let dev: UserRow;
    let devSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'root', admin: true });
      adminSession = await s.login(admin.email);
      dev = await s.createUser({ slug: 'dev' });
      devSession = await s.login(dev.email);
      await s.call('PATCH', '/v0/users/dev', adminSession, { developer: true });
    });
    after(() => s.close());

    const whoami = (secret: string) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(secret) });
    const transfer = (user: string, key: string, app: string, secret = adminSession) =>
      s.call('POST', `/v0/users/${user}/keys/${key}/transfer`, secret, { app });

    test('lists the credentials used in the last 30 days with their requests and last use', async () => {
      const leaver = await s.createUser({ slug: 'leaver-1' });
      const session = await s.login(leaver.email);
      const used = await s.createKey(session, 'leaver-1', { name: 'cron' });
      await s.createKey(session, 'leaver-1', { name: 'idle' });
      for (let i = 0; i < 3; i++) assert.equal((await whoami(used.key)).statusCode, 200);
      await s.ctx.usageRecorder?.flush();
      const report = await s.call('GET', '/v0/users/leaver-1/offboarding', adminSession);
      assert.equal(report.statusCode, 200);
      const body = report.json();
      assert.equal(body.user.uuid, leaver.id);
      assert.deepEqual(
        body.credentials.map((c: { kind: string; name: string; requests: number }) => [
          c.kind,
          c.name,
          c.requests,
        ]),
        [['user_key', 'cron', 3]],
      );
      assert.ok(body.credentials[0].last_used);
      assert.ok(!report.body.includes(used.key));
    });

    test('a transfer: the same secret authenticates as the app, audited, and outlives the user', async () => {
      const leaver = await s.createUser({ slug: 'leaver-2', email: 'leaver2@example.com' });
      const session = await s.login(leaver.email);
      const moved = await s.createKey(session, 'leaver-2', { name: 'integration' });
      const kept = await s.createKey(session, 'leaver-2', { name: 'personal' });
      const target = await createApp(s, devSession, { name: 'Nightly sync' });
      assert.equal((await whoami(moved.key)).json().principal.uuid, leaver.id);

      const done = await transfer('leaver-2', moved.uuid, target.slug);
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().key.uuid, moved.uuid);
      assert.equal(done.json().app.slug, target.slug);
      assert.equal(done.json().key.transferred_by, admin.id);

      const me = await whoami(moved.key);
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().principal.type, 'app');
      assert.equal(me.json().principal.uuid, target.uuid);
      assert.doesNotMatch(me.body, new RegExp(leaver.id));

      const event = await lastEvent(s, 'key.transferred');
      assert.equal(event.actor.uuid, admin.id);
      assert.equal(event.target.id, moved.uuid);
      assert.deepEqual((event.changes as { app: { id: string } }).app.id, target.uuid);
      assert.ok(!JSON.stringify(event).includes(moved.key));

      // The app's managers see it; the user's keys no longer hold it.
      const listed = await s.call('GET', `/v0/apps/${target.uuid}/keys`, adminSession);
      assert.deepEqual(
        listed.json().map((k: { uuid: string }) => k.uuid),
        [moved.uuid],
      );
      assert.equal(listed.json()[0].from_user.email, 'leaver2@example.com');
      assert.equal(
        (await s.call('GET', `/v0/users/leaver-2/keys/${moved.uuid}`, adminSession)).statusCode,
        404,
      );

      // Suspending the user ends the key not transferred, not the transferred one.
      assert.equal(
        (await s.call('PATCH', '/v0/users/leaver-2', adminSession, { suspended: true })).statusCode,
        200,
      );
      assert.equal((await whoami(kept.key)).statusCode, 401);
      assert.equal((await whoami(moved.key)).statusCode, 200);
      // Deleting the user leaves it working too.
      assert.equal((await s.call('DELETE', '/v0/users/leaver-2', adminSession)).statusCode, 204);
      assert.equal((await whoami(moved.key)).statusCode, 200);

      // Revoked through the app: terminal.
      const revoked = await s.call('POST', `/v0/apps/${target.uuid}/keys/${moved.uuid}/revoke`, adminSession);
      assert.equal(revoked.statusCode, 204);
      assert.equal((await whoami(moved.key)).statusCode, 401);
    });

    test('a key whose restrictions the app cannot satisfy is refused with a 400 naming them', async () => {
      const leaver = await s.createUser({ slug: 'leaver-3' });
      const session = await s.login(leaver.email);
      const project = await s.call('POST', '/v0/projects', session, { name: 'Private lab' });
      assert.equal(project.statusCode, 201, project.body);
      const limited = await s.createKey(session, 'leaver-3', {
        name: 'lab only',
        scopes: { projects: [project.json().uuid] },
      });
      const target = await createApp(s, devSession, { name: 'Outsider' });
      const refused = await transfer('leaver-3', limited.uuid, target.uuid);
      assert.equal(refused.statusCode, 400);
      assert.match(refused.json().error.message, new RegExp(`project ${project.json().uuid}`));
      assert.equal((await whoami(limited.key)).statusCode, 200);
      const unknown = await transfer('leaver-3', limited.uuid, 'no-such-app');
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.json().error.message, /body\.app/);
    });
  });
}
