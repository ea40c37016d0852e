// The client against a real server: each key form, session sign-in, fromEnv, typed calls and typed errors.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TEST_PASSWORD } from '../../server/src/test/harness.ts';
import { apiKey } from './auth/api-key.ts';
import { fromEnv } from './auth/env.ts';
import { session } from './auth/session.ts';
import { createLatchkey, ok } from './client.ts';
import { LatchkeyError } from './errors.ts';
import { type SdkServer, startSdkServer } from './test/server.ts';

describe('the SDK client against a real server', () => {
  let server: SdkServer;
  let key: string;
  before(async () => {
    server = await startSdkServer();
    key = (await server.s.createKey(server.adminToken, server.admin.slug, { name: 'sdk' })).key;
  });
  after(() => server.close());

  for (const as of ['bearer', 'basic', 'apikey-header'] as const) {
    test(`apiKey(key, { as: '${as}' }) authenticates a typed call`, async () => {
      const lk = createLatchkey({ url: server.url, auth: apiKey(key, { as }) });
      const me = await ok(lk.GET('/v0/auth/whoami'));
      assert.equal(me.principal.slug, server.admin.slug);
      assert.equal(me.credential.kind, 'user_key');
    });
  }

  test('session({ email, password }) signs in once and uses the session', async () => {
    const lk = createLatchkey({
      url: server.url,
      auth: session({ email: server.admin.email, password: TEST_PASSWORD }),
    });
    const first = await ok(lk.GET('/v0/auth/whoami'));
    const second = await ok(lk.GET('/v0/auth/whoami'));
    assert.equal(first.credential.kind, 'session');
    assert.equal(first.credential.uuid, second.credential.uuid, 'the same session both times');
  });

  test('a wrong password is a LatchkeyError with the code and request id, and no password in it', async () => {
    const lk = createLatchkey({
      url: server.url,
      auth: session({ email: server.admin.email, password: 'not-the-password-at-all' }),
    });
    const error = await lk.GET('/v0/auth/whoami').then(
      () => assert.fail('signed in with a wrong password'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof LatchkeyError);
    assert.equal(error.status, 401);
    assert.equal(error.code, 'invalid_credentials');
    assert.ok(error.requestId);
    assert.doesNotMatch(`${error.message} ${JSON.stringify(error)}`, /not-the-password/);
  });

  test('fromEnv(): LATCHKEY_URL with LATCHKEY_API_KEY', async () => {
    const lk = createLatchkey(fromEnv({ LATCHKEY_URL: server.url, LATCHKEY_API_KEY: key }));
    assert.equal((await ok(lk.GET('/v0/auth/whoami'))).principal.slug, server.admin.slug);
  });

  test('fromEnv() says what is missing, without echoing secrets', () => {
    assert.throws(() => fromEnv({}), /LATCHKEY_URL/);
    assert.throws(() => fromEnv({ LATCHKEY_URL: server.url }), /LATCHKEY_API_KEY, or LATCHKEY_CLIENT_ID/);
    assert.throws(() => fromEnv({ LATCHKEY_URL: server.url, LATCHKEY_CLIENT_ID: 'app_x' }), /both/);
    assert.throws(() => fromEnv({ LATCHKEY_URL: 'not a url', LATCHKEY_API_KEY: key }), /absolute URL/);
  });

  test('typed errors: a revoked key, a malformed key, a missing object, a validation failure', async () => {
    const created = await server.s.createKey(server.adminToken, server.admin.slug, { name: 'to revoke' });
    // A key manages only itself; the administrator's session revokes the other one.
    const admin = createLatchkey({
      url: server.url,
      auth: session({ email: server.admin.email, password: TEST_PASSWORD }),
    });
    const ended = await ok(
      admin.DELETE('/v0/users/{user}/keys/{key}', {
        params: { path: { user: server.admin.slug, key: created.uuid } },
      }),
    );
    assert.ok(ended.revoked, 'the key is revoked');
    const revoked = createLatchkey({ url: server.url, auth: apiKey(created.key) });
    await assert.rejects(revoked.GET('/v0/auth/whoami'), {
      name: 'LatchkeyError',
      status: 401,
      code: 'credential_revoked',
    });
    const malformed = createLatchkey({ url: server.url, auth: apiKey('lk_user_notachecksummedkey') });
    await assert.rejects(
      malformed.GET('/v0/auth/whoami'),
      (e: unknown) => e instanceof LatchkeyError && e.code === 'malformed_credential',
    );
    await assert.rejects(
      admin.GET('/v0/users/{user}', { params: { path: { user: 'nobody-by-this-name' } } }),
      { status: 404, code: 'not_found' },
    );
    await assert.rejects(
      admin.POST('/v0/users/{user}/keys', {
        params: { path: { user: server.admin.slug } },
        body: { name: '' },
      }),
      { status: 400, code: 'validation_failed' },
    );
  });

  test('bad options are refused before any request', () => {
    assert.throws(() => createLatchkey({ url: 'nope' }), /absolute URL/);
    assert.throws(() => createLatchkey({ url: 'ftp://127.0.0.1' }), /http/);
    assert.throws(() => apiKey(''), /non-empty/);
    assert.throws(() => apiKey('lk_user_abc\r\nx-injected: 1'), /control characters/);
    assert.throws(() => createLatchkey({ url: server.url, retry: { attempts: 0 } }), /attempts/);
  });
});
