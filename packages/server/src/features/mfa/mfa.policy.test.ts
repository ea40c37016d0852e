// The sign-in policy (require_mfa) and step-up: enrolment-only sessions, recent factors for sensitive changes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import {
  DIALECTS,
  LOOPBACK_OUTBOUND,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../test/harness.ts';
import { type Enrolled, enrolTotp, nextStep, signInWithFactor } from '../../test/mfa-helpers.ts';
import { pyotpAt } from '../../test/totp.ts';

for (const dialect of DIALECTS) {
  describe(`sign-in policy and step-up (${dialect})`, () => {
    let s: TestServer;
    let root: UserRow;
    let rootSession: string;
    let rootFactor: Enrolled;

    before(async () => {
      s = await startTestServer(dialect, { env: LOOPBACK_OUTBOUND });
      root = await s.createUser({ slug: 'root', admin: true });
      rootSession = await s.login(root.email);
      // An endpoint for the factor events: what is queued for it is what webhooks receive.
      const hook = await s.call('POST', '/v0/admin/webhooks', rootSession, {
        url: 'http://127.0.0.1:9/hook',
        events: ['user.mfa_enrolled', 'user.mfa_reset'],
      });
      assert.equal(hook.statusCode, 201, hook.body);
      rootFactor = await enrolTotp(s, rootSession);
    });
    after(() => s.close());

    const setPolicy = async (patch: Record<string, unknown>) => {
      nextStep(s);
      const fresh = await signInWithFactor(s, root.email, TEST_PASSWORD, rootFactor.seed);
      const response = await s.call('PATCH', '/v0/admin/settings', fresh, patch);
      assert.equal(response.statusCode, 200, response.body);
    };

    test('require_mfa admins: an administrator without a factor gets a session that may only enrol', async () => {
      const ada = await s.createUser({ slug: 'ada-admin', admin: true });
      const bob = await s.createUser({ slug: 'bob-user' });
      const before = await s.login(ada.email);
      await setPolicy({ require_mfa: 'admins' });

      // A session from before the change keeps what it had; a user the policy does not cover is free.
      assert.equal((await s.call('GET', '/v0/users', before)).statusCode, 200);
      const bobs = await s.login(bob.email);
      assert.equal((await s.call('GET', '/v0/users/bob-user', bobs)).statusCode, 200);

      const session = await s.login(ada.email);
      const refused = await s.call('GET', '/v0/users', session);
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json().error.code, 'mfa_enrolment_required');
      assert.match(refused.json().error.message, /enrol/);
      const key = await s.call('POST', '/v0/users/ada-admin/keys', session, { name: 'k' });
      assert.equal(key.json().error.code, 'mfa_enrolment_required');
      for (const [method, url] of [
        ['GET', '/v0/auth/mfa'],
        ['GET', '/v0/auth/whoami'],
      ] as const)
        assert.equal((await s.call(method, url, session)).statusCode, 200, `${method} ${url}`);

      await enrolTotp(s, session);
      assert.equal((await s.call('GET', '/v0/users', session)).statusCode, 200, 'open once enrolled');
      // Enrolling proved the factor: the same session may create a key without stepping up again.
      assert.equal(
        (await s.call('POST', '/v0/users/ada-admin/keys', session, { name: 'k' })).statusCode,
        201,
      );
      await setPolicy({ require_mfa: 'none' });
    });

    test('require_mfa everyone covers every user; signing out stays open', async () => {
      const cy = await s.createUser({ slug: 'cy-user' });
      await setPolicy({ require_mfa: 'everyone' });
      const session = await s.login(cy.email);
      const refused = await s.call('GET', '/v0/users/cy-user', session);
      assert.equal(refused.json().error.code, 'mfa_enrolment_required');
      assert.equal((await s.call('POST', '/v0/auth/logout', session)).statusCode, 204);
      await setPolicy({ require_mfa: 'none' });
    });

    test('a sensitive change needs a factor proved within step_up_minutes, else 403 step_up_required', async () => {
      nextStep(s);
      const session = await signInWithFactor(s, root.email, TEST_PASSWORD, rootFactor.seed);
      assert.equal((await s.call('POST', '/v0/users/root/keys', session, { name: 'fresh' })).statusCode, 201);

      s.clock.advance(16 * 60_000);
      const late = await s.call('POST', '/v0/users/root/keys', session, { name: 'late' });
      assert.equal(late.statusCode, 403, late.body);
      assert.equal(late.json().error.code, 'step_up_required');
      assert.match(late.json().error.message, /15 minutes.*\/v0\/auth\/step-up/);
      const adminWrite = await s.call('PATCH', '/v0/admin/settings', session, { allow_user_keys: true });
      assert.equal(adminWrite.json().error.code, 'step_up_required', 'every administrator write');
      // Reading is not sensitive.
      assert.equal((await s.call('GET', '/v0/admin/settings', session)).statusCode, 200);

      nextStep(s);
      const wrong = await s.call('POST', '/v0/auth/step-up', session, { code: '000000' });
      assert.equal(wrong.statusCode, 403, wrong.body);
      const stepped = await s.call('POST', '/v0/auth/step-up', session, {
        code: pyotpAt(rootFactor.seed, s.clock.now()),
      });
      assert.equal(stepped.statusCode, 200, stepped.body);
      assert.equal(
        Date.parse(stepped.json().step_up_expiration),
        s.clock.now() + 15 * 60_000,
        'open for the setting from now',
      );
      assert.equal((await s.call('POST', '/v0/users/root/keys', session, { name: 'late' })).statusCode, 201);
      const replay = await s.call('POST', '/v0/auth/step-up', session, {
        code: pyotpAt(rootFactor.seed, s.clock.now()),
      });
      assert.equal(replay.statusCode, 403, 'a code is not replayed for step-up either');
      const audited = await s.ctx.db
        .selectFrom('auditEvents')
        .select('action')
        .where('action', '=', 'session.stepped_up')
        .execute();
      assert.equal(audited.length, 1);
    });

    test('step_up_minutes is a setting; an API key made under step-up then acts as itself', async () => {
      nextStep(s);
      const session = await signInWithFactor(s, root.email, TEST_PASSWORD, rootFactor.seed);
      const key = (await s.call('POST', '/v0/users/root/keys', session, { name: 'admin key' })).json().key;
      assert.equal(
        (await s.call('PATCH', '/v0/admin/settings', session, { step_up_minutes: 5 })).statusCode,
        200,
      );
      s.clock.advance(6 * 60_000);
      const late = await s.call('PATCH', '/v0/admin/settings', session, { allow_session_keys: true });
      assert.equal(late.json().error.code, 'step_up_required');
      assert.match(late.json().error.message, /5 minutes/);
      // Not a session: no step-up for the key; creating credentials stays a session's alone.
      const byKey = await s.call('PATCH', '/v0/admin/settings', key, { step_up_minutes: 15 });
      assert.equal(byKey.statusCode, 200, byKey.body);
      const invalid = await s.call('PATCH', '/v0/admin/settings', key, { step_up_minutes: 0 });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.json().error.message, /step_up_minutes/);
    });

    test('a user without a factor, where the policy does not ask for one, has nothing to step up with', async () => {
      const dee = await s.createUser({ slug: 'dee' });
      const session = await s.login(dee.email);
      s.clock.advance(60 * 60_000);
      assert.equal((await s.call('POST', '/v0/users/dee/keys', session, { name: 'k' })).statusCode, 201);
      const step = await s.call('POST', '/v0/auth/step-up', session, { code: '123456' });
      assert.equal(step.statusCode, 400, step.body);
    });

    test('new recovery codes replace the old ones, under step-up; a recovery code steps up', async () => {
      nextStep(s);
      const session = await signInWithFactor(s, root.email, TEST_PASSWORD, rootFactor.seed);
      const made = await s.call('POST', '/v0/auth/mfa/recovery-codes', session);
      assert.equal(made.statusCode, 200, made.body);
      assert.equal(made.headers['cache-control'], 'no-store');
      const codes: string[] = made.json().recovery_codes;
      assert.equal(codes.length, 10);
      s.clock.advance(20 * 60_000);
      const old = await s.call('POST', '/v0/auth/step-up', session, {
        recovery_code: rootFactor.recoveryCodes[0],
      });
      assert.equal(old.statusCode, 403, 'an earlier code stopped working');
      const fresh = await s.call('POST', '/v0/auth/step-up', session, { recovery_code: codes[0] });
      assert.equal(fresh.statusCode, 200, fresh.body);
      rootFactor.recoveryCodes = codes.slice(1);
      const status = (await s.call('GET', '/v0/auth/mfa', session)).json();
      assert.equal(status.recovery_codes_left, 9);
    });

    test('an administrator resets a user’s factors: audited, an event, and the user’s sessions end', async () => {
      const eve = await s.createUser({ slug: 'eve' });
      const eveSession = await s.login(eve.email);
      const eveFactor = await enrolTotp(s, eveSession);
      const eveAgain = await signInWithFactor(s, eve.email, TEST_PASSWORD, eveFactor.seed);
      const session = await signInWithFactor(s, root.email, TEST_PASSWORD, rootFactor.seed);

      const self = await s.call('DELETE', '/v0/users/root/mfa', session);
      assert.equal(self.statusCode, 403, self.body);
      const byUser = await s.call('DELETE', '/v0/users/root/mfa', eveAgain);
      assert.equal(byUser.statusCode, 403, 'administrators only');

      const reset = await s.call('DELETE', '/v0/users/eve/mfa', session);
      assert.equal(reset.statusCode, 204, reset.body);
      for (const token of [eveSession, eveAgain])
        assert.equal((await s.call('GET', '/v0/auth/whoami', token)).statusCode, 401);
      // The password alone signs in again.
      assert.ok(await s.login(eve.email));
      const audit = await s.ctx.db
        .selectFrom('auditEvents')
        .select(['action', 'targetId'])
        .where('action', '=', 'user.mfa_reset')
        .execute();
      assert.deepEqual(audit, [{ action: 'user.mfa_reset', targetId: eve.id }]);
      const queued = await s.ctx.db.selectFrom('webhookDeliveries').select('eventType').execute();
      const types = queued.map((row) => row.eventType);
      assert.ok(types.includes('user.mfa_reset'), types.join());
      assert.ok(types.includes('user.mfa_enrolled'), types.join());
    });
  });
}
