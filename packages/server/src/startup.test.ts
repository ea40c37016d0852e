// Start-up failures as the real `latchkey` process meets them: a busy port, a missing PostgreSQL database, verify on a missing file.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { POSTGRES_URL } from './test/harness.ts';

const BIN = fileURLToPath(new URL('../bin/latchkey.mjs', import.meta.url));

/** Runs the command to its end (it is expected to stop by itself) and returns what it printed. */
function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, LATCHKEY_LOG_LEVEL: 'info', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const holdPort = async (): Promise<{ server: Server; port: number }> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return { server, port: address.port };
};

describe('start-up problems', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-startup-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a busy port stops a fresh start with one line naming it, before any data or administrator exists', async () => {
    const held = await holdPort();
    let busy: ReturnType<typeof run>;
    try {
      busy = run(['serve', '--port', String(held.port)], dir);
    } finally {
      await new Promise<void>((resolve) => held.server.close(() => resolve()));
    }
    assert.equal(busy.status, 1, busy.stderr);
    assert.equal(busy.stderr.trim().split('\n').length, 1, busy.stderr);
    assert.match(busy.stderr, new RegExp(`port ${held.port} on 127\\.0\\.0\\.1 is already in use`));
    assert.doesNotMatch(busy.stdout + busy.stderr, /password|EADDRINUSE|\n\s+at /);
    assert.deepEqual(readdirSync(dir), [], 'no data directory was created');

    // The port free again: this is the first start, so it creates the administrator and shows the password.
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(held.port)], {
      cwd: dir,
      env: { ...process.env, LATCHKEY_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 20_000;
    while (!out.includes('Server listening') && Date.now() < deadline && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    await exited;
    assert.match(out, /password: \S+/);
  });

  test('latchkey audit verify on a missing SQLite path says so and creates nothing', () => {
    const path = join(dir, 'nowhere', 'latchkey.db');
    const result = run(['audit', 'verify', '--database-url', `sqlite:${path}`], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no database at .*nowhere\/latchkey\.db/);
    assert.equal(existsSync(join(dir, 'nowhere')), false);
  });

  test('a PostgreSQL database that does not exist is named, with the command that creates it', {
    skip: POSTGRES_URL ? false : 'LATCHKEY_TEST_POSTGRES_URL is not set',
  }, () => {
    const url = new URL(POSTGRES_URL ?? '');
    const missing = `lk_missing_${randomBytes(4).toString('hex')}`;
    url.pathname = `/${missing}`;
    const result = run(['serve', '--port', '0'], dir, { LATCHKEY_DATABASE_URL: url.toString() });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(
      result.stderr,
      new RegExp(`database "${missing}" does not exist on ${url.hostname}:${url.port || 5432}`),
    );
    assert.match(result.stderr, new RegExp(`createdb -h ${url.hostname} .*${missing}`));
    const verify = run(['audit', 'verify'], dir, { LATCHKEY_DATABASE_URL: url.toString() });
    assert.equal(verify.status, 2);
    assert.match(verify.stderr, new RegExp(`database "${missing}" does not exist`));
  });
});
