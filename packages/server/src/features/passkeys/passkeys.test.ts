// Passkeys end to end with Chromium's virtual authenticator: register, sign in without a password, answer
// the second step of a password sign-in, remove; replays, other origins and a counter going back refused.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  bearer,
  DIALECTS,
  LOOPBACK_OUTBOUND,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../test/harness.ts';
import { type Enrolled, enrolTotp, signInWithFactor } from '../../test/mfa-helpers.ts';
import { freePort } from '../../test/processes.ts';
import {
  blankOrigin,
  CHROMIUM,
  launchWithAuthenticator,
  type VirtualAuthenticator,
} from '../../test/webauthn.ts';

const skip = existsSync(CHROMIUM) || process.env.CI ? undefined : `${CHROMIUM} is missing`;

for (const dialect of DIALECTS) {
  describe(`passkeys in chromium (${dialect})`, { skip }, () => {
    let s: TestServer;
    let browser: VirtualAuthenticator;
    let publicUrl: string;
    let elsewhere: { url: string; close(): Promise<void> };
    let email: string;
    let session: string;
    let rootEmail: string;
    let rootFactor: Enrolled;

    before(async () => {
      const port = await freePort();
      publicUrl = `http://localhost:${port}`;
      s = await startTestServer(dialect, { env: { LATCHKEY_PUBLIC_URL: publicUrl, ...LOOPBACK_OUTBOUND } });
      await s.app.listen({ host: '127.0.0.1', port });
      browser = await launchWithAuthenticator();
      elsewhere = await blankOrigin();
      await browser.open(`${publicUrl}/v0/health`);
      email = (await s.createUser()).email;
      session = await s.login(email);
      // An administrator with a factor (administrator writes need a recent one), and an endpoint for the
      // factor events: what is queued for it is what webhooks receive.
      rootEmail = (await s.createUser({ slug: 'root', admin: true })).email;
      const rootSession = await s.login(rootEmail);
      rootFactor = await enrolTotp(s, rootSession);
      const hook = await s.call('POST', '/v0/admin/webhooks', await admin(), {
        url: 'http://127.0.0.1:9/hook',
        events: ['user.mfa_enrolled', 'user.mfa_removed', 'user.mfa_reset'],
      });
      assert.equal(hook.statusCode, 201, hook.body);
    });
    after(async () => {
      await browser?.close();
      await elsewhere?.close();
      await s?.close();
    });

    const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      s.app.inject({ method: 'POST', url, payload: payload as object, headers });
    const audited = async (action: string) =>
      (await s.ctx.db.selectFrom('auditEvents').selectAll().where('action', '=', action).execute()).map(
        (row) => JSON.parse(String(row.changes ?? '{}')),
      );
    const passwordStep = async () => {
      const first = await post('/v0/auth/login', { email, password: TEST_PASSWORD });
      assert.equal(first.statusCode, 200, first.body);
      return first.json();
    };
    const admin = () => signInWithFactor(s, rootEmail, TEST_PASSWORD, rootFactor.seed);
    /** The factor events queued for the webhook endpoint about the user with this email: [type, method]. */
    const factorEvents = async (who: string) =>
      (await s.ctx.db.selectFrom('webhookDeliveries').select(['eventType', 'payload']).execute())
        .map((row) => JSON.parse(String(row.payload)))
        .filter((body) => body.data?.user?.email === who)
        .map((body) => [body.type, body.data.method])
        // Delivery rows come back in no set order: the events are compared as a sorted list.
        .sort((a, b) => String(a).localeCompare(String(b)));
    const registerPasskey = async (token: string, name: string) => {
      const options = await s.call('POST', '/v0/auth/passkeys/options', token);
      assert.equal(options.statusCode, 200, options.body);
      const credential = await browser.create(options.json());
      const registered = await s.call('POST', '/v0/auth/passkeys', token, { name, credential });
      assert.equal(registered.statusCode, 201, registered.body);
      credentialIds.set(registered.json().uuid, String(credential.id));
      return registered.json().uuid as string;
    };
    /** The authenticator's credential id of each passkey registered here, by the passkey's UUID. */
    const credentialIds = new Map<string, string>();
    /**
     * A password-less assertion. The one authenticator holds every user's passkeys made so far: `only` names the
     * one to answer with, as a browser offered a single credential would (otherwise it picks one itself).
     */
    const passwordless = async (only?: string) => {
      const options = await post('/v0/auth/login/passkey/options', {});
      assert.equal(options.statusCode, 200, options.body);
      const offered = only === undefined ? [] : [{ id: only, type: 'public-key' }];
      return browser.get({
        ...(options.json() as Record<string, unknown>),
        ...(only === undefined ? {} : { allowCredentials: offered }),
      });
    };

    let passkeyId: string;

    test('a signed-in user registers a passkey; it is listed and audited', async () => {
      const options = await s.call('POST', '/v0/auth/passkeys/options', session);
      assert.equal(options.statusCode, 200, options.body);
      assert.equal(options.json().rp.id, 'localhost');
      const credential = await browser.create(options.json());
      const registered = await s.call('POST', '/v0/auth/passkeys', session, { name: 'Laptop', credential });
      assert.equal(registered.statusCode, 201, registered.body);
      passkeyId = registered.json().uuid;
      // The challenge was used: the same answer again registers nothing.
      const again = await s.call('POST', '/v0/auth/passkeys', session, { name: 'Again', credential });
      assert.equal(again.statusCode, 400, again.body);
      const listed = await s.call('GET', '/v0/auth/passkeys', session);
      assert.deepEqual(
        listed.json().map((row: { name: string }) => row.name),
        ['Laptop'],
      );
      assert.ok((await audited('user.mfa_enrolled')).some((changes) => changes.passkey === passkeyId));
      assert.deepEqual(await factorEvents(email), [['user.mfa_enrolled', 'passkey']]);
    });

    test('a key cannot register a passkey: only a signed-in session', async () => {
      const { key } = await s.createKey(session, (await s.ctx.users.findByEmail(email))?.slug ?? '');
      const refused = await s.call('POST', '/v0/auth/passkeys/options', key);
      assert.equal(refused.statusCode, 403, refused.body);
    });

    test('the passkey alone signs in (password-less), once per challenge', async () => {
      const assertion = await passwordless();
      const signedIn = await post('/v0/auth/login/passkey', { credential: assertion });
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      const whoami = await s.app.inject({
        method: 'GET',
        url: '/v0/auth/whoami',
        headers: bearer(signedIn.json().token),
      });
      assert.equal(whoami.json().principal.email, email);
      const replayed = await post('/v0/auth/login/passkey', { credential: assertion });
      assert.equal(replayed.statusCode, 401, replayed.body);
      assert.equal(replayed.json().error.code, 'passkey_invalid');
      assert.ok((await audited('user.passkey_used')).some((changes) => changes.purpose === 'sign_in'));
    });

    test('the console signs in with a passkey from its own origin only', async () => {
      const assertion = await passwordless();
      const foreign = await post(
        '/v0/console/session/passkey',
        { credential: assertion },
        { origin: 'http://attacker.example' },
      );
      assert.equal(foreign.statusCode, 403, foreign.body);
      const own = await post('/v0/console/session/passkey', { credential: assertion }, { origin: publicUrl });
      assert.equal(own.statusCode, 200, own.body);
      assert.match(String(own.headers['set-cookie']), /HttpOnly/);
    });

    test('an assertion made on another origin is refused, though the authenticator signed it', async () => {
      const options = await post('/v0/auth/login/passkey/options', {});
      await browser.open(elsewhere.url);
      try {
        // rpId "localhost" is valid for http://localhost:OTHER: only the server's origin check stands.
        const assertion = await browser.get(options.json());
        const refused = await post('/v0/auth/login/passkey', { credential: assertion });
        assert.equal(refused.statusCode, 401, refused.body);
        assert.equal(refused.json().error.code, 'passkey_invalid');
      } finally {
        await browser.open(`${publicUrl}/v0/health`);
      }
      assert.ok(
        (await audited('session.sign_in_failed')).some((changes) => changes.reason === 'passkey_refused'),
      );
    });

    test('a password sign-in then needs a second step, which the passkey answers', async () => {
      const first = await passwordStep();
      assert.equal(first.mfa_required, true);
      assert.deepEqual(first.methods, ['passkey']);
      assert.equal(first.passkey_options.allowCredentials.length, 1);
      const assertion = await browser.get(first.passkey_options);
      const second = await post('/v0/auth/login/mfa', { challenge: first.challenge, passkey: assertion });
      assert.equal(second.statusCode, 200, second.body);
      assert.ok(second.json().token);
      // Its WebAuthn challenge was used too: the same assertion on a new password step is refused.
      const next = await passwordStep();
      const replayed = await post('/v0/auth/login/mfa', { challenge: next.challenge, passkey: assertion });
      assert.equal(replayed.statusCode, 401, replayed.body);
      assert.equal(replayed.json().error.code, 'mfa_code_invalid');
      assert.ok((await audited('session.mfa_failed')).some((changes) => changes.method === 'passkey'));
    });

    test('a password-less challenge does not answer a second step (nor the other way round)', async () => {
      const assertion = await passwordless();
      const first = await passwordStep();
      const refused = await post('/v0/auth/login/mfa', { challenge: first.challenge, passkey: assertion });
      assert.equal(refused.statusCode, 401, refused.body);
      const mfaAssertion = await browser.get(first.passkey_options);
      const crossed = await post('/v0/auth/login/passkey', { credential: mfaAssertion });
      assert.equal(crossed.statusCode, 401, crossed.body);
    });

    test('a signature counter that does not move forward is refused (a cloned authenticator)', async () => {
      const row = await s.ctx.db
        .selectFrom('passkeys')
        .selectAll()
        .where('id', '=', passkeyId)
        .executeTakeFirstOrThrow();
      assert.ok(row.counter > 0, 'the virtual authenticator counts its signatures');
      await s.ctx.db
        .updateTable('passkeys')
        .set({ counter: row.counter + 1000 })
        .where('id', '=', passkeyId)
        .execute();
      try {
        const refused = await post('/v0/auth/login/passkey', { credential: await passwordless() });
        assert.equal(refused.statusCode, 401, refused.body);
      } finally {
        await s.ctx.db
          .updateTable('passkeys')
          .set({ counter: row.counter })
          .where('id', '=', passkeyId)
          .execute();
      }
    });

    test('another user cannot remove the passkey; its owner can, and it signs in no more', async () => {
      const other = await s.login((await s.createUser()).email);
      const foreign = await s.call('DELETE', `/v0/auth/passkeys/${passkeyId}`, other);
      assert.equal(foreign.statusCode, 404, foreign.body);
      const assertion = await passwordless();
      const removed = await s.call('DELETE', `/v0/auth/passkeys/${passkeyId}`, session);
      assert.equal(removed.statusCode, 204, removed.body);
      assert.deepEqual((await s.call('GET', '/v0/auth/passkeys', session)).json(), []);
      const refused = await post('/v0/auth/login/passkey', { credential: assertion });
      assert.equal(refused.statusCode, 401, refused.body);
      const first = await passwordStep();
      assert.ok(first.token, 'no second factor is owed any more');
      assert.ok((await audited('user.mfa_removed')).some((changes) => changes.passkey === passkeyId));
      assert.deepEqual(await factorEvents(email), [
        ['user.mfa_enrolled', 'passkey'],
        ['user.mfa_removed', 'passkey'],
      ]);
    });

    test('a user the policy sends to enrolment may make a passkey their factor, and nothing else first', async () => {
      const setPolicy = async (requireMfa: string) => {
        const changed = await s.call('PATCH', '/v0/admin/settings', await admin(), {
          require_mfa: requireMfa,
        });
        assert.equal(changed.statusCode, 200, changed.body);
      };
      const user = await s.createUser();
      await setPolicy('everyone');
      try {
        const enrolling = await s.login(user.email);
        const refused = await s.call('GET', `/v0/users/${user.slug}`, enrolling);
        assert.equal(refused.json().error.code, 'mfa_enrolment_required', refused.body);
        assert.deepEqual((await s.call('GET', '/v0/auth/passkeys', enrolling)).json(), []);
        await registerPasskey(enrolling, 'Enrolled');
        const open = await s.call('GET', `/v0/users/${user.slug}`, enrolling);
        assert.equal(open.statusCode, 200, open.body);
        // Its next password sign-in asks for the passkey.
        const next = await post('/v0/auth/login', { email: user.email, password: TEST_PASSWORD });
        assert.deepEqual(next.json().methods, ['passkey']);
      } finally {
        await setPolicy('none');
      }
    });

    test('an administrator’s reset removes the user’s passkeys too: audited, an event, sessions end', async () => {
      const user = await s.createUser();
      const own = await s.login(user.email);
      const phone = await registerPasskey(own, 'Phone');
      const assertion = await passwordless(credentialIds.get(phone));
      const reset = await s.call('DELETE', `/v0/users/${user.slug}/mfa`, await admin());
      assert.equal(reset.statusCode, 204, reset.body);
      assert.equal((await s.call('GET', '/v0/auth/whoami', own)).statusCode, 401, 'the session ended');
      const rows = await s.ctx.db.selectFrom('passkeys').select('id').where('userId', '=', user.id).execute();
      assert.deepEqual(rows, []);
      const refused = await post('/v0/auth/login/passkey', { credential: assertion });
      assert.equal(refused.statusCode, 401, refused.body);
      // The password alone signs in again, with no second step.
      assert.ok((await post('/v0/auth/login', { email: user.email, password: TEST_PASSWORD })).json().token);
      const audit = await s.ctx.db
        .selectFrom('auditEvents')
        .select(['targetId', 'changes'])
        .where('action', '=', 'user.mfa_reset')
        .execute();
      assert.deepEqual(
        audit.map((row) => [row.targetId, JSON.parse(String(row.changes))]),
        [[user.id, { totp: false, passkeys: 1 }]],
      );
      assert.deepEqual(await factorEvents(user.email), [
        ['user.mfa_enrolled', 'passkey'],
        ['user.mfa_reset', 'all'],
      ]);
    });

    test('failed passkey sign-ins count against the address’s throttle', async () => {
      let last = 0;
      for (let attempt = 0; attempt < 30 && last !== 429; attempt++) {
        const options = (await post('/v0/auth/login/passkey/options', {})).json();
        const forged = {
          id: 'AAAA',
          rawId: 'AAAA',
          type: 'public-key',
          clientExtensionResults: {},
          response: { clientDataJSON: 'AAAA', authenticatorData: 'AAAA', signature: 'AAAA' },
        };
        assert.ok(options.challenge);
        last = (await post('/v0/auth/login/passkey', { credential: forged })).statusCode;
        assert.ok(last === 401 || last === 429, String(last));
      }
      assert.equal(last, 429);
    });
  });
}
