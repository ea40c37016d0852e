// The verifier's `audience` (RFC 8707): a resource server accepts tokens issued for it, offline and through the server, and no others.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClientApp, type SdkServer, startSdkServer } from '../test/server.ts';
import { createVerifier } from './verifier.ts';

const ORDERS = 'https://orders.example.com';

describe('createVerifier({ audience }) against a real server', () => {
  let server: SdkServer;
  let forOrders: string;
  let forLatchkey: string;

  before(async () => {
    server = await startSdkServer();
    const app = await createClientApp(server);
    const registered = await server.s.call('POST', '/v0/admin/resources', server.adminToken, {
      identifier: ORDERS,
      name: 'Orders',
    });
    assert.equal(registered.statusCode, 201);
    const token = async (resource?: string) => {
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: app.clientId,
        client_secret: app.clientSecret,
        ...(resource ? { resource } : {}),
      });
      const response = await fetch(`${server.url}/v0/oauth/token`, { method: 'POST', body: form });
      assert.equal(response.status, 200);
      return ((await response.json()) as { access_token: string }).access_token;
    };
    forOrders = await token(ORDERS);
    forLatchkey = await token();
  });
  after(() => server.close());

  for (const tokens of ['offline', 'server'] as const) {
    test(`${tokens}: the resource server accepts its own tokens and refuses Latchkey's`, async () => {
      const orders = createVerifier({ url: server.url, audience: ORDERS, tokens, cacheTtlMs: 0 });
      const accepted = await orders.verify({ authorization: `Bearer ${forOrders}` });
      assert.ok(accepted.ok, JSON.stringify(accepted));
      const refused = await orders.verify({ authorization: `Bearer ${forLatchkey}` });
      assert.ok(!refused.ok);
      assert.equal(refused.refusal.status, 401);
      assert.equal(refused.refusal.code, 'wrong_audience');
    });

    test(`${tokens}: without audience, a token for a resource server is refused`, async () => {
      const latchkey = createVerifier({ url: server.url, tokens, cacheTtlMs: 0 });
      const refused = await latchkey.verify({ authorization: `Bearer ${forOrders}` });
      assert.ok(!refused.ok);
      assert.equal(refused.refusal.code, 'wrong_audience');
      assert.ok((await latchkey.verify({ authorization: `Bearer ${forLatchkey}` })).ok);
    });
  }
});
