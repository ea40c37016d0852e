// The real binary against a real server: admin revocation, an app from a manifest then a token, exit codes, JSON and NO_COLOR.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type CliServer, loginAsAdmin, runBinary, startCliServer } from './test/cli.ts';

let server: CliServer;
before(async () => {
  server = await startCliServer();
  const login = await loginAsAdmin(server);
  assert.equal(login.code, 0, login.stderr);
});
after(() => server.close());

test('admin keys revoke --all --user refuses without --yes off a terminal (exit 2), then revokes with it', async () => {
  const ada = await server.s.createUser({ slug: 'ada' });
  for (const name of ['one', 'two']) await server.json(['user', 'key', 'create', 'ada', '--name', name]);
  const listed = await server.json<{ uuid: string }[]>(['admin', 'keys', 'list', '--user', 'ada']);
  assert.equal(listed.length, 2);

  const unconfirmed = await server.run(['admin', 'keys', 'revoke', '--all', '--user', 'ada']);
  assert.equal(unconfirmed.code, 2);
  assert.match(unconfirmed.stderr, /pass --yes/);

  const done = await server.json<{ revoked: number }>([
    'admin',
    'keys',
    'revoke',
    '--all',
    '--user',
    ada.slug,
    '--yes',
  ]);
  assert.equal(done.revoked, 2);
  const left = await server.json<unknown[]>(['admin', 'keys', 'list', '--user', 'ada', '--revoked', 'false']);
  assert.equal(left.length, 0);

  const usage = await server.run(['admin', 'keys', 'revoke', '--yes']);
  assert.equal(usage.code, 2);
});

test('admin keys import FILE.jsonl imports, names refused lines by their line number, and the key then works', async () => {
  await server.s.createUser({ slug: 'legacy-importee' });
  const key = 'oldsys_0123456789abcdefXYZ';
  const file = join(server.home, 'old-keys.jsonl');
  const hash = createHash('sha256').update(key).digest('hex');
  await writeFile(
    file,
    `${JSON.stringify({ owner: 'legacy-importee', name: 'from old', hash: { sha256: hash } })}\n\n${JSON.stringify({ owner: 'nobody', name: 'x', hash: { sha256: hash.replace(/^./, '0') } })}\n`,
  );
  const done = await server.json<{
    imported: number;
    refused: number;
    refusals: { index: number; code: string }[];
  }>(['admin', 'keys', 'import', file]);
  assert.equal(done.imported, 1);
  assert.deepEqual(
    done.refusals.map((r) => [r.index, r.code]),
    [[3, 'unknown_owner']],
  );
  const whoami = await server.s.app.inject({
    method: 'GET',
    url: '/v0/auth/whoami',
    headers: { apikey: key },
  });
  assert.equal(whoami.statusCode, 200);
  const again = await server.json<{ already_imported: number }>(['admin', 'keys', 'import', file]);
  assert.equal(again.already_imported, 1);
  await writeFile(file, '{"owner": "legacy-importee"\n');
  const bad = await server.run(['admin', 'keys', 'import', file]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /line 1: not JSON/);
});

test('an app from a YAML manifest, configured, given a secret, then latchkey token prints a working access token', async () => {
  const manifest = join(server.home, 'sync.yaml');
  await writeFile(
    manifest,
    'manifest_version: 1\nname: Sync bot\ndescription: Syncs\nversion: 1.0.0\nlifecycle: manual\nconfiguration:\n  - key: channel\n    description: Where\n    type: text\n    required: true\n',
  );
  const app = await server.json<{ slug: string; status: string; client_id: string }>([
    'app',
    'create',
    '--manifest',
    manifest,
  ]);
  // An administrator's own manifest app needs no activation; `app activate` is for the others.
  assert.equal(app.status, 'active');
  const configured = await server.json<{ configuration: { key: string; value: unknown }[] }>([
    'app',
    'configure',
    app.slug,
    'channel=general',
  ]);
  assert.deepEqual(
    configured.configuration.map((c) => [c.key, c.value]),
    [['channel', 'general']],
  );

  const secret = await server.run(['app', 'secret', app.slug]);
  assert.equal(secret.code, 0, secret.stderr);
  const clientSecret = secret.stdout.trim();
  assert.match(clientSecret, /^lk_secret_/);
  assert.match(secret.stderr, /will not be shown again/);

  const token = await server.run(
    ['token', '--url', server.url, '--client-id', app.client_id, '--client-secret-stdin'],
    {
      input: clientSecret,
    },
  );
  assert.equal(token.code, 0, token.stderr);
  const accessToken = token.stdout.trim();
  const whoami = await fetch(`${server.url}/v0/auth/whoami`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  assert.equal(whoami.status, 200);
  assert.equal(((await whoami.json()) as { principal: { type: string } }).principal.type, 'app');

  const fromEnv = await server.run(['token'], {
    env: {
      LATCHKEY_URL: server.url,
      LATCHKEY_CLIENT_ID: app.client_id,
      LATCHKEY_CLIENT_SECRET: clientSecret,
    },
  });
  assert.equal(fromEnv.code, 0, fromEnv.stderr);
  assert.match(fromEnv.stdout, /^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);

  const archived = await server.run(['app', 'archive', app.slug]);
  assert.equal(archived.code, 0, archived.stderr);
});

test('a bad manifest prints every problem with its path and exits 1', async () => {
  const manifest = join(server.home, 'bad.json');
  await writeFile(manifest, JSON.stringify({ manifest_version: 2, name: '', colour: 'red' }));
  const result = await server.run(['app', 'create', '--manifest', manifest]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /bad\.json: \d+ problems \(request id [^)]+\)\n/);
  assert.match(result.stderr, /\n {2}manifest_version: must be 1/);
  assert.match(result.stderr, /\n {2}colour: unknown field/);
});

test('exit codes: 4 not found, 3 refused, 2 usage, 1 for a network failure naming the URL, 0 for help', async () => {
  const missing = await server.run(['user', 'view', 'nobody']);
  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /^latchkey: not_found: .+\(request id/);

  const bad = await server.run(['whoami'], {
    env: { LATCHKEY_URL: server.url, LATCHKEY_API_KEY: 'lk_user_nonsense' },
  });
  assert.ok(bad.code === 1 || bad.code === 3, `malformed or refused, got ${bad.code}`);

  const ada = await server.s.createUser({ slug: 'grace' });
  const key = await server.s.createKey(await server.s.login(ada.email), 'grace');
  const forbidden = await server.run(['user', 'list'], {
    env: { LATCHKEY_URL: server.url, LATCHKEY_API_KEY: key.key },
  });
  assert.equal(forbidden.code, 3);

  const usage = await server.run(['user', 'key', 'create']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /required option '--name <name>'/);
  const ttl = await server.run(['user', 'key', 'create', '--name', 'x', '--ttl', 'soon']);
  assert.equal(ttl.code, 2);

  const closed = await server.run(['--url', 'http://127.0.0.1:9', 'whoami'], {
    env: { LATCHKEY_URL: 'http://127.0.0.1:9', LATCHKEY_API_KEY: key.key },
  });
  assert.equal(closed.code, 1);
  assert.match(closed.stderr, /could not reach http:\/\/127\.0\.0\.1:9/);

  const json = await server.run(['--json', 'user', 'view', 'nobody']);
  assert.equal(json.code, 4);
  const body = JSON.parse(json.stderr) as { error: { code: string; status: number; request_id: string } };
  assert.equal(body.error.code, 'not_found');
  assert.equal(body.error.status, 404);
  assert.ok(body.error.request_id);

  for (const args of [['--help'], ['user', 'key', 'list', '--help'], ['admin', '--help'], ['--version']]) {
    const help = await runBinary(args, server.env);
    assert.equal(help.code, 0, args.join(' '));
    if (args[0] !== '--version') assert.match(help.stdout, /Examples:\n {2}\$ latchkey /, args.join(' '));
  }
});

test('exit 5 when the rate limit is used up, after one retry', async () => {
  const limited = await startCliServer({
    LATCHKEY_RATE_LIMIT_PER_SECOND: '1',
    LATCHKEY_RATE_LIMIT_BURST: '1',
  });
  try {
    const user = await limited.s.createUser({ slug: 'busy' });
    const { key } = await limited.s.createKey(await limited.s.login(user.email), 'busy');
    const env = { LATCHKEY_URL: limited.url, LATCHKEY_API_KEY: key };
    // Spend the bucket faster than it refills: several at once.
    const results = await Promise.all([1, 2, 3, 4].map(() => limited.run(['whoami'], { env })));
    const codes = results.map((r) => r.code);
    assert.ok(codes.includes(5), `one of them is rate limited: ${codes.join(',')}`);
    const refused = results.find((r) => r.code === 5);
    assert.match(refused?.stderr ?? '', /rate_limited: .+Retry in \d+ s\./);
  } finally {
    await limited.close();
  }
});

test('tables have no colour off a terminal; with NO_COLOR nothing is coloured either', async () => {
  const plain = await server.run(['user', 'list']);
  assert.equal(plain.code, 0, plain.stderr);
  assert.ok(!plain.stdout.includes('\u001b['));
  assert.match(plain.stdout, /\d{4}-\d\d-\d\dT/, 'off a TTY times are ISO 8601');
  const none = await server.run(['user', 'list'], { env: { NO_COLOR: '1' } });
  assert.ok(!(none.stdout + none.stderr).includes('\u001b['));
});

test('audit export streams NDJSON to stdout and to -o FILE; audit list --json parses; completion names the verbs', async () => {
  const stdout = await server.run(['audit', 'export', '--action', 'key.*']);
  assert.equal(stdout.code, 0, stdout.stderr);
  const events = stdout.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { action: string });
  assert.ok(events.length >= 2 && events.every((e) => e.action.startsWith('key.')));

  const file = join(server.home, 'audit.ndjson');
  const written = await server.run(['audit', 'export', '-o', file]);
  assert.equal(written.code, 0, written.stderr);
  const lines = (await readFile(file, 'utf8')).trim().split('\n');
  assert.match(written.stderr, new RegExp(`^${lines.length} events written to `));

  const listed = await server.json<{ action: string }[]>(['audit', 'list', '--action', 'key.revoked']);
  assert.ok(listed.every((e) => e.action === 'key.revoked'));

  const bash = await server.run(['completion', 'bash']);
  assert.match(bash.stdout, /complete -o default -F _latchkey latchkey/);
  assert.match(bash.stdout, /'user key'\) words='list create view update revoke/);
});
