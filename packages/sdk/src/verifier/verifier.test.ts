// The verifier against a real server: access tokens offline (accepted, expired, forged, wrong audience), keys through /v0/auth/verify.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import { clientCredentials } from '../auth/client-credentials.ts';
import { createClientApp, type SdkServer, startSdkServer } from '../test/server.ts';
import { createVerifier } from './verifier.ts';

describe('createVerifier() against a real server', () => {
  let server: SdkServer;
  let token: string;
  let clientId: string;
  before(async () => {
    server = await startSdkServer();
    const app = await createClientApp(server);
    clientId = app.clientId;
    const auth = clientCredentials({ ...app, now: () => server.s.clock.now() });
    const { authorization } = await auth.authorize({
      baseUrl: server.url,
      send: async (request) => {
        const response = await fetch(request);
        assert.ok(response.ok, `${request.url}: ${response.status}`);
        return response;
      },
    });
    token = (authorization ?? '').replace(/^Bearer /, '');
  });
  after(() => server.close());

  const verifier = (shift = 0, audience?: string) =>
    createVerifier({ url: server.url, audience, now: () => server.s.clock.now() + shift });

  test('a Latchkey access token is accepted offline, with the app as principal', async () => {
    const answer = await verifier().verify({ authorization: `Bearer ${token}` });
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(answer.principal.type, 'app');
    assert.equal(answer.principal.clientId, clientId);
    assert.equal(answer.principal.credential.kind, 'app_token');
    assert.equal(answer.principal.checkedBy, 'token');
  });

  test('an expired token is refused with token_expired and an RFC 6750 challenge', async () => {
    const answer = await verifier(906_000).verify({ authorization: `Bearer ${token}` });
    assert.ok(!answer.ok);
    assert.equal(answer.refusal.status, 401);
    assert.equal(answer.refusal.code, 'token_expired');
    assert.match(answer.refusal.challenge ?? '', /^Bearer error="invalid_token"/);
  });

  test('a forged token (same claims and kid, another ES256 key) is refused: bad_signature', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const claims = decodeJwt(token);
    const kid = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).kid;
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid })
      .sign(privateKey);
    const answer = await verifier().verify({ authorization: `Bearer ${forged}` });
    assert.ok(!answer.ok);
    assert.equal(answer.refusal.code, 'bad_signature');
  });

  test('alg none and HS256 are refused whatever the claims: only ES256 is accepted', async () => {
    const [, payload] = token.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    const hs = await new SignJWT(decodeJwt(token))
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .sign(new TextEncoder().encode('a shared secret a forger would pick, 32+ bytes'));
    for (const forged of [none, hs]) {
      const answer = await verifier().verify({ authorization: `Bearer ${forged}` });
      assert.ok(!answer.ok);
      assert.equal(answer.refusal.status, 401);
    }
  });

  test('a token for another audience is refused: wrong_audience', async () => {
    const answer = await verifier(0, 'https://another-api.invalid').verify({
      authorization: `Bearer ${token}`,
    });
    assert.ok(!answer.ok);
    assert.equal(answer.refusal.code, 'wrong_audience');
  });

  test('no credential: 401 authentication_required with the challenges, and no request to the server', async () => {
    const answer = await createVerifier({
      url: server.url,
      fetch: () => assert.fail('no request expected'),
    }).verify({});
    assert.ok(!answer.ok);
    assert.equal(answer.refusal.code, 'authentication_required');
    assert.match(answer.refusal.challenge ?? '', /Bearer/);
  });

  test('keys go through /v0/auth/verify: accepted, then refused once revoked (after the short cache)', async () => {
    const created = await server.s.createKey(server.adminToken, server.admin.slug, { name: 'verified' });
    let now = Date.now();
    const v = createVerifier({ url: server.url, cacheTtlMs: 1000, now: () => now });
    const allowed = await v.verify({ authorization: `Bearer ${created.key}` });
    assert.ok(allowed.ok, JSON.stringify(allowed));
    assert.equal(allowed.principal.type, 'user');
    assert.equal(allowed.principal.slug, server.admin.slug);
    assert.equal(allowed.principal.checkedBy, 'server');
    const revoke = await server.s.call(
      'DELETE',
      `/v0/users/${server.admin.slug}/keys/${created.uuid}`,
      server.adminToken,
    );
    assert.equal(revoke.statusCode, 200);
    assert.ok((await v.verify({ authorization: `Bearer ${created.key}` })).ok, 'cached for up to a second');
    now += 1001;
    const refused = await v.verify({ authorization: `Bearer ${created.key}` });
    assert.ok(!refused.ok);
    assert.equal(refused.refusal.status, 401);
    assert.equal(refused.refusal.code, 'credential_revoked');
  });

  test('remaining: a usage-limited key’s uses left after each verify, then its 429; absent without a limit', async () => {
    const limited = await server.s.createKey(server.adminToken, server.admin.slug, {
      name: 'metered',
      limits: { remaining: 2 },
    });
    const v = createVerifier({ url: server.url, cacheTtlMs: 0 });
    const told: (number | undefined)[] = [];
    for (let i = 0; i < 2; i++) {
      const answer = await v.verify({ authorization: `Bearer ${limited.key}` });
      assert.ok(answer.ok, JSON.stringify(answer));
      told.push(answer.principal.remaining);
    }
    assert.deepEqual(told, [1, 0]);
    const spent = await v.verify({ authorization: `Bearer ${limited.key}` });
    assert.ok(!spent.ok);
    assert.equal(spent.refusal.status, 429);
    assert.equal(spent.refusal.code, 'usage_exhausted');
    const plain = await server.s.createKey(server.adminToken, server.admin.slug, { name: 'unmetered' });
    const free = await v.verify({ authorization: `Bearer ${plain.key}` });
    assert.ok(free.ok);
    assert.equal('remaining' in free.principal, false);
  });

  test('admin is true for an administrator’s unrestricted key only, never for a restricted one', async () => {
    const v = createVerifier({ url: server.url });
    const adminOf = async (scopes?: Record<string, unknown>) => {
      const { key } = await server.s.createKey(server.adminToken, server.admin.slug, {
        name: `admin ${JSON.stringify(scopes)}`,
        ...(scopes ? { scopes } : {}),
      });
      const answer = await v.verify({ authorization: `Bearer ${key}` });
      assert.ok(answer.ok, JSON.stringify(answer));
      return answer.principal.admin;
    };
    assert.equal(await adminOf(), true);
    assert.equal(await adminOf({ read_only: true }), false);
  });

  test('the apikey header and Basic forms go through /v0/auth/verify too', async () => {
    const { key } = await server.s.createKey(server.adminToken, server.admin.slug, { name: 'forms' });
    const v = createVerifier({ url: server.url });
    for (const headers of [
      { apikey: key },
      { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
    ]) {
      const answer = await v.verify(headers);
      assert.ok(answer.ok, JSON.stringify(answer));
      assert.equal(answer.principal.credential.kind, 'user_key');
    }
  });

  test('a server without /v0/auth/verify makes a key a clear error rather than a silent refusal', async () => {
    // A Latchkey release older than the gateway route answers its path as any unknown route.
    const older = createServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'not_found', message: 'Route not found' } }));
    });
    await new Promise<void>((resolve) => older.listen(0, '127.0.0.1', resolve));
    try {
      const { key } = await server.s.createKey(server.adminToken, server.admin.slug, { name: 'no route' });
      const url = `http://127.0.0.1:${(older.address() as AddressInfo).port}`;
      await assert.rejects(createVerifier({ url }).verify({ apikey: key }), /has no \/v0\/auth\/verify/);
    } finally {
      older.close();
    }
  });
});
