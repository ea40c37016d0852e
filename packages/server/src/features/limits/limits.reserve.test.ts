// The one instance on SQLite spends uses it reserved from the row in blocks: a stop gives back what it did not
// spend, and a crash (its memory lost) leaves the credential fewer uses, never more.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MasterKey } from '../../lib/crypto/master-key.ts';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { MAX_BLOCK, nextBlock } from './limits.reserve.ts';

describe('the size of the next reserved block', () => {
  test('starts at 1, and doubles while each block is spent within a second, up to the largest', () => {
    assert.equal(nextBlock(undefined), 1);
    assert.equal(nextBlock({ block: 1, lastedMs: 5 }), 2);
    assert.equal(nextBlock({ block: 512, lastedMs: 999 }), 1024);
    assert.equal(nextBlock({ block: MAX_BLOCK, lastedMs: 10 }), MAX_BLOCK);
    assert.equal(nextBlock({ block: MAX_BLOCK / 2 + 1, lastedMs: 10 }), MAX_BLOCK);
  });

  test('settles at one to two seconds of traffic: kept, then halved as the credential slows down', () => {
    assert.equal(nextBlock({ block: 8192, lastedMs: 1000 }), 8192);
    assert.equal(nextBlock({ block: 8192, lastedMs: 1999 }), 8192);
    assert.equal(nextBlock({ block: 8192, lastedMs: 2000 }), 4096);
    assert.equal(nextBlock({ block: 1, lastedMs: 5000 }), 1);
  });

  test('a credential used less than once in ten seconds reserves one use at a time', () => {
    assert.equal(nextBlock({ block: MAX_BLOCK, lastedMs: 10_000 }), 1);
    assert.equal(nextBlock({ block: 2, lastedMs: 60_000 }), 1);
  });
});

describe('usage limits reserved in blocks (sqlite)', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const open: TestServer[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-limits-'));
    env = { LATCHKEY_MASTER_KEY: MasterKey.generate().toBase64() };
  });
  after(async () => {
    for (const s of open) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A server on the test's database file. */
  async function start(): Promise<TestServer> {
    const s = await startTestServer('sqlite', { env, sqlitePath: join(dir, 'latchkey.db') });
    open.push(s);
    return s;
  }

  async function stop(s: TestServer): Promise<void> {
    open.splice(open.indexOf(s), 1);
    await s.close();
  }

  /** A user's key limited to `remaining` uses, with the owner's session. */
  async function limitedKey(s: TestServer, remaining: number) {
    const u = await s.createUser();
    const owner = await s.login(u.email);
    const key = await s.createKey(owner, u.slug, { name: 'limited', limits: { remaining } });
    return { ...key, owner, user: u.slug };
  }

  const remainingOf = async (s: TestServer, key: { uuid: string; owner: string; user: string }) =>
    (await s.call('GET', `/v0/users/${key.user}/keys/${key.uuid}`, key.owner)).json().limits.remaining;

  async function spend(s: TestServer, secret: string, times: number): Promise<string[]> {
    const told: string[] = [];
    for (let i = 0; i < times; i++) {
      const response = await s.call('GET', '/v0/auth/whoami', secret);
      assert.equal(response.statusCode, 200);
      told.push(String(response.headers['x-latchkey-remaining']));
    }
    return told;
  }

  test('each answer tells the exact count while uses come from reserved blocks, and a stop gives the rest back', async () => {
    const s = await start();
    const key = await limitedKey(s, 100);
    const told = await spend(s, key.key, 20);
    assert.deepEqual(
      told,
      Array.from({ length: 20 }, (_, i) => String(99 - i)),
    );
    const row = await s.ctx.db
      .selectFrom('usageLimits')
      .select('remaining')
      .where('credentialId', '=', key.uuid)
      .executeTakeFirstOrThrow();
    assert.ok(row.remaining < 80, `the row holds ${row.remaining}: uses are reserved ahead`);
    assert.equal(await remainingOf(s, key), 80);
    await stop(s);

    const restarted = await start();
    assert.equal(await remainingOf(restarted, key), 80);
    assert.deepEqual(await spend(restarted, key.key, 1), ['79']);
    await stop(restarted);
  });

  test('a crash loses the reserved uses not yet spent: the next instance grants fewer, never more', async () => {
    const crashed = await start();
    const key = await limitedKey(crashed, 30);
    await spend(crashed, key.key, 10);
    // Its memory is lost: a new instance on the same file, the first never stopped.
    const next = await start();
    const left = await remainingOf(next, key);
    assert.ok(left <= 20, `${left} left after 10 of 30 were spent`);
    let accepted = 0;
    for (;;) {
      const response = await next.call('GET', '/v0/auth/whoami', key.key);
      if (response.statusCode === 429) break;
      assert.equal(response.statusCode, 200);
      accepted++;
    }
    assert.equal(accepted, left);
    assert.ok(10 + accepted <= 30);
  });

  test('the last use is spent exactly once under a concurrent burst', async () => {
    const s = await start();
    const key = await limitedKey(s, 50);
    const answers = await Promise.all(
      Array.from({ length: 120 }, () => s.call('GET', '/v0/auth/whoami', key.key)),
    );
    assert.equal(answers.filter((a) => a.statusCode === 200).length, 50);
    assert.equal(answers.filter((a) => a.statusCode === 429).length, 70);
    const told = answers
      .filter((a) => a.statusCode === 200)
      .map((a) => Number(a.headers['x-latchkey-remaining']))
      .sort((a, b) => a - b);
    assert.deepEqual(
      told,
      Array.from({ length: 50 }, (_, i) => i),
    );
    assert.equal(await remainingOf(s, key), 0);
  });
});
