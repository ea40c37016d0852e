// LATCHKEY_ACCESS_TOKEN_TTL: the lifetime the token endpoint announces, signs into `exp`, and enforces.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp, createSecret, oauthPost } from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`access token lifetime (${dialect})`, () => {
    let s: TestServer;
    let clientId: string;
    let secret: string;

    before(async () => {
      s = await startTestServer(dialect, { env: { LATCHKEY_ACCESS_TOKEN_TTL: '30' } });
      const admin = await s.createUser({ admin: true });
      const session = await s.login(admin.email);
      const app = await createApp(s, session, { name: 'Short-lived' });
      clientId = app.client_id;
      secret = await createSecret(s, session, app.slug);
    });
    after(() => s.close());

    test('a token lives the configured seconds: expires_in and exp say so, and it is refused after', async () => {
      const issued = await oauthPost(s, {
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: secret,
      });
      assert.equal(issued.statusCode, 200);
      const { access_token: token, expires_in: expiresIn } = issued.json();
      assert.equal(expiresIn, 30);
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
      assert.equal(claims.exp - claims.iat, 30);

      s.clock.advance(29_000);
      assert.equal((await s.call('GET', '/v0/auth/whoami', token)).statusCode, 200);
      s.clock.advance(2_000);
      const late = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(token) });
      assert.equal(late.statusCode, 401);
      assert.match(String(late.headers['www-authenticate']), /invalid_token/);
    });
  });
}
