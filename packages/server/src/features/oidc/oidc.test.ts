// Id tokens from a real oidc-provider acting as existing users, and every refusal the issue names, on every store.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import { claimsOf, IDP_CLIENT_ID, OTHER_CLIENT_ID, TestIdp } from '../../test/idp.ts';

const PATH = '/v0/admin/identity-providers';
const INVALID_TOKEN = 'Bearer realm="latchkey", error="invalid_token"';

for (const dialect of DIALECTS) {
  describe(`OpenID Connect id tokens (${dialect})`, () => {
    let s: TestServer;
    let idp: TestIdp;
    let second: TestIdp;
    let untrusted: TestIdp;
    let admin: UserRow;
    let alice: UserRow;
    let adminSession: string;
    let providerId: string;

    before(async () => {
      s = await startTestServer(dialect, { env: LOOPBACK_OUTBOUND });
      [idp, second, untrusted] = await Promise.all([TestIdp.start(), TestIdp.start(), TestIdp.start()]);
      admin = await s.createUser({ slug: 'root', admin: true });
      alice = await s.createUser({ slug: 'alice', email: 'alice@example.com' });
      adminSession = await s.login(admin.email);
      const created = await call('POST', PATH, adminSession, { issuer: idp.issuer, audience: IDP_CLIENT_ID });
      assert.equal(created.statusCode, 201, created.body);
      providerId = created.json().uuid;
      const other = await call('POST', PATH, adminSession, {
        issuer: second.issuer,
        audience: IDP_CLIENT_ID,
        email_claim: 'preferred_username',
      });
      assert.equal(other.statusCode, 201, other.body);
    });
    after(async () => {
      await s.close();
      await Promise.all([idp.stop(), second.stop(), untrusted.stop()]);
    });
    // oidc-provider stamps tokens with the real time; verification uses the injected clock.
    beforeEach(() => s.clock.set(Date.now()));

    const call: TestServer['call'] = (...args) => s.call(...args);
    const whoami = (token: string) => call('GET', '/v0/auth/whoami', token);
    const refusedWith = async (token: string, code: string) => {
      const response = await whoami(token);
      assert.equal(response.statusCode, 401, response.body);
      assert.equal(response.json().error.code, code);
      assert.equal(response.headers['www-authenticate'], INVALID_TOKEN);
      return response.json().error.message as string;
    };

    describe('id tokens', () => {
      test('an id token authenticates as the user its email names, case-insensitively', async () => {
        const token = await idp.mint({ email: 'Alice@Example.COM', emailVerified: true });
        const response = await whoami(token);
        assert.equal(response.statusCode, 200, response.body);
        const body = response.json();
        assert.equal(body.principal.uuid, alice.id);
        assert.deepEqual(body.credential, { kind: 'oidc', uuid: providerId, issuer: idp.issuer });
        assert.ok(!response.body.includes(token));
      });

      test('a second trusted provider works at the same time, with its own email claim', async () => {
        const bob = await s.createUser({ email: 'bob@example.com' });
        const token = await second.mint({ claims: { preferred_username: 'bob@example.com' } });
        const response = await whoami(token);
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(response.json().principal.uuid, bob.id);
        assert.equal(response.json().credential.issuer, second.issuer);
        await refusedWith(await second.mint({ email: 'bob@example.com' }), 'email_claim_missing');
      });

      test('a user who does not exist is refused with user_not_found', async () => {
        const message = await refusedWith(await idp.mint({ email: 'nobody@example.com' }), 'user_not_found');
        assert.match(message, /must sign in to Latchkey first or be created by an administrator/);
      });

      test('a suspended user is refused with user_suspended', async () => {
        const carol = await s.createUser({ email: 'carol@example.com' });
        await s.ctx.db
          .updateTable('users')
          .set({ suspendedAt: s.clock.now() })
          .where('id', '=', carol.id)
          .execute();
        await refusedWith(await idp.mint({ email: carol.email }), 'user_suspended');
      });

      test('an expired token is refused with token_expired', async () => {
        const token = await idp.mint({ email: alice.email, expiresAt: Math.floor(Date.now() / 1000) - 120 });
        await refusedWith(token, 'token_expired');
      });

      test('a token for another client is refused with wrong_audience, as is a foreign azp', async () => {
        await refusedWith(
          await idp.mint({ email: alice.email, clientId: OTHER_CLIENT_ID }),
          'wrong_audience',
        );
        await refusedWith(
          await idp.mint({ email: alice.email, claims: { azp: OTHER_CLIENT_ID } }),
          'wrong_audience',
        );
        assert.equal(
          (await whoami(await idp.mint({ email: alice.email, claims: { azp: IDP_CLIENT_ID } }))).statusCode,
          200,
        );
      });

      test('a token from a provider nobody configured is refused with untrusted_issuer', async () => {
        await refusedWith(await untrusted.mint({ email: alice.email }), 'untrusted_issuer');
      });

      test('email_verified false is refused with email_not_verified', async () => {
        await refusedWith(await idp.mint({ email: alice.email, emailVerified: false }), 'email_not_verified');
        await refusedWith(
          await idp.mint({ email: alice.email, emailVerified: 'false' }),
          'email_not_verified',
        );
      });

      test('not-yet-valid and subject-less tokens are refused', async () => {
        const now = Math.floor(Date.now() / 1000);
        await refusedWith(
          await idp.mint({ email: alice.email, claims: { nbf: now + 600 } }),
          'token_not_yet_valid',
        );
        await refusedWith(
          await idp.mint({ email: alice.email, claims: { iat: now + 600 } }),
          'token_not_yet_valid',
        );
        await refusedWith(await idp.mint({ email: alice.email, sub: null }), 'invalid_id_token');
        assert.equal(
          (await whoami(await idp.mint({ email: alice.email, claims: { nbf: now + 30 } }))).statusCode,
          200,
        );
      });

      test('the first token binds the user to its subject; another subject for that email is refused', async () => {
        const dave = await s.createUser({ email: 'dave@example.com' });
        const erin = await s.createUser({ email: 'erin@example.com' });
        assert.equal((await whoami(await idp.mint({ sub: 'dave-1', email: dave.email }))).statusCode, 200);
        assert.equal((await whoami(await idp.mint({ sub: 'dave-1', email: dave.email }))).statusCode, 200);
        await refusedWith(await idp.mint({ sub: 'dave-2', email: dave.email }), 'subject_mismatch');
        // The subject moved to another email: it does not become Erin.
        await refusedWith(await idp.mint({ sub: 'dave-1', email: erin.email }), 'subject_mismatch');
        const binding = await s.ctx.db
          .selectFrom('identityBindings')
          .selectAll()
          .where('userId', '=', dave.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual([binding.issuer, binding.subject], [idp.issuer, 'dave-1']);
        // The same subject string at another provider is another identity.
        const other = await second.mint({ sub: 'dave-1', claims: { preferred_username: erin.email } });
        assert.equal((await whoami(other)).statusCode, 200);
      });

      test('an id token is not a session: it cannot create keys or reach session-only routes', async () => {
        const token = await idp.mint({ email: alice.email });
        const response = await call('POST', `/v0/users/${alice.id}/keys`, token, { name: 'from oidc' });
        assert.equal(response.statusCode, 403);
        assert.equal((await call('POST', '/v0/auth/logout', token)).statusCode, 403);
      });

      test('a verified token is answered from the cache until exp (+60 s), then refused as token_expired', async () => {
        const frank = await s.createUser({ email: 'frank@example.com' });
        const token = await idp.mint({ email: frank.email });
        assert.equal((await whoami(token)).statusCode, 200);
        // Changed behind the service's back, so nothing invalidates: a cache hit never reads the row.
        await s.ctx.db
          .updateTable('users')
          .set({ suspendedAt: s.clock.now() })
          .where('id', '=', frank.id)
          .execute();
        assert.equal((await whoami(token)).statusCode, 200);
        s.clock.set((Number(claimsOf(token).exp) + 61) * 1000);
        await refusedWith(token, 'token_expired');
      });

      test('disabling a provider refuses its tokens at once, even cached ones; enabling restores them', async () => {
        const token = await idp.mint({ email: alice.email });
        assert.equal((await whoami(token)).statusCode, 200);
        const disabled = await call('PATCH', `${PATH}/${providerId}`, adminSession, { enabled: false });
        assert.equal(disabled.statusCode, 200);
        assert.equal(disabled.json().enabled, false);
        await refusedWith(token, 'untrusted_issuer');
        const enabled = await call('PATCH', `${PATH}/${providerId}`, adminSession, { enabled: true });
        assert.equal(enabled.json().enabled, true);
        // The refusal itself stays cached for up to a second (a flood of one token costs one check a second).
        const fresh = await whoami(await idp.mint({ email: alice.email }));
        assert.equal(fresh.statusCode, 200, fresh.body);
      });

      test('refresh() picks up a provider disabled by another instance', async () => {
        const token = await idp.mint({ email: alice.email });
        assert.equal((await whoami(token)).statusCode, 200);
        const at = s.clock.now() + 1;
        await s.ctx.db
          .updateTable('identityProviders')
          .set({ disabledAt: at, updatedAt: at })
          .where('id', '=', providerId)
          .execute();
        await s.ctx.oidc.refresh();
        await refusedWith(token, 'untrusted_issuer');
        await s.ctx.db
          .updateTable('identityProviders')
          .set({ disabledAt: null, updatedAt: at + 1 })
          .where('id', '=', providerId)
          .execute();
        await s.ctx.oidc.refresh();
        assert.equal((await whoami(await idp.mint({ email: alice.email }))).statusCode, 200);
      });

      test('changing the audience applies to the next request', async () => {
        const token = await idp.mint({ email: alice.email });
        const before = await whoami(token);
        assert.equal(before.statusCode, 200, before.body);
        await call('PATCH', `${PATH}/${providerId}`, adminSession, { audience: OTHER_CLIENT_ID });
        await refusedWith(token, 'wrong_audience');
        await call('PATCH', `${PATH}/${providerId}`, adminSession, { audience: IDP_CLIENT_ID });
        assert.equal((await whoami(token)).statusCode, 200);
      });

      test('a deleted provider’s tokens are untrusted; re-adding it keeps the subject bindings', async () => {
        const grace = await s.createUser({ email: 'grace@example.com' });
        assert.equal((await whoami(await idp.mint({ sub: 'grace-1', email: grace.email }))).statusCode, 200);
        assert.equal((await call('DELETE', `${PATH}/${providerId}`, adminSession)).statusCode, 204);
        assert.equal((await call('GET', `${PATH}/${providerId}`, adminSession)).statusCode, 404);
        await refusedWith(await idp.mint({ sub: 'grace-1', email: grace.email }), 'untrusted_issuer');
        const again = await call('POST', PATH, adminSession, { issuer: idp.issuer, audience: IDP_CLIENT_ID });
        assert.equal(again.statusCode, 201);
        providerId = again.json().uuid;
        await refusedWith(await idp.mint({ sub: 'grace-2', email: grace.email }), 'subject_mismatch');
        assert.equal((await whoami(await idp.mint({ sub: 'grace-1', email: grace.email }))).statusCode, 200);
      });
    });
  });
}
