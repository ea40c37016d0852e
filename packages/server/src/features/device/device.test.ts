// Device sign-in (RFC 8628) driven by a real OAuth client library (oauth4webapi): each grant error, approval, single use.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'oauth4webapi';
import { oauthPost, startListening } from '../../test/apps-helpers.ts';
import { DIALECTS, type TestServer } from '../../test/harness.ts';

const insecure = { [oauth.allowInsecureRequests]: true };
const CLI = { client_id: 'latchkey-cli', token_endpoint_auth_method: 'none' } as const;

for (const dialect of DIALECTS) {
  describe(`device sign-in (${dialect})`, () => {
    let s: TestServer;
    let ada: string;
    let as: oauth.AuthorizationServer;

    before(async () => {
      s = await startListening(dialect);
      const user = await s.createUser({ slug: 'ada', email: 'ada@example.com' });
      ada = await s.login(user.email);
      const issuer = new URL(s.url);
      as = await oauth.processDiscoveryResponse(
        issuer,
        await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
      );
    });
    after(() => s.close());

    const start = async () =>
      oauth.processDeviceAuthorizationResponse(
        as,
        CLI,
        await oauth.deviceAuthorizationRequest(as, CLI, oauth.None(), new URLSearchParams(), insecure),
      );
    const poll = async (deviceCode: string) =>
      oauth
        .processDeviceCodeResponse(
          as,
          CLI,
          await oauth.deviceCodeGrantRequest(as, CLI, oauth.None(), deviceCode, insecure),
        )
        .then(
          (tokens) => ({ tokens, error: undefined }),
          (error: unknown) => {
            if (error instanceof oauth.ResponseBodyError) return { tokens: undefined, error: error.error };
            throw error;
          },
        );
    const decide = (verb: 'lookup' | 'approve' | 'deny', code: string, token = ada) =>
      s.call('POST', `/v0/device-authorizations/${verb}`, token, { user_code: code });
    /** Past the interval the device was told to keep. */
    const wait = (seconds: number) => s.clock.advance(seconds * 1000 + 1);

    test('discovery names the device endpoint and grant, and the CLI as a public client', () => {
      assert.equal(as.device_authorization_endpoint, `${s.url}/v0/oauth/device_authorization`);
      assert.ok(as.grant_types_supported?.includes('urn:ietf:params:oauth:grant-type:device_code'));
      assert.ok(as.token_endpoint_auth_methods_supported?.includes('none'));
    });

    test('approved in the console: the device receives a session of the approver, once', async () => {
      const asked = await start();
      assert.match(asked.user_code, /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
      assert.equal(asked.verification_uri, `${s.url}/console/device`);
      assert.equal(
        asked.verification_uri_complete,
        `${s.url}/console/device?user_code=${encodeURIComponent(asked.user_code)}`,
      );
      assert.equal(asked.expires_in, 600);
      assert.equal(asked.interval, 5);
      assert.ok(asked.device_code.length >= 43, 'at least 256 bits');
      assert.equal((await poll(asked.device_code)).error, 'authorization_pending');

      const looked = await decide('lookup', asked.user_code.toLowerCase().replace('-', ' '));
      assert.equal(looked.statusCode, 200, looked.body);
      assert.equal(looked.json().client_id, 'latchkey-cli');
      assert.equal(looked.json().requester_address, '127.0.0.1');
      assert.equal((await decide('approve', asked.user_code)).statusCode, 204);
      assert.equal((await decide('approve', asked.user_code)).statusCode, 409, 'decided once');

      wait(5);
      const { tokens } = await poll(asked.device_code);
      assert.ok(tokens);
      const whoami = await s.call('GET', '/v0/auth/whoami', tokens.access_token);
      assert.equal(whoami.json().principal.slug, 'ada');
      assert.equal(whoami.json().credential.kind, 'session');
      wait(5);
      assert.equal((await poll(asked.device_code)).error, 'invalid_grant', 'single use');

      const audit = await s.ctx.audit.list(
        { page: 1, perPage: 10, direction: 'desc' },
        { actions: ['session.device_approved'] },
      );
      assert.equal(audit.rows.length, 1);
      assert.doesNotMatch(JSON.stringify(audit.rows), new RegExp(asked.device_code));
    });

    test('polling faster than the interval is slow_down, and the interval grows by five seconds', async () => {
      const asked = await start();
      assert.equal((await poll(asked.device_code)).error, 'authorization_pending');
      assert.equal((await poll(asked.device_code)).error, 'slow_down');
      wait(5);
      assert.equal((await poll(asked.device_code)).error, 'slow_down', 'the interval was 10 s, now 15 s');
      wait(15);
      assert.equal((await poll(asked.device_code)).error, 'authorization_pending');
    });

    test('denied in the console: access_denied', async () => {
      const asked = await start();
      assert.equal((await decide('deny', asked.user_code)).statusCode, 204);
      assert.equal((await poll(asked.device_code)).error, 'access_denied');
      const audit = await s.ctx.audit.list(
        { page: 1, perPage: 10, direction: 'desc' },
        { actions: ['session.device_denied'] },
      );
      assert.equal(audit.rows.length, 1);
    });

    test('after ten minutes: expired_token, and the console no longer knows the code', async () => {
      const asked = await start();
      wait(600);
      assert.equal((await poll(asked.device_code)).error, 'expired_token');
      const late = await decide('approve', asked.user_code);
      assert.equal(late.statusCode, 404);
      assert.match(late.json().error.message, /expired/);
    });

    test('an unknown device code is invalid_grant; another client id or a confidential client is refused', async () => {
      assert.equal((await poll('not-a-device-code')).error, 'invalid_grant');
      const other = await oauthPost(s, {
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        client_id: 'someone-else',
        device_code: 'x',
      });
      assert.equal(other.statusCode, 400);
      assert.equal(other.json().error, 'unauthorized_client');
      const noCode = await oauthPost(s, {
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        client_id: 'latchkey-cli',
      });
      assert.equal(noCode.json().error, 'invalid_request');
      const start2 = await oauthPost(
        s,
        { client_id: 'someone-else' },
        {},
        { url: '/v0/oauth/device_authorization' },
      );
      assert.equal(start2.statusCode, 401);
      assert.equal(start2.json().error, 'invalid_client');
      // The client credentials grant still needs a client's credentials.
      const bare = await oauthPost(s, { grant_type: 'client_credentials' });
      assert.equal(bare.statusCode, 401);
      assert.equal(bare.json().error, 'invalid_client');
    });

    test('wrong codes are 404 and, past ten in a window, 429; an API key cannot approve', async () => {
      const user = await s.createUser({ slug: 'guesser', email: 'guesser@example.com' });
      const guesser = await s.login(user.email);
      for (let i = 0; i < 10; i++)
        assert.equal((await decide('lookup', 'BCDF-GHJK', guesser)).statusCode, 404);
      const limited = await decide('lookup', 'BCDF-GHJK', guesser);
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.json().error.code, 'rate_limited');
      assert.equal(limited.headers['retry-after'], '900', 'the rest of the fifteen-minute window');
      const asked = await start();
      assert.equal((await decide('approve', asked.user_code, guesser)).statusCode, 429, 'even the right one');

      const key = await s.createKey(ada, 'ada', { name: 'script' });
      const byKey = await s.call('POST', '/v0/device-authorizations/approve', key.key, {
        user_code: asked.user_code,
      });
      assert.equal(byKey.statusCode, 403);

      // The window over, the same person's codes are looked up again.
      s.clock.advance(15 * 60_000);
      const later = await start();
      assert.equal((await decide('lookup', later.user_code, guesser)).statusCode, 200);
    });
  });
}
