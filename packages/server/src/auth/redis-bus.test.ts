// Two instances sharing invalidations over real Redis pub/sub: revocations cross within a second; a lost connection clears the cache.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import type { TypedApp } from '../context.ts';
import { bearer, DIALECTS, secondInstance, startTestServer, type TestServer } from '../test/harness.ts';
import { REDIS_URL, redisAnswers } from '../test/redis.ts';
import type { Invalidation } from './invalidation-match.ts';
import { RedisBus } from './redis-bus.ts';

const skip = (await redisAnswers()) ? false : `no Redis at ${REDIS_URL}`;
const silent = { warn() {}, error() {} };
const unique = () => `latchkey-test:${randomBytes(6).toString('hex')}:`;

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 2000): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) assert.fail(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - start;
}

describe('the Redis invalidation bus on its own', { skip }, () => {
  test('a message published by one bus is applied by the other, not twice by its sender', async () => {
    const channel = `${unique()}invalidations`;
    const seen: { a: Invalidation[]; b: Invalidation[] } = { a: [], b: [] };
    const start = (into: Invalidation[]) =>
      RedisBus.start({ url: REDIS_URL, channel, apply: (m) => into.push(m), clearAll() {}, logger: silent });
    const [a, b] = await Promise.all([start(seen.a), start(seen.b)]);
    try {
      a.publish({ credentialId: 'k1' });
      await until('delivery to b', () => seen.b.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(seen.a, [{ credentialId: 'k1' }], 'applied once, at publish');
      assert.deepEqual(seen.b, [{ credentialId: 'k1' }]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('when the subscriber connection is killed, the cache is cleared and messages flow again after the reconnect', async () => {
    const prefix = unique();
    const channel = `${prefix}invalidations`;
    let cleared = 0;
    const received: Invalidation[] = [];
    const listener = await RedisBus.start({
      url: REDIS_URL,
      channel,
      connectionName: `${prefix}listener`,
      apply: (m) => received.push(m),
      clearAll: () => cleared++,
      logger: silent,
    });
    const sender = await RedisBus.start({
      url: REDIS_URL,
      channel,
      apply() {},
      clearAll() {},
      logger: silent,
    });
    const admin = new Redis(REDIS_URL);
    try {
      const clearedAtStart = cleared;
      const list = String(await admin.client('LIST'));
      const id = list
        .split('\n')
        .find((line) => line.includes(`name=${prefix}listener:sub`))
        ?.match(/\bid=(\d+)/)?.[1];
      assert.ok(id, 'the listener is in CLIENT LIST under its name');
      await admin.client('KILL', 'ID', id);
      await until('the cache to be cleared', () => cleared > clearedAtStart);
      // Once resubscribed, a new message arrives.
      await until(
        'a message after the reconnect',
        () => {
          sender.publish({ principalId: 'u1' });
          return received.some((m) => m.principalId === 'u1');
        },
        5000,
      );
      assert.ok(cleared >= clearedAtStart + 2, 'cleared on loss and again on reconnect');
    } finally {
      admin.disconnect();
      await Promise.all([listener.close(), sender.close()]);
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`invalidation across instances over Redis (${dialect})`, { skip }, () => {
    let a: TestServer;
    let b: TypedApp;
    let session: string;
    let adminSession: string;

    before(async () => {
      // A unique prefix, so parallel runs have their own channel.
      a = await startTestServer(dialect, {
        env: { LATCHKEY_REDIS_URL: REDIS_URL, LATCHKEY_REDIS_PREFIX: unique() },
      });
      b = (await secondInstance(a)).app;
      const user = await a.createUser({ slug: 'redis-multi' });
      const admin = await a.createUser({ admin: true });
      session = await a.login(user.email);
      adminSession = await a.login(admin.email);
    });
    after(async () => {
      await b.close();
      await a.close();
    });

    const onB = (secret: string) =>
      b.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(secret) });

    test("a key revoked on A is refused by B within one second, despite B's warm cache", async () => {
      const { key, uuid } = await a.createKey(session, 'redis-multi');
      assert.equal((await onB(key)).statusCode, 200);
      assert.equal((await onB(key)).statusCode, 200, 'B answers from its cache');
      await a.call('DELETE', `/v0/users/redis-multi/keys/${uuid}`, session);
      const ms = await until('B refusing the key', async () => (await onB(key)).statusCode === 401, 1000);
      assert.equal((await onB(key)).json().error.code, 'credential_revoked', `after ${ms} ms`);
    });

    test('a user suspended on A is refused by B within one second', async () => {
      const other = await a.createUser({ slug: 'redis-suspended' });
      const otherSession = await a.login(other.email);
      const { key } = await a.createKey(otherSession, 'redis-suspended');
      assert.equal((await onB(key)).statusCode, 200);
      await a.call('PATCH', '/v0/users/redis-suspended', adminSession, { suspended: true });
      await until('B refusing the key', async () => (await onB(key)).statusCode === 401, 1000);
      assert.equal((await onB(key)).json().error.code, 'user_suspended');
    });
  });
}
