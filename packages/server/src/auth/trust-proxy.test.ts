// Behind a load balancer: a trusted proxy's X-Forwarded-For names the client; an untrusted peer's is ignored.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../config.ts';
import { ConfigError } from '../lib/config-error.ts';
import { generateSecret } from '../lib/crypto/secrets.ts';
import { bearer, startTestServer, type TestServer } from '../test/harness.ts';

const PROXY = '10.3.0.1';

describe('LATCHKEY_TRUST_PROXY', () => {
  test('takes false, true, a hop count or a list of addresses and CIDRs, and names a bad entry', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ LATCHKEY_TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(loadConfig({ LATCHKEY_TRUST_PROXY: '2' }).trustProxy, 2);
    assert.deepEqual(loadConfig({ LATCHKEY_TRUST_PROXY: '10.0.0.0/8, ::1' }).trustProxy, [
      '10.0.0.0/8',
      '::1',
    ]);
    assert.throws(
      () => loadConfig({ LATCHKEY_TRUST_PROXY: '10.0.0.0/8,lb.internal' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /LATCHKEY_TRUST_PROXY .*"lb\.internal"/);
        return true;
      },
    );
    assert.throws(() => loadConfig({ LATCHKEY_TRUST_PROXY: '10.0.0.0/33' }), /LATCHKEY_TRUST_PROXY/);
  });

  for (const [setting, trusted] of [
    ['10.3.0.0/16', true],
    // Every hop: any peer, the client itself included, names the client.
    ['true', true],
    ['192.0.2.0/24', false],
  ] as const) {
    describe(`with LATCHKEY_TRUST_PROXY=${setting} (the peer is ${trusted ? '' : 'not '}trusted)`, () => {
      let s: TestServer;
      before(async () => {
        s = await startTestServer('sqlite', {
          env: { LATCHKEY_TRUST_PROXY: setting, LATCHKEY_AUTH_FAILURE_LIMIT: '3' },
        });
      });
      after(() => s.close());

      const through = (client: string, secret: string) =>
        s.app.inject({
          method: 'GET',
          url: '/v0/auth/whoami',
          remoteAddress: PROXY,
          headers: { ...bearer(secret), 'x-forwarded-for': client },
        });

      test(`the audit log records ${trusted ? 'the client' : 'the peer'} as the address of a failed sign-in`, async () => {
        const user = await s.createUser();
        await s.app.inject({
          method: 'POST',
          url: '/v0/auth/login',
          remoteAddress: PROXY,
          headers: { 'x-forwarded-for': '198.51.100.9' },
          payload: { email: user.email, password: 'wrong password!' },
        });
        const event = await s.ctx.db
          .selectFrom('auditEvents')
          .select('ip')
          .where('action', '=', 'session.sign_in_failed')
          .executeTakeFirst();
        assert.equal(event?.ip, trusted ? '198.51.100.9' : PROXY);
      });

      test(
        trusted
          ? 'one client’s failures throttle that client, not everyone behind the proxy'
          : 'every client behind the peer counts as the peer',
        async () => {
          let status = 401;
          for (let i = 0; i < 10 && status === 401; i++)
            status = (await through('203.0.113.7', generateSecret('user').plaintext)).statusCode;
          assert.equal(status, 429, 'the client is throttled after its failures');
          const neighbour = await through('203.0.113.8', generateSecret('user').plaintext);
          assert.equal(neighbour.statusCode, trusted ? 401 : 429);
        },
      );
    });
  }
});
