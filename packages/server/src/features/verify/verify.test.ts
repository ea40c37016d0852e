// /v0/auth/verify: every credential form and kind allowed with its identity headers, every refusal a gateway can pass on.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { UserRow } from '../../db/schema.ts';
import { createApp, createSecret, obtainToken } from '../../test/apps-helpers.ts';
import { auditEvents } from '../../test/audit-helpers.ts';
import {
  bearer,
  DIALECTS,
  LOOPBACK_OUTBOUND,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';
import { IDP_CLIENT_ID, TestIdp } from '../../test/idp.ts';

const basic = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

for (const dialect of DIALECTS) {
  describe(`verify (${dialect})`, () => {
    let s: TestServer;
    let idp: TestIdp;
    let ada: UserRow;
    let adaSession: string;
    let adminSession: string;
    let key: { uuid: string; key: string };

    before(async () => {
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_AUTH_FAILURE_LIMIT: '0' },
      });
      idp = await TestIdp.start();
      const admin = await s.createUser({ slug: 'root', admin: true });
      ada = await s.createUser({ slug: 'ada', email: 'ada@example.com' });
      adminSession = await s.login(admin.email);
      adaSession = await s.login(ada.email);
      key = await s.createKey(adaSession, 'ada');
      const provider = await s.call('POST', '/v0/admin/identity-providers', adminSession, {
        issuer: idp.issuer,
        audience: IDP_CLIENT_ID,
      });
      assert.equal(provider.statusCode, 201, provider.body);
    });
    after(async () => {
      await s.close();
      await idp.stop();
    });
    beforeEach(() => s.clock.set(Date.now()));

    const verify = (headers: Record<string, string>, options: Partial<InjectOptions> = {}) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/verify', headers, ...options });

    const assertAda = (response: LightMyRequestResponse, kind: string, id: string) => {
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.body, '');
      assert.equal(response.headers['x-latchkey-principal'], `user:${ada.id}`);
      assert.equal(response.headers['x-latchkey-user'], 'ada');
      assert.equal(response.headers['x-latchkey-email'], 'ada@example.com');
      assert.equal(response.headers['x-latchkey-credential'], `${kind}:${id}`);
      assert.equal(response.headers['x-latchkey-admin'], 'false');
      assert.equal(response.headers['x-latchkey-restrictions'], undefined);
      assert.equal(response.headers['x-latchkey-app'], undefined);
      assert.equal(response.headers['cache-control'], 'no-store');
    };

    test('a key is verified in each of the four forms, with the identity headers and no secret', async () => {
      for (const headers of [
        bearer(key.key),
        basic(key.key, ''),
        basic('apikey', key.key),
        { apikey: key.key },
      ]) {
        const response = await verify(headers);
        assertAda(response, 'user_key', key.uuid);
        assert.ok(!JSON.stringify(response.headers).includes(key.key));
      }
    });

    test('a session, a session key, an app token and an id token are verified as their principal', async () => {
      const session = await s.app.inject({
        method: 'GET',
        url: '/v0/auth/whoami',
        headers: bearer(adaSession),
      });
      assertAda(await verify(bearer(adaSession)), 'session', session.json().credential.uuid);
      const sessionKey = (await s.call('POST', '/v0/auth/session-keys', adaSession)).json();
      assertAda(await verify(bearer(sessionKey.key)), 'session_key', sessionKey.uuid);
      const idToken = await idp.mint({ email: 'ada@example.com', emailVerified: true });
      const viaIdToken = await verify(bearer(idToken));
      assert.equal(viaIdToken.statusCode, 200, viaIdToken.body);
      assert.equal(viaIdToken.headers['x-latchkey-principal'], `user:${ada.id}`);
      assert.match(String(viaIdToken.headers['x-latchkey-credential']), /^oidc:/);

      const app = await createApp(s, adminSession, { name: 'Gateway bot', slug: 'gateway-bot' });
      const token = await obtainToken(s, app.client_id, await createSecret(s, adminSession, 'gateway-bot'));
      const viaToken = await verify(bearer(token));
      assert.equal(viaToken.statusCode, 200, viaToken.body);
      assert.equal(viaToken.headers['x-latchkey-principal'], `app:${app.uuid}`);
      assert.equal(viaToken.headers['x-latchkey-app'], app.client_id);
      assert.equal(viaToken.headers['x-latchkey-user'], undefined);
      assert.equal(viaToken.headers['x-latchkey-email'], undefined);
      assert.match(String(viaToken.headers['x-latchkey-credential']), /^app_token:/);
    });

    test('every method is answered, whatever body and content type the gateway forwards', async () => {
      for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
        const response = await verify(bearer(key.key), { method });
        assertAda(response, 'user_key', key.uuid);
      }
      const withBody = await verify(
        { ...bearer(key.key), 'content-type': 'application/xml' },
        { method: 'POST', payload: '<not-json/>' },
      );
      assert.equal(withBody.statusCode, 200, withBody.body);
      const badJson = await verify(
        { ...bearer(key.key), 'content-type': 'application/json' },
        { method: 'PUT', payload: '{' },
      );
      assert.equal(badJson.statusCode, 200, badJson.body);
    });

    test('the original path may follow, as Envoy’s path_prefix sends it; its query is not read', async () => {
      const response = await verify(bearer(key.key), {
        method: 'DELETE',
        url: '/v0/auth/verify/api/things/7?action=read&deny_status=403&project=x&page=2',
      });
      assertAda(response, 'user_key', key.uuid);
      const readOnly = await s.createKey(adaSession, 'ada', {
        name: 'envoy ro',
        scopes: { read_only: true },
      });
      const write = await verify(bearer(readOnly.key), {
        method: 'POST',
        url: '/v0/auth/verify/api?action=read',
      });
      assert.equal(write.statusCode, 403, write.body);
      const anonymous = await verify({}, { url: '/v0/auth/verify/api' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.headers['cache-control'], 'no-store');
    });

    test('X-Latchkey-Admin is true only for a credential with an administrator’s power', async () => {
      const admin = async (secret: string, query = '') => {
        const response = await s.app.inject({
          method: 'GET',
          url: `/v0/auth/verify${query}`,
          headers: bearer(secret),
        });
        assert.equal(response.statusCode, 200, response.body);
        return response.headers['x-latchkey-admin'];
      };
      assert.equal(await admin(adminSession), 'true');
      assert.equal(await admin((await s.createKey(adminSession, 'root', { name: 'full' })).key), 'true');
      const sessionKey = (await s.call('POST', '/v0/auth/session-keys', adminSession)).json();
      assert.equal(await admin(sessionKey.key), 'true');
      // An administrator's restricted keys: the API refuses them administrator writes, so must the upstream.
      const readOnly = await s.createKey(adminSession, 'root', { name: 'ro', scopes: { read_only: true } });
      assert.equal(await admin(readOnly.key), 'false');
      const created = await s.call('POST', '/v0/projects', adminSession, { name: 'ops', slug: 'ops' });
      assert.equal(created.statusCode, 201, created.body);
      const limited = await s.createKey(adminSession, 'root', { name: 'ops', scopes: { projects: ['ops'] } });
      assert.equal(await admin(limited.key, '?project=ops'), 'false');
      assert.equal(await admin(key.key), 'false');
    });

    test('no credential, a garbage key and a malformed key are 401 with the challenges', async () => {
      const anonymous = await verify({});
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().error.code, 'authentication_required');
      assert.match(String(anonymous.headers['www-authenticate']), /Basic realm="latchkey"/);
      assert.equal(anonymous.headers['cache-control'], 'no-store');
      const garbage = await verify(bearer(`lk_user_${'a'.repeat(36)}`));
      assert.equal(garbage.statusCode, 401);
      assert.ok(['invalid_credentials', 'malformed_credential'].includes(garbage.json().error.code));
      // Elsewhere a malformed key outside Bearer is a 400; nginx would make that a 500.
      const malformed = await verify({ apikey: `${key.key}x` });
      assert.equal(malformed.statusCode, 401, malformed.body);
      assert.equal(malformed.json().error.code, 'malformed_credential');
      assert.ok(malformed.headers['www-authenticate']);
      const ambiguous = await verify({ ...bearer(key.key), apikey: adaSession });
      assert.equal(ambiguous.statusCode, 401, ambiguous.body);
      assert.equal(ambiguous.json().error.code, 'ambiguous_credentials');
      const unreadable = await verify({ authorization: 'Digest abc' });
      assert.equal(unreadable.statusCode, 401, unreadable.body);
    });

    test('a revoked key and a suspended user are refused at once, with a warm cache', async () => {
      const doomed = await s.createKey(adaSession, 'ada', { name: 'doomed' });
      assert.equal((await verify(bearer(doomed.key))).statusCode, 200);
      const revoked = await s.call('DELETE', `/v0/users/ada/keys/${doomed.uuid}`, adaSession);
      assert.equal(revoked.statusCode, 200, revoked.body);
      const refused = await verify(bearer(doomed.key));
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'credential_revoked');

      const bob = await s.createUser({ slug: 'bob-v' });
      const bobKey = await s.createKey(await s.login(bob.email), 'bob-v');
      assert.equal((await verify({ apikey: bobKey.key })).statusCode, 200);
      const suspended = await s.call('PATCH', '/v0/users/bob-v', adminSession, { suspended: true });
      assert.equal(suspended.statusCode, 200, suspended.body);
      const refusedSuspended = await verify({ apikey: bobKey.key });
      assert.equal(refusedSuspended.statusCode, 401);
      assert.equal(refusedSuspended.json().error.code, 'user_suspended');
    });

    test('an expired key is 401 credential_expired', async () => {
      const short = await s.createKey(adaSession, 'ada', { name: 'short', ttl: 3600 });
      assert.equal((await verify(bearer(short.key))).statusCode, 200);
      s.clock.advance(3601_000);
      const refused = await verify(bearer(short.key));
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'credential_expired');
    });

    test('a read-only key is verified for reads and refused a forwarded write', async () => {
      const readOnly = await s.createKey(adaSession, 'ada', { name: 'ro', scopes: { read_only: true } });
      const read = await verify({ ...bearer(readOnly.key), 'x-original-method': 'GET' });
      assert.equal(read.statusCode, 200, read.body);
      assert.equal(read.headers['x-latchkey-restrictions'], 'read_only');
      for (const method of ['POST', 'delete', ' put ']) {
        const refused = await verify({ ...bearer(readOnly.key), 'x-original-method': method });
        assert.equal(refused.statusCode, 403, `${method}: ${refused.body}`);
        assert.match(refused.json().error.message, /read-only/);
      }
      const byAction = await s.app.inject({
        method: 'GET',
        url: '/v0/auth/verify?action=write',
        headers: bearer(readOnly.key),
      });
      assert.equal(byAction.statusCode, 403, byAction.body);
      // The verify request's own method counts when no header names the original one (Envoy).
      assert.equal((await verify(bearer(readOnly.key), { method: 'POST' })).statusCode, 403);
    });

    test('the original method comes from the one configured header; every other method header is ignored', async () => {
      const readOnly = await s.createKey(adaSession, 'ada', { name: 'spoofed', scopes: { read_only: true } });
      const spoofs = {
        'x-forwarded-method': 'GET',
        'x-http-method-override': 'GET',
        'x-http-method': 'GET',
        'x-method-override': 'GET',
      };
      // Default (nginx): X-Original-Method; a client's X-Forwarded-Method does not make a DELETE a read.
      const spoofed = await verify({ ...bearer(readOnly.key), ...spoofs, 'x-original-method': 'DELETE' });
      assert.equal(spoofed.statusCode, 403, spoofed.body);
      // Nor a write that came as the verify request's own method (Envoy).
      assert.equal(
        (await verify({ ...bearer(readOnly.key), ...spoofs }, { method: 'POST' })).statusCode,
        403,
      );
      // A header naming a write that is not the configured one changes nothing either.
      const ignored = await verify({ ...bearer(readOnly.key), 'x-forwarded-method': 'DELETE' });
      assert.equal(ignored.statusCode, 200, ignored.body);

      // LATCHKEY_VERIFY_METHOD_HEADER=X-Forwarded-Method (Traefik): then X-Original-Method is the one ignored.
      const traefik = await secondInstance(s, { verifyMethodHeader: 'X-Forwarded-Method' });
      try {
        const behindTraefik = (headers: Record<string, string>) =>
          traefik.app.inject({
            method: 'GET',
            url: '/v0/auth/verify',
            headers: { ...bearer(readOnly.key), ...headers },
          });
        const write = await behindTraefik({ 'x-forwarded-method': 'DELETE', 'x-original-method': 'GET' });
        assert.equal(write.statusCode, 403, write.body);
        const read = await behindTraefik({ 'x-forwarded-method': 'HEAD', 'x-original-method': 'DELETE' });
        assert.equal(read.statusCode, 200, read.body);
      } finally {
        await traefik.app.close();
      }
    });

    test('bad query parameters are a clear 400', async () => {
      for (const query of ['action=delete', 'deny_status=500', 'project=', 'other=1']) {
        const response = await s.app.inject({
          method: 'GET',
          url: `/v0/auth/verify?${query}`,
          headers: bearer(key.key),
        });
        assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
        assert.equal(response.json().error.code, 'validation_failed');
      }
    });

    test('verification is not an audited change', async () => {
      const before = (await auditEvents(s)).length;
      for (let i = 0; i < 3; i++) await verify(bearer(key.key));
      await verify(bearer(`lk_user_${'b'.repeat(36)}`));
      assert.equal((await auditEvents(s)).length, before);
    });
  });
}
