// private_key_jwt judged by real OAuth clients (oauth4webapi's and openid-client's PrivateKeyJwt) at the token, introspection and revocation endpoints.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'oauth4webapi';
import * as client from 'openid-client';
import {
  type Alg,
  assertion,
  assertionForm,
  jwksServer,
  registerKeys,
  type TestKey,
  testKey,
} from '../../test/app-keys-helpers.ts';
import { type CreatedApp, createApp, oauthPost, startListening } from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, LOOPBACK_OUTBOUND, type TestServer } from '../../test/harness.ts';

const insecure = { [oauth.allowInsecureRequests]: true };

for (const dialect of DIALECTS) {
  describe(`private_key_jwt (${dialect})`, () => {
    let s: TestServer;
    let admin: string;
    let app: CreatedApp;
    let key: TestKey;

    before(async () => {
      s = await startListening(dialect, LOOPBACK_OUTBOUND);
      const user = await s.createUser({ admin: true });
      admin = await s.login(user.email);
      app = await createApp(s, admin, { name: 'Signed' });
      key = await testKey('ES256');
      const registered = await registerKeys(s, admin, app.slug, {
        name: 'CI signer',
        jwks: { keys: [key.publicJwk] },
      });
      assert.equal(registered.statusCode, 201, registered.body);
    });
    after(() => s.close());

    const discover = async () => {
      const issuer = new URL(s.url);
      return oauth.processDiscoveryResponse(
        issuer,
        await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
      );
    };

    test('the discovery document lists private_key_jwt and its algorithms at each endpoint', async () => {
      const as = await discover();
      for (const endpoint of ['token', 'introspection', 'revocation']) {
        assert.ok(
          (as[`${endpoint}_endpoint_auth_methods_supported`] as string[]).includes('private_key_jwt'),
          endpoint,
        );
        assert.deepEqual(as[`${endpoint}_endpoint_auth_signing_alg_values_supported`], [
          'ES256',
          'RS256',
          'EdDSA',
        ]);
      }
    });

    test('oauth4webapi: a token, introspected and revoked with PrivateKeyJwt', async () => {
      const as = await discover();
      const oauthClient = { client_id: app.client_id };
      const auth = oauth.PrivateKeyJwt({ key: key.privateKey, kid: key.kid });
      const response = await oauth.clientCredentialsGrantRequest(
        as,
        oauthClient,
        auth,
        new URLSearchParams(),
        insecure,
      );
      const tokens = await oauth.processClientCredentialsResponse(as, oauthClient, response);
      const whoami = await fetch(`${s.url}/v0/auth/whoami`, { headers: bearer(tokens.access_token) });
      assert.equal(whoami.status, 200);
      assert.equal(
        ((await whoami.json()) as { principal: { client_id: string } }).principal.client_id,
        app.client_id,
      );

      const introspected = await oauth.processIntrospectionResponse(
        as,
        oauthClient,
        await oauth.introspectionRequest(as, oauthClient, auth, tokens.access_token, insecure),
      );
      assert.equal(introspected.active, true);
      assert.equal(introspected.client_id, app.client_id);
      await oauth.processRevocationResponse(
        await oauth.revocationRequest(as, oauthClient, auth, tokens.access_token, insecure),
      );
      const after = await fetch(`${s.url}/v0/auth/whoami`, { headers: bearer(tokens.access_token) });
      assert.equal(after.status, 401);
    });

    test('openid-client: a token, introspected and revoked with PrivateKeyJwt', async () => {
      const config = await client.discovery(
        new URL(s.url),
        app.client_id,
        undefined,
        client.PrivateKeyJwt({ key: key.privateKey, kid: key.kid }),
        { algorithm: 'oauth2', execute: [client.allowInsecureRequests] },
      );
      const tokens = await client.clientCredentialsGrant(config, { scope: 'api' });
      assert.equal(tokens.token_type, 'bearer');
      assert.equal(tokens.scope, 'api');
      const introspected = await client.tokenIntrospection(config, tokens.access_token);
      assert.equal(introspected.active, true);
      await client.tokenRevocation(config, tokens.access_token);
      assert.equal((await client.tokenIntrospection(config, tokens.access_token)).active, false);
    });

    test('the aud may be the token endpoint as well as the issuer', async () => {
      const signed = await assertion(key, app.client_id, `${s.url}/v0/oauth/token`);
      const response = await oauthPost(s, assertionForm(signed, { client_id: app.client_id }));
      assert.equal(response.statusCode, 200, response.body);
    });

    for (const alg of ['RS256', 'EdDSA', 'ES256'] as Alg[]) {
      test(`${alg}: keys published at a jwks_uri sign an accepted assertion`, async () => {
        const published = await testKey(alg);
        const server = await jwksServer([published.publicJwk]);
        try {
          const other = await createApp(s, admin, { name: `Published ${alg}` });
          const registered = await registerKeys(s, admin, other.slug, { jwks_uri: server.url });
          assert.equal(registered.statusCode, 201, registered.body);
          assert.equal(registered.json().jwks_uri, server.url);
          const signed = await assertion(published, other.client_id, s.url);
          const response = await oauthPost(s, assertionForm(signed));
          assert.equal(response.statusCode, 200, response.body);
          assert.ok(server.requests >= 1);
        } finally {
          await server.close();
        }
      });
    }

    test('keys are listed and removed; a removed key signs nothing more; both changes are audited', async () => {
      const other = await createApp(s, admin, { name: 'Rotating' });
      const second = await testKey('ES256');
      const added = (await registerKeys(s, admin, other.slug, { jwks: { keys: [second.publicJwk] } })).json();
      const listed = await s.call('GET', `/v0/apps/${other.slug}/public-keys`, admin);
      assert.equal(listed.statusCode, 200);
      assert.deepEqual(listed.json()[0].keys, [{ kid: second.kid, kty: 'EC', alg: 'ES256', crv: 'P-256' }]);
      assert.equal(JSON.stringify(listed.json()).includes('"x"'), false);
      const accepted = await oauthPost(s, assertionForm(await assertion(second, other.client_id, s.url)));
      assert.equal(accepted.statusCode, 200);
      const removed = await s.call('DELETE', `/v0/apps/${other.slug}/public-keys/${added.uuid}`, admin);
      assert.equal(removed.statusCode, 204);
      const refused = await oauthPost(s, assertionForm(await assertion(second, other.client_id, s.url)));
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error, 'invalid_client');
      assert.match(refused.json().error_description, /no registered public keys/);
      const audit = await s.call('GET', `/v0/audit?target=app:${other.uuid}`, admin);
      const actions = audit.json().map((event: { action: string }) => event.action);
      assert.ok(actions.includes('app.key_added'));
      assert.ok(actions.includes('app.key_removed'));
    });
  });
}
