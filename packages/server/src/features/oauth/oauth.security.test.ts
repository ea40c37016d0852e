// Access tokens under attack: forgeries, tokens of the wrong kind, expiry, revocation across instances, key rotation.
import assert from 'node:assert/strict';
import { createHmac, createPublicKey } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../../auth/actor.ts';
import { generateSigningKeyPem, loadKey, signJwt } from '../../lib/crypto/jwt.ts';
import {
  basicAuth,
  type CreatedApp,
  createApp,
  createSecret,
  oauthPost,
  obtainToken,
} from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, secondInstance, startTestServer, type TestServer } from '../../test/harness.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const segments = (token: string) => token.split('.') as [string, string, string];
const claimsOf = (token: string) => JSON.parse(Buffer.from(segments(token)[1], 'base64url').toString('utf8'));
const headerOf = (token: string) => JSON.parse(Buffer.from(segments(token)[0], 'base64url').toString('utf8'));

for (const dialect of DIALECTS) {
  describe(`access tokens under attack (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let app: CreatedApp;
    let secret: string;
    let token: string;

    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ slug: 'root', admin: true });
      adminSession = await s.login(admin.email);
      app = await createApp(s, adminSession, { name: 'Target' });
      secret = await createSecret(s, adminSession, app.slug);
      token = await obtainToken(s, app.client_id, secret);
    });
    after(() => s.close());

    const whoami = (credential: string) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(credential) });
    const assertInvalidToken = async (credential: string, what: string) => {
      const response = await whoami(credential);
      assert.equal(response.statusCode, 401, what);
      assert.match(String(response.headers['www-authenticate']), /error="invalid_token"/, what);
    };

    test('a genuine token authenticates the app on every endpoint, as the app', async () => {
      const response = await whoami(token);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().principal.type, 'app');
      assert.equal(headerOf(token).typ, 'at+jwt');
      assert.equal(headerOf(token).alg, 'ES256');
      assert.equal(typeof headerOf(token).kid, 'string');
    });

    test('alg "none" is refused with invalid_token', async () => {
      const [, payload] = segments(token);
      await assertInvalidToken(
        `${b64({ alg: 'none', typ: 'at+jwt', kid: headerOf(token).kid })}.${payload}.`,
        'none',
      );
    });

    test('HS256 signed with our public key as the HMAC secret is refused', async () => {
      const { kid } = headerOf(token);
      const jwks = (await s.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
      const jwk = jwks.keys.find((key: { kid: string }) => key.kid === kid);
      const publicPem = createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      for (const hmacKey of [String(publicPem), JSON.stringify(jwk)]) {
        const head = `${b64({ alg: 'HS256', typ: 'at+jwt', kid })}.${segments(token)[1]}`;
        const signature = createHmac('sha256', hmacKey).update(head).digest('base64url');
        await assertInvalidToken(`${head}.${signature}`, 'HS256');
      }
    });

    test('a token signed by a key we do not know, or with altered claims, is refused', async () => {
      const stranger = loadKey({ kid: headerOf(token).kid, privateKeyPem: generateSigningKeyPem() });
      await assertInvalidToken(await signJwt(stranger, 'at+jwt', claimsOf(token)), 'foreign key, our kid');
      const [h, , sig] = segments(token);
      await assertInvalidToken(
        `${h}.${b64({ ...claimsOf(token), scope: 'admin' })}.${sig}`,
        'altered claims',
      );
    });

    test('wrong typ, iss or aud are refused even when signed by our key', async () => {
      const key = s.ctx.signingKeys.current();
      const claims = claimsOf(token);
      await assertInvalidToken(await signJwt(key, 'JWT', claims), 'typ JWT');
      await assertInvalidToken(
        await signJwt(key, 'at+jwt', { ...claims, iss: 'https://evil.example' }),
        'iss',
      );
      await assertInvalidToken(
        await signJwt(key, 'at+jwt', { ...claims, aud: 'https://other.example' }),
        'aud',
      );
      await assertInvalidToken(
        await signJwt(key, 'at+jwt', { ...claims, client_id: 'app_other' }),
        'client_id',
      );
    });

    test('an id token from another issuer is refused where an access token is expected', async () => {
      const idp = loadKey({ kid: 'idp-1', privateKeyPem: generateSigningKeyPem() });
      const now = Math.floor(s.clock.now() / 1000);
      const idToken = await signJwt(idp, 'JWT', {
        iss: 'https://idp.example',
        sub: 'u1',
        aud: app.client_id,
        iat: now,
        exp: now + 600,
      });
      await assertInvalidToken(idToken, 'id token');
      const introspected = await oauthPost(
        s,
        { token: idToken },
        { authorization: basicAuth(app.client_id, secret) },
        { url: '/v0/oauth/introspect' },
      );
      assert.deepEqual(introspected.json(), { active: false });
    });

    test('a session token is not an access token: introspection says inactive, revocation ignores it', async () => {
      const introspect = await oauthPost(s, { token: adminSession }, bearer(adminSession), {
        url: '/v0/oauth/introspect',
      });
      assert.equal(introspect.statusCode, 200);
      assert.deepEqual(introspect.json(), { active: false });
      const revoke = await oauthPost(s, { token: adminSession }, bearer(adminSession), {
        url: '/v0/oauth/revoke',
      });
      assert.equal(revoke.statusCode, 200);
      assert.equal((await whoami(adminSession)).statusCode, 200, 'the session still works');
    });

    test('an expired token is refused', async () => {
      const own = await obtainToken(s, app.client_id, secret);
      assert.equal((await whoami(own)).statusCode, 200);
      s.clock.advance(900_000);
      await assertInvalidToken(own, 'expired');
      s.clock.advance(-900_000);
    });

    test('introspection: an app sees its own tokens, not another app’s; an administrator sees any', async () => {
      const other = await createApp(s, adminSession);
      const otherSecret = await createSecret(s, adminSession, other.slug);
      const own = await oauthPost(
        s,
        { token },
        { authorization: basicAuth(app.client_id, secret) },
        { url: '/v0/oauth/introspect' },
      );
      assert.equal(own.json().active, true);
      assert.equal(own.json().sub, app.uuid);
      assert.equal(own.headers['cache-control'], 'no-store');
      const foreign = await oauthPost(
        s,
        { token, client_id: other.client_id, client_secret: otherSecret },
        {},
        { url: '/v0/oauth/introspect' },
      );
      assert.deepEqual(foreign.json(), { active: false });
      const byAdmin = await oauthPost(s, { token }, bearer(adminSession), { url: '/v0/oauth/introspect' });
      assert.equal(byAdmin.json().active, true);
      const anonymous = await oauthPost(s, { token }, {}, { url: '/v0/oauth/introspect' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().error, 'invalid_client');
      const byApp = await oauthPost(s, { token }, bearer(token), { url: '/v0/oauth/introspect' });
      assert.equal(byApp.statusCode, 401, 'an access token is not an administrator');
    });

    test('a revoked token is refused here and by another instance on the same database, until its exp', async () => {
      const own = await obtainToken(s, app.client_id, secret);
      // No cache on the second instance: every answer comes from the shared database.
      const second = await secondInstance(s, { credentialCacheTtlMs: 0 });
      try {
        const otherWhoami = () =>
          second.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(own) });
        assert.equal((await otherWhoami()).statusCode, 200);
        assert.equal((await whoami(own)).statusCode, 200, 'cached here');
        const revoked = await oauthPost(
          s,
          { token: own, token_type_hint: 'access_token' },
          { authorization: basicAuth(app.client_id, secret) },
          { url: '/v0/oauth/revoke' },
        );
        assert.equal(revoked.statusCode, 200);
        await assertInvalidToken(own, 'revoked, this instance');
        s.clock.advance(s.config.credentialCacheTtlMs + 1);
        assert.equal(
          (await otherWhoami()).statusCode,
          401,
          'the other instance reads the deny-list once its cache entry ends',
        );
        const row = await s.ctx.db
          .selectFrom('revokedTokens')
          .selectAll()
          .where('jti', '=', claimsOf(own).jti)
          .executeTakeFirst();
        assert.equal(row?.expiresAt, claimsOf(own).exp * 1000);
        assert.equal((await whoami(token)).statusCode, 200, 'other tokens are untouched');
      } finally {
        await second.app.close();
      }
    });

    test('revoking another app’s token as a client does nothing; unknown tokens are not an error', async () => {
      const other = await createApp(s, adminSession);
      const otherSecret = await createSecret(s, adminSession, other.slug);
      const response = await oauthPost(
        s,
        { token, client_id: other.client_id, client_secret: otherSecret },
        {},
        { url: '/v0/oauth/revoke' },
      );
      assert.equal(response.statusCode, 200);
      assert.equal((await whoami(token)).statusCode, 200);
      const garbage = await oauthPost(
        s,
        { token: 'not-a-token' },
        { authorization: basicAuth(app.client_id, secret) },
        { url: '/v0/oauth/revoke' },
      );
      assert.equal(garbage.statusCode, 200);
    });

    test('a key rotated by another instance verifies here at once (an unknown kid reloads the keys)', async () => {
      const second = await secondInstance(s);
      try {
        const { kid } = await second.ctx.signingKeys.rotate(SYSTEM);
        s.clock.advance(1001);
        const fromSecond = await second.app.inject({
          method: 'POST',
          url: '/v0/oauth/token',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            authorization: basicAuth(app.client_id, secret),
          },
          payload: 'grant_type=client_credentials',
        });
        const issued = fromSecond.json().access_token;
        assert.equal(headerOf(issued).kid, kid);
        assert.equal((await whoami(issued)).statusCode, 200);
      } finally {
        s.clock.advance(-1001);
        await second.app.close();
      }
    });

    test('signing-key rotation: the new key signs, the old one verifies and stays published until its last token expired', async () => {
      const before = await obtainToken(s, app.client_id, secret);
      const oldKid = headerOf(before).kid;
      assert.equal(
        (await s.app.inject({ method: 'POST', url: '/v0/admin/signing-keys/rotate', headers: bearer(token) }))
          .statusCode,
        403,
      );
      const rotated = await s.app.inject({
        method: 'POST',
        url: '/v0/admin/signing-keys/rotate',
        headers: bearer(adminSession),
      });
      assert.equal(rotated.statusCode, 200);
      const { kid: newKid, retired } = rotated.json();
      assert.ok(retired.includes(oldKid));
      const after = await obtainToken(s, app.client_id, secret);
      assert.equal(headerOf(after).kid, newKid);
      const kids = async () =>
        (await s.app.inject({ method: 'GET', url: '/.well-known/jwks.json' }))
          .json()
          .keys.map((k: { kid: string }) => k.kid);
      const published = await kids();
      assert.ok(published.includes(oldKid) && published.includes(newKid));
      assert.equal((await whoami(before)).statusCode, 200);
      assert.equal((await whoami(after)).statusCode, 200);
      assert.equal(
        (await whoami(adminSession)).statusCode,
        200,
        'sessions signed by the old key still verify',
      );
      s.clock.advance(902_000);
      assert.deepEqual(await kids(), [newKid], 'the old key disappears once its last access token expired');
      await assertInvalidToken(before, 'expired with its key');
      s.clock.advance(-902_000);
    });
  });
}
