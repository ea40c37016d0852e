// Allowed addresses on keys and apps: refused from elsewhere on every route and at verify, set, audited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp, createSecret, obtainToken } from '../../test/apps-helpers.ts';
import { lastEvent } from '../../test/audit-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

const PROXY = '10.3.0.1';

for (const dialect of DIALECTS) {
  describe(`allowed addresses (${dialect})`, () => {
    let s: TestServer;
    let ada: UserRow;
    let adaSession: string;
    let adminSession: string;

    before(async () => {
      s = await startTestServer(dialect, { env: { LATCHKEY_TRUST_PROXY: '10.3.0.0/16' } });
      const admin = await s.createUser({ slug: 'root', admin: true });
      adminSession = await s.login(admin.email);
      ada = await s.createUser({ slug: 'ada' });
      adaSession = await s.login(ada.email);
    });
    after(() => s.close());

    const whoami = (secret: string, from: string, forwarded?: string) =>
      s.app.inject({
        method: 'GET',
        url: '/v0/auth/whoami',
        remoteAddress: from,
        headers: { ...bearer(secret), ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) },
      });

    test('a key is refused from any other address with 403 address_not_allowed naming the address, not the list', async () => {
      const key = await s.createKey(adaSession, 'ada', {
        name: 'ci',
        scopes: { allowed_ips: ['203.0.113.0/24', '2001:db8::/32'] },
      });
      assert.equal((await whoami(key.key, '203.0.113.7')).statusCode, 200);
      assert.equal((await whoami(key.key, '::ffff:203.0.113.8')).statusCode, 200);
      assert.equal((await whoami(key.key, '2001:db8::5')).statusCode, 200);
      const refused = await whoami(key.key, '198.51.100.4');
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().error.code, 'address_not_allowed');
      assert.match(refused.json().error.message, /198\.51\.100\.4/);
      assert.doesNotMatch(refused.body, /203\.0\.113|2001:db8/);
      // On any route, not only whoami.
      const listed = await s.app.inject({
        method: 'GET',
        url: '/v0/users/ada/keys',
        remoteAddress: '198.51.100.4',
        headers: bearer(key.key),
      });
      assert.equal(listed.statusCode, 403);
      // The answer shows the list normalised.
      const shown = await s.call('GET', `/v0/users/ada/keys/${key.uuid}`, adaSession);
      assert.deepEqual(shown.json().scopes.allowed_ips, ['203.0.113.0/24', '2001:db8::/32']);
      assert.equal(shown.json().scopes.read_only, false);
      assert.equal(shown.json().warnings, undefined);
    });

    test('behind a trusted proxy the forwarded client counts; a spoofed X-Forwarded-For from an untrusted peer does not', async () => {
      const key = await s.createKey(adaSession, 'ada', {
        name: 'proxied',
        scopes: { allowed_ips: ['203.0.113.5'] },
      });
      assert.equal((await whoami(key.key, PROXY, '203.0.113.5')).statusCode, 200);
      assert.equal((await whoami(key.key, PROXY, '::ffff:203.0.113.5')).statusCode, 200);
      // An untrusted peer naming an allowed client: its own address is checked.
      const spoofed = await whoami(key.key, '198.51.100.7', '203.0.113.5');
      assert.equal(spoofed.statusCode, 403);
      assert.match(spoofed.json().error.message, /198\.51\.100\.7/);
      // The client prepends an allowed address; the proxy appends the real one.
      assert.equal((await whoami(key.key, PROXY, '203.0.113.5, 198.51.100.8')).statusCode, 403);
      // At verify, the gateway (a trusted proxy) forwards the original client.
      const verify = (forwarded: string, from = PROXY) =>
        s.app.inject({
          method: 'GET',
          url: '/v0/auth/verify',
          remoteAddress: from,
          headers: { ...bearer(key.key), 'x-forwarded-for': forwarded },
        });
      assert.equal((await verify('203.0.113.5')).statusCode, 200);
      const refused = await verify('198.51.100.9');
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().error.code, 'address_not_allowed');
      assert.equal((await verify('203.0.113.5', '198.51.100.10')).statusCode, 403);
    });

    test('malformed entries are a 400 naming each; 0.0.0.0/0 is accepted with a warning', async () => {
      const bad = await s.call('POST', '/v0/users/ada/keys', adaSession, {
        name: 'bad',
        scopes: { allowed_ips: ['10.0.0.0/8', 'office', '10.1.0.0/40'] },
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /body\.scopes\.allowed_ips\.1: "office"/);
      assert.match(bad.json().error.message, /body\.scopes\.allowed_ips\.2: "10\.1\.0\.0\/40"/);
      const open = await s.call('POST', '/v0/users/ada/keys', adaSession, {
        name: 'open',
        scopes: { allowed_ips: ['0.0.0.0/0'] },
      });
      assert.equal(open.statusCode, 201);
      assert.equal(open.json().warnings.length, 1);
      assert.match(open.json().warnings[0], /0\.0\.0\.0\/0/);
      assert.equal((await whoami(open.json().key, '198.51.100.1')).statusCode, 200);
    });

    test('PATCH replaces or clears the list, audited; a key cannot lift its own', async () => {
      const key = await s.createKey(adaSession, 'ada', {
        name: 'movable',
        scopes: { allowed_ips: ['192.0.2.1'] },
      });
      const own = await s.app.inject({
        method: 'PATCH',
        url: `/v0/users/ada/keys/${key.uuid}`,
        remoteAddress: '192.0.2.1',
        headers: bearer(key.key),
        payload: { scopes: { allowed_ips: null } },
      });
      assert.equal(own.statusCode, 403);
      assert.match(own.json().error.message, /cannot change its own allowed addresses/);
      const moved = await s.call('PATCH', `/v0/users/ada/keys/${key.uuid}`, adaSession, {
        scopes: { allowed_ips: ['198.51.100.0/24'] },
      });
      assert.equal(moved.statusCode, 200);
      assert.deepEqual(moved.json().scopes.allowed_ips, ['198.51.100.0/24']);
      // The cached answer is dropped at once.
      assert.equal((await whoami(key.key, '192.0.2.1')).statusCode, 403);
      assert.equal((await whoami(key.key, '198.51.100.3')).statusCode, 200);
      const event = await lastEvent(s, 'key.addresses_changed');
      assert.deepEqual(event.changes, {
        user: ada.id,
        allowed_ips: { from: ['192.0.2.1'], to: ['198.51.100.0/24'] },
      });
      const cleared = await s.call('PATCH', `/v0/users/ada/keys/${key.uuid}`, adaSession, {
        scopes: { allowed_ips: null },
      });
      assert.equal(cleared.json().scopes, null);
      assert.equal((await whoami(key.key, '192.0.2.1')).statusCode, 200);
      const malformed = await s.call('PATCH', `/v0/users/ada/keys/${key.uuid}`, adaSession, {
        scopes: { allowed_ips: ['192.0.2.300'] },
      });
      assert.equal(malformed.statusCode, 400);
      assert.match(malformed.json().error.message, /body\.scopes\.allowed_ips\.0: "192\.0\.2\.300"/);
    });

    test('an app limited to addresses: its token and its client secret are refused elsewhere', async () => {
      await s.call('PATCH', '/v0/users/ada', adminSession, { developer: true });
      const bad = await s.call('POST', '/v0/apps', adaSession, { name: 'Bad', allowed_ips: ['nowhere'] });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /body\.allowed_ips\.0: "nowhere"/);
      const created = await createApp(s, adaSession, { name: 'Fenced', allowed_ips: ['127.0.0.1', '::/0'] });
      const shown = await s.call('GET', `/v0/apps/${created.uuid}`, adaSession);
      assert.deepEqual(shown.json().allowed_ips, ['127.0.0.1', '::/0']);
      assert.equal(shown.json().warnings.length, 1);
      const secret = await createSecret(s, adaSession, created.uuid);
      // inject's default peer is 127.0.0.1: allowed.
      const token = await obtainToken(s, created.client_id, secret);
      assert.equal((await whoami(token, '127.0.0.1')).statusCode, 200);
      const refused = await whoami(token, '192.0.2.50');
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().error.code, 'address_not_allowed');
      const updated = await s.call('PATCH', `/v0/apps/${created.uuid}`, adaSession, {
        allowed_ips: ['192.0.2.0/24'],
      });
      assert.equal(updated.statusCode, 200);
      assert.equal(updated.json().warnings, undefined);
      assert.equal((await whoami(token, '192.0.2.50')).statusCode, 200);
      assert.equal((await whoami(token, '127.0.0.1')).statusCode, 403);
      const event = await lastEvent(s, 'app.updated');
      assert.deepEqual(event.changes?.allowed_ips, { from: ['127.0.0.1', '::/0'], to: ['192.0.2.0/24'] });
      // The client secret at the token endpoint is held to the list too.
      const fromElsewhere = await s.app.inject({
        method: 'POST',
        url: '/v0/oauth/token',
        remoteAddress: '127.0.0.1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: created.client_id,
          client_secret: secret,
        }).toString(),
      });
      assert.equal(fromElsewhere.statusCode, 400);
      assert.equal(fromElsewhere.json().error, 'unauthorized_client');
      assert.match(fromElsewhere.json().error_description, /127\.0\.0\.1/);
    });
  });
}
