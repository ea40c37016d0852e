// Sign-in, session tokens, logout and whoami, on every store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { decodeJwt } from '../../lib/crypto/jwt.ts';
import { bearer, DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`sessions (${dialect})`, () => {
    let s: TestServer;
    let user: UserRow;
    before(async () => {
      s = await startTestServer(dialect);
      user = await s.createUser({ email: 'dana@example.com', slug: 'dana' });
    });
    after(() => s.close());

    const login = (payload: unknown) =>
      s.app.inject({ method: 'POST', url: '/v0/auth/login', payload: payload as object });

    test('login returns an ES256 session+jwt whose jti is a session row, with creation and expiration', async () => {
      const response = await login({ email: 'Dana@Example.com', password: TEST_PASSWORD });
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.user.uuid, user.id);
      const decoded = decodeJwt(body.token);
      assert.ok(decoded);
      assert.equal(decoded.header.alg, 'ES256');
      assert.equal(decoded.header.typ, 'session+jwt');
      assert.equal(decoded.header.kid, s.ctx.signingKeys.current().kid);
      assert.equal(decoded.payload.sub, user.id);
      assert.equal(decoded.payload.iss, s.config.publicUrl);
      const row = await s.ctx.db
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', String(decoded.payload.jti))
        .executeTakeFirst();
      assert.equal(row?.userId, user.id);
      assert.equal(
        Date.parse(body.expiration) - Date.parse(body.creation),
        s.config.sessionTtlSeconds * 1000,
      );
    });

    test('wrong email and wrong password get the same 401 body', async () => {
      const wrongPassword = await login({ email: user.email, password: 'not the password at all' });
      const wrongEmail = await login({ email: 'nobody@example.com', password: TEST_PASSWORD });
      for (const response of [wrongPassword, wrongEmail]) {
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'invalid_credentials');
      }
      assert.equal(wrongPassword.json().error.message, wrongEmail.json().error.message);
      assert.ok(!wrongEmail.body.includes('nobody'), 'the email is not echoed');
    });

    test('login validates its body and names the missing field', async () => {
      const response = await login({ email: user.email });
      assert.equal(response.statusCode, 400);
      assert.match(response.json().error.message, /password/);
      const extra = await login({ email: user.email, password: TEST_PASSWORD, admin: true });
      assert.equal(extra.statusCode, 400);
      assert.match(extra.json().error.message, /unknown field "admin"/);
    });

    test('whoami with a session names the session', async () => {
      const token = await s.login(user.email);
      const response = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(token) });
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.deepEqual(body.principal, {
        type: 'user',
        uuid: user.id,
        slug: 'dana',
        name: user.name,
        email: user.email,
        admin: false,
      });
      assert.equal(body.credential.kind, 'session');
      assert.equal(body.credential.uuid, decodeJwt(token)?.payload.jti);
    });

    test('logout ends the session: the same token is refused with session_ended, even from a warm cache', async () => {
      const token = await s.login(user.email);
      assert.equal(
        (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(token) })).statusCode,
        200,
      );
      const out = await s.app.inject({ method: 'POST', url: '/v0/auth/logout', headers: bearer(token) });
      assert.equal(out.statusCode, 204);
      const refused = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(token) });
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'session_ended');
    });

    test('a session expires after its lifetime, and its session key with it', async () => {
      const token = await s.login(user.email);
      const sessionKey = (await s.call('POST', '/v0/auth/session-keys', token)).json();
      assert.equal(
        sessionKey.expiration,
        new Date(s.clock.now() + s.config.sessionTtlSeconds * 1000).toISOString(),
      );
      assert.equal((await s.call('GET', '/v0/auth/whoami', sessionKey.key)).statusCode, 200, 'warm cache');
      s.clock.advance(s.config.sessionTtlSeconds * 1000);
      for (const secret of [token, sessionKey.key]) {
        const refused = await s.call('GET', '/v0/auth/whoami', secret);
        assert.equal(refused.statusCode, 401);
        assert.equal(refused.json().error.code, 'session_ended');
      }
    });

    test('an API key cannot log out; it is told how to revoke itself', async () => {
      const session = await s.login(user.email);
      const { key } = await s.createKey(session, 'dana');
      const response = await s.app.inject({ method: 'POST', url: '/v0/auth/logout', headers: bearer(key) });
      assert.equal(response.statusCode, 403);
      assert.match(response.json().error.message, /revoke/);
    });

    describe('forged and foreign tokens', () => {
      // The first character's six bits are all signature bits (the last one's low bits are padding a decoder ignores).
      const flip = (segment: string) => (segment.startsWith('A') ? 'B' : 'A') + segment.slice(1);
      const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

      test('a token with a changed claim or signature is refused as bad_signature', async () => {
        const token = await s.login(user.email);
        const [h, p, sig] = token.split('.') as [string, string, string];
        const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
        const elevated = `${h}.${b64({ ...payload, sub: '00000000-0000-7000-8000-000000000000' })}.${sig}`;
        for (const forged of [elevated, `${h}.${p}.${flip(sig)}`, `${h}.${p}.`]) {
          const response = await s.app.inject({
            method: 'GET',
            url: '/v0/auth/whoami',
            headers: bearer(forged),
          });
          assert.equal(response.statusCode, 401);
          assert.equal(response.json().error.code, 'bad_signature');
        }
      });

      test('alg none and HS256 keyed with our public key are refused', async () => {
        const token = await s.login(user.email);
        const [, p] = token.split('.') as [string, string];
        const none = `${b64({ alg: 'none', typ: 'session+jwt' })}.${p}.`;
        const { createHmac } = await import('node:crypto');
        const hsHead = b64({ alg: 'HS256', typ: 'session+jwt', kid: s.ctx.signingKeys.current().kid });
        const publicPem = s.ctx.signingKeys.current().publicKey.export({ format: 'pem', type: 'spki' });
        const hs = `${hsHead}.${p}.${createHmac('sha256', publicPem).update(`${hsHead}.${p}`).digest('base64url')}`;
        for (const forged of [none, hs]) {
          const response = await s.app.inject({
            method: 'GET',
            url: '/v0/auth/whoami',
            headers: bearer(forged),
          });
          assert.equal(response.statusCode, 401);
        }
      });

      test('a JWT from an issuer we do not trust is refused without a lookup', async () => {
        const foreign = `${b64({ alg: 'ES256', typ: 'session+jwt' })}.${b64({ iss: 'https://evil.example', sub: user.id })}.sig`;
        const response = await s.app.inject({
          method: 'GET',
          url: '/v0/auth/whoami',
          headers: bearer(foreign),
        });
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'untrusted_issuer');
      });
    });
  });
}
