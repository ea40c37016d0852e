// `latchkey user update --password-stdin` (and the admin's form for another user): the real binary against a real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEST_PASSWORD } from '../../server/src/test/harness.ts';
import { type CliServer, loginAsAdmin, startCliServer } from './test/cli.ts';

let server: CliServer;
before(async () => {
  server = await startCliServer();
  const login = await loginAsAdmin(server);
  assert.equal(login.code, 0, login.stderr);
});
after(() => server.close());

const signIn = (email: string, password: string) =>
  fetch(`${server.url}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).then((response) => response.status);

test('your own password: the current one and the new one on stdin, or a refusal naming what is wrong', async () => {
  const oneLine = await server.run(['user', 'update', '--password-stdin'], {
    input: 'only a new password\n',
  });
  assert.equal(oneLine.code, 2);
  assert.match(oneLine.stderr, /current one, a line break, then the new one/);

  const wrong = await server.run(['user', 'update', '--password-stdin'], {
    input: 'not the current one\na new password of mine\n',
  });
  assert.equal(wrong.code, 1, wrong.stderr);
  assert.match(wrong.stderr, /current_password/);
  assert.equal(await signIn(server.admin.email, TEST_PASSWORD), 200, 'unchanged after a refusal');

  const changed = await server.json<{ slug: string }>(['user', 'update', '--password-stdin'], {
    input: `${TEST_PASSWORD}\na new password of mine\n`,
  });
  assert.equal(changed.slug, server.admin.slug);
  assert.equal(await signIn(server.admin.email, TEST_PASSWORD), 401);
  assert.equal(await signIn(server.admin.email, 'a new password of mine'), 200);
  // The session that changed it stays signed in.
  assert.equal((await server.run(['whoami'])).code, 0);
});

test("an administrator sets another user's password with only the new one on stdin", async () => {
  const ada = await server.s.createUser({ slug: 'ada', email: 'ada@example.com' });
  const done = await server.run(['user', 'update', ada.slug, '--password-stdin'], {
    input: 'ada gets this one\n',
  });
  assert.equal(done.code, 0, done.stderr);
  assert.equal(await signIn('ada@example.com', 'ada gets this one'), 200);
});
