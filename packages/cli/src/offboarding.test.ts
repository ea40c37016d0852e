// The real binary: keys and apps limited to addresses, offboarding, moving a key to an app, a key's usage.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type CliServer, loginAsAdmin, startCliServer } from './test/cli.ts';

let server: CliServer;
before(async () => {
  server = await startCliServer();
  const login = await loginAsAdmin(server);
  assert.equal(login.code, 0, login.stderr);
});
after(() => server.close());

const whoami = (secret: string) =>
  server.s.app.inject({
    method: 'GET',
    url: '/v0/auth/whoami',
    headers: { authorization: `Bearer ${secret}` },
  });

test('user key create and update --allow-ip (repeatable), --any-ip; a malformed entry is named', async () => {
  const created = await server.json<{ uuid: string; key: string; scopes: { allowed_ips: string[] } }>([
    'user',
    'key',
    'create',
    '--name',
    'fenced',
    '--allow-ip',
    '203.0.113.0/24',
    '--allow-ip',
    '2001:db8::/32',
  ]);
  assert.deepEqual(created.scopes.allowed_ips, ['203.0.113.0/24', '2001:db8::/32']);
  assert.equal((await whoami(created.key)).statusCode, 403);
  const updated = await server.json<{ scopes: { allowed_ips: string[] } }>([
    'user',
    'key',
    'update',
    'root',
    created.uuid,
    '--allow-ip',
    '127.0.0.1',
  ]);
  assert.deepEqual(updated.scopes.allowed_ips, ['127.0.0.1']);
  assert.equal((await whoami(created.key)).statusCode, 200);
  const cleared = await server.json<{ scopes: null }>([
    'user',
    'key',
    'update',
    'root',
    created.uuid,
    '--any-ip',
  ]);
  assert.equal(cleared.scopes, null);
  const bad = await server.run(['user', 'key', 'create', '--name', 'bad', '--allow-ip', 'office']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /allowed_ips\.0: "office"/);
});

test('user offboarding, user key transfer, user key usage and app update --allow-ip', async () => {
  const leaver = await server.s.createUser({ slug: 'leaver' });
  const session = await server.s.login(leaver.email);
  const key = await server.s.createKey(session, 'leaver', { name: 'nightly' });
  assert.equal((await whoami(key.key)).statusCode, 200);
  await server.s.ctx.usageRecorder?.flush();

  const report = await server.json<{ credentials: { uuid: string; requests: number }[] }>([
    'user',
    'offboarding',
    'leaver',
  ]);
  assert.deepEqual(
    report.credentials.map((c) => [c.uuid, c.requests]),
    [[key.uuid, 1]],
  );
  const table = await server.run(['user', 'offboarding', 'leaver']);
  assert.match(table.stdout, /KIND\s+UUID\s+NAME/);

  const usage = await server.json<{ outcomes: unknown }>(['user', 'key', 'usage', 'leaver', key.uuid]);
  assert.match(JSON.stringify(usage), /accepted/);

  const app = await server.json<{ slug: string; uuid: string }>(['app', 'create', '--name', 'Nightly']);
  const moved = await server.run(['user', 'key', 'transfer', 'leaver', key.uuid, '--app', app.slug]);
  assert.equal(moved.code, 0, moved.stderr);
  assert.match(moved.stdout, new RegExp(`now authenticates as the app ${app.slug}`));
  assert.equal((await whoami(key.key)).json().principal.uuid, app.uuid);

  const fenced = await server.json<{ allowed_ips: string[]; warnings?: string[] }>([
    'app',
    'update',
    app.slug,
    '--allow-ip',
    '192.0.2.0/24',
    '--allow-ip',
    '::/0',
  ]);
  assert.deepEqual(fenced.allowed_ips, ['192.0.2.0/24', '::/0']);
  assert.equal(fenced.warnings?.length, 1);
  // The transferred key is held to its app's addresses.
  assert.equal((await whoami(key.key)).statusCode, 403);
});
