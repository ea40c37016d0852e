// `latchkey serve` as a real process: first-start administrator, the README's curl walkthrough, graceful shutdown.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { BIN, startServer } from './test/processes.ts';

/** Batched writes wait for shutdown, so the walkthrough shows SIGTERM flushing them. */
const serve = (dir: string, env: NodeJS.ProcessEnv = {}) =>
  startServer({ LATCHKEY_FLUSH_INTERVAL_MS: '10000', ...env }, dir);

const curl = (...args: string[]): { status: number; body: string } => {
  const out = execFileSync('curl', ['-s', '-w', '\n%{http_code}', ...args], { encoding: 'utf8' });
  const cut = out.lastIndexOf('\n');
  return { status: Number(out.slice(cut + 1)), body: out.slice(0, cut) };
};

describe('latchkey serve', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-serve-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('first start creates an administrator and prints a generated password once; later starts print nothing', async () => {
    const first = await serve(dir);
    const match = /password: (\S+)/.exec(first.output());
    assert.ok(match, first.output());
    const password = match[1] ?? '';
    assert.match(first.output(), /email:\s+admin@localhost/);
    const login = curl(
      '-X',
      'POST',
      `${first.url}/v0/auth/login`,
      '-H',
      'content-type: application/json',
      '-d',
      JSON.stringify({ email: 'admin@localhost', password }),
    );
    assert.equal(login.status, 200);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);

    const second = await serve(dir);
    assert.doesNotMatch(second.output(), /administrator|password/i);
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  });

  test('a bad setting stops start-up with a message naming it', () => {
    const result = (() => {
      try {
        execFileSync(process.execPath, [BIN, 'serve'], {
          cwd: dir,
          env: { ...process.env, LATCHKEY_PORT: 'abc' },
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return { status: 0, stderr: '' };
      } catch (err) {
        const e = err as { status: number; stderr: string };
        return { status: e.status, stderr: e.stderr };
      }
    })();
    assert.equal(result.status, 2);
    assert.match(result.stderr, /LATCHKEY_PORT/);
  });

  test('a bad permissions file stops start-up with one line naming the file and the line', () => {
    const file = join(dir, 'permissions.yaml');
    writeFileSync(file, 'permissions:\n  runs:read: Read runs\n  Runs:Write: Start runs\n');
    const result = spawnSync(process.execPath, [BIN, 'serve'], {
      cwd: dir,
      env: { ...process.env, LATCHKEY_PERMISSIONS_FILE: file },
      encoding: 'utf8',
    });
    assert.equal(result.status, 2, result.stderr);
    assert.equal(
      result.stderr,
      `latchkey: configuration error: LATCHKEY_PERMISSIONS_FILE ${file}, line 3: "Runs:Write" is not a permission name (resource:action: lowercase letters, digits, - and _, one colon)\n`,
    );
  });

  test("the README walkthrough works with curl, and SIGTERM flushes the key's last_used", async () => {
    const walkDir = mkdtempSync(join(tmpdir(), 'latchkey-walk-'));
    const server = await serve(walkDir, {
      LATCHKEY_ADMIN_EMAIL: 'ops@example.com',
      LATCHKEY_ADMIN_PASSWORD: 'walkthrough password',
    });
    const base = server.url;
    try {
      assert.doesNotMatch(server.output(), /walkthrough password/, 'a given password is never printed');
      const json = ['-H', 'content-type: application/json'];
      const login = curl(
        '-X',
        'POST',
        `${base}/v0/auth/login`,
        ...json,
        '-d',
        '{"email":"ops@example.com","password":"walkthrough password"}',
      );
      const token = JSON.parse(login.body).token;
      const created = curl(
        '-X',
        'POST',
        `${base}/v0/users/admin/keys`,
        ...json,
        '-H',
        `authorization: Bearer ${token}`,
        '-d',
        '{"name":"laptop"}',
      );
      assert.equal(created.status, 201);
      const { key, uuid } = JSON.parse(created.body);
      const me = curl(`${base}/v0/auth/whoami`, '-H', `authorization: Bearer ${key}`);
      assert.equal(me.status, 200);
      assert.equal(JSON.parse(me.body).credential.uuid, uuid);
      const revoked = curl(
        '-X',
        'DELETE',
        `${base}/v0/users/admin/keys/${uuid}`,
        '-H',
        `authorization: Bearer ${token}`,
      );
      assert.equal(revoked.status, 200);
      const refused = curl(`${base}/v0/auth/whoami`, '-H', `authorization: Bearer ${key}`);
      assert.equal(refused.status, 401);
      assert.equal(JSON.parse(refused.body).error.code, 'credential_revoked');
      assert.ok(!server.output().includes(key.slice(12)), 'the key never reaches the log');

      server.child.kill('SIGTERM');
      assert.equal(await server.exited, 0);
      const { db } = openDatabase(`sqlite:${join(walkDir, 'data', 'latchkey.db')}`);
      await migrateToLatest(db);
      const row = await db
        .selectFrom('apiKeys')
        .select('lastUsedAt')
        .where('id', '=', uuid)
        .executeTakeFirstOrThrow();
      await db.destroy();
      assert.notEqual(row.lastUsedAt, null, 'the batched write reached the database at shutdown');
    } finally {
      server.child.kill('SIGKILL');
      rmSync(walkDir, { recursive: true, force: true });
    }
  });
});
