// Identity-provider fetches go through the outbound policy: discovery and JWKS, against a real oidc-provider on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../lib/clock.ts';
import { OutboundHttp } from '../../lib/outbound-http.ts';
import type { OutboundPolicy } from '../../lib/urls.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';
import { IDP_CLIENT_ID, TestIdp } from '../../test/idp.ts';
import { discover } from './oidc.discovery.ts';
import { ProviderKeys, ProviderUnavailable } from './oidc.jwks.ts';

const LOOPBACK_ALLOWED: OutboundPolicy = { allowPrivate: false, allowLoopback: true };

describe('identity-provider fetches under the outbound policy', () => {
  let idp: TestIdp;
  before(async () => {
    idp = await TestIdp.start();
  });
  after(() => idp.stop());

  test('discovery through the checked client reaches a loopback provider only when loopback is allowed', async () => {
    const outbound = new OutboundHttp({ policy: LOOPBACK_ALLOWED });
    const strict = new OutboundHttp();
    const before = idp.discoveryRequests;
    try {
      const found = await discover(idp.issuer, 2000, outbound);
      assert.ok(found.ok, JSON.stringify(found));
      assert.equal(found.discovered.jwksUri.startsWith(idp.issuer), true);
      const refused = await discover(idp.issuer, 2000, strict);
      assert.equal(refused.ok, false);
      assert.match(
        refused.ok ? '' : refused.reason,
        /loopback address unless LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/,
      );
      assert.equal(idp.discoveryRequests, before + 1);
    } finally {
      await outbound.close();
      await strict.close();
    }
  });

  // The names below resolve to the provider on 127.0.0.1 first: had the check not held, the request would
  // have reached it (and been counted), never another machine.
  test('an issuer name that also resolves to a private address is refused before any request, saying why', async () => {
    const port = new URL(idp.issuer).port;
    const outbound = new OutboundHttp({
      policy: LOOPBACK_ALLOWED,
      resolve: async () => [
        { address: '127.0.0.1', family: 4 },
        { address: '192.168.4.4', family: 4 },
      ],
    });
    const before = idp.discoveryRequests;
    try {
      const found = await discover(`http://idp.localhost:${port}`, 2000, outbound);
      assert.equal(found.ok, false);
      assert.match(found.ok ? '' : found.reason, /resolves to 192\.168\.4\.4.*private address/);
      assert.equal(idp.discoveryRequests, before);
    } finally {
      await outbound.close();
    }
  });

  test('a jwks_uri that rebinds to a metadata address fails closed and is never fetched', async () => {
    const port = new URL(idp.issuer).port;
    const outbound = new OutboundHttp({
      policy: LOOPBACK_ALLOWED,
      resolve: async () => [
        { address: '127.0.0.1', family: 4 },
        { address: '169.254.169.254', family: 4 },
      ],
    });
    const failures: unknown[] = [];
    const before = idp.jwksRequests;
    try {
      const keys = new ProviderKeys({
        jwksUri: `http://idp.localhost:${port}/jwks`,
        clock: new ManualClock(),
        cooldownMs: 30_000,
        timeoutMs: 1000,
        fetch: outbound.fetch,
        onFetchFailure: (error) => failures.push(error),
      });
      await assert.rejects(keys.keysFor({ alg: 'RS256', kid: idp.currentKid }), ProviderUnavailable);
      assert.match(String((failures[0] as Error | undefined)?.message), /metadata/);
      assert.equal(idp.jwksRequests, before);
    } finally {
      await outbound.close();
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`outbound URLs through the API (${dialect})`, () => {
    let s: TestServer;
    let admin: string;
    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.login((await s.createUser({ admin: true })).email);
    });
    after(() => s.close());

    test('an identity provider on a private or metadata address is refused with 400 naming the rule', async () => {
      for (const [issuer, rule] of [
        ['https://10.1.2.3/realms/corp', /private address.*LATCHKEY_OUTBOUND_ALLOW_PRIVATE/],
        ['https://169.254.169.254', /cloud metadata address/],
        ['http://127.example.com', /must use https/],
      ] as const) {
        const response = await s.app.inject({
          method: 'POST',
          url: '/v0/admin/identity-providers',
          headers: bearer(admin),
          payload: { issuer, audience: IDP_CLIENT_ID },
        });
        assert.equal(response.statusCode, 400, response.body);
        assert.match(response.json().error.message, rule);
      }
    });

    test('a manifest whose webhook_url is link-local, IPv4-mapped private or a metadata name is refused with 400', async () => {
      for (const [url, rule] of [
        ['https://[fe80::1]/hook', /link-local/],
        ['https://[::ffff:10.0.0.1]/hook', /private address/],
        ['https://metadata.google.internal/hook', /metadata/],
      ] as const) {
        const response = await s.app.inject({
          method: 'POST',
          url: '/v0/apps/manifest',
          headers: bearer(admin),
          payload: { manifest_version: 1, name: 'Hooked', version: '1', webhook_url: url },
        });
        assert.equal(response.statusCode, 400, response.body);
        assert.match(response.json().error.message, /webhook_url/);
        assert.match(response.json().error.message, rule);
      }
    });
  });
}
