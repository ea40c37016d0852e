// kill -9 of the real server during a burst of key creations: every key answered 201 survives, authenticates, is listed and audited.
// One file per store registers these (crash.sqlite.test.ts, crash.postgres.test.ts), so each has the runner's whole time budget.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { verifyAuditChain } from '../features/audit/audit.verify-command.ts';
import { BIN, json, type ServerProcess as Server, startServer, stopServer } from '../test/processes.ts';

const CYCLES = 3;
/** Key creations kept in flight during each burst. */
const IN_FLIGHT = 24;
const ADMIN = { email: 'crash@example.com', password: 'crash test password 1' };

/** A server on `env`'s store, with the administrator and limits this test needs. */
const start = (env: NodeJS.ProcessEnv, cwd: string) =>
  startServer(
    {
      ...env,
      LATCHKEY_ADMIN_EMAIL: ADMIN.email,
      LATCHKEY_ADMIN_PASSWORD: ADMIN.password,
      // Neither limit is under test; a burst from one address must not be refused as one.
      LATCHKEY_RATE_LIMIT_PER_SECOND: '0',
      LATCHKEY_AUTH_FAILURE_LIMIT: '0',
    },
    cwd,
  );

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
  // Kill mid-burst: once creations are flowing (a loaded machine may take a while to answer the first),
  // after a random further delay, so the kill lands at a different point of a request each time.
  const deadline = Date.now() + 30_000;
  while (created.length < 5 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 500));
  server.child.kill('SIGKILL');
  killed = true;
  await server.exited;
  await Promise.all(workers);
  return created;
}

export function crashCycles(
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
      // Each restart is checked, then takes the next burst: one process start per cycle.
      let server = await start(env, dir);
      try {
        for (let cycle = 0; cycle < CYCLES; cycle++) {
          const created = await burstThenKill(server, await login(server), cycle);
          assert.ok(created.length > 0, `cycle ${cycle}: some keys were created before the kill`);
          promised.push(...created);
          server = await start(env, dir);
          await checkKept(server, promised);
          // The command's own code, in this process (a process start costs seconds on a loaded machine)...
          const out = { stdout: new PassThrough(), stderr: new PassThrough() };
          const code = await verifyAuditChain({ databaseUrl: env.LATCHKEY_DATABASE_URL }, out);
          assert.equal(code, 0, `audit verify after cycle ${cycle}: ${out.stderr.read() ?? ''}`);
        }
      } finally {
        await stopServer(server);
      }
      // ...and, once at the end, the real command.
      const verify = spawnSync(process.execPath, [BIN, 'audit', 'verify'], {
        cwd: dir,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      assert.equal(verify.status, 0, `latchkey audit verify: ${verify.stdout}${verify.stderr}`);
      assert.match(verify.stdout, /audit chain intact/);
      process.stdout.write(
        `# crash safety (${name}): ${promised.length} keys answered 201 over ${CYCLES} kills, all kept\n`,
      );
    });
  });
}

/** Every promised key authenticates, is in its owner's list and has its key.created audit event. */
async function checkKept(server: Server, promised: { uuid: string; key: string }[]): Promise<void> {
  const token = await login(server);
  for (const { key } of promised) {
    const whoami = await json(`${server.url}/v0/auth/whoami`, {
      headers: { authorization: `Bearer ${key}` },
    });
    assert.equal(
      whoami.status,
      200,
      `a 201'd key authenticates after the restart: ${JSON.stringify(whoami.body)}`,
    );
  }
  const listed = new Set(
    (await all<{ uuid: string }>(server, '/v0/users/admin/keys', token)).map((k) => k.uuid),
  );
  const audited = new Set(
    (await all<{ target: { id: string } }>(server, '/v0/admin/audit?action=key.created', token)).map(
      (event) => event.target.id,
    ),
  );
  for (const { uuid } of promised) {
    assert.ok(listed.has(uuid), `key ${uuid} is listed`);
    assert.ok(audited.has(uuid), `key ${uuid} has its key.created event`);
  }
}
