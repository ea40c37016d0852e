// Exactness across instances: three real server processes on one PostgreSQL (with and without Redis) take a
// 200-request concurrent burst against one limit of 50 and accept exactly 50, never more.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { POSTGRES_URL } from '../../test/harness.ts';
import { type ServerProcess, startServer, stopServer } from '../../test/processes.ts';
import { REDIS_URL, redisAnswers } from '../../test/redis.ts';

const PASSWORD = 'three instances, one limit';
const LIMIT = 50;
const BURST = 200;
const redisUp = await redisAnswers();

const serve = (dir: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> =>
  startServer(
    {
      LATCHKEY_ADMIN_EMAIL: 'admin@example.com',
      LATCHKEY_ADMIN_PASSWORD: PASSWORD,
      // The burst is the point, not the budget: no rate limit refuses any of it.
      LATCHKEY_RATE_LIMIT_PER_SECOND: '0',
      ...env,
    },
    dir,
  );

async function api(base: string, method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(base + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const variants = [
  { name: 'PostgreSQL and Redis', redis: true },
  { name: 'PostgreSQL alone', redis: false },
];

for (const variant of variants) {
  const skip = !POSTGRES_URL
    ? 'LATCHKEY_TEST_POSTGRES_URL is not set'
    : variant.redis && !redisUp
      ? `no Redis at ${REDIS_URL}`
      : false;
  describe(`a usage limit across three server processes (${variant.name})`, { skip }, () => {
    const servers: ServerProcess[] = [];
    const database = `lk_limits_${randomBytes(5).toString('hex')}`;
    const dir = mkdtempSync(join(tmpdir(), 'latchkey-limits-'));
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    after(async () => {
      await Promise.all(servers.map(stopServer));
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    });

    test(`a ${BURST}-request burst spread over three instances is accepted exactly ${LIMIT} times`, async () => {
      await admin.connect();
      await admin.query(`create database ${database}`);
      const url = new URL(POSTGRES_URL ?? '');
      url.pathname = `/${database}`;
      const env: NodeJS.ProcessEnv = {
        LATCHKEY_DATABASE_URL: url.toString(),
        LATCHKEY_POSTGRES_CHANNEL: database,
        LATCHKEY_REDIS_URL: variant.redis ? REDIS_URL : '',
        LATCHKEY_REDIS_PREFIX: `${database}:`,
        LATCHKEY_MASTER_KEY: randomBytes(32).toString('base64'),
      };
      // The first migrates; the other two start on the migrated database.
      const first = await serve(dir, env);
      servers.push(first);
      const rest = await Promise.all([serve(dir, env), serve(dir, env)]);
      servers.push(...rest);
      const urls = [first.url, ...rest.map((served) => served.url)];

      const login = await fetch(`${first.url}/v0/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.com', password: PASSWORD }),
      });
      const session = ((await login.json()) as { token: string }).token;
      const me = JSON.parse((await api(first.url, 'GET', '/v0/auth/whoami', session)).text) as {
        principal: { slug: string };
      };
      const created = await api(first.url, 'POST', `/v0/users/${me.principal.slug}/keys`, session, {
        name: 'burst',
        limits: { remaining: LIMIT },
      });
      assert.equal(created.status, 201, created.text);
      const key = JSON.parse(created.text) as { key: string; uuid: string };

      const answers = await Promise.all(
        Array.from({ length: BURST }, (_, i) => {
          const base = urls[i % urls.length] ?? first.url;
          // Half whoami, half verify: both spend from the same limit.
          return api(base, 'GET', i % 2 === 0 ? '/v0/auth/whoami' : '/v0/auth/verify', key.key);
        }),
      );
      const accepted = answers.filter((answer) => answer.status === 200);
      const exhausted = answers.filter(
        (answer) => answer.status === 429 && answer.text.includes('usage_exhausted'),
      );
      assert.equal(accepted.length, LIMIT, `accepted ${accepted.length} of ${BURST}`);
      assert.equal(exhausted.length, BURST - LIMIT);
      // Each count left was told exactly once: 49 down to 0.
      const told = accepted
        .map((answer) => Number(answer.headers.get('x-latchkey-remaining')))
        .sort((a, b) => a - b);
      assert.deepEqual(
        told,
        Array.from({ length: LIMIT }, (_, i) => i),
      );
      const then = await Promise.all(urls.map((base) => api(base, 'GET', '/v0/auth/whoami', key.key)));
      assert.deepEqual(
        then.map((answer) => answer.status),
        [429, 429, 429],
      );
    });
  });
}
