// Python's authlib and pyjwt (Debian's python3-authlib and python3-jwt) fetch a client-credentials token from a
// real Latchkey and verify it against the JWKS: a token or metadata they cannot use fails here.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createApp, createSecret, startListening } from '../test/apps-helpers.ts';
import type { TestServer } from '../test/harness.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./oauth_client.py', import.meta.url));
const run = promisify(execFile);

/** .ci/run installs python3-authlib, python3-jwt and python3-requests: skipped without them, except under CI. */
const missing =
  spawnSync(PYTHON, ['-c', 'import authlib, jwt, requests'], { encoding: 'utf8' }).status === 0
    ? undefined
    : 'Debian’s python3-authlib, python3-jwt and python3-requests are not installed';

interface PythonResult {
  token_type: string;
  expires_in: number;
  header: { alg: string; typ: string; kid: string };
  claims: Record<string, unknown>;
  authlib_sub: string;
  forged_rejected: boolean;
  whoami_principal: string;
}

describe('Python authlib and pyjwt against Latchkey', { skip: process.env.CI ? false : missing }, () => {
  let s: TestServer;
  let clientId: string;
  let appId: string;
  let secret: string;

  before(async () => {
    s = await startListening('sqlite');
    const admin = await s.createUser({ slug: 'root', admin: true });
    const session = await s.login(admin.email);
    const app = await createApp(s, session, { name: 'Python worker', slug: 'python-worker' });
    clientId = app.client_id;
    appId = app.uuid;
    secret = await createSecret(s, session, app.slug);
  });
  after(async () => {
    await s?.close();
  });

  const python = (id: string, clientSecret: string) =>
    run(PYTHON, [SCRIPT, s.url, id, clientSecret], { encoding: 'utf8', timeout: 60_000 });

  test('authlib fetches a token with client_secret_basic and _post; pyjwt and authlib verify it against the JWKS', async () => {
    const { stdout } = await python(clientId, secret);
    const result = JSON.parse(stdout) as PythonResult;
    assert.equal(result.token_type.toLowerCase(), 'bearer');
    assert.ok(result.expires_in > 0 && result.expires_in <= 900, `expires_in ${result.expires_in}`);
    assert.equal(result.header.typ, 'at+jwt');
    assert.equal(result.claims.iss, s.url);
    assert.equal(result.claims.aud, s.url);
    assert.equal(result.claims.sub, appId);
    assert.equal(result.claims.client_id, clientId);
    assert.equal(result.authlib_sub, appId);
    assert.equal(result.forged_rejected, true, 'pyjwt accepted a token with a changed signature');

    // authlib's session sends its token to the API, which knows the app by it.
    assert.equal(result.whoami_principal, `app:${appId}`);
  });

  test('a wrong secret makes authlib raise with the RFC 6749 error, and the script fails', async () => {
    const failed = await python(clientId, `${secret.slice(0, -1)}x`).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    assert.ok(failed, 'the script succeeded with a wrong secret');
    assert.notEqual(failed.code, 0);
    assert.match(String(failed.stderr), /invalid_client/);
  });
});
