// Per-principal budgets in memory: headers on every authenticated answer, 429s, refill, and who shares a bucket.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createApp, createSecret, oauthPost, obtainToken } from '../../test/apps-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

/** RateLimit-Remaining as a number. */
const remaining = (response: LightMyRequestResponse) => Number(response.headers['ratelimit-remaining']);

for (const dialect of DIALECTS) {
  describe(`rate limits (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;

    before(async () => {
      // A large default budget, so only the principals given a small override ever run out.
      s = await startTestServer(dialect, {
        env: { LATCHKEY_RATE_LIMIT_PER_SECOND: '10', LATCHKEY_RATE_LIMIT_BURST: '1000' },
      });
      const admin = await s.createUser({ admin: true });
      adminSession = await s.login(admin.email);
    });
    after(() => s.close());

    /** A user with their own small budget, and a key of theirs. */
    async function limitedUser(budget: { per_second: number; burst: number }) {
      const user = await s.createUser();
      const set = await s.call('PATCH', `/v0/users/${user.id}`, adminSession, { rate_limit: budget });
      assert.equal(set.statusCode, 200, set.body);
      const session = await s.login(user.email);
      const { key } = await s.createKey(session, user.id);
      return { user, session, key };
    }

    test('an authenticated 200 carries RateLimit-Limit, -Remaining and -Reset', async () => {
      const user = await s.createUser();
      const { key } = await s.createKey(await s.login(user.email), user.id);
      const response = await s.call('GET', '/v0/auth/whoami', key);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['ratelimit-limit'], '1000', 'the configured default burst');
      assert.equal(response.headers['ratelimit-remaining'], '998', 'key creation was charged too');
      assert.equal(response.headers['ratelimit-reset'], '1', '2 tokens missing at 10 a second');
      assert.equal(response.headers['retry-after'], undefined);
    });

    test('authenticated errors carry the headers too: a 404 from the handler, a 403 from the route', async () => {
      const { key } = await limitedUser({ per_second: 1, burst: 50 });
      const missing = await s.call('GET', '/v0/users/nobody-here', key);
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.headers['ratelimit-limit'], '50');
      const forbidden = await s.call('GET', '/v0/users', key);
      assert.equal(forbidden.statusCode, 403);
      assert.equal(forbidden.headers['ratelimit-limit'], '50');
      assert.equal(remaining(forbidden), remaining(missing) - 1);
    });

    test('unauthenticated answers carry no RateLimit headers and charge nobody', async () => {
      const health = await s.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
      assert.equal(health.headers['ratelimit-limit'], undefined);
      const refused = await s.call('GET', '/v0/auth/whoami', 'lk_user_not-a-real-key');
      assert.ok(refused.statusCode >= 400 && refused.statusCode < 500);
      assert.equal(refused.headers['ratelimit-limit'], undefined);
    });

    test('an empty bucket answers 429 rate_limited with Retry-After, then refills at per_second', async () => {
      const { user, key } = await limitedUser({ per_second: 1, burst: 3 });
      // Key creation took one token.
      assert.equal(remaining(await s.call('GET', '/v0/auth/whoami', key)), 1);
      assert.equal(remaining(await s.call('GET', '/v0/auth/whoami', key)), 0);
      const refused = await s.call('GET', '/v0/auth/whoami', key);
      assert.equal(refused.statusCode, 429);
      const error = refused.json().error;
      assert.equal(error.code, 'rate_limited');
      assert.match(error.message, new RegExp(`user "${user.slug}"`));
      assert.match(error.message, /retry in 1 second/);
      assert.equal(refused.headers['retry-after'], '1');
      assert.equal(refused.headers['ratelimit-limit'], '3');
      assert.equal(refused.headers['ratelimit-remaining'], '0');
      assert.equal(refused.headers['ratelimit-reset'], '3');

      s.clock.advance(1000);
      const again = await s.call('GET', '/v0/auth/whoami', key);
      assert.equal(again.statusCode, 200, 'one token came back');
      assert.equal(remaining(again), 0);
      s.clock.advance(60_000);
      assert.equal(
        remaining(await s.call('GET', '/v0/auth/whoami', key)),
        2,
        'full (3) again, less this one',
      );
    });

    test("a user's keys and sessions draw on one budget", async () => {
      const { user, session, key } = await limitedUser({ per_second: 1, burst: 4 });
      const { key: second } = await s.createKey(session, user.id);
      const seen = [];
      for (const secret of [key, session, second]) seen.push(await s.call('GET', '/v0/auth/whoami', secret));
      assert.deepEqual(seen.map(remaining), [1, 0, 0]);
      assert.deepEqual(
        seen.map((r) => r.statusCode),
        [200, 200, 429],
      );
    });

    test('two users are independent: one running out leaves the other untouched', async () => {
      const { key: exhausted } = await limitedUser({ per_second: 1, burst: 1 });
      const { key: other } = await limitedUser({ per_second: 1, burst: 5 });
      assert.equal((await s.call('GET', '/v0/auth/whoami', exhausted)).statusCode, 429);
      const fine = await s.call('GET', '/v0/auth/whoami', other);
      assert.equal(fine.statusCode, 200);
      assert.equal(remaining(fine), 3);
    });

    describe('apps', () => {
      let tokenA: string;
      let tokenB: string;
      let appA: { uuid: string; client_id: string; slug: string };
      let secretA: string;

      before(async () => {
        appA = await createApp(s, adminSession);
        const appB = await createApp(s, adminSession);
        secretA = await createSecret(s, adminSession, appA.uuid);
        tokenA = await obtainToken(s, appA.client_id, secretA);
        tokenB = await obtainToken(s, appB.client_id, await createSecret(s, adminSession, appB.uuid));
        const set = await s.call('PATCH', `/v0/apps/${appA.uuid}`, adminSession, {
          rate_limit: { per_second: 1, burst: 2 },
        });
        assert.equal(set.statusCode, 200, set.body);
      });

      test('two apps have independent budgets: exhausting app A leaves app B untouched', async () => {
        const first = await s.call('GET', '/v0/auth/whoami', tokenA);
        assert.equal(first.headers['ratelimit-limit'], '2', 'the override reached the cached app principal');
        assert.equal(remaining(first), 1);
        assert.equal((await s.call('GET', '/v0/auth/whoami', tokenA)).statusCode, 200);
        const refused = await s.call('GET', '/v0/auth/whoami', tokenA);
        assert.equal(refused.statusCode, 429);
        assert.match(refused.json().error.message, new RegExp(`app "${appA.slug}"`));
        const other = await s.call('GET', '/v0/auth/whoami', tokenB);
        assert.equal(other.statusCode, 200);
        assert.equal(other.headers['ratelimit-limit'], '1000');
      });

      test("the token endpoint charges the app's budget and refuses an empty one with 429", async () => {
        const refused = await oauthPost(s, {
          grant_type: 'client_credentials',
          client_id: appA.client_id,
          client_secret: secretA,
        });
        assert.equal(refused.statusCode, 429);
        assert.equal(refused.json().error, 'temporarily_unavailable');
        assert.match(refused.json().error_description, /rate limit of app/);
        assert.equal(refused.headers['retry-after'], '1');
        assert.equal(refused.headers['ratelimit-remaining'], '0');
        s.clock.advance(5000);
        assert.ok(await obtainToken(s, appA.client_id, secretA), 'a refilled app obtains tokens again');
      });

      test("introspection is charged to the caller: the client's budget, or the administrator's", async () => {
        const url = '/v0/oauth/introspect';
        const byClient = await oauthPost(
          s,
          { token: tokenA, client_id: appA.client_id, client_secret: secretA },
          {},
          { url },
        );
        assert.equal(byClient.statusCode, 200);
        assert.equal(byClient.headers['ratelimit-limit'], '2');
        const byAdmin = await oauthPost(
          s,
          { token: tokenA },
          { authorization: `Bearer ${adminSession}` },
          { url },
        );
        assert.equal(byAdmin.statusCode, 200);
        assert.equal(byAdmin.json().active, true);
        assert.equal(byAdmin.headers['ratelimit-limit'], '1000');
      });
    });
  });
}

describe('rate limits off (LATCHKEY_RATE_LIMIT_PER_SECOND=0)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite', { env: { LATCHKEY_RATE_LIMIT_PER_SECOND: '0' } });
  });
  after(() => s.close());

  test('no headers, no 429s, and administrators see rate_limit: null', async () => {
    const admin = await s.createUser({ admin: true });
    const session = await s.login(admin.email);
    for (let i = 0; i < 3; i++) {
      const response = await s.call('GET', `/v0/users/${admin.id}`, session);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['ratelimit-limit'], undefined);
      assert.equal(response.json().rate_limit, null);
    }
  });
});
