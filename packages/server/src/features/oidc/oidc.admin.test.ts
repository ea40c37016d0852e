// /v0/admin/identity-providers against a real oidc-provider and misbehaving discovery servers, on every store.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { IDP_CLIENT_ID, TestIdp } from '../../test/idp.ts';

const PATH = '/v0/admin/identity-providers';

/** A loopback server answering every request with `respond` (or never, when it is undefined). */
async function fakeServer(respond?: (url: string) => { status: number; body: unknown }): Promise<Server> {
  const server = createServer((request, response) => {
    if (!respond) return;
    const { status, body } = respond(request.url ?? '');
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const close = (server: Server) => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
};

for (const dialect of DIALECTS) {
  describe(`identity provider administration (${dialect})`, () => {
    let s: TestServer;
    let idp: TestIdp;
    let second: TestIdp;
    let admin: UserRow;
    let alice: UserRow;
    let adminSession: string;
    let providerId: string;

    before(async () => {
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_OIDC_HTTP_TIMEOUT_MS: '400' },
      });
      [idp, second] = await Promise.all([TestIdp.start(), TestIdp.start()]);
      admin = await s.createUser({ slug: 'root', admin: true });
      alice = await s.createUser({ slug: 'alice', email: 'alice@example.com' });
      adminSession = await s.login(admin.email);
    });
    after(async () => {
      await s.close();
      await Promise.all([idp.stop(), second.stop()]);
    });

    const call: TestServer['call'] = (...args) => s.call(...args);

    describe('administration', () => {
      test('adding a provider reads its discovery document and stores its jwks_uri', async () => {
        const response = await call('POST', PATH, adminSession, {
          issuer: idp.issuer,
          audience: IDP_CLIENT_ID,
        });
        assert.equal(response.statusCode, 201, response.body);
        const body = response.json();
        providerId = body.uuid;
        assert.equal(body.issuer, idp.issuer);
        assert.equal(body.audience, IDP_CLIENT_ID);
        assert.equal(body.email_claim, 'email');
        assert.deepEqual(body.algorithms, ['RS256']);
        assert.equal(body.enabled, true);
        assert.equal(body.jwks_uri, `${idp.issuer}/jwks`);
        assert.equal(idp.discoveryRequests, 1);
        const viewed = await call('GET', `${PATH}/${providerId}`, adminSession);
        assert.deepEqual(viewed.json(), body);
      });

      test('the same issuer twice is a 409', async () => {
        const again = await call('POST', PATH, adminSession, { issuer: idp.issuer, audience: 'x' });
        assert.equal(again.statusCode, 409);
      });

      test('a missing discovery document is a 400 naming the issuer and the status', async () => {
        const server = await fakeServer(() => ({ status: 404, body: { error: 'not found' } }));
        const response = await call('POST', PATH, adminSession, { issuer: urlOf(server), audience: 'a' });
        await close(server);
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /^issuer: .*missing \(HTTP 404/);
      });

      test('an unreachable issuer is a 400', async () => {
        const server = await fakeServer();
        const issuer = urlOf(server);
        await close(server);
        const response = await call('POST', PATH, adminSession, { issuer, audience: 'a' });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /^issuer: .*unreachable/);
      });

      test('a discovery document that never answers times out as a 400', async () => {
        const server = await fakeServer();
        const response = await call('POST', PATH, adminSession, { issuer: urlOf(server), audience: 'a' });
        await close(server);
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /^issuer: .*did not answer within 400 ms/);
      });

      test('a discovery document naming another issuer is a 400, even for a trailing slash', async () => {
        const response = await call('POST', PATH, adminSession, {
          issuer: `${second.issuer}/`,
          audience: 'a',
        });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /^issuer: .*does not match/);
        const server = await fakeServer(() => ({
          status: 200,
          body: { issuer: idp.issuer, jwks_uri: `${idp.issuer}/jwks` },
        }));
        const lying = await call('POST', PATH, adminSession, { issuer: urlOf(server), audience: 'a' });
        await close(server);
        assert.equal(lying.statusCode, 400);
        assert.match(lying.json().error.message, /does not match/);
      });

      test('Latchkey’s own issuer is refused: our tokens are never id tokens', async () => {
        for (const issuer of [s.config.publicUrl, `${s.config.publicUrl}/`]) {
          const response = await call('POST', PATH, adminSession, { issuer, audience: 'a' });
          assert.equal(response.statusCode, 400);
          assert.match(response.json().error.message, /^issuer: this is Latchkey’s own issuer/);
        }
      });

      test('bad fields are a 400 naming the field', async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ issuer: 'http://idp.example.com', audience: 'a' }, /^issuer: must use https/],
          [{ issuer: 'not a url', audience: 'a' }, /^issuer: is not an absolute URL/],
          [{ issuer: 'https://u:p@idp.example.com', audience: 'a' }, /^issuer: must not contain credentials/],
          [{ issuer: idp.issuer, audience: 'a', algorithms: ['HS256'] }, /body\.algorithms/],
          [{ issuer: idp.issuer, audience: 'a', algorithms: ['none'] }, /body\.algorithms/],
          [{ issuer: idp.issuer, audience: 'a', algorithms: [] }, /body\.algorithms/],
          [{ issuer: idp.issuer, audience: '' }, /body\.audience/],
          [{ issuer: idp.issuer }, /audience/],
          [{ issuer: idp.issuer, audience: 'a', email_claim: 'has space' }, /body\.email_claim/],
          [{ issuer: idp.issuer, audience: 'a', jwks_uri: 'https://evil.example/jwks' }, /jwks_uri/],
        ];
        for (const [payload, message] of cases) {
          const response = await call('POST', PATH, adminSession, payload);
          assert.equal(response.statusCode, 400, JSON.stringify(payload));
          assert.match(response.json().error.message, message, JSON.stringify(payload));
        }
      });

      test('algorithms the provider does not sign with are a 400 naming algorithms', async () => {
        const response = await call('POST', PATH, adminSession, {
          issuer: second.issuer,
          audience: IDP_CLIENT_ID,
          algorithms: ['ES256'],
        });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /^algorithms: the provider signs id tokens with RS256/);
      });

      test('only administrators manage providers', async () => {
        const aliceSession = await s.login(alice.email);
        assert.equal((await call('GET', PATH, aliceSession)).statusCode, 403);
        assert.equal(
          (await call('POST', PATH, aliceSession, { issuer: idp.issuer, audience: 'a' })).statusCode,
          403,
        );
        assert.equal((await s.app.inject({ method: 'GET', url: PATH })).statusCode, 401);
      });

      test('several providers at once, listed with the list conventions', async () => {
        s.clock.advance(1000);
        const created = await call('POST', PATH, adminSession, {
          issuer: second.issuer,
          audience: IDP_CLIENT_ID,
          email_claim: 'preferred_username',
          algorithms: ['RS256', 'ES256'],
        });
        assert.equal(created.statusCode, 201, created.body);
        const list = await call('GET', `${PATH}?per_page=1&sort=creation`, adminSession);
        assert.equal(list.statusCode, 200);
        assert.equal(list.headers['x-total-count'], '2');
        assert.equal(list.json()[0].issuer, idp.issuer);
        assert.match(String(list.headers.link), /page=2>; rel="next"/);
        const bad = await call('GET', `${PATH}?sort=audience`, adminSession);
        assert.equal(bad.statusCode, 400);
        assert.match(bad.json().error.message, /querystring\.sort/);
      });

      test('an unknown provider is a 404; the issuer cannot be patched', async () => {
        const missing = await call('GET', `${PATH}/0190a5c2-0000-7000-8000-000000000000`, adminSession);
        assert.equal(missing.statusCode, 404);
        assert.equal((await call('GET', `${PATH}/nope`, adminSession)).statusCode, 404);
        const patch = await call('PATCH', `${PATH}/${providerId}`, adminSession, {
          issuer: 'https://x.example',
        });
        assert.equal(patch.statusCode, 400);
        assert.match(patch.json().error.message, /issuer/);
      });
    });
  });
}
