// The second factor as an attacker meets it: keys cannot enrol or remove it, the console cannot skip it,
// and guesses hit the sign-in throttle however often the password is entered again.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { bearer, DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';
import { challengeFor, type Enrolled, enrolTotp, nextStep, secondStep } from '../../test/mfa-helpers.ts';
import { pyotpAt } from '../../test/totp.ts';

const HOST = 'console.test:7420';
const ORIGIN = `http://${HOST}`;
const ACCOUNT_LIMIT = 3;

for (const dialect of DIALECTS) {
  describe(`TOTP second factor, as an attacker meets it (${dialect})`, () => {
    let s: TestServer;
    let ada: UserRow;
    let session: string;
    let key: string;
    let sessionKey: string;
    let enrolled: Enrolled;

    before(async () => {
      s = await startTestServer(dialect, {
        env: { LATCHKEY_AUTH_ACCOUNT_FAILURE_LIMIT: String(ACCOUNT_LIMIT) },
      });
      ada = await s.createUser({ slug: 'ada', email: 'ada@example.com' });
      // Signed in from this address before: the throttle knows it for the account.
      session = await s.login(ada.email);
      key = (await s.createKey(session, 'ada')).key;
      sessionKey = (await s.call('POST', '/v0/auth/session-keys', session)).json().key;
    });
    after(() => s.close());
    beforeEach(() => nextStep(s));

    test('neither an API key nor a session key can enrol, confirm or remove a factor (403)', async () => {
      for (const secret of [key, sessionKey]) {
        for (const [method, url, body] of [
          ['POST', '/v0/auth/mfa/totp', undefined],
          ['POST', '/v0/auth/mfa/totp/confirm', { code: '123456' }],
          ['DELETE', '/v0/auth/mfa/totp', { code: '123456' }],
        ] as const) {
          const response = await s.call(method, url, secret, body);
          assert.equal(response.statusCode, 403, `${method} ${url}: ${response.body}`);
        }
      }
      enrolled = await enrolTotp(s, session);
      const removal = await s.call('DELETE', '/v0/auth/mfa/totp', key, {
        code: pyotpAt(enrolled.seed, s.clock.now() + 30_000),
      });
      assert.equal(removal.statusCode, 403, 'not even with a right code');
      assert.equal((await s.call('GET', '/v0/auth/mfa', session)).json().totp, true);
    });

    test('keys and sessions made before enrolment keep working: the factor guards sign-in', async () => {
      for (const secret of [key, sessionKey, session]) {
        const whoami = await s.app.inject({ url: '/v0/auth/whoami', headers: bearer(secret) });
        assert.equal(whoami.statusCode, 200);
      }
    });

    test('the console sign-in answers mfa_required and sets no cookie; only its second step does', async () => {
      const post = (url: string, payload: object) =>
        s.app.inject({ method: 'POST', url, headers: { host: HOST, origin: ORIGIN }, payload });
      const first = await post('/v0/console/session', { email: ada.email, password: TEST_PASSWORD });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.json().mfa_required, true);
      assert.equal(first.headers['set-cookie'], undefined, 'no session cookie before the second factor');
      assert.equal(first.json().csrf_token, undefined);
      const wrong = await post('/v0/console/session/mfa', {
        challenge: first.json().challenge,
        code: '000000',
      });
      assert.equal(wrong.statusCode, 401);
      assert.equal(wrong.headers['set-cookie'], undefined);
      const crossSite = await s.app.inject({
        method: 'POST',
        url: '/v0/console/session/mfa',
        headers: { host: HOST, origin: 'https://evil.example' },
        payload: { challenge: first.json().challenge, code: pyotpAt(enrolled.seed, s.clock.now()) },
      });
      assert.equal(crossSite.statusCode, 403, 'a cross-site form cannot finish the sign-in');
      const done = await post('/v0/console/session/mfa', {
        challenge: first.json().challenge,
        code: pyotpAt(enrolled.seed, s.clock.now()),
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.match(String(done.headers['set-cookie']), /^latchkey_session=eyJ/);
      assert.equal(done.json().user.slug, 'ada');
    });

    test('wrong codes hit the account throttle (429) though the password is entered afresh each time, and then even the right code waits', async () => {
      const held = await challengeFor(s, ada.email, TEST_PASSWORD);
      let refusal: Awaited<ReturnType<typeof secondStep>> | undefined;
      for (let round = 0; round < 20 && !refusal; round++) {
        const login = await s.app.inject({
          method: 'POST',
          url: '/v0/auth/login',
          payload: { email: ada.email, password: TEST_PASSWORD },
        });
        if (login.statusCode === 429) refusal = login;
        else {
          const guess = await secondStep(s, { challenge: login.json().challenge, code: '000000' });
          if (guess.statusCode === 429) refusal = guess;
          else assert.equal(guess.statusCode, 401);
        }
      }
      assert.ok(refusal, 'a right password must not give a known address fresh guesses at the code');
      assert.equal(refusal.json().error.code, 'rate_limited');
      assert.ok(Number(refusal.headers['retry-after']) >= 1);
      const right = await secondStep(s, { challenge: held, code: pyotpAt(enrolled.seed, s.clock.now()) });
      assert.equal(right.statusCode, 429, 'the account waits for every check');
    });
  });
}
