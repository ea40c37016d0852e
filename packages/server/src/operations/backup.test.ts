// `latchkey backup` against a real server taking writes, then `latchkey restore` and a server on the copy.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, test } from 'node:test';
import { latchkey } from '../test/latchkey-command.ts';
import { json, type ServerProcess, startServer, stopServer } from '../test/processes.ts';

const ADMIN = { LATCHKEY_ADMIN_EMAIL: 'ops@example.com', LATCHKEY_ADMIN_PASSWORD: 'backup test password' };
// Rate limits off: the burst is one principal creating keys as fast as the server answers; the failure
// throttle off: the restored server is asked about every key missing from the backup.
const ENV = { ...ADMIN, LATCHKEY_RATE_LIMIT_PER_SECOND: '0', LATCHKEY_AUTH_FAILURE_LIMIT: '0' };

interface Created {
  key: string;
  sentAt: number;
  answeredAt: number;
}

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'latchkey-backup-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

async function signIn(server: ServerProcess): Promise<string> {
  const login = await json(`${server.url}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.LATCHKEY_ADMIN_EMAIL, password: ADMIN.LATCHKEY_ADMIN_PASSWORD }),
  });
  assert.equal(login.status, 200);
  return (login.body as { token: string }).token;
}

/** Creates keys from `workers` concurrent loops until stop() resolves; every 201 is recorded with its times. */
function burst(server: ServerProcess, token: string, workers: number) {
  const created: Created[] = [];
  let stopping = false;
  let n = 0;
  const loop = async () => {
    while (!stopping) {
      const sentAt = performance.now();
      const response = await json(`${server.url}/v0/users/admin/keys`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: `burst ${n++}` }),
      });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      created.push({ key: (response.body as { key: string }).key, sentAt, answeredAt: performance.now() });
    }
  };
  const loops = Array.from({ length: workers }, loop);
  return {
    created,
    stop: async () => {
      stopping = true;
      await Promise.all(loops);
    },
  };
}

const whoami = async (server: ServerProcess, key: string) =>
  (await fetch(`${server.url}/v0/auth/whoami`, { headers: { authorization: `Bearer ${key}` } })).status;

test('a backup taken during a burst of key creations restores to a server where every key answered before it authenticates', async () => {
  const live = mkdtempSync(join(root, 'live-'));
  const restored = mkdtempSync(join(root, 'restored-'));
  const file = join(root, 'during-burst.db');
  const server = await startServer(ENV, live);
  let creations: ReturnType<typeof burst> | undefined;
  let backupStartedAt = 0;
  let backupEndedAt = 0;
  try {
    creations = burst(server, await signIn(server), 4);
    const { created } = creations;
    while (created.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    backupStartedAt = performance.now();
    const backup = await latchkey(['backup', '--output', file], live);
    backupEndedAt = performance.now();
    assert.equal(backup.status, 0, backup.stderr);
    assert.match(backup.stdout, /backup written: .*during-burst\.db/);
    // The burst goes on a little after the backup, so some keys are certainly not in it.
    const count = created.length;
    while (created.length < count + 20) await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    await creations?.stop();
    await stopServer(server);
  }
  const { created } = creations;
  const before = created.filter((c) => c.answeredAt < backupStartedAt);
  const during = created.filter((c) => c.sentAt < backupEndedAt && c.answeredAt > backupStartedAt);
  const after = created.filter((c) => c.sentAt > backupEndedAt);
  assert.ok(during.length > 0, 'keys were being created while the backup ran');
  assert.ok(after.length > 0);

  const restore = await latchkey(['restore', file], restored);
  assert.equal(restore.status, 0, restore.stderr);
  const verify = await latchkey(['audit', 'verify'], restored);
  assert.equal(verify.status, 0, verify.stderr);
  assert.match(verify.stdout, /audit chain intact/);

  // The master key comes back from where it was kept, apart from the backup (docs/operations.md).
  copyFileSync(join(live, 'data', 'master.key'), join(restored, 'data', 'master.key'));
  const copy = await startServer(ENV, restored);
  try {
    for (const { key } of before)
      assert.equal(await whoami(copy, key), 200, 'answered 201 before the backup');
    for (const { key } of after) assert.equal(await whoami(copy, key), 401, 'asked for after the backup');
  } finally {
    await stopServer(copy);
  }
});
