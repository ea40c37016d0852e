// Keys over time, under the injected clock: the expiration header, expiry notices once each, revocation of unused keys.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  bearer,
  DIALECTS,
  LOOPBACK_OUTBOUND,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';
import { waitUntil } from '../../test/wait.ts';
import { type Receiver, startReceiver } from '../../test/webhook-receiver.ts';

const DAY = 86_400_000;
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

for (const dialect of DIALECTS) {
  describe(`key lifecycle (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let adminEmail: string;
    let session: string;
    let hooks: Receiver;

    before(async () => {
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_WEBHOOK_POLL_MS: '20' },
      });
      const admin = await s.createUser({ slug: 'root', admin: true });
      const ada = await s.createUser({ slug: 'ada' });
      adminEmail = admin.email;
      adminSession = await s.login(admin.email);
      session = await s.login(ada.email);
      hooks = await startReceiver({ now: () => s.clock.now() });
      const created = await s.call('POST', '/v0/admin/webhooks', adminSession, {
        url: hooks.url,
        events: ['key.expiring', 'key.expired', 'key.revoked'],
      });
      hooks.useSecret(created.json().secret);
    });
    after(async () => {
      await s.close();
      await hooks.close();
    });

    const notices = (keyId: string) =>
      hooks.received
        .filter((d) => d.verified && (d.event.data.key as { id: string }).id === keyId)
        .map((d) => (d.event.type === 'key.expiring' ? `expiring:${d.event.data.days}` : d.event.type));
    const drained = async () => {
      await s.ctx.events.worker.runOnce();
    };

    test('a request with an expiring credential carries Latchkey-Credential-Expiration (RFC 9110); one without does not', async () => {
      const ttl = 3600;
      const key = await s.createKey(session, 'ada', { name: 'short', ttl });
      const response = await s.app.inject({
        method: 'GET',
        url: '/v0/users/ada/keys',
        headers: { apikey: key.key },
      });
      assert.equal(response.statusCode, 200);
      const header = String(response.headers['latchkey-credential-expiration']);
      assert.match(header, HTTP_DATE);
      assert.equal(Date.parse(header), s.clock.now() + ttl * 1000);
      const forbidden = await s.call('GET', '/v0/admin/settings', key.key);
      assert.equal(forbidden.statusCode, 403);
      assert.equal(forbidden.headers['latchkey-credential-expiration'], header, 'also on a refused request');
      const forever = await s.createKey(session, 'ada', { name: 'forever' });
      const plain = await s.call('GET', '/v0/users/ada/keys', forever.key);
      assert.equal(plain.headers['latchkey-credential-expiration'], undefined);
      const bySession = await s.call('GET', '/v0/users/ada', session);
      assert.match(
        String(bySession.headers['latchkey-credential-expiration']),
        HTTP_DATE,
        'sessions expire too',
      );
      const anonymous = await s.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(anonymous.headers['latchkey-credential-expiration'], undefined);
    });

    test('key.expiring 7 days and 1 day before, then key.expired: each once, across instances and reruns', async () => {
      const other = await secondInstance(s);
      try {
        const key = await s.createKey(session, 'ada', { name: 'ten days', ttl: 10 * 86400 });
        const run = async () => {
          await Promise.all([s.ctx.events.schedule.runDue(), other.ctx.events.schedule.runDue()]);
          await drained();
        };
        await run();
        assert.deepEqual(notices(key.uuid), [], 'ten days out: nothing yet');
        s.clock.advance(3 * DAY + 60_000);
        await run();
        await waitUntil(() => notices(key.uuid).length === 1, 'the 7-day notice');
        s.clock.advance(11 * 60_000);
        await run();
        s.clock.advance(6 * DAY);
        await run();
        await waitUntil(() => notices(key.uuid).length === 2, 'the 1-day notice');
        s.clock.advance(DAY);
        await run();
        await waitUntil(() => notices(key.uuid).length === 3, 'the expiry');
        s.clock.advance(DAY);
        await run();
        assert.deepEqual(notices(key.uuid), ['expiring:7', 'expiring:1', 'key.expired']);
        const expired = hooks.received.find((d) => d.event.type === 'key.expired');
        assert.ok(expired && !expired.body.includes(key.key), 'never the key itself');
      } finally {
        await other.app.close();
      }
    });

    test('the schedule is in the database: another instance does not rerun a job before its next run time', async () => {
      await s.ctx.events.schedule.runDue();
      const rows = await s.ctx.db.selectFrom('scheduledJobs').selectAll().orderBy('name').execute();
      assert.deepEqual(
        rows.map((row) => row.name),
        ['key_expiry_notices', 'key_revoke_unused', 'usage_prune'],
      );
      for (const row of rows) assert.ok(row.nextRunAt > s.clock.now() && row.leaseOwner === null);
    });

    test('key_revoke_unused_after revokes keys unused that long: audited, evented, refused at once', async () => {
      const set = await s.call('PATCH', '/v0/admin/settings', adminSession, {
        key_revoke_unused_after: '90d',
      });
      assert.equal(set.statusCode, 200);
      assert.equal(set.json().key_revoke_unused_after, '90d');
      const bad = await s.call('PATCH', '/v0/admin/settings', adminSession, {
        key_revoke_unused_after: '30d',
      });
      assert.equal(bad.statusCode, 400);
      const idle = await s.createKey(session, 'ada', { name: 'idle' });
      const busy = await s.createKey(session, 'ada', { name: 'busy' });
      s.clock.advance(60 * DAY);
      assert.equal((await s.call('GET', '/v0/users/ada/keys', busy.key)).statusCode, 200);
      await waitUntil(async () => {
        const row = await s.ctx.db
          .selectFrom('apiKeys')
          .select('lastUsedAt')
          .where('id', '=', busy.uuid)
          .executeTakeFirst();
        return row?.lastUsedAt === s.clock.now();
      }, 'the last use to be written');
      s.clock.advance(29 * DAY);
      await s.ctx.events.schedule.runDue();
      // Looked at in the database: using the key would reset its clock.
      const kept = await s.ctx.db
        .selectFrom('apiKeys')
        .select('revokedAt')
        .where('id', '=', idle.uuid)
        .executeTakeFirst();
      assert.equal(kept?.revokedAt, null, '89 days: kept');
      s.clock.advance(2 * DAY);
      await s.ctx.events.schedule.runDue();
      const refused = await s.app.inject({
        method: 'GET',
        url: '/v0/users/ada/keys',
        headers: bearer(idle.key),
      });
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'credential_revoked');
      assert.equal(
        (await s.call('GET', '/v0/users/ada/keys', busy.key)).statusCode,
        200,
        'used 31 days ago: kept',
      );
      adminSession = await s.login(adminEmail); // the clock has run past the old session's 30 days
      const audit = await s.call(
        'GET',
        `/v0/admin/audit?target=key:${idle.uuid}&action=key.revoked`,
        adminSession,
      );
      assert.equal(audit.json()[0]?.changes.by, 'unused');
      assert.equal(audit.json()[0]?.actor.type, 'system');
      await drained();
      await waitUntil(
        () => hooks.received.some((d) => d.event.type === 'key.revoked' && d.event.data.reason === 'unused'),
        'key.revoked (unused)',
      );
      await s.call('PATCH', '/v0/admin/settings', adminSession, { key_revoke_unused_after: 'never' });
    });
  });
}
