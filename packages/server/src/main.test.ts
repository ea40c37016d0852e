// `latchkey serve` as a real process: first-start administrator, the README's curl walkthrough, graceful shutdown.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openDatabase } from './db/database.ts';

const BIN = fileURLToPath(new URL('../bin/latchkey.mjs', import.meta.url));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function startServer(dir: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, LATCHKEY_LOG_LEVEL: 'info', LATCHKEY_FLUSH_INTERVAL_MS: '10000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  while (!out.includes('Server listening')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      // Not left running behind the failure: a live child keeps the test file (and the suite) from ending.
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, output: () => out, exited };
}

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
    const port = 17420 + Math.floor(Math.random() * 1000);
    const first = await startServer(dir, port);
    const match = /password: (\S+)/.exec(first.output());
    assert.ok(match, first.output());
    const password = match[1] ?? '';
    assert.match(first.output(), /email:\s+admin@localhost/);
    const login = curl(
      '-X',
      'POST',
      `http://127.0.0.1:${port}/v0/auth/login`,
      '-H',
      'content-type: application/json',
      '-d',
      JSON.stringify({ email: 'admin@localhost', password }),
    );
    assert.equal(login.status, 200);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);

    const second = await startServer(dir, port);
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
    const port = 18420 + Math.floor(Math.random() * 1000);
    const base = `http://127.0.0.1:${port}`;
    const walkDir = mkdtempSync(join(tmpdir(), 'latchkey-walk-'));
    const server = await startServer(walkDir, port, {
      LATCHKEY_ADMIN_EMAIL: 'ops@example.com',
      LATCHKEY_ADMIN_PASSWORD: 'walkthrough password',
    });
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
