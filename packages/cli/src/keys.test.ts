// The real binary against a real server: sign in with --password-stdin, then Bencher's key verbs end to end.
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type CliServer, loginAsAdmin, startCliServer } from './test/cli.ts';

let server: CliServer;
before(async () => {
  server = await startCliServer();
});
after(() => server.close());

test('login with --password-stdin stores the session in XDG_CONFIG_HOME with mode 0600, and whoami answers', async () => {
  const login = await loginAsAdmin(server);
  assert.equal(login.code, 0, login.stderr);
  assert.match(login.stdout, /Signed in to http:\/\/127\.0\.0\.1:\d+ as root@example\.com/);
  assert.doesNotMatch(login.stdout + login.stderr, /eyJ/, 'the session token is never printed');
  const file = join(server.home, '.config', 'latchkey', 'config.json');
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  const who = await server.json<{ principal: { slug: string }; credential: { kind: string } }>(['whoami']);
  assert.equal(who.principal.slug, 'root');
  assert.equal(who.credential.kind, 'session');
});

test('user key create, list, view, update and revoke, with USER defaulting to the signed-in user', async () => {
  const created = await server.run(['user', 'key', 'create', '--name', 'laptop', '--ttl', '30d']);
  assert.equal(created.code, 0, created.stderr);
  const key = created.stdout.trim();
  assert.match(key, /^lk_user_[0-9A-Za-z]{36}$/);
  assert.match(created.stderr, /will not be shown again/);

  const list = await server.json<{ uuid: string; name: string; expiration: string }[]>([
    'user',
    'key',
    'list',
  ]);
  const laptop = list.find((k) => k.name === 'laptop');
  assert.ok(laptop);
  const days = (Date.parse(laptop.expiration) - Date.now()) / 86_400_000;
  assert.ok(days > 29.9 && days < 30.1, `30d is 30 days, got ${days}`);

  const table = await server.run(['user', 'key', 'list', 'root', '--name', 'laptop']);
  assert.match(table.stdout, /^UUID\s+NAME\s+START/);
  assert.doesNotMatch(table.stdout, new RegExp(key), 'a list never shows the secret');

  const viewed = await server.json<{ name: string; start: string }>([
    'user',
    'key',
    'view',
    'root',
    laptop.uuid,
  ]);
  assert.equal(viewed.name, 'laptop');
  assert.ok(key.startsWith(viewed.start));

  const renamed = await server.json<{ name: string }>([
    'user',
    'key',
    'update',
    'root',
    laptop.uuid,
    '--name',
    'old-laptop',
  ]);
  assert.equal(renamed.name, 'old-laptop');

  // The key itself works as LATCHKEY_API_KEY, and sees only itself.
  const asKey = { env: { LATCHKEY_URL: server.url, LATCHKEY_API_KEY: key } };
  const own = await server.json<{ uuid: string }[]>(['user', 'key', 'list'], asKey);
  assert.deepEqual(
    own.map((k) => k.uuid),
    [laptop.uuid],
  );

  const revoked = await server.run(['user', 'key', 'revoke', 'root', laptop.uuid]);
  assert.equal(revoked.code, 0, revoked.stderr);
  const refused = await server.run(['whoami'], asKey);
  assert.equal(refused.code, 3);
  assert.match(refused.stderr, /^latchkey: credential_revoked: .+ \(request id [^)]+\)\n$/);
  assert.doesNotMatch(refused.stderr, new RegExp(key));

  const gone = await server.json<unknown[]>(['user', 'key', 'list', '--search', laptop.uuid]);
  assert.equal(gone.length, 0);
  const shown = await server.json<{ uuid: string }[]>([
    'user',
    'key',
    'list',
    '--revoked',
    '--per-page',
    '255',
  ]);
  assert.ok(shown.some((k) => k.uuid === laptop.uuid));
});

test('a read-only key limited to a project: --read-only and --project become its scopes', async () => {
  await server.json(['project', 'create', 'Launch', '--slug', 'launch']);
  const created = await server.json<{ key: string; scopes: { read_only: boolean; projects: string[] } }>([
    'user',
    'key',
    'create',
    '--name',
    'ci',
    '--read-only',
    '--project',
    'launch',
  ]);
  assert.equal(created.scopes.read_only, true);
  assert.equal(created.scopes.projects.length, 1);
  const check = await server.json<{ allowed: boolean; via: unknown[] }>(
    ['access', 'check', 'launch', 'write'],
    {
      env: { LATCHKEY_URL: server.url, LATCHKEY_API_KEY: created.key },
    },
  );
  assert.equal(check.allowed, false);
});

test('--quiet prints only ids; a key created with --quiet prints only the key', async () => {
  const key = await server.run(['--quiet', 'user', 'key', 'create', '--name', 'quiet']);
  assert.equal(key.code, 0, key.stderr);
  assert.equal(key.stderr, '');
  assert.match(key.stdout, /^lk_user_\w+\n$/);
  const ids = await server.run(['-q', 'user', 'key', 'list', '--name', 'quiet']);
  assert.match(ids.stdout, /^[0-9a-f-]{36}\n$/);
});

test('logout ends the session on the server and forgets it; then commands exit 3 asking for login', async () => {
  const out = await server.run(['logout']);
  assert.equal(out.code, 0, out.stderr);
  const after = await server.run(['user', 'key', 'list']);
  assert.equal(after.code, 3);
  assert.match(after.stderr, /not signed in to http:\/\/127\.0\.0\.1:\d+: run `latchkey login`/);
  const again = await loginAsAdmin(server);
  assert.equal(again.code, 0, again.stderr);
});
