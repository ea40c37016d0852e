// The attacks that went around the pipeline before it was one: each refused, with nothing changed and no work done.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { generateSecret } from '../lib/crypto/secrets.ts';
import { basicAuth, createApp, createSecret, oauthPost, obtainToken } from '../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`what a restricted key cannot do (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let readOnly: string;
    let readOnlyId: string;
    let ownerSlug: string;
    let ownerReadOnly: { uuid: string; key: string };
    let fetched = 0;
    let idp: Server;

    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ admin: true, slug: 'root' });
      const owner = await s.createUser();
      ownerSlug = owner.slug;
      adminSession = await s.login(admin.email);
      const created = await s.createKey(adminSession, 'root', { name: 'ro', scopes: { read_only: true } });
      readOnly = created.key;
      readOnlyId = created.uuid;
      ownerReadOnly = await s.createKey(await s.login(owner.email), owner.slug, {
        name: 'ro',
        scopes: { read_only: true },
      });
      // An identity provider that counts how often Latchkey fetches from it.
      idp = createServer((_request, response) => {
        fetched++;
        response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    });
    after(async () => {
      await s.close();
      await new Promise((resolve) => idp.close(resolve));
    });

    test('an administrator’s read-only key changes nothing administrative: 403 naming the restriction, state unchanged', async () => {
      const settingsBefore = (await s.call('GET', '/v0/admin/settings', adminSession)).json();
      const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
      const attempts: [Parameters<TestServer['call']>[0], string, unknown][] = [
        ['PATCH', '/v0/admin/settings', { key_max_lifetime: '7d' }],
        ['PATCH', `/v0/users/${ownerSlug}`, { suspended: true }],
        ['POST', '/v0/users', { email: 'new@example.com', name: 'New', password: TEST_PASSWORD }],
        ['POST', '/v0/apps', { name: 'Sneaky' }],
        ['POST', '/v0/admin/signing-keys/rotate', undefined],
        ['POST', '/v0/admin/keys/revoke', { all: true }],
        ['POST', '/v0/admin/identity-providers', { issuer, audience: 'latchkey' }],
      ];
      for (const [method, url, payload] of attempts) {
        const response = await s.call(method, url, readOnly, payload);
        assert.equal(response.statusCode, 403, `${method} ${url}: ${response.body}`);
        assert.match(response.json().error.message, /read-only \(scopes\.read_only\)/, url);
      }
      assert.equal(fetched, 0, 'the identity provider’s URL was never fetched');
      assert.deepEqual((await s.call('GET', '/v0/admin/settings', adminSession)).json(), settingsBefore);
      const owner = (await s.call('GET', `/v0/users/${ownerSlug}`, adminSession)).json();
      assert.equal(owner.suspended, false);
      assert.equal(
        (await s.call('GET', '/v0/users?search=new%40example.com', adminSession)).json().length,
        0,
      );
      const keys = (await s.call('GET', '/v0/admin/keys', adminSession)).json();
      assert.ok(keys.every((key: { revoked: unknown }) => key.revoked === null || key.revoked === undefined));
      assert.equal((await s.call('GET', '/v0/apps', adminSession)).json().length, 0);
      // Reading is what it is for.
      assert.equal((await s.call('GET', '/v0/admin/keys', readOnly)).statusCode, 200);
    });

    test('a user’s read-only key renames neither its owner nor itself, but may revoke itself', async () => {
      const { uuid, key } = ownerReadOnly;
      const renameOwner = await s.call('PATCH', `/v0/users/${ownerSlug}`, key, { name: 'Renamed' });
      assert.equal(renameOwner.statusCode, 403);
      const renameSelf = await s.call('PATCH', `/v0/users/${ownerSlug}/keys/${uuid}`, key, { name: 'x' });
      assert.equal(renameSelf.statusCode, 403);
      assert.equal((await s.call('DELETE', `/v0/users/${ownerSlug}/keys/${uuid}`, key)).statusCode, 200);
      assert.equal((await s.call('GET', '/v0/auth/whoami', key)).json().error.code, 'credential_revoked');
    });

    test('the administrator’s read-only key may revoke itself too', async () => {
      const response = await s.call('DELETE', `/v0/users/root/keys/${readOnlyId}`, readOnly);
      assert.equal(response.statusCode, 200, response.body);
    });
  });

  describe(`client secrets and passwords go through the pipeline (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let clientId: string;
    let secret: string;
    let secretLookups = 0;
    let passwordChecks = 0;

    before(async () => {
      s = await startTestServer(dialect, {
        env: { LATCHKEY_AUTH_FAILURE_LIMIT: '20', LATCHKEY_AUTH_FAILURE_WINDOW: '60' },
      });
      s.clock.set(Date.now());
      const admin = await s.createUser({ admin: true });
      adminSession = await s.login(admin.email);
      const app = await createApp(s, adminSession);
      clientId = app.client_id;
      secret = await createSecret(s, adminSession, app.slug);
      const resolveClientSecret = s.ctx.apps.resolveClientSecret.bind(s.ctx.apps);
      s.ctx.apps.resolveClientSecret = (hash) => {
        secretLookups++;
        return resolveClientSecret(hash);
      };
      const resolvePassword = s.ctx.sessions.resolvePassword.bind(s.ctx.sessions);
      s.ctx.sessions.resolvePassword = (email, password, actor) => {
        passwordChecks++;
        return resolvePassword(email, password, actor);
      };
    });
    after(() => s.close());

    test('an lk_secret_ with a bad checksum is refused before any lookup', async () => {
      const before = secretLookups;
      const last = secret.at(-1) === 'a' ? 'b' : 'a';
      const forged = `${secret.slice(0, -1)}${last}`;
      const response = await oauthPost(
        s,
        { grant_type: 'client_credentials', client_id: clientId, client_secret: forged },
        {},
        { remoteAddress: '10.1.0.1' },
      );
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().error, 'invalid_client');
      assert.equal(secretLookups, before);
      const wellFormed = await oauthPost(
        s,
        {
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: generateSecret('appSecret').plaintext,
        },
        {},
        { remoteAddress: '10.1.0.1' },
      );
      assert.equal(wellFormed.statusCode, 401);
      assert.equal(secretLookups, before + 1, 'a well-formed unknown secret is looked up once');
    });

    test('a Bearer caller at introspection and revocation is throttled like any other', async () => {
      const address = '10.1.0.2';
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        const response = await oauthPost(s, { token: 'x' }, bearer(generateSecret('user').plaintext), {
          url: i % 2 ? '/v0/oauth/introspect' : '/v0/oauth/revoke',
          remoteAddress: address,
        });
        statuses.push(response.statusCode);
      }
      assert.deepEqual(statuses.slice(0, 20), Array(20).fill(401));
      assert.deepEqual(statuses.slice(20), [429, 429]);
    });

    test('100 concurrent wrong-password sign-ins from one address get no more scrypt checks than the limit', async () => {
      const user = await s.createUser();
      const before = passwordChecks;
      const responses = await Promise.all(
        Array.from({ length: 100 }, () =>
          s.app.inject({
            method: 'POST',
            url: '/v0/auth/login',
            remoteAddress: '10.1.0.3',
            payload: { email: user.email, password: 'wrong password' },
          }),
        ),
      );
      const counts = new Map<number, number>();
      for (const response of responses)
        counts.set(response.statusCode, (counts.get(response.statusCode) ?? 0) + 1);
      assert.equal(passwordChecks - before, 20, 'scrypt ran exactly as often as the limit allows');
      assert.equal(counts.get(401), 20);
      assert.equal(counts.get(429), 80);
      const right = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        remoteAddress: '10.1.0.4',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      assert.equal(right.statusCode, 200, 'another address signs in');
    });

    test('the client id must match the secret’s app', async () => {
      const other = await createApp(s, adminSession);
      const response = await oauthPost(
        s,
        { grant_type: 'client_credentials', client_id: other.client_id, client_secret: secret },
        {},
        { remoteAddress: '10.1.0.5' },
      );
      assert.equal(response.statusCode, 401);
      assert.match(String(response.headers['www-authenticate']), /^Basic /);
      assert.ok(await obtainToken(s, clientId, secret));
      const basic = await oauthPost(
        s,
        { grant_type: 'client_credentials' },
        { authorization: basicAuth(clientId, secret) },
      );
      assert.equal(basic.statusCode, 200);
    });
  });

  describe(`the throttle keeps its promise (${dialect})`, () => {
    let s: TestServer;
    let key: string;
    let untried: string;

    before(async () => {
      // No credential cache: what keeps a credential working is the throttle's memory alone.
      s = await startTestServer(dialect, {
        env: {
          LATCHKEY_AUTH_FAILURE_LIMIT: '5',
          LATCHKEY_AUTH_FAILURE_WINDOW: '60',
          LATCHKEY_CREDENTIAL_CACHE_MS: '0',
        },
      });
      const user = await s.createUser();
      const session = await s.login(user.email);
      key = (await s.createKey(session, user.slug)).key;
      untried = (await s.createKey(session, user.slug, { name: 'never used here' })).key;
    });
    after(() => s.close());

    const from = (address: string, secret: string) =>
      s.app.inject({
        method: 'GET',
        url: '/v0/auth/whoami',
        headers: bearer(secret),
        remoteAddress: address,
      });

    test('a credential used from a throttled address keeps working there for the whole window; a new one waits', async () => {
      assert.equal((await from('10.2.0.1', key)).statusCode, 200);
      for (let i = 0; i < 5; i++)
        assert.equal((await from('10.2.0.1', generateSecret('user').plaintext)).statusCode, 401);
      assert.equal((await from('10.2.0.1', generateSecret('user').plaintext)).statusCode, 429);
      for (const seconds of [10, 30, 55]) {
        s.clock.set(Date.UTC(2026, 10, 23, 12, 0, seconds));
        assert.equal((await from('10.2.0.1', key)).statusCode, 200, `${seconds} s into the window`);
      }
      assert.equal((await from('10.2.0.1', untried)).statusCode, 429, 'never used from here: not looked up');
      assert.equal((await from('10.2.0.2', untried)).statusCode, 200, 'another address is untouched');
      s.clock.set(Date.UTC(2026, 10, 23, 12, 1, 1));
      assert.equal((await from('10.2.0.1', untried)).statusCode, 200, 'the window is over');
    });
  });

  describe(`refusals name the credential that was refused (${dialect})`, () => {
    let s: TestServer;

    before(async () => {
      s = await startTestServer(dialect);
      s.clock.set(Date.now());
    });
    after(() => s.close());

    test('a revoked access token is told to get a new token, a session key after logout to sign in again', async () => {
      const admin = await s.createUser({ admin: true });
      const session = await s.login(admin.email);
      const app = await createApp(s, session);
      const secret = await createSecret(s, session, app.slug);
      const token = await obtainToken(s, app.client_id, secret);
      await oauthPost(
        s,
        { token },
        { authorization: basicAuth(app.client_id, secret) },
        { url: '/v0/oauth/revoke' },
      );
      const revoked = (await s.call('GET', '/v0/auth/whoami', token)).json().error;
      assert.equal(revoked.code, 'credential_revoked');
      assert.match(revoked.message, /access token/);
      assert.doesNotMatch(revoked.message, /API key/);

      const other = await s.login(admin.email);
      const sessionKey = (await s.call('POST', '/v0/auth/session-keys', other)).json().key;
      await s.call('POST', '/v0/auth/logout', other);
      const ended = (await s.call('GET', '/v0/auth/whoami', sessionKey)).json().error;
      assert.equal(ended.code, 'session_ended');
      assert.match(ended.message, /session key/);
      assert.doesNotMatch(ended.message, /API key/);
    });

    test('a validation error for an enum lists the allowed values once', async () => {
      const admin = await s.createUser({ admin: true });
      const session = await s.login(admin.email);
      const response = await s.call('PATCH', '/v0/admin/settings', session, { key_max_lifetime: '8d' });
      assert.equal(response.statusCode, 400);
      assert.equal(
        response.json().error.message,
        'body.key_max_lifetime: must be one of "never", "7d", "30d", "90d", "180d", "365d"',
      );
    });
  });
}
