// With Redis keeping both the rate limit's buckets and the usage counters, a limited credential's request is one
// call to Redis (the token and the use in one script), and the two limits still answer as they do apart.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { type OwnRedis, startOwnRedis } from '../../test/redis.ts';
import { waitUntil } from '../../test/wait.ts';

const PREFIX = 'lk-one-call:';

describe('usage limits and rate limits in one Redis call', () => {
  let redis: OwnRedis;
  let client: Redis;
  let monitor: Redis;
  /** Every command Redis ran, as its arguments, while the test watches. */
  const seen: string[][] = [];
  let s: TestServer;
  before(async () => {
    redis = await startOwnRedis();
    s = await startTestServer('sqlite', {
      env: {
        LATCHKEY_REDIS_URL: redis.url,
        LATCHKEY_REDIS_PREFIX: PREFIX,
        // Five requests at once, then one a second: a quick run of requests soon meets the rate limit.
        LATCHKEY_RATE_LIMIT_PER_SECOND: '1',
        LATCHKEY_RATE_LIMIT_BURST: '5',
      },
    });
    client = new Redis(redis.url);
    monitor = await client.monitor();
    // What a script runs inside is reported too, from "lua": only what clients sent counts.
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source !== 'lua') seen.push(args);
    });
  });
  after(async () => {
    try {
      monitor.disconnect();
      client.disconnect();
      await s.close();
    } finally {
      await redis.kill();
    }
  });

  const whoami = (secret: string) => s.call('GET', '/v0/auth/whoami', secret);
  /** The commands that touched any of these Redis keys since `from`. */
  const touching = (from: number, keys: string[]) =>
    seen.slice(from).filter((args) => args.some((arg) => keys.includes(arg)));
  /** MONITOR reports a command after running it: wait until `count` commands touched the keys. */
  const settled = (from: number, keys: string[], count: number) =>
    waitUntil(() => touching(from, keys).length >= count, `${count} Redis commands on the credential`);

  async function limitedKey(name: string, remaining: number, scopes?: object) {
    const u = await s.createUser();
    const owner = await s.login(u.email);
    const key = await s.createKey(owner, u.slug, {
      name,
      limits: { remaining },
      ...(scopes ? { scopes } : {}),
    });
    const keys = [`${PREFIX}user:${u.id}`, `${PREFIX}limit:${key.uuid}`];
    return { key, keys, slug: u.slug };
  }

  test('an accepted request of a limited key is one command that takes the token and spends the use', async () => {
    const { key, keys } = await limitedKey('one call', 10);
    // The first request reads the limit's settings; from then on the instance knows them.
    assert.equal((await whoami(key.key)).statusCode, 200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const from = seen.length;
    const answer = await whoami(key.key);
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.headers['x-latchkey-remaining'], '8');
    await settled(from, keys, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const commands = touching(from, keys);
    assert.equal(commands.length, 1, `one command, not ${JSON.stringify(commands)}`);
    assert.ok(
      keys.every((k) => commands[0]?.includes(k)),
      'the one command names both the bucket and the counter',
    );
  });

  test('a rate-limited request spends no use, and the 429 is the rate limit’s', async () => {
    const { key } = await limitedKey('rate limited', 50);
    let accepted = 0;
    let limited: Awaited<ReturnType<typeof whoami>> | undefined;
    for (let i = 0; i < 20 && limited === undefined; i++) {
      const answer = await whoami(key.key);
      if (answer.statusCode === 200) accepted++;
      else limited = answer;
    }
    assert.ok(limited, 'twenty requests in a row meet a burst of five');
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().error.code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.equal(limited.headers['x-latchkey-remaining'], undefined);
    // The count as Redis keeps it (the owner's own requests would wait for the same bucket).
    const view = await s.ctx.limits.view({ kind: 'key', id: key.uuid });
    assert.equal(view?.remaining, 50 - accepted, 'the rate-limited request spent nothing');
  });

  test('a request refused by a check is charged to the rate limit and spends no use', async () => {
    const { key, slug } = await limitedKey('refused', 10, { read_only: true });
    const first = await whoami(key.key);
    assert.equal(first.statusCode, 200);
    // A read-only key asking for a write.
    const refused = await s.call('POST', `/v0/users/${slug}/keys`, key.key, { name: 'another' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'forbidden');
    assert.equal(refused.headers['x-latchkey-remaining'], undefined);
    assert.ok(
      Number(refused.headers['ratelimit-remaining']) <= Number(first.headers['ratelimit-remaining']),
      'the refusal took a token',
    );
    const view = await s.ctx.limits.view({ kind: 'key', id: key.uuid });
    assert.equal(view?.remaining, 9, 'only the accepted request spent a use');
  });
});
