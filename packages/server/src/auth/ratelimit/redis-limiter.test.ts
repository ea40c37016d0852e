// Redis-backed budgets: two server instances share one bucket per principal; a Redis that is down fails open.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { insertUser, updateUser } from '../../features/users/users.store.ts';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { freePort } from '../../test/processes.ts';
import { REDIS_URL, redisAnswers } from '../../test/redis.ts';

const available = await redisAnswers();

describe('rate limits in Redis, shared by two instances', {
  skip: available ? false : `no Redis at ${REDIS_URL}`,
}, () => {
  const prefix = `latchkey-test:${randomBytes(6).toString('hex')}:`;
  const env = { LATCHKEY_REDIS_URL: REDIS_URL, LATCHKEY_REDIS_PREFIX: prefix };
  let one: TestServer;
  let two: TestServer;
  let redis: Redis;

  before(async () => {
    [one, two] = await Promise.all([startTestServer('sqlite', { env }), startTestServer('sqlite', { env })]);
    redis = new Redis(REDIS_URL);
  });
  after(async () => {
    redis.disconnect();
    await Promise.all([one.close(), two.close()]);
  });

  /** The same user (same id, so the same bucket) in both instances' databases, with a small budget. */
  async function sharedUser(budget: { perSecond: number; burst: number }) {
    const user = await one.createUser();
    const override = { rateLimitPerSecond: budget.perSecond, rateLimitBurst: budget.burst };
    await updateUser(one.ctx.db, user.id, override);
    await insertUser(two.ctx.db, { ...user, ...override });
    return { user, sessions: [await one.login(user.email), await two.login(user.email)] as const };
  }

  test('requests alternated between the instances draw on one budget', async () => {
    const { user, sessions } = await sharedUser({ perSecond: 1, burst: 4 });
    const servers = [one, two, one, two, one, two];
    const answers = [];
    for (const [i, s] of servers.entries())
      answers.push(await s.call('GET', '/v0/auth/whoami', sessions[i % 2] as string));
    assert.deepEqual(
      answers.map((r) => r.statusCode),
      [200, 200, 200, 200, 429, 429],
    );
    assert.deepEqual(
      answers.slice(0, 4).map((r) => r.headers['ratelimit-remaining']),
      ['3', '2', '1', '0'],
    );
    const refused = answers[5];
    assert.equal(refused?.json().error.code, 'rate_limited');
    assert.equal(refused?.headers['retry-after'], '1');
    assert.equal(refused?.headers['ratelimit-limit'], '4');
    assert.equal(refused?.headers['ratelimit-remaining'], '0');
    // The bucket's key expires when it would be full again (4 tokens at 1 a second), so idle principals cost nothing.
    const ttl = await redis.pttl(`${prefix}user:${user.id}`);
    assert.ok(ttl > 3000 && ttl <= 4000, `ttl ${ttl}`);
  });

  test('two users have their own buckets in Redis too', async () => {
    const first = await sharedUser({ perSecond: 1, burst: 1 });
    const second = await sharedUser({ perSecond: 1, burst: 1 });
    assert.equal((await one.call('GET', '/v0/auth/whoami', first.sessions[0])).statusCode, 200);
    assert.equal((await two.call('GET', '/v0/auth/whoami', first.sessions[1])).statusCode, 429);
    assert.equal((await two.call('GET', '/v0/auth/whoami', second.sessions[1])).statusCode, 200);
  });
});

describe('a Redis that is down fails open', () => {
  test('requests pass without RateLimit headers, and the outage is logged once, not per request', async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const closedPort = await freePort();
    const s = await startTestServer('sqlite', {
      env: { LATCHKEY_REDIS_URL: `redis://127.0.0.1:${closedPort}` },
      logStream,
    });
    try {
      const admin = await s.createUser({ admin: true });
      const session = await s.login(admin.email);
      for (let i = 0; i < 3; i++) {
        const response = await s.call('GET', '/v0/auth/whoami', session);
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['ratelimit-limit'], undefined);
      }
      const outages = lines.filter((line) => line.includes('Redis unavailable'));
      assert.equal(outages.length, 1, lines.join(''));
    } finally {
      await s.close();
    }
  });
});
