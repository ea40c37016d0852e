// The real binary against a real server: an app's public keys (private_key_jwt) and the resource servers tokens may name.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type CliServer, loginAsAdmin, startCliServer } from './test/cli.ts';

let server: CliServer;
before(async () => {
  server = await startCliServer();
  const login = await loginAsAdmin(server);
  assert.equal(login.code, 0, login.stderr);
  await server.json(['app', 'create', '--name', 'Signer']);
});
after(() => server.close());

interface AppKey {
  uuid: string;
  name: string;
  jwks_uri: string | null;
  keys: { kid: string | null; alg: string | null }[];
}

test('app public-key add from a JWKS file, ls, rm; a jwks_uri on a metadata address and a bad file are refused', async () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const file = join(server.home, 'signer.jwks.json');
  writeFileSync(
    file,
    JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'ci-1', alg: 'ES256' }] }),
  );
  const added = await server.json<AppKey>([
    'app',
    'public-key',
    'add',
    'signer',
    '--jwks',
    file,
    '--name',
    'CI',
  ]);
  assert.equal(added.name, 'CI');
  assert.equal(added.jwks_uri, null);
  assert.deepEqual(
    added.keys.map((k) => [k.kid, k.alg]),
    [['ci-1', 'ES256']],
  );

  const table = await server.run(['app', 'pk', 'ls', 'signer'], { env: { NO_COLOR: '1' } });
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /UUID\s+NAME\s+JWKS_URI/);
  assert.match(table.stdout, /CI\s+-\s+ci-1 ES256/);

  const inward = await server.run([
    'app',
    'pk',
    'add',
    'signer',
    '--jwks-uri',
    'https://169.254.169.254/jwks',
  ]);
  assert.equal(inward.code, 1, inward.stderr);
  assert.match(inward.stderr, /jwks_uri/);

  const neither = await server.run(['app', 'pk', 'add', 'signer']);
  assert.equal(neither.code, 2);
  assert.match(neither.stderr, /exactly one of --jwks and --jwks-uri/);

  const secret = join(server.home, 'private.jwk.json');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(secret, JSON.stringify(privateKey.export({ format: 'jwk' })));
  const refused = await server.run(['app', 'pk', 'add', 'signer', '--jwks', secret]);
  assert.equal(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /private member/);

  const removed = await server.json<{ removed: string }>(['app', 'pk', 'rm', 'signer', added.uuid]);
  assert.equal(removed.removed, added.uuid);
  assert.deepEqual(await server.json(['app', 'pk', 'ls', 'signer']), []);
});

interface Resource {
  uuid: string;
  identifier: string;
  name: string;
}

test('admin resources set (register, then rename), list, rm; app resources set and view', async () => {
  const billing = 'https://billing.example.com';
  const created = await server.json<Resource>(['admin', 'resources', 'set', billing, '--name', 'Billing']);
  assert.equal(created.identifier, billing);
  const renamed = await server.json<Resource>([
    'admin',
    'resources',
    'set',
    billing,
    '--name',
    'Billing API',
  ]);
  assert.equal(renamed.uuid, created.uuid);
  assert.equal(renamed.name, 'Billing API');

  const listed = await server.json<Resource[]>(['admin', 'resources', 'list']);
  assert.deepEqual(
    listed.map((r) => [r.identifier, r.name]),
    [[billing, 'Billing API']],
  );
  const badUri = await server.run(['admin', 'resources', 'set', 'not a uri', '--name', 'Bad']);
  assert.equal(badUri.code, 1, badUri.stderr);
  assert.match(badUri.stderr, /identifier/);

  const limited = await server.json<{ limited: boolean; resources: Resource[] }>([
    'app',
    'resources',
    'set',
    'signer',
    billing,
  ]);
  assert.equal(limited.limited, true);
  assert.deepEqual(
    limited.resources.map((r) => r.identifier),
    [billing],
  );
  const view = await server.run(['app', 'resources', 'view', 'signer'], { env: { NO_COLOR: '1' } });
  assert.equal(view.code, 0, view.stderr);
  assert.match(view.stdout, /https:\/\/billing\.example\.com/);
  const lifted = await server.json<{ limited: boolean }>([
    'app',
    'resources',
    'set',
    'signer',
    '--unlimited',
  ]);
  assert.equal(lifted.limited, false);
  const both = await server.run(['app', 'resources', 'set', 'signer', billing, '--unlimited']);
  assert.equal(both.code, 2);

  const removed = await server.json<{ removed: string }>(['admin', 'resources', 'rm', billing]);
  assert.equal(removed.removed, billing);
  assert.deepEqual(await server.json(['admin', 'resources', 'list']), []);
  const again = await server.run(['admin', 'resources', 'rm', billing]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /no resource server/);
});
