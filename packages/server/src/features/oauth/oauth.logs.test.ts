// Secrets never reach the logs: client secrets, access tokens and webhook secrets, accepted or refused.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { basicAuth, createApp, createSecret, oauthPost, obtainToken } from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`OAuth logging (${dialect})`, () => {
    let s: TestServer;
    let lines = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines += chunk.toString();
        done();
      },
    });

    before(async () => {
      s = await startTestServer(dialect, { logStream: sink, env: { LATCHKEY_LOG_AUTH: 'debug' } });
    });
    after(() => s.close());

    test('client secrets, access tokens and webhook secrets never appear in a log line', async () => {
      const admin = await s.createUser({ slug: 'root', admin: true });
      const session = await s.login(admin.email);
      const app = await createApp(s, session, { name: 'Logged' });
      const secret = await createSecret(s, session, app.slug);
      const token = await obtainToken(s, app.client_id, secret);
      await oauthPost(
        s,
        { grant_type: 'client_credentials' },
        { authorization: basicAuth(app.client_id, secret) },
      );
      await oauthPost(
        s,
        { grant_type: 'client_credentials' },
        { authorization: basicAuth(app.client_id, `${secret}x`) },
      );
      await oauthPost(s, {
        grant_type: 'client_credentials',
        client_id: app.client_id,
        client_secret: secret.slice(0, -1),
      });
      await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(token) });
      await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(`${token}x`) });
      await oauthPost(
        s,
        { token },
        { authorization: basicAuth(app.client_id, secret) },
        { url: '/v0/oauth/revoke' },
      );
      const manifest = await s.app.inject({
        method: 'POST',
        url: '/v0/apps/manifest',
        headers: bearer(session),
        payload: {
          manifest_version: 1,
          name: 'Hooked',
          version: '1',
          webhook_url: 'http://127.0.0.1:9/none',
        },
      });
      const webhookSecret = manifest.json().webhook_secret;
      assert.ok(
        lines.includes('authentication refused') && lines.includes('client_secret_post'),
        'refusals are logged',
      );
      assert.ok(lines.includes('authentication accepted'), 'acceptances are logged at debug');
      for (const value of [
        secret,
        secret.slice(14),
        token,
        token.split('.')[2] ?? '',
        session,
        webhookSecret,
      ]) {
        assert.ok(!lines.includes(value), 'a secret reached the logs');
      }
    });
  });
}
