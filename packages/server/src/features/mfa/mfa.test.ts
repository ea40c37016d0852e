// TOTP second factor: enrolment, the two-step sign-in, the code window, replay, recovery codes, challenges.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { bearer, DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';
import { challengeFor, type Enrolled, enrolTotp, nextStep, secondStep } from '../../test/mfa-helpers.ts';
import { pyotpAt } from '../../test/totp.ts';

for (const dialect of DIALECTS) {
  describe(`TOTP second factor (${dialect})`, () => {
    let s: TestServer;
    let ada: UserRow;
    let session: string;
    let enrolled: Enrolled;

    before(async () => {
      s = await startTestServer(dialect);
      ada = await s.createUser({ slug: 'ada', email: 'ada+mfa@example.com' });
      session = await s.login(ada.email);
    });
    after(() => s.close());
    beforeEach(() => nextStep(s));

    const actionsOf = async (action: string) =>
      (await s.ctx.db.selectFrom('auditEvents').select('action').where('action', '=', action).execute())
        .length;

    test('enrolment answers an otpauth URI and an SVG QR code, and guards nothing until a first code confirms it', async () => {
      const started = await s.call('POST', '/v0/auth/mfa/totp', session);
      assert.equal(started.statusCode, 200, started.body);
      assert.equal(started.headers['cache-control'], 'no-store');
      const { otpauth_uri: uri, qr_code: qr, secret } = started.json();
      const parsed = new URL(uri);
      assert.equal(parsed.protocol, 'otpauth:');
      assert.equal(parsed.host, 'totp');
      assert.equal(decodeURIComponent(parsed.pathname), '/Latchkey:ada+mfa@example.com');
      assert.equal(parsed.searchParams.get('issuer'), 'Latchkey');
      assert.equal(parsed.searchParams.get('algorithm'), 'SHA1');
      assert.equal(parsed.searchParams.get('digits'), '6');
      assert.equal(parsed.searchParams.get('period'), '30');
      assert.equal(parsed.searchParams.get('secret'), secret);
      assert.match(secret, /^[A-Z2-7]{32}$/);
      assert.match(qr, /^data:image\/svg\+xml;base64,/);
      assert.match(Buffer.from(qr.split(',')[1], 'base64').toString('utf8'), /^<svg[^>]*>.*<path/s);

      // Not confirmed: the password alone still signs in.
      assert.ok(await s.login(ada.email));
      const wrong = await s.call('POST', '/v0/auth/mfa/totp/confirm', session, { code: '000000' });
      assert.equal(wrong.statusCode, 400, wrong.body);
      assert.match(wrong.json().error.message, /^code: /);
      assert.equal((await s.call('GET', '/v0/auth/mfa', session)).json().totp, false);
    });

    test('a first code from an independent generator confirms it; ten recovery codes are shown once and stored hashed', async () => {
      enrolled = await enrolTotp(s, session);
      assert.equal(enrolled.recoveryCodes.length, 10);
      assert.equal(new Set(enrolled.recoveryCodes).size, 10);
      for (const code of enrolled.recoveryCodes) assert.match(code, /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
      const stored = await s.ctx.db
        .selectFrom('recoveryCodes')
        .select('hash')
        .where('userId', '=', ada.id)
        .execute();
      const hashes = new Set(stored.map((row) => row.hash));
      for (const code of enrolled.recoveryCodes)
        assert.ok(hashes.has(createHash('sha256').update(code.replaceAll('-', '')).digest('hex')));
      const status = (await s.call('GET', '/v0/auth/mfa', session)).json();
      assert.equal(status.totp, true);
      assert.equal(status.recovery_codes_left, 10);
      assert.equal(await actionsOf('user.mfa_enrolled'), 1);
      const again = await s.call('POST', '/v0/auth/mfa/totp', session);
      assert.equal(again.statusCode, 409, 'a confirmed factor is not replaced by a new enrolment');
    });

    test('sign-in then answers mfa_required with a challenge and no session; the code completes it', async () => {
      const first = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        payload: { email: ada.email, password: TEST_PASSWORD },
      });
      assert.equal(first.statusCode, 200);
      const body = first.json();
      assert.deepEqual(Object.keys(body).sort(), ['challenge', 'expiration', 'methods', 'mfa_required']);
      assert.deepEqual(body.methods, ['totp', 'recovery_code']);
      assert.equal(body.expiration, new Date(s.clock.now() + 300_000).toISOString());
      const wrongPassword = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        payload: { email: ada.email, password: 'not the password' },
      });
      assert.equal(wrongPassword.statusCode, 401, 'a wrong password gets no challenge');

      const done = await secondStep(s, {
        challenge: body.challenge,
        code: pyotpAt(enrolled.seed, s.clock.now()),
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().user.slug, 'ada');
      const whoami = await s.app.inject({ url: '/v0/auth/whoami', headers: bearer(done.json().token) });
      assert.equal(whoami.json().credential.kind, 'session');
    });

    test('a wrong code is refused with 401 mfa_code_invalid, and a used code cannot be replayed within its window', async () => {
      const challenge = await challengeFor(s, ada.email, TEST_PASSWORD);
      const wrong = await secondStep(s, {
        challenge,
        code: '123456' === pyotpAt(enrolled.seed, s.clock.now()) ? '654321' : '123456',
      });
      assert.equal(wrong.statusCode, 401);
      assert.equal(wrong.json().error.code, 'mfa_code_invalid');
      const code = pyotpAt(enrolled.seed, s.clock.now());
      assert.equal(
        (await secondStep(s, { challenge, code })).statusCode,
        200,
        'the same challenge after one wrong code',
      );

      s.clock.advance(20_000);
      const replayed = await secondStep(s, {
        challenge: await challengeFor(s, ada.email, TEST_PASSWORD),
        code,
      });
      assert.equal(replayed.statusCode, 401, 'the same code again, still inside its window');
      assert.equal(replayed.json().error.code, 'mfa_code_invalid');
      assert.ok((await actionsOf('session.mfa_failed')) >= 2);
    });

    test('codes one step either side are accepted; two steps away they are refused', async () => {
      // Two steps on from the last code used, so the step before this one is unused.
      nextStep(s);
      const now = s.clock.now();
      const attempt = async (offsetSteps: number) =>
        (
          await secondStep(s, {
            challenge: await challengeFor(s, ada.email, TEST_PASSWORD),
            code: pyotpAt(enrolled.seed, now + offsetSteps * 30_000),
          })
        ).statusCode;
      assert.equal(await attempt(-2), 401);
      assert.equal(await attempt(2), 401);
      assert.equal(await attempt(-1), 200);
      assert.equal(await attempt(1), 200);
      // The step after the last one used is spent: the current one is older, so a replay too.
      assert.equal(await attempt(0), 401);
    });

    test('a recovery code works once, typed in any case, then never again', async () => {
      const code = enrolled.recoveryCodes[0] ?? '';
      const used = await secondStep(s, {
        challenge: await challengeFor(s, ada.email, TEST_PASSWORD),
        recovery_code: ` ${code.toUpperCase()} `,
      });
      assert.equal(used.statusCode, 200, used.body);
      assert.equal(await actionsOf('user.recovery_code_used'), 1);
      const again = await secondStep(s, {
        challenge: await challengeFor(s, ada.email, TEST_PASSWORD),
        recovery_code: code,
      });
      assert.equal(again.statusCode, 401);
      assert.equal(again.json().error.code, 'mfa_code_invalid');
      assert.equal((await s.call('GET', '/v0/auth/mfa', session)).json().recovery_codes_left, 9);
    });

    test('a challenge works once, ends after five wrong answers, and expires after five minutes', async () => {
      const challenge = await challengeFor(s, ada.email, TEST_PASSWORD);
      assert.equal(
        (await secondStep(s, { challenge, code: pyotpAt(enrolled.seed, s.clock.now()) })).statusCode,
        200,
      );
      nextStep(s);
      const reused = await secondStep(s, { challenge, code: pyotpAt(enrolled.seed, s.clock.now()) });
      assert.equal(reused.statusCode, 401);
      assert.equal(reused.json().error.code, 'mfa_challenge_invalid');

      const guessed = await challengeFor(s, ada.email, TEST_PASSWORD);
      for (let i = 0; i < 5; i++)
        assert.equal((await secondStep(s, { challenge: guessed, code: '000000' })).statusCode, 401);
      const afterGuesses = await secondStep(s, {
        challenge: guessed,
        code: pyotpAt(enrolled.seed, s.clock.now()),
      });
      assert.equal(afterGuesses.json().error.code, 'mfa_challenge_invalid');

      const late = await challengeFor(s, ada.email, TEST_PASSWORD);
      s.clock.advance(300_000);
      const expired = await secondStep(s, { challenge: late, code: pyotpAt(enrolled.seed, s.clock.now()) });
      assert.equal(expired.statusCode, 401);
      assert.equal(expired.json().error.code, 'mfa_challenge_expired');
      assert.equal(
        (await secondStep(s, { challenge: 'made-up', code: '123456' })).json().error.code,
        'mfa_challenge_invalid',
      );
    });

    test('the second step takes exactly one of code and recovery_code', async () => {
      const challenge = await challengeFor(s, ada.email, TEST_PASSWORD);
      for (const payload of [{ challenge }, { challenge, code: '123456', recovery_code: 'abcd' }]) {
        const response = await secondStep(s, payload);
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, /code.*recovery_code/);
      }
    });

    test('removing the factor needs a current code or a recovery code; then the password alone signs in', async () => {
      const refused = await s.call('DELETE', '/v0/auth/mfa/totp', session, { code: '000000' });
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().error.code, 'forbidden');
      const removed = await s.call('DELETE', '/v0/auth/mfa/totp', session, {
        recovery_code: enrolled.recoveryCodes[1],
      });
      assert.equal(removed.statusCode, 204, removed.body);
      assert.equal(await actionsOf('user.mfa_removed'), 1);
      assert.ok(await s.login(ada.email));
      assert.equal(
        await s.ctx.db
          .selectFrom('recoveryCodes')
          .select('id')
          .where('userId', '=', ada.id)
          .executeTakeFirst(),
        undefined,
      );
    });
  });
}
