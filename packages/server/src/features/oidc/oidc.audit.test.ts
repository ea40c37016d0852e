// What identity-provider changes record, a user's first sign-in through a provider (the subject it binds),
// and a change made with an id token, whose actor names the provider's issuer; against a real oidc-provider.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { assertActor, auditEvents, lastEvent } from '../../test/audit-helpers.ts';
import { DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { claimsOf, IDP_CLIENT_ID, TestIdp } from '../../test/idp.ts';

const PATH = '/v0/admin/identity-providers';

for (const dialect of DIALECTS) {
  describe(`identity providers in the audit log (${dialect})`, () => {
    let s: TestServer;
    let idp: TestIdp;
    let admin: UserRow;
    let alice: UserRow;
    let adminSession: string;
    let aliceSession: string;
    let providerId: string;

    before(async () => {
      s = await startTestServer(dialect, { env: LOOPBACK_OUTBOUND });
      idp = await TestIdp.start();
      admin = await s.createUser({ slug: 'root', admin: true });
      alice = await s.createUser({ slug: 'alice', email: 'alice@example.com' });
      adminSession = await s.login(admin.email);
      aliceSession = await s.login(alice.email);
    });
    after(async () => {
      await s.close();
      await idp.stop();
    });
    // oidc-provider stamps tokens with the real time; verification uses the injected clock.
    beforeEach(() => s.clock.set(Date.now()));

    const count = async () => (await auditEvents(s)).length;

    test('added by an administrator: its issuer, audience, claim, algorithms and state', async () => {
      const response = await s.call('POST', PATH, adminSession, {
        issuer: idp.issuer,
        audience: IDP_CLIENT_ID,
      });
      assert.equal(response.statusCode, 201, response.body);
      providerId = response.json().uuid;
      const event = await lastEvent(s, 'identity_provider.created');
      assert.deepEqual(event.target, { type: 'identity_provider', id: providerId });
      assertActor(event, { type: 'user', uuid: admin.id, kind: 'session' });
      assert.deepEqual(event.changes, {
        issuer: idp.issuer,
        audience: IDP_CLIENT_ID,
        email_claim: 'email',
        algorithms: ['RS256'],
        enabled: true,
        sign_in: false,
        display_name: null,
        client_id: null,
        client_secret_set: false,
        jit_domains: [],
      });
    });

    test('a user’s first id token binds its subject to them, once', async () => {
      const token = await idp.mint({ email: alice.email });
      assert.equal((await s.call('GET', '/v0/auth/whoami', token)).statusCode, 200);
      const event = await lastEvent(s, 'user.identity_bound');
      assert.deepEqual(event.target, { type: 'user', id: alice.id });
      assertActor(event, { type: 'user', uuid: alice.id, kind: 'oidc', hint: idp.issuer });
      assert.deepEqual(event.changes, {
        identity_provider: providerId,
        issuer: idp.issuer,
        subject: claimsOf(token).sub,
      });
      assert.ok(!JSON.stringify(event).includes(token));
      const before = await count();
      const again = await idp.mint({ email: alice.email });
      assert.equal((await s.call('GET', '/v0/auth/whoami', again)).statusCode, 200);
      assert.equal(await count(), before, 'an authenticated read writes nothing');
    });

    test('a change made with an id token names the provider as the credential', async () => {
      const token = await idp.mint({ email: alice.email });
      const response = await s.call('PATCH', '/v0/users/alice', token, { name: 'Alice Federated' });
      assert.equal(response.statusCode, 200, response.body);
      const event = await lastEvent(s, 'user.updated');
      assertActor(event, { type: 'user', uuid: alice.id, kind: 'oidc', hint: idp.issuer });
      assert.equal(event.actor.credential?.id, providerId);
    });

    test('changed: each setting from and to; an empty or refused change records nothing', async () => {
      const before = await count();
      const same = await s.call('PATCH', `${PATH}/${providerId}`, adminSession, { audience: IDP_CLIENT_ID });
      assert.equal(same.statusCode, 200);
      const refused = await s.call('PATCH', `${PATH}/${providerId}`, aliceSession, { enabled: false });
      assert.equal(refused.statusCode, 403);
      assert.equal(await count(), before);

      const disabled = await s.call('PATCH', `${PATH}/${providerId}`, adminSession, {
        enabled: false,
        email_claim: 'upn',
      });
      assert.equal(disabled.statusCode, 200, disabled.body);
      const event = await lastEvent(s, 'identity_provider.updated');
      assertActor(event, { type: 'user', uuid: admin.id });
      assert.deepEqual(event.changes, {
        email_claim: { from: 'email', to: 'upn' },
        enabled: { from: true, to: false },
      });
    });

    test('removed: the issuer it trusted', async () => {
      assert.equal((await s.call('DELETE', `${PATH}/${providerId}`, adminSession)).statusCode, 204);
      const event = await lastEvent(s, 'identity_provider.deleted');
      assert.deepEqual(event.target, { type: 'identity_provider', id: providerId });
      assert.deepEqual(event.changes, { issuer: idp.issuer });
      assert.equal(
        (await s.call('GET', `/v0/audit?target=identity_provider:${providerId}`, aliceSession)).statusCode,
        404,
      );
      const history = await s.call('GET', `/v0/audit?target=identity_provider:${providerId}`, adminSession);
      assert.deepEqual(
        history.json().map((e: { action: string }) => e.action),
        ['identity_provider.deleted', 'identity_provider.updated', 'identity_provider.created'],
      );
    });
  });
}
