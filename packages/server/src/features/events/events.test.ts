// Event webhooks end to end: endpoints, every change event at a real verifying receiver, retries, redelivery, leases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp, createSecret } from '../../test/apps-helpers.ts';
import {
  DIALECTS,
  LOOPBACK_OUTBOUND,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';
import { waitUntil } from '../../test/wait.ts';
import { type Receiver, startReceiver } from '../../test/webhook-receiver.ts';
import { countPending } from './events.store.ts';
import { DEFAULT_WORKER, nextAttemptAt } from './events.worker.ts';

const ALL_EVENTS = [
  'key.created',
  'key.revoked',
  'key.expiring',
  'key.expired',
  'user.suspended',
  'user.unsuspended',
  'app.secret_rotated',
  'app.archived',
  'credential.leak_reported',
  'role.assigned',
  'role.unassigned',
];

test('failures are retried with doubling delays for at least a day, then given up', () => {
  const delivery = { createdAt: 0 };
  let now = 0;
  const times: number[] = [];
  for (let attempts = 1; ; attempts++) {
    const next = nextAttemptAt(DEFAULT_WORKER, delivery, attempts, now);
    if (next === null) break;
    times.push(next);
    now = next;
  }
  assert.equal(times[0], 10_000);
  assert.equal(times[1], 30_000, 'the second delay doubles the first');
  assert.ok(now >= 24 * 3600_000, `the last attempt is a day or more after the event (${now / 3600_000} h)`);
  assert.ok(times.length < 30, 'and the attempts are bounded');
});

for (const dialect of DIALECTS) {
  describe(`event webhooks (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let user: UserRow;
    let adminSession: string;
    let userSession: string;
    let hooks: Receiver;
    let endpoint: { uuid: string; secret: string };

    before(async () => {
      // The worker looks for due deliveries every 20 ms here, so deliveries arrive while a test waits.
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_WEBHOOK_POLL_MS: '20' },
      });
      admin = await s.createUser({ slug: 'root', admin: true });
      user = await s.createUser({ slug: 'ada' });
      adminSession = await s.login(admin.email);
      userSession = await s.login(user.email);
      hooks = await startReceiver({ now: () => s.clock.now() });
      const created = await s.call('POST', '/v0/admin/webhooks', adminSession, {
        url: hooks.url,
        events: ALL_EVENTS,
        description: 'everything',
      });
      assert.equal(created.statusCode, 201, created.body);
      endpoint = created.json();
      hooks.useSecret(endpoint.secret);
    });
    after(async () => {
      await s.close();
      await hooks.close();
    });

    /** The endpoint's delivery of key.created for one key, from its delivery log. */
    const deliveryOf = async (keyId: string) => {
      const listed = await s.call(
        'GET',
        `/v0/admin/webhooks/${endpoint.uuid}/deliveries?per_page=255`,
        adminSession,
      );
      return listed
        .json()
        .find(
          (d: { event: string; payload: { data: { key: { id: string } } } }) =>
            d.event === 'key.created' && d.payload.data.key.id === keyId,
        );
    };

    /** The data of the first verified delivery of `type`. */
    const dataOf = (type: string) => {
      const delivery = hooks.of(type)[0];
      assert.ok(delivery, `a verified ${type}`);
      return delivery.event.data as Record<string, Record<string, unknown> | undefined>;
    };

    const bodies = () => hooks.received.map((delivery) => delivery.body).join('\n');

    test('an endpoint is created with a whsec_ secret shown once; views and lists never show it', async () => {
      assert.match(endpoint.secret, /^whsec_[A-Za-z0-9+/]{32}$/);
      const viewed = await s.call('GET', `/v0/admin/webhooks/${endpoint.uuid}`, adminSession);
      assert.equal(viewed.statusCode, 200);
      assert.deepEqual(viewed.json().events, ALL_EVENTS);
      assert.ok(!viewed.body.includes(endpoint.secret));
      const listed = await s.call('GET', '/v0/admin/webhooks', adminSession);
      assert.equal(listed.headers['x-total-count'], '1');
      assert.ok(!listed.body.includes(endpoint.secret));
      const audit = await s.call('GET', '/v0/admin/audit?action=webhook.created', adminSession);
      assert.equal(audit.json().length, 1);
      assert.ok(!audit.body.includes(endpoint.secret));
    });

    test('only administrators manage webhooks; bad URLs and unknown events are clear 400s', async () => {
      const body = { url: hooks.url, events: ['key.created'] };
      assert.equal((await s.call('POST', '/v0/admin/webhooks', userSession, body)).statusCode, 403);
      for (const url of ['ftp://example.com/x', 'http://example.com/hook', 'not a url']) {
        const refused = await s.call('POST', '/v0/admin/webhooks', adminSession, { ...body, url });
        assert.equal(refused.statusCode, 400, url);
        assert.match(refused.json().error.message, /body\.url/);
      }
      const unknown = await s.call('POST', '/v0/admin/webhooks', adminSession, {
        ...body,
        events: ['key.eaten'],
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal((await s.call('GET', '/v0/admin/webhooks/nope', adminSession)).statusCode, 404);
    });

    test('key.created and key.revoked (owner, administrator) arrive signed; the key itself never does', async () => {
      const key = await s.createKey(userSession, 'ada', { name: 'ci' });
      await waitUntil(() => hooks.of('key.created').length === 1, 'key.created');
      const created = dataOf('key.created');
      assert.equal(created.key?.id, key.uuid);
      assert.equal(created.key?.name, 'ci');
      assert.equal((await s.call('DELETE', `/v0/users/ada/keys/${key.uuid}`, userSession)).statusCode, 200);
      const other = await s.createKey(userSession, 'ada', { name: 'other' });
      assert.equal(
        (await s.call('DELETE', `/v0/users/ada/keys/${other.uuid}`, adminSession)).statusCode,
        200,
      );
      await waitUntil(() => hooks.of('key.revoked').length === 2, 'two key.revoked');
      const reasons = hooks
        .of('key.revoked')
        .map((d) => [(d.event.data.key as { id: string }).id, d.event.data.reason]);
      assert.deepEqual(reasons, [
        [key.uuid, 'owner'],
        [other.uuid, 'administrator'],
      ]);
      assert.ok(!bodies().includes(key.key) && !bodies().includes(other.key), 'no key in any payload');
      const first = hooks.received[0];
      assert.match(String(first?.headers['webhook-id']), /^msg_/);
      assert.match(String(first?.headers['webhook-signature']), /^v1,[A-Za-z0-9+/]+=*$/);
    });

    test('user.suspended and user.unsuspended', async () => {
      const target = await s.createUser({ slug: 'grace' });
      for (const suspended of [true, false])
        assert.equal((await s.call('PATCH', '/v0/users/grace', adminSession, { suspended })).statusCode, 200);
      await waitUntil(() => hooks.of('user.unsuspended').length === 1, 'user.unsuspended');
      assert.equal(dataOf('user.suspended').user?.id, target.id);
      assert.equal(dataOf('user.unsuspended').user?.email, target.email);
    });

    test('app.secret_rotated and app.archived, without the client secret', async () => {
      const app = await createApp(s, adminSession);
      const secret = await createSecret(s, adminSession, app.slug);
      assert.equal((await s.call('DELETE', `/v0/apps/${app.slug}`, adminSession)).statusCode, 200);
      await waitUntil(() => hooks.of('app.archived').length === 1, 'app.archived');
      const rotated = dataOf('app.secret_rotated');
      assert.equal(rotated.app?.client_id, app.client_id);
      assert.match(String(rotated.secret?.start), /^lk_secret_/);
      assert.equal(dataOf('app.archived').app?.id, app.uuid);
      assert.ok(!bodies().includes(secret), 'the client secret is in no payload');
    });

    test('role.assigned and role.unassigned name the role, the scope and the grantee', async () => {
      await s.call('PUT', '/v0/admin/permissions/runs:read', adminSession, { description: '' });
      await s.call('PUT', '/v0/admin/roles/reader', adminSession, {
        description: '',
        permissions: ['runs:*'],
      });
      await s.call('POST', '/v0/projects', adminSession, { name: 'Hooked', slug: 'hooked' });
      const assigned = await s.call('PUT', '/v0/projects/hooked/roles', adminSession, {
        role: 'reader',
        user: 'ada',
      });
      assert.equal(assigned.statusCode, 201, assigned.body);
      const { uuid } = assigned.json();
      const removed = await s.call('DELETE', `/v0/projects/hooked/roles/${uuid}`, adminSession);
      assert.equal(removed.statusCode, 204);
      await waitUntil(() => hooks.of('role.unassigned').length === 1, 'role.unassigned');
      for (const type of ['role.assigned', 'role.unassigned']) {
        const data = dataOf(type).assignment as Record<string, unknown> & {
          scope: { type: string };
          grantee: unknown;
        };
        assert.equal(data.id, uuid);
        assert.equal(data.role, 'reader');
        assert.equal(data.scope.type, 'project');
        assert.deepEqual(data.grantee, { type: 'user', id: user.id });
      }
    });

    test('an endpoint gets only the events it subscribes to, and nothing once disabled', async () => {
      const narrow = await startReceiver({ now: () => s.clock.now() });
      try {
        const created = await s.call('POST', '/v0/admin/webhooks', adminSession, {
          url: narrow.url,
          events: ['key.revoked'],
        });
        narrow.useSecret(created.json().secret);
        const key = await s.createKey(userSession, 'ada');
        await s.call('DELETE', `/v0/users/ada/keys/${key.uuid}`, userSession);
        await waitUntil(() => narrow.of('key.revoked').length === 1, 'the subscribed event');
        assert.equal(narrow.received.length, 1, 'key.created was not sent');
        const id = created.json().uuid;
        assert.equal(
          (await s.call('PATCH', `/v0/admin/webhooks/${id}`, adminSession, { disabled: true })).statusCode,
          200,
        );
        const later = await s.createKey(userSession, 'ada');
        await s.call('DELETE', `/v0/users/ada/keys/${later.uuid}`, userSession);
        await waitUntil(async () => (await countPending(s.ctx.db)) === 0, 'the queue to drain');
        assert.equal(narrow.received.length, 1);
        assert.equal((await s.call('DELETE', `/v0/admin/webhooks/${id}`, adminSession)).statusCode, 204);
      } finally {
        await narrow.close();
      }
    });

    test('a failing receiver is retried after its backoff; the delivery log shows each attempt and answer', async () => {
      hooks.statuses.push(500, 503);
      const key = await s.createKey(userSession, 'ada', { name: 'retried' });
      await waitUntil(
        () => hooks.received.length > 0 && hooks.received.at(-1)?.body.includes(key.uuid) === true,
        'a first attempt',
      );
      const log = () => deliveryOf(key.uuid);
      await waitUntil(async () => (await log())?.attempts === 1, 'the attempt to be recorded');
      assert.equal((await log()).status, 'pending');
      s.clock.advance(10_000);
      await waitUntil(async () => (await log()).attempts === 2, 'the second attempt');
      s.clock.advance(20_000);
      await waitUntil(async () => (await log()).status === 'delivered', 'the delivery');
      const entry = await log();
      assert.deepEqual(
        entry.attempt_log.map((a: { status: number }) => a.status),
        [500, 503, 200],
      );
      assert.equal(entry.attempt_log[0].response, 'not now');
      const ids = hooks.received.filter((d) => d.body.includes(key.uuid)).map((d) => d.headers['webhook-id']);
      assert.equal(ids.length, 3);
      assert.equal(new Set(ids).size, 1, 'one webhook-id across retries');
      assert.equal(ids[0], entry.webhook_id);
    });

    test('a delivery failing for the whole retry window is failed, and can be redelivered', async () => {
      hooks.statuses.push(...Array(40).fill(500));
      const key = await s.createKey(userSession, 'ada', { name: 'doomed' });
      const log = () => deliveryOf(key.uuid);
      await waitUntil(async () => (await log())?.attempts === 1, 'attempt');
      for (let hour = 0; hour < 27 && (await log()).status === 'pending'; hour++) {
        const before = (await log()).attempts;
        s.clock.advance(4 * 3600_000);
        await waitUntil(async () => (await log()).attempts > before, 'a retry');
      }
      const failed = await log();
      assert.equal(failed.status, 'failed');
      const listed = await s.call(
        'GET',
        `/v0/admin/webhooks/${endpoint.uuid}/deliveries?status=failed`,
        adminSession,
      );
      assert.ok(listed.json().some((d: { uuid: string }) => d.uuid === failed.uuid));
      hooks.statuses.length = 0;
      const again = await s.call(
        'POST',
        `/v0/admin/webhooks/${endpoint.uuid}/deliveries/${failed.uuid}/redeliver`,
        adminSession,
      );
      assert.equal(again.statusCode, 202);
      await waitUntil(async () => (await log()).status === 'delivered', 'the redelivery');
      const twice = await s.call(
        'POST',
        `/v0/admin/webhooks/${endpoint.uuid}/deliveries/${failed.uuid}/redeliver`,
        userSession,
      );
      assert.equal(twice.statusCode, 403);
    });

    test('two instances on one database never send a delivery twice: each is leased to one', async () => {
      const other = await secondInstance(s);
      try {
        const before = hooks.received.length;
        const made: string[] = [];
        for (let i = 0; i < 20; i++)
          made.push((await s.createKey(userSession, 'ada', { name: `k${i}` })).uuid);
        await Promise.all([s.ctx.events.worker.runOnce(), other.ctx.events.worker.runOnce()]);
        await waitUntil(async () => (await countPending(s.ctx.db)) === 0, 'the queue to drain');
        const ids = hooks.received.slice(before).map((d) => d.headers['webhook-id']);
        assert.equal(ids.length, 20);
        assert.equal(new Set(ids).size, 20);
      } finally {
        await other.app.close();
      }
    });
  });
}
