// Suspension (Benchling): every credential of a suspended user is refused at once; unsuspension restores keys only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { bearer, DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`suspension (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let adminSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'chief', admin: true });
      adminSession = await s.login(admin.email);
    });
    after(() => s.close());

    const activeAdmins = async () =>
      (
        await s.ctx.db
          .selectFrom('users')
          .select('slug')
          .where('role', '=', 'admin')
          .where('suspendedAt', 'is', null)
          .execute()
      ).map((row) => row.slug);
    /**
     * Of two changes racing to remove each other's administrator, exactly one succeeds. The other is
     * refused as the last administrator (409) or, when the winner committed before it authenticated, its
     * caller is already suspended (401).
     */
    const assertOneWins = (codes: number[]) => {
      assert.equal(codes.filter((code) => code < 300).length, 1, `exactly one succeeds: ${codes}`);
      assert.ok(
        codes.some((code) => code === 409 || code === 401),
        `the other is refused: ${codes}`,
      );
    };
    /** Suspends every other administrator: each suspension of these two alone would then be allowed. */
    const leaveActive = async (slugs: string[], session: string) => {
      for (const slug of (await activeAdmins()).filter((slug) => !slugs.includes(slug)))
        assert.equal((await suspend(slug, true, session)).statusCode, 200);
      assert.deepEqual((await activeAdmins()).sort(), [...slugs].sort());
    };
    const whoami = (secret: string) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(secret) });
    const suspend = (user: string, suspended: boolean, secret = adminSession) =>
      s.app.inject({
        method: 'PATCH',
        url: `/v0/users/${user}`,
        headers: bearer(secret),
        payload: { suspended },
      });

    test('sessions, API keys and session keys are refused at once from a warm cache; sign-in is refused', async () => {
      const user = await s.createUser();
      const session = await s.login(user.email);
      const { key } = await s.createKey(session, user.slug);
      const sessionKey = (
        await s.app.inject({ method: 'POST', url: '/v0/auth/session-keys', headers: bearer(session) })
      ).json().key;
      for (const secret of [session, key, sessionKey])
        assert.equal((await whoami(secret)).statusCode, 200, 'warm');

      const response = await suspend(user.slug, true);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().suspended, true);
      assert.equal((await whoami(key)).json().error.code, 'user_suspended');
      assert.equal((await whoami(session)).statusCode, 401);
      assert.equal((await whoami(sessionKey)).statusCode, 401);

      const login = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      assert.equal(login.statusCode, 401);
      assert.equal(login.json().error.code, 'user_suspended');
      const wrong = await s.app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        payload: { email: user.email, password: 'wrong password!!' },
      });
      assert.equal(
        wrong.json().error.code,
        'invalid_credentials',
        'suspension is only told to someone who knows the password',
      );
    });

    test('after unsuspension the same API keys work without regeneration; earlier sessions stay ended', async () => {
      const user = await s.createUser();
      const session = await s.login(user.email);
      const { key } = await s.createKey(session, user.slug);
      await suspend(user.slug, true);
      assert.equal((await whoami(key)).json().error.code, 'user_suspended', 'the refusal is cached');
      const back = await suspend(user.slug, false);
      assert.equal(back.json().suspended, false);
      assert.equal((await whoami(key)).statusCode, 200);
      assert.equal((await whoami(session)).json().error.code, 'session_ended');
      assert.ok(await s.login(user.email), 'they can sign in again');
    });

    test('only an administrator suspends; the last active administrator cannot be suspended', async () => {
      const user = await s.createUser();
      const session = await s.login(user.email);
      const self = await suspend(user.slug, true, session);
      assert.equal(self.statusCode, 403);
      assert.match(self.json().error.message, /administrator/);

      const last = await suspend('chief', true);
      assert.equal(last.statusCode, 409);
      assert.match(last.json().error.message, /last active administrator/);
      assert.equal((await whoami(adminSession)).statusCode, 200);

      const deputy = await s.createUser({ slug: 'deputy', admin: true });
      assert.equal((await suspend('deputy', true)).statusCode, 200, 'another administrator may be suspended');
      assert.equal(
        (await suspend('chief', true)).statusCode,
        409,
        'a suspended administrator does not count',
      );
      await suspend(deputy.slug, false);
    });

    test('two administrators suspending each other at once: one succeeds, one is refused, one stays active', async () => {
      const [first, second] = [
        await s.createUser({ slug: 'first-admin', admin: true }),
        await s.createUser({ slug: 'second-admin', admin: true }),
      ];
      const [a, b] = [await s.login(first.email), await s.login(second.email)];
      await leaveActive([first.slug, second.slug], a);
      const answers = await Promise.all([suspend(second.slug, true, a), suspend(first.slug, true, b)]);
      assertOneWins(answers.map((answer) => answer.statusCode));
      assert.equal((await activeAdmins()).length, 1);
    });

    test('suspending one administrator while they delete the other, at once: one stays active', async () => {
      const [p, q] = [
        await s.createUser({ slug: 'p-admin', admin: true }),
        await s.createUser({ slug: 'q-admin', admin: true }),
      ];
      const [pSession, qSession] = [await s.login(p.email), await s.login(q.email)];
      await leaveActive([p.slug, q.slug], pSession);
      const answers = await Promise.all([
        suspend(q.slug, true, pSession),
        s.app.inject({ method: 'DELETE', url: `/v0/users/${p.slug}`, headers: bearer(qSession) }),
      ]);
      assertOneWins(answers.map((answer) => answer.statusCode));
      assert.equal((await activeAdmins()).length, 1);
    });
  });
}
