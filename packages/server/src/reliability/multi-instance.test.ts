// Three real instances on one PostgreSQL and one Redis behind a real nginx: revocation, suspension and archiving refused within 1 s through the balancer.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { POSTGRES_URL } from '../test/harness.ts';
import { NGINX } from '../test/nginx.ts';
import { type Balancer, startBalancer } from '../test/nginx-balancer.ts';
import { createDatabase, json, type ServerProcess, startServer, stopServer } from '../test/processes.ts';
import { REDIS_URL, redisAnswers } from '../test/redis.ts';

const ADMIN = { email: 'multi@example.com', password: 'multi instance password' };
const TRIALS = 15;
/** Consecutive refusals through the balancer that count as "refused everywhere" (three instances, three rounds). */
const CONSECUTIVE = 9;

const skip = !POSTGRES_URL
  ? 'LATCHKEY_TEST_POSTGRES_URL is not set'
  : !NGINX
    ? 'nginx is not installed (.ci/run installs it)'
    : !(await redisAnswers())
      ? `no Redis at ${REDIS_URL}`
      : false;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

describe('three instances behind nginx on PostgreSQL and Redis', { skip }, () => {
  let dir: string;
  let dropDatabase = async () => {};
  let instances: ServerProcess[] = [];
  let balancer: Balancer;
  let admin: string;

  const call = (base: string, method: string, path: string, token?: string, body?: unknown) =>
    json(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const whoami = (secret: string) => call(balancer.url, 'GET', '/v0/auth/whoami', secret);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-multi-'));
    const database = await createDatabase(POSTGRES_URL ?? '');
    dropDatabase = database.drop;
    const env = {
      LATCHKEY_DATABASE_URL: database.url,
      LATCHKEY_REDIS_URL: REDIS_URL,
      LATCHKEY_REDIS_PREFIX: `latchkey-test:${randomBytes(6).toString('hex')}:`,
      LATCHKEY_ADMIN_EMAIL: ADMIN.email,
      LATCHKEY_ADMIN_PASSWORD: ADMIN.password,
      LATCHKEY_AUTH_FAILURE_LIMIT: '0',
      LATCHKEY_LOG_LEVEL: 'warn',
    };
    // The first migrates and makes the administrator; the others find both done.
    const first = await startServer({ ...env, LATCHKEY_LOG_LEVEL: 'info' }, dir);
    const rest = await Promise.all([
      startServer({ ...env, LATCHKEY_LOG_LEVEL: 'info' }, dir),
      startServer({ ...env, LATCHKEY_LOG_LEVEL: 'info' }, dir),
    ]);
    instances = [first, ...rest];
    balancer = await startBalancer(
      instances.map((i) => i.url),
      dir,
    );
    const login = await call(balancer.url, 'POST', '/v0/auth/login', undefined, ADMIN);
    assert.equal(login.status, 200, JSON.stringify(login.body));
    admin = (login.body as { token: string }).token;
  });
  after(async () => {
    await balancer?.stop();
    await Promise.all(instances.map(stopServer));
    await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A user (one scrypt hash and sign-in, at the production cost) with a budget no test load reaches. */
  async function newUser(): Promise<{ slug: string; session: string }> {
    const slug = `u-${randomBytes(4).toString('hex')}`;
    const password = 'a long enough password';
    const created = await call(balancer.url, 'POST', '/v0/users', admin, {
      email: `${slug}@example.com`,
      name: slug,
      slug,
      password,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const budget = { rate_limit: { per_second: 100_000, burst: 100_000 } };
    assert.equal((await call(balancer.url, 'PATCH', `/v0/users/${slug}`, admin, budget)).status, 200);
    const login = await call(balancer.url, 'POST', '/v0/auth/login', undefined, {
      email: `${slug}@example.com`,
      password,
    });
    assert.equal(login.status, 200, JSON.stringify(login.body));
    return { slug, session: (login.body as { token: string }).token };
  }

  async function newKey(user: { slug: string; session: string }): Promise<{ key: string; uuid: string }> {
    const key = await call(balancer.url, 'POST', `/v0/users/${user.slug}/keys`, user.session, {
      name: randomBytes(4).toString('hex'),
    });
    assert.equal(key.status, 201, JSON.stringify(key.body));
    return key.body as { key: string; uuid: string };
  }

  /**
   * Warms every instance's cache with `secret`, runs `act` on one instance, then polls through the
   * balancer until CONSECUTIVE answers in a row are 401; returns the ms from `act` to the first of them.
   */
  async function propagation(secret: string, act: () => Promise<void>): Promise<number> {
    for (let i = 0; i < 6; i++)
      assert.equal((await whoami(secret)).status, 200, 'accepted before the change');
    const start = Date.now();
    await act();
    let streak = 0;
    let firstRefused = 0;
    for (;;) {
      const status = (await whoami(secret)).status;
      if (status === 401) {
        if (streak++ === 0) firstRefused = Date.now();
        if (streak === CONSECUTIVE) break;
      } else streak = 0;
      if (Date.now() - start > 3000) assert.fail('still accepted through the balancer after 3 s');
    }
    // And each instance, asked directly, refuses too.
    for (const instance of instances)
      assert.equal((await call(instance.url, 'GET', '/v0/auth/whoami', secret)).status, 401, instance.url);
    return firstRefused - start;
  }

  test('under load through the balancer, revoked keys, a suspended user and an archived app are refused within 1 s', async () => {
    const load = await newKey(await newUser());
    const member = await newUser();
    let loading = true;
    const loadStatuses = new Map<number, number>();
    let loadCount = 0;
    const loadStart = Date.now();
    const workers = Array.from({ length: 4 }, async () => {
      while (loading) {
        const { status } = await whoami(load.key);
        loadCount++;
        loadStatuses.set(status, (loadStatuses.get(status) ?? 0) + 1);
      }
    });
    try {
      const revocations: number[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const { key, uuid } = await newKey(member);
        const on = instances[trial % instances.length] as ServerProcess;
        revocations.push(
          await propagation(key, async () => {
            const revoked = await call(on.url, 'DELETE', `/v0/users/${member.slug}/keys/${uuid}`, admin);
            assert.ok(revoked.status < 300, JSON.stringify(revoked.body));
          }),
        );
      }
      const suspended = await newUser();
      const suspension = await propagation((await newKey(suspended)).key, async () => {
        const patched = await call(
          (instances[1] as ServerProcess).url,
          'PATCH',
          `/v0/users/${suspended.slug}`,
          admin,
          { suspended: true },
        );
        assert.equal(patched.status, 200, JSON.stringify(patched.body));
      });

      const app = await call(balancer.url, 'POST', '/v0/apps', admin, {
        name: `App ${randomBytes(3).toString('hex')}`,
      });
      assert.equal(app.status, 201, JSON.stringify(app.body));
      const { slug: appSlug, client_id: clientId } = app.body as { slug: string; client_id: string };
      const secret = await call(balancer.url, 'POST', `/v0/apps/${appSlug}/secret`, admin, {});
      const clientSecret = (secret.body as { client_secret: string }).client_secret;
      const token = await fetch(`${balancer.url}/v0/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        },
        body: 'grant_type=client_credentials',
      }).then((r) => r.json() as Promise<{ access_token: string }>);
      const archive = await propagation(token.access_token, async () => {
        const archived = await call(
          (instances[2] as ServerProcess).url,
          'DELETE',
          `/v0/apps/${appSlug}`,
          admin,
        );
        assert.ok(archived.status < 300, JSON.stringify(archived.body));
      });

      const sorted = [...revocations].sort((a, b) => a - b);
      process.stdout.write(
        `# propagation through nginx over ${TRIALS} revocations: p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms; suspension ${suspension} ms; app archive ${archive} ms\n`,
      );
      for (const ms of [...revocations, suspension, archive]) assert.ok(ms <= 1000, `refused after ${ms} ms`);
    } finally {
      loading = false;
      await Promise.all(workers);
    }
    const seconds = (Date.now() - loadStart) / 1000;
    process.stdout.write(
      `# background load: ${loadCount} whoami through nginx in ${seconds.toFixed(1)} s (${Math.round(loadCount / seconds)} rps), statuses ${JSON.stringify(Object.fromEntries(loadStatuses))}\n`,
    );
    assert.deepEqual([...loadStatuses.keys()], [200], 'the load saw no errors');
  });

  test('a rate limit is one budget across the instances, not one per instance', async () => {
    const limited = await newUser();
    const limitedKey = (await newKey(limited)).key;
    const patched = await call(balancer.url, 'PATCH', `/v0/users/${limited.slug}`, admin, {
      rate_limit: { per_second: 1, burst: 6 },
    });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    // The new budget reaches every instance's cached principal through the invalidation bus.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const statuses: number[] = [];
    for (let i = 0; i < 18; i++) statuses.push((await whoami(limitedKey)).status);
    const allowed = statuses.filter((s) => s === 200).length;
    assert.ok(
      allowed <= 7,
      `${allowed} of 18 allowed (6 burst + at most one refill), not 6 per instance: ${statuses}`,
    );
    assert.ok(statuses.filter((s) => s === 429).length >= 11, String(statuses));
  });
});
