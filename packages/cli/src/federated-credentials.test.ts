// The real binary against a real server: an app's federated credentials added, listed and removed.
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

test('app federated-credential add, ls and rm: claims as NAME=VALUE, a table, then gone', async () => {
  await server.json(['app', 'create', '--name', 'Deployer']);
  const added = await server.json<{ name: string; claims: Record<string, string>; subject: string | null }>([
    'app',
    'federated-credential',
    'add',
    'deployer',
    '--name',
    'main',
    '--issuer',
    'https://token.actions.githubusercontent.com',
    '--audience',
    'https://latchkey.example.com',
    '--subject',
    'repo:acme/api:*',
    '--claim',
    'repository=acme/api',
    '--claim',
    'ref=refs/heads/*',
  ]);
  assert.equal(added.name, 'main');
  assert.equal(added.subject, 'repo:acme/api:*');
  assert.deepEqual(added.claims, { ref: 'refs/heads/*', repository: 'acme/api' });

  const table = await server.run(['app', 'fc', 'ls', 'deployer'], { env: { NO_COLOR: '1' } });
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /NAME\s+ISSUER/);
  assert.match(table.stdout, /main\s+https:\/\/token\.actions\.githubusercontent\.com/);

  const refused = await server.run([
    'app',
    'federated-credential',
    'add',
    'deployer',
    '--name',
    'bad',
    '--issuer',
    'https://169.254.169.254',
    '--audience',
    'x',
  ]);
  assert.equal(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /issuer/);

  const removed = await server.json<{ removed: string }>([
    'app',
    'federated-credential',
    'rm',
    'deployer',
    'main',
  ]);
  assert.equal(removed.removed, 'main');
  assert.deepEqual(await server.json(['app', 'fc', 'ls', 'deployer']), []);
});
