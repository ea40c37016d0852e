// Signing in to the console through oidc-provider: the code flow end to end, and each refusal, on every store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { auditEvents } from '../../test/audit-helpers.ts';
import {
  DIALECTS,
  LOOPBACK_OUTBOUND,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../test/harness.ts';
import { IDP_CLIENT_ID, signInAtIdp, TestIdp } from '../../test/idp.ts';
import { enrolTotp } from '../../test/mfa-helpers.ts';

const PUBLIC_URL = 'http://127.0.0.1:27101';
const CALLBACK = `${PUBLIC_URL}/v0/auth/sso/callback`;

for (const dialect of DIALECTS) {
  describe(`single sign-on into the console (${dialect})`, () => {
    let s: TestServer;
    let idp: TestIdp;
    let adminSession: string;
    let alice: UserRow;
    let providerId: string;

    before(async () => {
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_PUBLIC_URL: PUBLIC_URL, LATCHKEY_AUTH_FAILURE_LIMIT: '1000' },
      });
      idp = await TestIdp.start();
      idp.allowRedirect(CALLBACK);
      const admin = await s.createUser({ slug: 'root', admin: true });
      alice = await s.createUser({ slug: 'alice', email: 'alice@example.com' });
      adminSession = await s.login(admin.email);
      const created = await s.call('POST', '/v0/admin/identity-providers', adminSession, {
        issuer: idp.issuer,
        audience: IDP_CLIENT_ID,
        sign_in: true,
        display_name: 'Test IdP',
        client_id: IDP_CLIENT_ID,
        client_secret: idp.clientSecret,
        jit_domains: ['jit.example'],
      });
      assert.equal(created.statusCode, 201, created.body);
      providerId = created.json().uuid;
    });
    after(async () => {
      await s.close();
      await idp.stop();
    });

    /** GET start: the provider's authorization URL and the attempt's cookie. */
    async function start(returnTo?: string) {
      const query = returnTo === undefined ? '' : `?return_to=${encodeURIComponent(returnTo)}`;
      const response = await s.app.inject({ method: 'GET', url: `/v0/auth/sso/${providerId}/start${query}` });
      assert.equal(response.statusCode, 302, response.body);
      const setCookie = String(response.headers['set-cookie']);
      return { location: String(response.headers.location), cookie: setCookie.split(';')[0] ?? '' };
    }

    /** The browser comes back to the callback with the cookie it holds. */
    const callback = (url: string, cookie: string) =>
      s.app.inject({ method: 'GET', url: url.slice(PUBLIC_URL.length), headers: { cookie } });

    async function signIn(login: string, returnTo?: string) {
      const started = await start(returnTo);
      const back = await signInAtIdp(started.location, login);
      assert.ok(back.startsWith(CALLBACK), back);
      return callback(back, started.cookie);
    }

    const sessionCookieOf = (response: { headers: Record<string, unknown> }) => {
      const cookies = [response.headers['set-cookie']].flat().map(String);
      return cookies.find((line) => line.startsWith('latchkey_session='))?.split(';')[0];
    };

    const refusedWith = (
      response: { statusCode: number; headers: Record<string, unknown> },
      code: string,
    ) => {
      assert.equal(response.statusCode, 302);
      assert.equal(response.headers.location, `/console/?sso_error=${code}`);
      assert.equal(sessionCookieOf(response), undefined);
    };

    test('the provider answers whether a client secret is set, never the secret, and the audit log neither', async () => {
      const shown = await s.call('GET', `/v0/admin/identity-providers/${providerId}`, adminSession);
      assert.equal(shown.json().client_secret_set, true);
      assert.equal(shown.json().sign_in, true);
      assert.deepEqual(shown.json().jit_domains, ['jit.example']);
      assert.ok(!shown.body.includes(idp.clientSecret));
      const events = await auditEvents(s, { actions: ['identity_provider.created'] });
      assert.ok(!JSON.stringify(events).includes(idp.clientSecret));
      assert.equal(events[0]?.changes?.client_secret_set, true);
      const stored = await s.ctx.db
        .selectFrom('identityProviders')
        .select('clientSecret')
        .executeTakeFirstOrThrow();
      assert.ok(!String(stored.clientSecret).includes(idp.clientSecret), 'sealed at rest');
    });

    test('the console lists the providers people sign in through, by id and name only', async () => {
      const response = await s.app.inject({ method: 'GET', url: '/v0/auth/sso/providers' });
      assert.deepEqual(response.json(), [{ id: providerId, name: 'Test IdP' }]);
    });

    test('start redirects to the authorization endpoint with PKCE S256, state and nonce', async () => {
      const { location, cookie } = await start();
      const url = new URL(location);
      assert.equal(url.origin, idp.issuer);
      assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
      assert.ok(url.searchParams.get('code_challenge'));
      assert.ok(url.searchParams.get('nonce'));
      assert.equal(url.searchParams.get('redirect_uri'), CALLBACK);
      assert.ok(cookie.startsWith(`latchkey_sso=${url.searchParams.get('state')}.`));
    });

    test('an existing user signs in, is bound by issuer and subject, and lands on the console signed in', async () => {
      const response = await signIn('alice@example.com');
      assert.equal(response.statusCode, 302, response.body);
      assert.equal(response.headers.location, '/console/');
      const session = sessionCookieOf(response);
      assert.ok(session);
      const check = await s.app.inject({
        method: 'GET',
        url: '/v0/console/session',
        headers: { cookie: session },
      });
      assert.equal(check.json().signed_in, true);
      assert.equal(check.json().user.uuid, alice.id);
      const binding = await s.ctx.oidc.boundUser(idp.issuer, 'sub-alice@example.com');
      assert.equal(binding, alice.id);
    });

    test('a safe return path is kept; another origin or app is replaced by /console/', async () => {
      assert.equal((await signIn('alice@example.com', '/console/keys')).headers.location, '/console/keys');
      assert.equal((await signIn('alice@example.com', '//evil.example/x')).headers.location, '/console/');
      assert.equal(
        (await signIn('alice@example.com', 'https://evil.example/')).headers.location,
        '/console/',
      );
      assert.equal((await signIn('alice@example.com', '/v0/admin/users')).headers.location, '/console/');
    });

    test('a person from an allowed domain gets a user just in time, without a password', async () => {
      const response = await signIn('bob@jit.example');
      assert.ok(sessionCookieOf(response), String(response.headers.location));
      const bob = await s.ctx.users.findByEmail('bob@jit.example');
      assert.ok(bob);
      assert.equal(bob.passwordHash, null);
      assert.equal(bob.role, 'user');
    });

    test('an unknown domain is refused, and nobody is created', async () => {
      refusedWith(await signIn('carol@elsewhere.example'), 'sso_no_account');
      assert.equal(await s.ctx.users.findByEmail('carol@elsewhere.example'), undefined);
    });

    test('an unverified email is refused', async () => {
      idp.accounts.set('dave@jit.example', { email_verified: false });
      refusedWith(await signIn('dave@jit.example'), 'sso_email_unverified');
      assert.equal(await s.ctx.users.findByEmail('dave@jit.example'), undefined);
    });

    test('a callback with another browser’s state is refused (login CSRF)', async () => {
      const mine = await start();
      const theirs = await start();
      const back = await signInAtIdp(theirs.location, 'alice@example.com');
      refusedWith(await callback(back, mine.cookie), 'sso_state_invalid');
      refusedWith(await callback(back, ''), 'sso_state_invalid');
    });

    test('a callback replayed is refused', async () => {
      const started = await start();
      const back = await signInAtIdp(started.location, 'alice@example.com');
      assert.ok(sessionCookieOf(await callback(back, started.cookie)));
      refusedWith(await callback(back, started.cookie), 'sso_state_invalid');
    });

    test('an id token whose nonce is not the one sent is refused', async () => {
      const started = await start();
      await s.ctx.db
        .updateTable('ssoAttempts')
        .set({ nonce: 'another-nonce' })
        .where('usedAt', 'is', null)
        .execute();
      const back = await signInAtIdp(started.location, 'alice@example.com');
      refusedWith(await callback(back, started.cookie), 'sso_nonce_mismatch');
    });

    test('an expired attempt is refused', async () => {
      const started = await start();
      const back = await signInAtIdp(started.location, 'alice@example.com');
      s.clock.advance(11 * 60_000);
      refusedWith(await callback(back, started.cookie), 'sso_state_invalid');
    });

    test('a suspended user is refused', async () => {
      const erin = await s.createUser({ slug: 'erin', email: 'erin@example.com' });
      const suspended = await s.call('PATCH', `/v0/users/${erin.id}`, adminSession, { suspended: true });
      assert.equal(suspended.statusCode, 200, suspended.body);
      refusedWith(await signIn('erin@example.com'), 'sso_suspended');
    });

    test('a user with a second factor is refused unless the provider says it checked one (amr)', async () => {
      const frank = await s.createUser({ slug: 'frank', email: 'frank@example.com' });
      await enrolTotp(s, await s.login(frank.email));
      refusedWith(await signIn('frank@example.com'), 'sso_mfa_required');
    });

    /** The user's newest session: whether it proved a factor and whether it may only enrol. */
    const newestSession = async (userId: string) =>
      s.ctx.db
        .selectFrom('sessions')
        .select(['factorAt', 'enrolmentRequiredAt'])
        .where('userId', '=', userId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();

    test('a user with a second factor signs in when the provider says it checked one, and needs no step-up', async () => {
      const gail = await s.createUser({ slug: 'gail', email: 'gail@example.com' });
      await enrolTotp(s, await s.login(gail.email));
      idp.amr.set('gail@example.com', ['pwd', 'mfa']);
      const response = await signIn('gail@example.com');
      const cookie = sessionCookieOf(response);
      assert.ok(cookie, String(response.headers.location));
      const session = await newestSession(gail.id);
      assert.equal(session.factorAt, s.clock.now(), 'the provider’s factor counts as proved at sign-in');
      assert.equal(session.enrolmentRequiredAt, null);
      const [signedIn] = await auditEvents(s, { actions: ['session.signed_in'], targetId: gail.id });
      assert.equal(signedIn?.changes?.factor, 'identity_provider');
    });

    test('require_mfa: the provider’s factor meets it; a provider that checked only a password leaves enrolment to do', async () => {
      const policy = async (requireMfa: string) => {
        const response = await s.call('PATCH', '/v0/admin/settings', adminSession, {
          require_mfa: requireMfa,
        });
        assert.equal(response.statusCode, 200, response.body);
      };
      await policy('everyone');
      try {
        idp.amr.set('hal@jit.example', ['pwd', 'otp']);
        assert.ok(sessionCookieOf(await signIn('hal@jit.example')));
        const hal = await s.ctx.users.findByEmail('hal@jit.example');
        assert.ok(hal);
        assert.equal((await newestSession(hal.id)).enrolmentRequiredAt, null);

        idp.amr.set('ivy@jit.example', ['pwd']);
        assert.ok(sessionCookieOf(await signIn('ivy@jit.example')));
        const ivy = await s.ctx.users.findByEmail('ivy@jit.example');
        assert.ok(ivy);
        const session = await newestSession(ivy.id);
        assert.ok(session.enrolmentRequiredAt !== null, 'the session may only enrol a factor');
        assert.equal(session.factorAt, null);
      } finally {
        await policy('none');
      }
    });

    test('every refusal is audited as a failed sign-in through the provider', async () => {
      const failed = await auditEvents(s, { actions: ['session.sign_in_failed'] });
      const reasons = new Set(failed.map((event) => event.changes?.reason));
      for (const reason of [
        'sso_no_account',
        'sso_email_unverified',
        'sso_state_invalid',
        'sso_nonce_mismatch',
        'sso_suspended',
        'sso_mfa_required',
      ])
        assert.ok(reasons.has(reason), reason);
      for (const event of failed.filter((each) => String(each.changes?.reason).startsWith('sso_')))
        assert.equal(event.changes?.via, 'sso');
    });

    test('a provider not marked for sign-in refuses to start', async () => {
      const patched = await s.call('PATCH', `/v0/admin/identity-providers/${providerId}`, adminSession, {
        sign_in: false,
      });
      assert.equal(patched.statusCode, 200, patched.body);
      const response = await s.app.inject({ method: 'GET', url: `/v0/auth/sso/${providerId}/start` });
      refusedWith(response, 'sso_not_enabled');
      const listed = await s.app.inject({ method: 'GET', url: '/v0/auth/sso/providers' });
      assert.deepEqual(listed.json(), []);
    });

    test('sign-in needs a client id and secret', async () => {
      const response = await s.call('PATCH', `/v0/admin/identity-providers/${providerId}`, adminSession, {
        sign_in: true,
        client_secret: null,
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.json().error.message, /client_secret/);
    });
  });

  describe(`single sign-on failures are counted by the sign-in throttle (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_PUBLIC_URL: PUBLIC_URL, LATCHKEY_AUTH_FAILURE_LIMIT: '3' },
      });
    });
    after(() => s.close());

    test('after the limit of failed callbacks the address is refused, through the provider and with a password', async () => {
      const user = await s.createUser();
      const callback = () =>
        s.app.inject({ method: 'GET', url: '/v0/auth/sso/callback?state=forged&code=forged' });
      for (let attempt = 0; attempt < 3; attempt++)
        assert.equal((await callback()).headers.location, '/console/?sso_error=sso_state_invalid');
      assert.equal((await callback()).headers.location, '/console/?sso_error=throttled');
      // One throttle for every way of signing in: the password is refused too, before it is checked.
      const password = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      assert.equal(password.statusCode, 429, password.body);
      // Another address is not held back.
      const elsewhere = await s.app.inject({
        method: 'GET',
        url: '/v0/auth/sso/callback?state=forged&code=forged',
        remoteAddress: '127.0.0.2',
      });
      assert.equal(elsewhere.headers.location, '/console/?sso_error=sso_state_invalid');
    });
  });
}
