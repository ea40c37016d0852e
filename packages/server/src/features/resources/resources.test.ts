// Resource indicators (RFC 8707): registered resource servers, apps limited to some, the token's aud, and where such a token is accepted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'oauth4webapi';
import {
  type CreatedApp,
  createApp,
  createSecret,
  oauthPost,
  startListening,
} from '../../test/apps-helpers.ts';
import { bearer, DIALECTS, type TestServer } from '../../test/harness.ts';

const ORDERS = 'https://orders.example.com';
const BILLING = 'https://billing.example.com/api';
const insecure = { [oauth.allowInsecureRequests]: true };

/** The token's claims, unverified (the tests check what was issued; the endpoints check signatures). */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { aud: string | string[] };

for (const dialect of DIALECTS) {
  describe(`resource indicators (${dialect})`, () => {
    let s: TestServer;
    let admin: string;
    let user: string;
    let userSlug: string;
    let app: CreatedApp;
    let secret: string;
    let orders: { uuid: string };

    before(async () => {
      s = await startListening(dialect);
      admin = await s.login((await s.createUser({ admin: true })).email);
      const plain = await s.createUser();
      userSlug = plain.slug;
      user = await s.login(plain.email);
      app = await createApp(s, admin, { name: 'Resourceful' });
      secret = await createSecret(s, admin, app.slug);
      const created = await s.call('POST', '/v0/admin/resources', admin, {
        identifier: ORDERS,
        name: 'Orders',
      });
      assert.equal(created.statusCode, 201, created.body);
      orders = created.json();
      assert.equal(
        (await s.call('POST', '/v0/admin/resources', admin, { identifier: BILLING, name: 'Billing' }))
          .statusCode,
        201,
      );
    });
    after(() => s.close());

    const token = (resources: string[], clientSecret = secret, clientId = app.client_id) => {
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
      });
      for (const resource of resources) form.append('resource', resource);
      return oauthPost(s, form.toString());
    };

    test('administrators register, list, rename and remove resources; each change is audited; others may not', async () => {
      const listed = await s.call('GET', '/v0/admin/resources', admin);
      assert.equal(listed.statusCode, 200);
      assert.deepEqual(
        listed.json().map((row: { identifier: string }) => row.identifier),
        [BILLING, ORDERS],
      );
      const temporary = (
        await s.call('POST', '/v0/admin/resources', admin, { identifier: 'urn:example:tmp', name: 'Tmp' })
      ).json();
      const renamed = await s.call('PATCH', `/v0/admin/resources/${temporary.uuid}`, admin, {
        name: 'Temporary',
      });
      assert.equal(renamed.json().name, 'Temporary');
      assert.equal((await s.call('DELETE', `/v0/admin/resources/${temporary.uuid}`, admin)).statusCode, 204);
      assert.equal((await s.call('GET', `/v0/admin/resources/${temporary.uuid}`, admin)).statusCode, 404);
      const audit = await s.call(
        'GET',
        `/v0/admin/audit?target=resource:${temporary.uuid}&per_page=10`,
        admin,
      );
      assert.deepEqual(
        audit
          .json()
          .map((event: { action: string }) => event.action)
          .sort(),
        ['resource.created', 'resource.deleted', 'resource.updated'],
      );
      assert.equal((await s.call('GET', '/v0/admin/resources', user)).statusCode, 403);
      assert.equal(
        (await s.call('POST', '/v0/admin/resources', user, { identifier: 'https://x.example', name: 'X' }))
          .statusCode,
        403,
      );
    });

    test('an identifier must be an absolute URI without a fragment, and registered once', async () => {
      for (const [identifier, rule] of [
        ['orders', /absolute URI/],
        ['https://orders.example.com/#frag', /fragment/],
      ] as const) {
        const response = await s.call('POST', '/v0/admin/resources', admin, { identifier, name: 'Bad' });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, rule);
      }
      const again = await s.call('POST', '/v0/admin/resources', admin, { identifier: ORDERS, name: 'Again' });
      assert.equal(again.statusCode, 409);
    });

    test('without resource, the token is for Latchkey as before', async () => {
      const response = await token([]);
      assert.equal(response.statusCode, 200);
      assert.equal(claimsOf(response.json().access_token).aud, s.url);
    });

    test('one resource sets aud to it; repeated resources set aud to each', async () => {
      const one = await token([ORDERS]);
      assert.equal(one.statusCode, 200, one.body);
      assert.equal(claimsOf(one.json().access_token).aud, ORDERS);
      const two = await token([ORDERS, BILLING]);
      assert.deepEqual(claimsOf(two.json().access_token).aud, [ORDERS, BILLING]);
      const withLatchkey = await token([ORDERS, s.url]);
      assert.deepEqual(claimsOf(withLatchkey.json().access_token).aud, [ORDERS, s.url]);
    });

    test('an unknown or malformed resource is invalid_target, naming it', async () => {
      const unknown = await token(['https://unknown.example.com']);
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().error, 'invalid_target');
      assert.match(unknown.json().error_description, /unknown\.example\.com/);
      const malformed = await token(['not a uri']);
      assert.equal(malformed.json().error, 'invalid_target');
    });

    test('an app limited to some resources gets invalid_target for the others; lifting the limit restores them', async () => {
      const limited = await createApp(s, admin, { name: 'Limited' });
      const limitedSecret = await createSecret(s, admin, limited.slug);
      const set = await s.call('PUT', `/v0/apps/${limited.slug}/resources`, admin, { resources: [ORDERS] });
      assert.equal(set.statusCode, 200, set.body);
      assert.deepEqual(set.json(), { limited: true, resources: [set.json().resources[0]] });
      assert.equal((await token([ORDERS], limitedSecret, limited.client_id)).statusCode, 200);
      const refused = await token([BILLING], limitedSecret, limited.client_id);
      assert.equal(refused.json().error, 'invalid_target');
      assert.match(refused.json().error_description, /may not obtain tokens for: https:\/\/billing/);
      assert.equal(
        (await s.call('PUT', `/v0/apps/${limited.slug}/resources`, user, { resources: null })).statusCode,
        403,
      );
      const unknown = await s.call('PUT', `/v0/apps/${limited.slug}/resources`, admin, {
        resources: ['https://nope.example'],
      });
      assert.equal(unknown.statusCode, 400);
      await s.call('PUT', `/v0/apps/${limited.slug}/resources`, admin, { resources: null });
      assert.equal((await token([BILLING], limitedSecret, limited.client_id)).statusCode, 200);
      const shown = await s.call('GET', `/v0/apps/${limited.slug}/resources`, user);
      assert.deepEqual(shown.json(), { limited: false, resources: [] });
    });

    test('a token for a resource server is refused by Latchkey’s own API, unless Latchkey is among its audiences', async () => {
      const forOrders = (await token([ORDERS])).json().access_token;
      const refused = await s.app.inject({
        method: 'GET',
        url: '/v0/auth/whoami',
        headers: bearer(forOrders),
      });
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'wrong_audience');
      assert.match(String(refused.headers['www-authenticate']), /invalid_token/);
      const both = (await token([ORDERS, s.url])).json().access_token;
      assert.equal(
        (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(both) })).statusCode,
        200,
      );
    });

    test('/v0/auth/verify?audience= accepts a token for that resource and refuses others', async () => {
      const forOrders = (await token([ORDERS])).json().access_token;
      const plain = (await token([])).json().access_token;
      const verify = (credential: string, audience?: string) =>
        s.app.inject({
          method: 'GET',
          url: `/v0/auth/verify${audience ? `?audience=${encodeURIComponent(audience)}` : ''}`,
          headers: bearer(credential),
        });
      assert.equal((await verify(forOrders, ORDERS)).statusCode, 200);
      const elsewhere = await verify(forOrders, BILLING);
      assert.equal(elsewhere.statusCode, 401);
      assert.equal(elsewhere.json().error.code, 'wrong_audience');
      assert.equal(
        (await verify(forOrders)).statusCode,
        401,
        'without audience, verify is about Latchkey’s API',
      );
      assert.equal(
        (await verify(plain, ORDERS)).statusCode,
        401,
        'a token for Latchkey is not one for Orders',
      );
      assert.equal((await verify(plain)).statusCode, 200);
      const key = (await s.createKey(user, userSlug)).key;
      assert.equal((await verify(key, ORDERS)).statusCode, 200, 'keys carry no audience');
    });

    test('introspection shows a resource token active with its aud; revocation ends it', async () => {
      const forOrders = (await token([ORDERS, BILLING])).json().access_token;
      const as = await oauth.processDiscoveryResponse(
        new URL(s.url),
        await oauth.discoveryRequest(new URL(s.url), { algorithm: 'oauth2', ...insecure }),
      );
      const oauthClient = { client_id: app.client_id };
      const auth = oauth.ClientSecretBasic(secret);
      const introspect = async () =>
        oauth.processIntrospectionResponse(
          as,
          oauthClient,
          await oauth.introspectionRequest(as, oauthClient, auth, forOrders, insecure),
        );
      const active = await introspect();
      assert.equal(active.active, true);
      assert.deepEqual(active.aud, [ORDERS, BILLING]);
      await oauth.processRevocationResponse(
        await oauth.revocationRequest(as, oauthClient, auth, forOrders, insecure),
      );
      assert.equal((await introspect()).active, false);
      assert.equal(orders.uuid.length, 36);
    });
  });
}
