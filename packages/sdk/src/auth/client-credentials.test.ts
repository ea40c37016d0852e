// clientCredentials() against a real server: discovery, caching, renewal ahead of expiry, one refresh, the 401 retry.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLatchkey, ok } from '../client.ts';
import { createClientApp, type SdkServer, startSdkServer } from '../test/server.ts';
import { clientCredentials, refreshAfterSeconds } from './client-credentials.ts';

describe('clientCredentials() against a real server', () => {
  let server: SdkServer;
  let app: { clientId: string; clientSecret: string };
  before(async () => {
    server = await startSdkServer();
    app = await createClientApp(server);
  });
  after(() => server.close());

  test('renewal at expires_in minus 10%, at least 5 s and at most 5 min early', () => {
    assert.equal(refreshAfterSeconds(900), 810);
    assert.equal(refreshAfterSeconds(30), 25);
    assert.equal(refreshAfterSeconds(86_400), 86_100);
    assert.equal(refreshAfterSeconds(6), 3, 'never later than the half-life for very short tokens');
  });

  test('a token from the discovered endpoint, cached across calls', async () => {
    const auth = clientCredentials({ ...app, now: () => server.s.clock.now() });
    const lk = createLatchkey({ url: server.url, auth });
    const me = await ok(lk.GET('/v0/auth/whoami'));
    assert.equal(me.principal.type, 'app');
    assert.equal(me.credential.kind, 'app_token');
    await ok(lk.GET('/v0/auth/whoami'));
    assert.equal(auth.tokensIssued, 1);
  });

  test('concurrent first calls wait for one token request', async () => {
    const auth = clientCredentials({ ...app, now: () => server.s.clock.now() });
    const lk = createLatchkey({ url: server.url, auth });
    const answers = await Promise.all(Array.from({ length: 8 }, () => ok(lk.GET('/v0/auth/whoami'))));
    assert.equal(new Set(answers.map((a) => a.credential.uuid)).size, 1, 'one token for all');
    assert.equal(auth.tokensIssued, 1);
  });

  test('the token is renewed once 90% of its lifetime has passed (server and client clocks moved together)', async () => {
    const auth = clientCredentials({ ...app, now: () => server.s.clock.now() });
    const lk = createLatchkey({ url: server.url, auth });
    const first = await ok(lk.GET('/v0/auth/whoami'));
    server.s.clock.advance(800_000);
    assert.equal(
      (await ok(lk.GET('/v0/auth/whoami'))).credential.uuid,
      first.credential.uuid,
      'still fresh at 800 s',
    );
    server.s.clock.advance(11_000);
    const renewed = await ok(lk.GET('/v0/auth/whoami'));
    assert.notEqual(renewed.credential.uuid, first.credential.uuid, 'a new token at 811 s');
    assert.equal(auth.tokensIssued, 2);
  });

  test('a revoked token: the 401 invalid_token is retried once with a fresh token', async () => {
    const auth = clientCredentials({ ...app, now: () => server.s.clock.now() });
    const lk = createLatchkey({ url: server.url, auth });
    const first = await ok(lk.GET('/v0/auth/whoami'));
    const { authorization } = await auth.authorize({
      baseUrl: server.url,
      send: () => assert.fail('cached'),
    });
    const token = (authorization ?? '').replace(/^Bearer /, '');
    const revoke = await fetch(`${server.url}/v0/oauth/revoke`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${app.clientId}:${encodeURIComponent(app.clientSecret)}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ token }),
    });
    assert.equal(revoke.status, 200);
    const again = await Promise.all([ok(lk.GET('/v0/auth/whoami')), ok(lk.GET('/v0/auth/whoami'))]);
    assert.notEqual(again[0].credential.uuid, first.credential.uuid);
    assert.equal(
      again[0].credential.uuid,
      again[1].credential.uuid,
      'both retried with the same fresh token',
    );
    assert.equal(auth.tokensIssued, 2, 'one refresh for both refused requests');
  });

  test('a wrong secret is an RFC 6749 invalid_client LatchkeyError, and is not retried', async () => {
    const auth = clientCredentials({ clientId: app.clientId, clientSecret: 'lk_secret_wrong' });
    const lk = createLatchkey({ url: server.url, auth });
    await assert.rejects(lk.GET('/v0/auth/whoami'), (error: unknown) => {
      assert.ok(error instanceof Error && error.name === 'LatchkeyError');
      const e = error as unknown as { status: number; code: string; message: string };
      assert.equal(e.status, 401);
      assert.equal(e.code, 'invalid_client');
      assert.doesNotMatch(e.message, /lk_secret_wrong/);
      return true;
    });
  });
});
