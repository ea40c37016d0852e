// `latchkey admin reset-password` as a real process against a real server's SQLite database; and a later
// LATCHKEY_ADMIN_PASSWORD, which is logged as ignored.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BIN, json, type ServerProcess, startServer, stopServer } from './test/processes.ts';

const FIRST = 'the first password';
const NEW = 'a brand new password';

function reset(cwd: string, args: string[], input: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'admin', 'reset-password', ...args], {
      cwd,
      env: { ...process.env, LATCHKEY_LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

describe('latchkey admin reset-password', () => {
  let dir: string;
  let server: ServerProcess;
  const login = (password: string) =>
    json(`${server.url}/v0/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password }),
    });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-reset-'));
    // A short cache: this SQLite server hears of the other process's change only from the database.
    server = await startServer({ LATCHKEY_ADMIN_PASSWORD: FIRST, LATCHKEY_CREDENTIAL_CACHE_MS: '1' }, dir);
  });
  after(async () => {
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  test('refuses without a usable password on stdin, an unknown email, or where there is no database', async () => {
    const empty = await reset(dir, ['--email', 'admin@localhost'], '');
    assert.equal(empty.code, 2);
    assert.match(empty.out, /12 to 1024 characters/);
    const short = await reset(dir, ['--email', 'admin@localhost'], 'too short\n');
    assert.equal(short.code, 2);
    const unknown = await reset(dir, ['--email', 'nobody@example.com'], `${NEW}\n`);
    assert.equal(unknown.code, 1);
    assert.match(unknown.out, /no user has the email nobody@example\.com/);
    assert.doesNotMatch(unknown.out, new RegExp(NEW));
    const elsewhere = mkdtempSync(join(tmpdir(), 'latchkey-reset-nodb-'));
    try {
      const none = await reset(elsewhere, ['--email', 'admin@localhost'], `${NEW}\n`);
      assert.equal(none.code, 2);
      assert.match(none.out, /there is no database at/);
      assert.equal(existsSync(join(elsewhere, 'data')), false, 'no empty database was created');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
    assert.equal((await login(FIRST)).status, 200, 'nothing was changed');
  });

  test("sets the password from stdin, ends the user's sessions and is audited; the password appears nowhere", async () => {
    const before = (await login(FIRST)).body as { token: string };
    const whoami = () =>
      json(`${server.url}/v0/auth/whoami`, { headers: { authorization: `Bearer ${before.token}` } });
    assert.equal((await whoami()).status, 200);

    const done = await reset(dir, ['--email', 'ADMIN@localhost'], `${NEW}\n`);
    assert.equal(done.code, 0, done.out);
    assert.match(done.out, /New password set for admin@localhost/);
    assert.doesNotMatch(done.out, new RegExp(NEW));

    const ended = await whoami();
    assert.equal(ended.status, 401);
    assert.equal((ended.body as { error: { code: string } }).error.code, 'session_ended');
    assert.equal((await login(FIRST)).status, 401);
    const after = await login(NEW);
    assert.equal(after.status, 200);

    const token = (after.body as { token: string }).token;
    const audit = await json(`${server.url}/v0/admin/audit?action=user.password_changed`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const events = audit.body as { actor: { type: string | null }; client: { user_agent: string | null } }[];
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0]?.client.user_agent, 'latchkey admin reset-password');
    assert.doesNotMatch(JSON.stringify(events), new RegExp(NEW));
  });

  test('a later start with LATCHKEY_ADMIN_PASSWORD logs that it is ignored and why, never the password', async () => {
    await stopServer(server);
    server = await startServer({ LATCHKEY_ADMIN_PASSWORD: 'ignored on this start' }, dir);
    assert.match(server.output(), /LATCHKEY_ADMIN_PASSWORD is ignored: it sets only the first administrator/);
    assert.doesNotMatch(server.output(), /ignored on this start/);
    assert.equal((await login(NEW)).status, 200, 'the password is still the reset one');
  });
});
