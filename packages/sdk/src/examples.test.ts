// Runs each program in examples/ as a newcomer would (node --import tsx), against a real server on loopback.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { TEST_PASSWORD } from '../../server/src/test/harness.ts';
import { freePort } from '../../server/src/test/processes.ts';
import { createClientApp, type SdkServer, startSdkServer } from './test/server.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

/** In this repository @latchkey/sdk resolves to its sources (the `latchkey-source` export condition): no build needed. */
const NODE_ARGS = ['--conditions=latchkey-source', '--import', 'tsx'];

/** One example to completion; its stdout. */
async function example(name: string, env: Record<string, string>, args: string[] = []): Promise<string> {
  const { stdout } = await run(process.execPath, [...NODE_ARGS, `examples/${name}`, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 60_000,
  });
  return stdout;
}

describe('examples/ against a real server', () => {
  let server: SdkServer;
  let key: string;
  before(async () => {
    server = await startSdkServer();
    key = (await server.s.createKey(server.adminToken, server.admin.slug, { name: 'laptop' })).key;
  });
  after(() => server.close());

  test('create-key.ts signs in and prints the new key once', async () => {
    const out = await example(
      'create-key.ts',
      { LATCHKEY_URL: server.url, LATCHKEY_EMAIL: server.admin.email, LATCHKEY_PASSWORD: TEST_PASSWORD },
      ['from the example'],
    );
    const created = JSON.parse(out) as { key: string; uuid: string };
    assert.match(created.key, /^lk_user_/);
  });

  test('list-my-keys.ts lists every key of a signed-in user with the total; a key sees itself', async () => {
    const signedIn = await example('list-my-keys.ts', {
      LATCHKEY_URL: server.url,
      LATCHKEY_EMAIL: server.admin.email,
      LATCHKEY_PASSWORD: TEST_PASSWORD,
    });
    assert.match(signedIn, /laptop/);
    assert.match(signedIn, /from the example/);
    assert.match(signedIn, new RegExp(`keys of ${server.admin.slug}: 2`));
    const withKey = await example('list-my-keys.ts', { LATCHKEY_URL: server.url, LATCHKEY_API_KEY: key });
    assert.match(withKey, new RegExp(`keys of ${server.admin.slug}: 1`));
    assert.doesNotMatch(`${signedIn}${withKey}`, new RegExp(key), 'never prints a key it lists');
  });

  test('client-credentials.ts calls the API as an app', async () => {
    const app = await createClientApp(server);
    const out = await example('client-credentials.ts', {
      LATCHKEY_URL: server.url,
      LATCHKEY_CLIENT_ID: app.clientId,
      LATCHKEY_CLIENT_SECRET: app.clientSecret,
    });
    assert.match(out, new RegExp(`^app ${app.clientId} .* via app_token$`, 'm'));
    assert.match(out, /projects visible/);
  });

  test('protect-fastify.ts answers a token holder and refuses a caller without one', async () => {
    const app = await createClientApp(server);
    const token = await fetch(`${server.url}/v0/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${app.clientId}:${encodeURIComponent(app.clientSecret)}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);
    const port = await freePort();
    const child = spawn(process.execPath, [...NODE_ARGS, 'examples/protect-fastify.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, LATCHKEY_URL: server.url, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening on') && resolve());
        child.once('exit', (code) => reject(new Error(`the example exited with ${code}`)));
      });
      const url = `http://127.0.0.1:${port}/hello`;
      const allowed = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(allowed.status, 200);
      assert.deepEqual(await allowed.json(), { hello: app.clientId, type: 'app' });
      assert.equal((await fetch(url)).status, 401);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
