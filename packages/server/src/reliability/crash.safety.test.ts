// kill -9 of the real server during a burst of key creations: every key answered 201 survives, authenticates, is listed and audited.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { POSTGRES_URL } from '../test/harness.ts';

const BIN = fileURLToPath(new URL('../../bin/latchkey.mjs', import.meta.url));
const CYCLES = 3;
/** Key creations kept in flight during each burst. */
const IN_FLIGHT = 24;
const ADMIN = { email: 'crash@example.com', password: 'crash test password 1' };

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

async function start(env: NodeJS.ProcessEnv, cwd: string): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd,
    env: {
      ...process.env,
      ...env,
      LATCHKEY_LOG_LEVEL: 'info',
      LATCHKEY_ADMIN_EMAIL: ADMIN.email,
      LATCHKEY_ADMIN_PASSWORD: ADMIN.password,
      // Neither limit is under test; a burst from one address must not be refused as one.
      LATCHKEY_RATE_LIMIT_PER_SECOND: '0',
      LATCHKEY_AUTH_FAILURE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => reject(new Error(`server exited:\n${out}`)));
  });
  return { child, url, exited };
}

async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function login(server: Server): Promise<string> {
  const { status, body } = await json(`${server.url}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  assert.equal(status, 200, JSON.stringify(body));
  return (body as { token: string }).token;
}

/** Every page of a list, as an array of items. */
async function all<T>(server: Server, path: string, token: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const join = path.includes('?') ? '&' : '?';
    const { status, body } = await json(`${server.url}${path}${join}per_page=255&page=${page}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(status, 200, JSON.stringify(body));
    items.push(...(body as T[]));
    if ((body as T[]).length < 255) return items;
  }
}

/**
 * Creates keys with IN_FLIGHT requests always outstanding until the process is killed, which happens
 * after a random delay; returns the keys that were answered 201.
 */
async function burstThenKill(server: Server, token: string, cycle: number) {
  const created: { uuid: string; key: string }[] = [];
  let killed = false;
  let n = 0;
  const worker = async () => {
    while (!killed) {
      const name = `crash-${cycle}-${n++}`;
      try {
        const response = await json(`${server.url}/v0/users/admin/keys`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        });
        if (response.status === 201) created.push(response.body as { uuid: string; key: string });
        else if (!killed)
          assert.fail(`key creation answered ${response.status}: ${JSON.stringify(response.body)}`);
      } catch {
        // The connection died with the process: this request's outcome is unknown, and that is allowed.
      }
    }
  };
  const workers = Array.from({ length: IN_FLIGHT }, worker);
  await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 600));
  server.child.kill('SIGKILL');
  killed = true;
  await server.exited;
  await Promise.all(workers);
  return created;
}

function crashCycles(
  name: string,
  setup: () => Promise<{ env: NodeJS.ProcessEnv; cleanup(): Promise<void> }>,
) {
  describe(`crash safety (${name})`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let cleanup = async () => {};
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'latchkey-crash-'));
      const prepared = await setup();
      env = { LATCHKEY_DATABASE_URL: `sqlite:${join(dir, 'latchkey.db')}`, ...prepared.env };
      cleanup = prepared.cleanup;
    });
    after(async () => {
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    test(`${CYCLES} cycles of kill -9 during concurrent key creations lose no key that was answered 201`, async () => {
      const promised: { uuid: string; key: string }[] = [];
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const server = await start(env, dir);
        const created = await burstThenKill(server, await login(server), cycle);
        assert.ok(created.length > 0, `cycle ${cycle}: some keys were created before the kill`);
        promised.push(...created);

        const restarted = await start(env, dir);
        try {
          const token = await login(restarted);
          for (const { key } of promised) {
            const whoami = await json(`${restarted.url}/v0/auth/whoami`, {
              headers: { authorization: `Bearer ${key}` },
            });
            assert.equal(
              whoami.status,
              200,
              `a 201'd key authenticates after the restart: ${JSON.stringify(whoami.body)}`,
            );
          }
          const listed = new Set(
            (await all<{ uuid: string }>(restarted, '/v0/users/admin/keys', token)).map((k) => k.uuid),
          );
          const audited = new Set(
            (
              await all<{ target: { id: string } }>(restarted, '/v0/admin/audit?action=key.created', token)
            ).map((event) => event.target.id),
          );
          for (const { uuid } of promised) {
            assert.ok(listed.has(uuid), `key ${uuid} is listed`);
            assert.ok(audited.has(uuid), `key ${uuid} has its key.created event`);
          }
        } finally {
          restarted.child.kill('SIGTERM');
          await restarted.exited;
        }
        const verify = spawnSync(process.execPath, [BIN, 'audit', 'verify'], {
          cwd: dir,
          env: { ...process.env, ...env },
          encoding: 'utf8',
        });
        assert.equal(verify.status, 0, `audit verify after cycle ${cycle}: ${verify.stdout}${verify.stderr}`);
        assert.match(verify.stdout, /audit chain intact/);
      }
      process.stdout.write(
        `# crash safety (${name}): ${promised.length} keys answered 201 over ${CYCLES} kills, all kept\n`,
      );
    });
  });
}

crashCycles('sqlite', async () => ({ env: {}, cleanup: async () => {} }));

const postgresUrl = POSTGRES_URL;
if (postgresUrl) {
  crashCycles('postgres', async () => {
    // Its own database: the server is a real process with its own connection string, not a test schema.
    const name = `lk_crash_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    return {
      env: { LATCHKEY_DATABASE_URL: url.toString() },
      async cleanup() {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  });
}
