// Usage limits on keys and apps: spent once per accepted request, refused at zero, refilled on time, on both stores.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp, createSecret, obtainToken } from '../../test/apps-helpers.ts';
import { auditEvents } from '../../test/audit-helpers.ts';
import { DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { REDIS_URL, redisAnswers } from '../../test/redis.ts';

const DAY = 86_400_000;
const redisUp = await redisAnswers();

/** Each store counting alone, and PostgreSQL (or SQLite) with Redis counting. */
const VARIANTS = [
  ...DIALECTS.map((dialect) => ({ dialect, redis: false })),
  { dialect: DIALECTS.at(-1) ?? 'sqlite', redis: true },
];

for (const { dialect, redis } of VARIANTS) {
  describe(`usage limits (${dialect}${redis ? ' and Redis' : ''})`, {
    skip: redis && !redisUp ? `no Redis at ${REDIS_URL}` : false,
  }, () => {
    let s: TestServer;
    let admin: string;
    let owner: string;
    let user: { id: string; slug: string };
    before(async () => {
      s = await startTestServer(dialect, {
        env: {
          ...LOOPBACK_OUTBOUND,
          ...(redis
            ? {
                LATCHKEY_REDIS_URL: REDIS_URL,
                LATCHKEY_REDIS_PREFIX: `lk-limits-${Math.random().toString(36).slice(2)}:`,
              }
            : {}),
        },
      });
      const a = await s.createUser({ admin: true });
      admin = await s.login(a.email);
      const u = await s.createUser();
      user = u;
      owner = await s.login(u.email);
    });
    after(() => s.close());

    const whoami = (secret: string) => s.call('GET', '/v0/auth/whoami', secret);

    test('each accepted request spends one; at zero the answer is 429 usage_exhausted without Retry-After', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'three uses', limits: { remaining: 3 } });
      assert.deepEqual((key as unknown as { limits: unknown }).limits, {
        remaining: 3,
        refill: null,
        next_refill: null,
      });
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await whoami(key.key);
        assert.equal(response.statusCode, 200);
        seen.push(Number(response.headers['x-latchkey-remaining']));
        assert.equal(response.json().credential.remaining, seen.at(-1));
      }
      assert.deepEqual(seen, [2, 1, 0]);
      const refused = await whoami(key.key);
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.json().error.code, 'usage_exhausted');
      assert.equal(refused.headers['retry-after'], undefined);
      assert.equal(refused.headers['x-latchkey-remaining'], '0');
      // Verify refuses it too.
      const verified = await s.call('GET', '/v0/auth/verify', key.key);
      assert.equal(verified.statusCode, 429);
      assert.equal(verified.json().error.code, 'usage_exhausted');
    });

    test('a refused request spends nothing: a read-only key refused a write keeps its uses', async () => {
      const key = await s.createKey(owner, user.slug, {
        name: 'read only, limited',
        scopes: { read_only: true },
        limits: { remaining: 2 },
      });
      const write = await s.call('PATCH', `/v0/users/${user.slug}/keys/${key.uuid}`, key.key, { name: 'x' });
      assert.equal(write.statusCode, 403);
      const other = await s.call('GET', '/v0/admin/keys', key.key);
      assert.equal(other.statusCode, 403);
      assert.equal((await whoami(key.key)).headers['x-latchkey-remaining'], '1');
    });

    test('verify spends one when it allows, answers X-Latchkey-Remaining, and refuses at zero', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'gateway', limits: { remaining: 2 } });
      const first = await s.call('GET', '/v0/auth/verify', key.key);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['x-latchkey-remaining'], '1');
      // A refused access decision spends nothing.
      const denied = await s.call('GET', '/v0/auth/verify?project=no-such-project', key.key);
      assert.equal(denied.statusCode, 403);
      const second = await s.call('POST', '/v0/auth/verify', key.key);
      assert.equal(second.statusCode, 200);
      assert.equal(second.headers['x-latchkey-remaining'], '0');
      const third = await s.call('GET', '/v0/auth/verify', key.key);
      assert.equal(third.statusCode, 429);
    });

    test('a daily refill sets the count back at 00:00 UTC, and Retry-After counts down to it', async () => {
      const key = await s.createKey(owner, user.slug, {
        name: 'daily',
        limits: { remaining: 1, refill: { amount: 2, interval: 'day' } },
      });
      const now = s.clock.now();
      const midnight = Math.ceil(now / DAY) * DAY;
      assert.equal((await whoami(key.key)).statusCode, 200);
      const refused = await whoami(key.key);
      assert.equal(refused.statusCode, 429);
      assert.equal(Number(refused.headers['retry-after']), Math.ceil((midnight - now) / 1000));
      s.clock.advance(midnight - now);
      const refilled = await whoami(key.key);
      assert.equal(refilled.statusCode, 200);
      assert.equal(refilled.headers['x-latchkey-remaining'], '1');
      const shown = await s.call('GET', `/v0/users/${user.slug}/keys/${key.uuid}`, owner);
      assert.equal(shown.json().limits.remaining, 1);
      assert.equal(shown.json().limits.next_refill, new Date(midnight + DAY).toISOString());
    });

    test('a refill every N seconds, by the injected clock', async () => {
      const key = await s.createKey(owner, user.slug, {
        name: 'per minute',
        limits: { remaining: 1, refill: { amount: 1, interval: 60 } },
      });
      assert.equal((await whoami(key.key)).statusCode, 200);
      const refused = await whoami(key.key);
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.headers['retry-after'], '60');
      s.clock.advance(59_000);
      assert.equal((await whoami(key.key)).headers['retry-after'], '1');
      s.clock.advance(1_000);
      assert.equal((await whoami(key.key)).statusCode, 200);
    });

    test('key.usage_exhausted is queued once per exhaustion, not once per refused request', async () => {
      const hook = await s.call('POST', '/v0/admin/webhooks', admin, {
        url: 'http://127.0.0.1:9/hook',
        events: ['key.usage_exhausted'],
      });
      assert.equal(hook.statusCode, 201, hook.body);
      const key = await s.createKey(owner, user.slug, { name: 'evented', limits: { remaining: 1 } });
      for (let i = 0; i < 4; i++) await whoami(key.key);
      const deliveriesOf = async () =>
        (
          await s.ctx.db
            .selectFrom('webhookDeliveries')
            .select(['payload', 'eventType'])
            .where('eventType', '=', 'key.usage_exhausted')
            .execute()
        ).filter((row) => row.payload?.includes(key.uuid));
      let found = await deliveriesOf();
      for (let i = 0; i < 50 && found.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        found = await deliveriesOf();
      }
      assert.equal(found.length, 1);
      assert.doesNotMatch(found[0]?.payload ?? '', new RegExp(key.key));
      await s.call('DELETE', `/v0/admin/webhooks/${hook.json().uuid}`, admin);
    });

    test('changes to a limit are audited; an administrator may raise one, the owner may only narrow it', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'audited', limits: { remaining: 5 } });
      const url = `/v0/users/${user.slug}/keys/${key.uuid}`;
      const raised = await s.call('PATCH', url, owner, { limits: { remaining: 50 } });
      assert.equal(raised.statusCode, 403);
      assert.match(raised.json().error.message, /limits: remaining 50 is more than the 5 left/);
      const removed = await s.call('PATCH', url, owner, { limits: null });
      assert.equal(removed.statusCode, 403);
      const narrowed = await s.call('PATCH', url, owner, { limits: { remaining: 4 } });
      assert.equal(narrowed.statusCode, 200, narrowed.body);
      assert.equal(narrowed.json().limits.remaining, 4);
      const byAdmin = await s.call('PATCH', url, admin, {
        limits: { remaining: 100, refill: { amount: 100, interval: 'month' } },
      });
      assert.equal(byAdmin.statusCode, 200, byAdmin.body);
      assert.deepEqual(byAdmin.json().limits.refill, { amount: 100, interval: 'month' });
      const events = await auditEvents(s, { actions: ['key.limits_changed'] });
      const mine = events.filter((event) => event.target.id === key.uuid);
      assert.equal(mine.length, 3);
      const unlimited = await s.call('PATCH', url, admin, { limits: null });
      assert.equal(unlimited.json().limits, null);
      assert.equal((await whoami(key.key)).headers['x-latchkey-remaining'], undefined);
    });

    test('malformed limits are a 400 naming the field', async () => {
      const cases: [unknown, RegExp][] = [
        [{ remaining: -1 }, /limits/],
        [{ remaining: 1.5 }, /limits/],
        [{ remaining: 5, refill: { amount: 0, interval: 'day' } }, /limits/],
        [{ remaining: 5, refill: { amount: 5, interval: 'week' } }, /limits/],
        [{ remaining: 5, refill: { amount: 5, interval: 0 } }, /limits/],
        [{ remaining: 5, extra: true }, /limits/],
      ];
      for (const [limits, message] of cases) {
        const response = await s.call('POST', `/v0/users/${user.slug}/keys`, owner, { name: 'bad', limits });
        assert.equal(response.statusCode, 400, JSON.stringify(limits));
        assert.match(response.json().error.message, message);
      }
    });

    test('what was counted is in the database row, never more uses than were left', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'written back', limits: { remaining: 10 } });
      for (let i = 0; i < 4; i++) await whoami(key.key);
      await s.ctx.limits.flush();
      const row = await s.ctx.db
        .selectFrom('usageLimits')
        .select('remaining')
        .where('credentialId', '=', key.uuid)
        .executeTakeFirstOrThrow();
      if (dialect === 'sqlite' && !redis) {
        // The one instance on SQLite spends from a block it reserved: the row holds less, the key shows the count.
        assert.ok(row.remaining >= 0 && row.remaining < 6, String(row.remaining));
        const shown = await s.call('GET', `/v0/users/${user.slug}/keys/${key.uuid}`, owner);
        assert.equal(shown.json().limits.remaining, 6);
      } else assert.equal(row.remaining, 6);
    });

    test('an app’s tokens spend from the app', async () => {
      const app = await createApp(s, admin, { limits: { remaining: 2 } });
      const secret = await createSecret(s, admin, app.uuid);
      const first = await obtainToken(s, app.client_id, secret);
      const second = await obtainToken(s, app.client_id, secret);
      assert.equal((await whoami(first)).headers['x-latchkey-remaining'], '1');
      assert.equal((await whoami(second)).headers['x-latchkey-remaining'], '0');
      assert.equal((await whoami(first)).statusCode, 429);
      const shown = await s.call('GET', `/v0/apps/${app.uuid}`, admin);
      assert.equal(shown.json().limits.remaining, 0);
      const raised = await s.call('PATCH', `/v0/apps/${app.uuid}`, admin, { limits: { remaining: 1 } });
      assert.equal(raised.statusCode, 200, raised.body);
      assert.equal((await whoami(second)).statusCode, 200);
    });

    test('a reroll moves the limit to the new key; the old key keeps no uses', async () => {
      const key = await s.createKey(owner, user.slug, { name: 'rerolled', limits: { remaining: 3 } });
      await whoami(key.key);
      const rerolled = await s.call('POST', `/v0/users/${user.slug}/keys/${key.uuid}/reroll`, owner, {
        grace_seconds: 600,
      });
      assert.equal(rerolled.statusCode, 201, rerolled.body);
      assert.equal(rerolled.json().limits.remaining, 2);
      assert.equal((await whoami(key.key)).statusCode, 429);
      assert.equal((await whoami(rerolled.json().key)).headers['x-latchkey-remaining'], '1');
    });
  });
}
