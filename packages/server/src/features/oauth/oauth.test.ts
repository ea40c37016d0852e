// The token endpoint judged by real OAuth clients (oauth4webapi, openid-client) on a started server, and its rules.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'oauth4webapi';
import * as client from 'openid-client';
import {
  basicAuth,
  type CreatedApp,
  createApp,
  createSecret,
  oauthPost,
  obtainToken,
  startListening,
} from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, type TestServer } from '../../test/harness.ts';

const insecure = { [oauth.allowInsecureRequests]: true };

for (const dialect of DIALECTS) {
  describe(`OAuth2 client credentials (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let app: CreatedApp;
    let secret: string;

    before(async () => {
      s = await startListening(dialect);
      const admin = await s.createUser({ slug: 'root', admin: true });
      adminSession = await s.login(admin.email);
      app = await createApp(s, adminSession, { name: 'Integration' });
      secret = await createSecret(s, adminSession, app.slug);
    });
    after(() => s.close());

    const discover = async () => {
      const issuer = new URL(s.url);
      const response = await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure });
      return oauth.processDiscoveryResponse(issuer, response);
    };

    describe('oauth4webapi', () => {
      for (const [method, auth] of [
        ['client_secret_basic', oauth.ClientSecretBasic],
        ['client_secret_post', oauth.ClientSecretPost],
      ] as const) {
        test(`${method}: a token that validateJwtAccessToken accepts as an RFC 9068 access token`, async () => {
          const as = await discover();
          assert.equal(as.issuer, s.url);
          const oauthClient = { client_id: app.client_id };
          const response = await oauth.clientCredentialsGrantRequest(
            as,
            oauthClient,
            auth(secret),
            new URLSearchParams({ scope: 'api' }),
            insecure,
          );
          const result = await oauth.processClientCredentialsResponse(as, oauthClient, response);
          assert.equal(result.token_type, 'bearer');
          assert.equal(result.expires_in, 900);
          assert.equal(result.scope, 'api');
          assert.equal(result.refresh_token, undefined);
          const request = new Request(`${s.url}/v0/auth/whoami`, { headers: bearer(result.access_token) });
          const claims = await oauth.validateJwtAccessToken(as, request, s.url, insecure);
          assert.equal(claims.iss, s.url);
          assert.equal(claims.sub, app.uuid);
          assert.equal(claims.client_id, app.client_id);
          assert.equal(claims.aud, s.url);
          assert.equal(claims.scope, 'api');
          assert.equal(claims.exp - claims.iat, 900);
          assert.equal(typeof claims.jti, 'string');
        });
      }

      test('a session token is not an access token to an independent judge', async () => {
        const as = await discover();
        const request = new Request(`${s.url}/v0/auth/whoami`, { headers: bearer(adminSession) });
        await assert.rejects(oauth.validateJwtAccessToken(as, request, s.url, insecure));
      });
    });

    describe('openid-client', () => {
      for (const [method, auth] of [
        ['client_secret_basic', client.ClientSecretBasic],
        ['client_secret_post', client.ClientSecretPost],
      ] as const) {
        test(`${method}: discovery from our metadata, a token, and whoami describes the app`, async () => {
          const config = await client.discovery(new URL(s.url), app.client_id, secret, auth(secret), {
            algorithm: 'oauth2',
            execute: [client.allowInsecureRequests],
          });
          const tokens = await client.clientCredentialsGrant(config);
          assert.equal(tokens.token_type, 'bearer');
          assert.equal(tokens.expires_in, 900);
          const whoami = await fetch(`${s.url}/v0/auth/whoami`, { headers: bearer(tokens.access_token) });
          assert.equal(whoami.status, 200);
          const body = (await whoami.json()) as {
            principal: Record<string, unknown>;
            credential: Record<string, unknown>;
          };
          assert.equal(body.principal.type, 'app');
          assert.equal(body.principal.uuid, app.uuid);
          assert.equal(body.principal.client_id, app.client_id);
          assert.equal(body.principal.email, undefined);
          assert.equal(body.principal.admin, false);
          assert.equal(body.credential.kind, 'app_token');
          const introspected = await client.tokenIntrospection(config, tokens.access_token);
          assert.equal(introspected.active, true);
          assert.equal(introspected.client_id, app.client_id);
          await client.tokenRevocation(config, tokens.access_token);
          assert.equal(
            (await fetch(`${s.url}/v0/auth/whoami`, { headers: bearer(tokens.access_token) })).status,
            401,
          );
          assert.equal((await client.tokenIntrospection(config, tokens.access_token)).active, false);
        });
      }
    });

    describe('the token endpoint', () => {
      const good = () => ({
        grant_type: 'client_credentials',
        client_id: app.client_id,
        client_secret: secret,
      });

      test('success carries Cache-Control: no-store and Pragma: no-cache, and no refresh token', async () => {
        const response = await oauthPost(s, good());
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['cache-control'], 'no-store');
        assert.equal(response.headers.pragma, 'no-cache');
        assert.deepEqual(Object.keys(response.json()).sort(), [
          'access_token',
          'expires_in',
          'scope',
          'token_type',
        ]);
      });

      test('the id and secret inside Basic are form-urlencoded and decoded', async () => {
        const encoded = [...secret].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
        const header = `Basic ${Buffer.from(`${app.client_id}:${encoded}`).toString('base64')}`;
        const response = await oauthPost(s, { grant_type: 'client_credentials' }, { authorization: header });
        assert.equal(response.statusCode, 200, response.body);
      });

      test('a secret with special characters through Basic is a clean invalid_client with a Basic challenge', async () => {
        for (const special of ['p@ss:w%rd+ &=', 'ünïcødé', '%E0%A4%A', ':']) {
          const response = await oauthPost(
            s,
            { grant_type: 'client_credentials' },
            { authorization: basicAuth(app.client_id, special) },
            { remoteAddress: '10.0.0.1' },
          );
          assert.equal(response.statusCode, 401, special);
          assert.equal(response.json().error, 'invalid_client');
          assert.match(String(response.headers['www-authenticate']), /^Basic /);
        }
        const raw = await oauthPost(
          s,
          { grant_type: 'client_credentials' },
          { authorization: `Basic ${Buffer.from(`${app.client_id}:100%`).toString('base64')}` },
          { remoteAddress: '10.0.0.1' },
        );
        assert.equal(raw.statusCode, 401, 'an undecodable percent sequence is refused, not a 500');
      });

      test('client_secret_post failures carry a Basic challenge too (RFC 9110: every 401 names a scheme)', async () => {
        const response = await oauthPost(
          s,
          { ...good(), client_secret: 'wrong' },
          {},
          { remoteAddress: '10.0.0.2' },
        );
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error, 'invalid_client');
        assert.match(String(response.headers['www-authenticate']), /^Basic realm="latchkey"/);
      });

      test('missing, repeated or doubled parameters are invalid_request', async () => {
        const cases: [string | Record<string, string>, Record<string, string>, string][] = [
          [{ client_id: app.client_id, client_secret: secret }, {}, 'grant_type'],
          [`${new URLSearchParams(good())}&grant_type=client_credentials`, {}, 'grant_type'],
          [`${new URLSearchParams(good())}&client_secret=x`, {}, 'client_secret'],
          [good(), { authorization: basicAuth(app.client_id, secret) }, 'twice'],
          [
            { grant_type: 'client_credentials', client_id: 'app_other' },
            { authorization: basicAuth(app.client_id, secret) },
            'differs',
          ],
        ];
        for (const [form, headers, hint] of cases) {
          const response = await oauthPost(s, form, headers);
          assert.equal(response.statusCode, 400, hint);
          assert.equal(response.json().error, 'invalid_request', hint);
          assert.match(response.json().error_description, new RegExp(hint), hint);
        }
        const json = await s.app.inject({ method: 'POST', url: '/v0/oauth/token', payload: good() });
        assert.equal(json.statusCode, 400);
        assert.equal(json.json().error, 'invalid_request');
        assert.match(json.json().error_description, /x-www-form-urlencoded/);
      });

      test('no client authentication is invalid_client (401)', async () => {
        const response = await oauthPost(s, { grant_type: 'client_credentials' });
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error, 'invalid_client');
      });

      test('a grant other than client_credentials is unsupported_grant_type', async () => {
        for (const grant of ['password', 'authorization_code', 'refresh_token']) {
          const response = await oauthPost(s, { ...good(), grant_type: grant });
          assert.equal(response.statusCode, 400);
          assert.equal(response.json().error, 'unsupported_grant_type');
        }
      });

      test('a scope the app may not have is invalid_scope', async () => {
        for (const scope of ['admin', 'api admin', 'a"b']) {
          const response = await oauthPost(s, { ...good(), scope });
          assert.equal(response.statusCode, 400, scope);
          assert.equal(response.json().error, 'invalid_scope', scope);
        }
      });

      test('an empty parameter counts as omitted (RFC 6749 §3.2): scope= is every scope, client_secret= beside Basic is no second secret', async () => {
        const empty = await oauthPost(s, { ...good(), scope: '' });
        assert.equal(empty.statusCode, 200, empty.body);
        assert.equal(empty.json().scope, 'api');
        const basic = await oauthPost(
          s,
          { grant_type: 'client_credentials', client_secret: '' },
          { authorization: basicAuth(app.client_id, secret) },
        );
        assert.equal(basic.statusCode, 200, basic.body);
      });

      test('replay of a replaced secret is refused at once', async () => {
        const own = await createApp(s, adminSession);
        const first = await createSecret(s, adminSession, own.slug);
        const second = await createSecret(s, adminSession, own.slug);
        const replay = await oauthPost(s, {
          grant_type: 'client_credentials',
          client_id: own.client_id,
          client_secret: first,
        });
        assert.equal(replay.statusCode, 401);
        assert.equal(replay.json().error, 'invalid_client');
        assert.ok(await obtainToken(s, own.client_id, second));
      });

      test('with grace_seconds the replaced secret keeps working until the grace ends', async () => {
        const own = await createApp(s, adminSession);
        const first = await createSecret(s, adminSession, own.slug);
        const response = await s.app.inject({
          method: 'POST',
          url: `/v0/apps/${own.slug}/secret`,
          headers: bearer(adminSession),
          payload: { grace_seconds: 300 },
        });
        assert.equal(response.statusCode, 201);
        assert.equal(
          response.json().previous_secret_expiration,
          new Date(s.clock.now() + 300_000).toISOString(),
        );
        const second = response.json().client_secret;
        assert.ok(await obtainToken(s, own.client_id, first), 'old secret within grace');
        assert.ok(await obtainToken(s, own.client_id, second));
        s.clock.advance(301_000);
        const late = await oauthPost(s, {
          grant_type: 'client_credentials',
          client_id: own.client_id,
          client_secret: first,
        });
        assert.equal(late.statusCode, 401);
        assert.ok(await obtainToken(s, own.client_id, second));
        s.clock.set(Date.now());
      });

      test('a secret of one app does not authenticate another client id', async () => {
        const other = await createApp(s, adminSession);
        const response = await oauthPost(
          s,
          { ...good(), client_id: other.client_id },
          {},
          { remoteAddress: '10.0.0.3' },
        );
        assert.equal(response.statusCode, 401);
      });

      test('failed client authentication is throttled per address: 429 with Retry-After', async () => {
        const address = '10.9.9.9';
        let last = await oauthPost(s, { ...good(), client_secret: 'wrong' }, {}, { remoteAddress: address });
        for (let i = 0; i < 25 && last.statusCode !== 429; i++) {
          last = await oauthPost(s, { ...good(), client_secret: 'wrong' }, {}, { remoteAddress: address });
        }
        assert.equal(last.statusCode, 429);
        assert.ok(Number(last.headers['retry-after']) > 0);
        const blockedEvenWithTheRightSecret = await oauthPost(s, good(), {}, { remoteAddress: address });
        assert.equal(blockedEvenWithTheRightSecret.statusCode, 429);
        assert.equal((await oauthPost(s, good(), {}, { remoteAddress: '10.9.9.10' })).statusCode, 200);
        s.clock.advance(61_000);
        assert.equal((await oauthPost(s, good(), {}, { remoteAddress: address })).statusCode, 200);
        s.clock.set(Date.now());
      });
    });

    describe('metadata', () => {
      test('RFC 8414 metadata names our endpoints and methods', async () => {
        const metadata = (await (
          await fetch(`${s.url}/.well-known/oauth-authorization-server`)
        ).json()) as Record<string, string>;
        assert.equal(metadata.issuer, s.url);
        assert.equal(metadata.token_endpoint, `${s.url}/v0/oauth/token`);
        assert.equal(metadata.jwks_uri, `${s.url}/.well-known/jwks.json`);
        assert.deepEqual(metadata.grant_types_supported, [
          'client_credentials',
          'urn:ietf:params:oauth:grant-type:device_code',
          'urn:ietf:params:oauth:grant-type:token-exchange',
        ]);
        // `none` is the CLI's, a public client, for the device grant alone.
        assert.deepEqual(metadata.token_endpoint_auth_methods_supported, [
          'client_secret_basic',
          'client_secret_post',
          'none',
        ]);
        const jwks = (await (await fetch(String(metadata.jwks_uri))).json()) as {
          keys: Record<string, unknown>[];
        };
        assert.equal(jwks.keys.length, 1);
        assert.equal(jwks.keys[0]?.alg, 'ES256');
        assert.equal(jwks.keys[0]?.d, undefined, 'never the private part');
      });
    });
  });
}
