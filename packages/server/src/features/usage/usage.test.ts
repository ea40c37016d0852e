// The usage history on both stores: known traffic gives exact counts after a write, instances add up,
// old hours are pruned, and only those who may see a credential read its history.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp, createSecret, obtainToken } from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, secondInstance, startTestServer, type TestServer } from '../../test/harness.ts';

const DAY = 86_400_000;

for (const dialect of DIALECTS) {
  describe(`usage history (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let session: string;
    /** Limited to the three `runs:` permissions the owner holds. */
    let limited: { uuid: string; key: string };
    let plain: { uuid: string; key: string };

    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ slug: 'ada', admin: true });
      adminSession = await s.login(admin.email);
      const cid = await s.createUser({ slug: 'cid' });
      session = await s.login(cid.email);
      const put = (path: string, body: unknown) => s.call('PUT', path, adminSession, body);
      for (const name of ['runs:read', 'runs:write', 'runs:delete', 'results:upload'])
        await put(`/v0/admin/permissions/${name}`, { description: name });
      await put('/v0/admin/roles/runner', { description: '', permissions: ['runs:*'] });
      await put('/v0/admin/roles/runner/assignments', { user: 'cid' });
      limited = await s.createKey(session, 'cid', {
        name: 'ci',
        scopes: { permissions: ['runs:read', 'runs:write', 'runs:delete'] },
      });
      plain = await s.createKey(session, 'cid', { name: 'plain' });
    });
    after(() => s.close());

    const from = (key: string, url: string, remoteAddress = '127.0.0.1') =>
      s.app.inject({ method: 'GET', url, headers: bearer(key), remoteAddress });
    const flush = () => s.ctx.usageRecorder?.flush();
    const usageOf = (keyId: string, query = '', as = session) =>
      s.call('GET', `/v0/users/cid/keys/${keyId}/usage${query}`, as);

    test('known traffic is counted exactly: outcomes, refusals by code, addresses, permissions allowed and refused', async () => {
      for (let i = 0; i < 5; i++) assert.equal((await from(limited.key, '/v0/auth/whoami')).statusCode, 200);
      // A permission-limited key reaches only the routes that declare a permission: 403 forbidden.
      for (let i = 0; i < 2; i++)
        assert.equal((await from(limited.key, '/v0/orgs', '203.0.113.7')).statusCode, 403);
      for (let i = 0; i < 3; i++)
        assert.equal((await from(limited.key, '/v0/auth/verify?permission=runs:read')).statusCode, 200);
      // The owner lacks it: refused at verify, and the permission counted as refused.
      assert.equal((await from(limited.key, '/v0/auth/verify?permission=results:upload')).statusCode, 403);
      assert.equal(
        (await from(limited.key, '/v0/auth/verify?permission=runs:read&permission=runs:write')).statusCode,
        200,
      );
      await flush();

      const answer = await usageOf(limited.uuid, '?direction=desc&per_page=1');
      assert.equal(answer.statusCode, 200);
      const usage = answer.json();
      assert.equal(usage.granularity, 'day');
      assert.deepEqual(usage.totals, { accepted: 9, refused: 3, rate_limited: 0, usage_exhausted: 0 });
      assert.deepEqual(usage.refusals, { forbidden: 2, permission_denied: 1 });
      assert.deepEqual(usage.addresses, [
        { address: '127.0.0.1', requests: 10 },
        { address: '203.0.113.7', requests: 2 },
      ]);
      const at = new Date(s.clock.now()).toISOString();
      assert.deepEqual(usage.permissions, {
        granted: ['runs:delete', 'runs:read', 'runs:write'],
        used: [
          { permission: 'results:upload', allowed: 0, refused: 1, last_used_at: at },
          { permission: 'runs:read', allowed: 4, refused: 0, last_used_at: at },
          { permission: 'runs:write', allowed: 1, refused: 0, last_used_at: at },
        ],
        unused: ['runs:delete'],
      });
      // 30 days back from now, by UTC day: 31 buckets, the newest first with direction=desc.
      assert.equal(answer.headers['x-total-count'], '31');
      assert.match(String(answer.headers.link), /rel="next"/);
      assert.deepEqual(usage.buckets, [
        {
          start: '2026-11-23T00:00:00.000Z',
          accepted: 9,
          refused: { forbidden: 2, permission_denied: 1 },
          rate_limited: 0,
          usage_exhausted: 0,
        },
      ]);

      const hourly = (
        await usageOf(limited.uuid, '?granularity=hour&from=2026-11-23T11:00:00Z&to=2026-11-23T14:00:00Z')
      ).json();
      assert.deepEqual(
        hourly.buckets.map((b: { start: string; accepted: number }) => [b.start, b.accepted]),
        [
          ['2026-11-23T11:00:00.000Z', 0],
          ['2026-11-23T12:00:00.000Z', 9],
          ['2026-11-23T13:00:00.000Z', 0],
        ],
      );
      // The window moved past the traffic: nothing counted, every granted permission unused.
      const later = (
        await usageOf(limited.uuid, '?from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z')
      ).json();
      assert.equal(later.totals.accepted, 0);
      assert.deepEqual(later.permissions.unused, ['runs:delete', 'runs:read', 'runs:write']);
    });

    test('administrators list every key by its requests in the last 7 days', async () => {
      const answer = await s.call('GET', '/v0/admin/keys?sort=requests_7d&direction=desc', adminSession);
      assert.equal(answer.statusCode, 200);
      assert.deepEqual(
        answer.json().map((key: { uuid: string; requests_7d: number }) => [key.uuid, key.requests_7d]),
        [
          [limited.uuid, 12],
          [plain.uuid, 0],
        ],
      );
      const ascending = await s.call('GET', '/v0/admin/keys?sort=requests_7d', adminSession);
      assert.deepEqual(
        ascending.json().map((key: { uuid: string }) => key.uuid),
        [plain.uuid, limited.uuid],
      );
    });

    test('an unrestricted key may use what its owner holds; a bad window is a 400 naming the field', async () => {
      const usage = (await usageOf(plain.uuid)).json();
      assert.deepEqual(usage.permissions.granted, ['runs:delete', 'runs:read', 'runs:write']);
      const bad = await usageOf(plain.uuid, '?from=yesterday');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /querystring\.from: "yesterday"/);
      const backwards = await usageOf(plain.uuid, '?from=2026-11-23T00:00:00Z&to=2026-11-22T00:00:00Z');
      assert.equal(backwards.statusCode, 400);
      assert.match(backwards.json().error.message, /querystring\.from: must be before querystring\.to/);
      const granularity = await usageOf(plain.uuid, '?granularity=week');
      assert.equal(granularity.statusCode, 400);
      assert.match(granularity.json().error.message, /granularity/);
    });

    test('two instances counting the same key add up in the store, never one write per request', async () => {
      // The second instance writes only when told to (a long interval): its counts stay in memory till then.
      const second = await secondInstance(s, { flushIntervalMs: 10_000 });
      try {
        const before = (await usageOf(plain.uuid)).json().totals.accepted;
        for (let i = 0; i < 4; i++)
          assert.equal(
            (await second.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(plain.key) }))
              .statusCode,
            200,
          );
        assert.equal((await usageOf(plain.uuid)).json().totals.accepted, before, 'no write per request');
        for (let i = 0; i < 3; i++) assert.equal((await from(plain.key, '/v0/auth/whoami')).statusCode, 200);
        await Promise.all([flush(), second.ctx.usageRecorder?.flush()]);
        const rows = await s.ctx.db
          .selectFrom('credentialUsage')
          .selectAll()
          .where('credentialId', '=', plain.uuid)
          .where('dimension', '=', 'outcome')
          .execute();
        assert.equal(rows.length, 1, 'one row per credential, hour and outcome, added to by both');
        assert.equal((await usageOf(plain.uuid)).json().totals.accepted, before + 7);
      } finally {
        await second.app.close();
      }
    });

    test('an app’s usage counts its token request and its tokens; only its managers read it', async () => {
      const app = await createApp(s, adminSession, { name: 'CI', slug: 'ci-app' });
      const secret = await createSecret(s, adminSession, 'ci-app');
      const token = await obtainToken(s, app.client_id, secret);
      for (let i = 0; i < 2; i++) assert.equal((await from(token, '/v0/auth/whoami')).statusCode, 200);
      await flush();
      const answer = await s.call('GET', '/v0/apps/ci-app/usage', adminSession);
      assert.equal(answer.statusCode, 200);
      assert.equal(answer.json().totals.accepted, 3);
      assert.deepEqual(answer.json().permissions, { granted: [], used: [], unused: [] });
      assert.equal((await s.call('GET', '/v0/apps/ci-app/usage', session)).statusCode, 403);
      assert.equal((await s.call('GET', '/v0/apps/ci-app/usage', token)).statusCode, 403);
      assert.equal((await s.call('GET', '/v0/apps/nope/usage', adminSession)).statusCode, 404);
      assert.equal((await s.app.inject({ method: 'GET', url: '/v0/apps/ci-app/usage' })).statusCode, 401);
    });

    test('another user’s key is 404; a key reads its own history, never another key’s', async () => {
      const dan = await s.createUser({ slug: 'dan' });
      const danSession = await s.login(dan.email);
      assert.equal((await usageOf(limited.uuid, '', danSession)).statusCode, 404);
      assert.equal((await usageOf(limited.uuid, '', adminSession)).statusCode, 200);
      assert.equal((await usageOf(plain.uuid, '', plain.key)).statusCode, 200);
      assert.equal((await usageOf(limited.uuid, '', plain.key)).statusCode, 403);
      assert.equal((await usageOf('0190a0a0-0000-7000-8000-000000000000')).statusCode, 404);
    });

    test('hours older than the retention are pruned; younger ones stay', async () => {
      const count = async () =>
        (await s.ctx.db.selectFrom('credentialUsage').select('credentialId').execute()).length;
      // Nothing left in memory: the earlier tests' last counts are written before the rows are counted.
      await flush();
      const stored = await count();
      assert.ok(stored > 0);
      assert.deepEqual(await s.ctx.usage.prune(s.clock.now() + 89 * DAY), { usage_rows_pruned: 0 });
      assert.deepEqual(await s.ctx.usage.prune(s.clock.now() + 91 * DAY), { usage_rows_pruned: stored });
      assert.equal(await count(), 0);
    });
  });
}

describe('usage history settings', () => {
  test('LATCHKEY_USAGE_HISTORY=false counts nothing; the routes answer what is stored', async () => {
    const s = await startTestServer('sqlite', { env: { LATCHKEY_USAGE_HISTORY: 'false' } });
    try {
      assert.equal(s.ctx.usageRecorder, undefined);
      const user = await s.createUser({ slug: 'eve' });
      const session = await s.login(user.email);
      const { uuid, key } = await s.createKey(session, 'eve');
      assert.equal((await s.call('GET', '/v0/auth/whoami', key)).statusCode, 200);
      const usage = await s.call('GET', `/v0/users/eve/keys/${uuid}/usage`, session);
      assert.equal(usage.statusCode, 200);
      assert.equal(usage.json().totals.accepted, 0);
      assert.equal((await s.ctx.db.selectFrom('credentialUsage').selectAll().execute()).length, 0);
    } finally {
      await s.close();
    }
  });

  test('a spent rate limit is counted as rate_limited', async () => {
    // The clock stands still, so the bucket never refills: the key creation takes one, whoami the rest.
    const s = await startTestServer('sqlite', {
      env: { LATCHKEY_RATE_LIMIT_BURST: '3', LATCHKEY_RATE_LIMIT_PER_SECOND: '1' },
    });
    try {
      const admin = await s.createUser({ slug: 'gus', admin: true });
      const adminSession = await s.login(admin.email);
      const user = await s.createUser({ slug: 'fay' });
      const session = await s.login(user.email);
      const { uuid, key } = await s.createKey(session, 'fay');
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await s.call('GET', '/v0/auth/whoami', key)).statusCode);
      assert.deepEqual(statuses, [200, 200, 429, 429]);
      await s.ctx.usageRecorder?.flush();
      const usage = (await s.call('GET', `/v0/users/fay/keys/${uuid}/usage`, adminSession)).json();
      assert.deepEqual(usage.totals, { accepted: 2, refused: 0, rate_limited: 2, usage_exhausted: 0 });
    } finally {
      await s.close();
    }
  });
});
