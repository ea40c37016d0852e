// With Redis counting, a usage-limited credential is refused with 503 while Redis is down (never let through
// uncounted), other credentials still pass, and once Redis is back the count goes on from the database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { type OwnRedis, startOwnRedis } from '../../test/redis.ts';
import { waitUntil } from '../../test/wait.ts';

describe('usage limits while Redis is down', () => {
  let redis: OwnRedis;
  let s: TestServer;
  before(async () => {
    redis = await startOwnRedis();
    s = await startTestServer('sqlite', {
      env: { LATCHKEY_REDIS_URL: redis.url, LATCHKEY_REDIS_PREFIX: 'lk-limits-down:' },
    });
  });
  after(async () => {
    try {
      await s.close();
    } finally {
      await redis.kill();
    }
  });

  const whoami = (secret: string) => s.call('GET', '/v0/auth/whoami', secret);

  test('a limited key gets 503 while Redis is away, an unlimited one passes, and counting resumes from the row', async () => {
    const u = await s.createUser();
    const owner = await s.login(u.email);
    const limited = await s.createKey(owner, u.slug, { name: 'limited', limits: { remaining: 5 } });
    const unlimited = await s.createKey(owner, u.slug, { name: 'unlimited' });
    const first = await whoami(limited.key);
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['x-latchkey-remaining'], '4');
    await s.ctx.limits.flush();

    await redis.kill();
    for (const path of ['/v0/auth/whoami', '/v0/auth/verify']) {
      const refused = await s.call('GET', path, limited.key);
      assert.equal(refused.statusCode, 503, path);
      assert.equal(refused.json().error.code, 'unavailable');
      assert.equal(refused.headers['retry-after'], '1');
      assert.equal(refused.headers['x-latchkey-remaining'], undefined);
      assert.equal(refused.headers['x-latchkey-principal'], undefined, 'a refusal carries no identity');
      assert.doesNotMatch(refused.body, new RegExp(limited.key));
    }
    assert.equal((await whoami(unlimited.key)).statusCode, 200);

    // Back, and empty: the counter starts again from what the database row holds.
    await redis.restart();
    // Asked only inside the wait: a request made before it could already be counted, and spend a use unseen.
    let answer: Awaited<ReturnType<typeof whoami>> | undefined;
    await waitUntil(async () => {
      answer = await whoami(limited.key);
      return answer.statusCode !== 503;
    }, 'the limited key to be counted again');
    assert.equal(answer?.statusCode, 200);
    assert.equal(answer?.headers['x-latchkey-remaining'], '3');
  });
});
