// Password strength: at least 12 characters, and not what an estimator scores weak, on every password chosen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../../auth/actor.ts';
import type { UserRow } from '../../db/schema.ts';
import { hashPassword } from '../../lib/crypto/passwords.ts';
import {
  DIALECTS,
  startTestServer,
  TEST_PASSWORD,
  TEST_PASSWORD_COST,
  type TestServer,
} from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`password strength (${dialect})`, () => {
    let s: TestServer;
    let admin: string;
    let ada: UserRow;

    before(async () => {
      s = await startTestServer(dialect);
      const root = await s.createUser({ admin: true });
      admin = await s.login(root.email);
      ada = await s.createUser({ slug: 'ada', name: 'Ada Lovelace', email: 'ada.lovelace@example.com' });
    });
    after(() => s.close());

    test('an administrator creating a user with a common password is refused, naming the field and the reason', async () => {
      const response = await s.call('POST', '/v0/users', admin, {
        email: 'weak@example.com',
        name: 'Weak',
        password: 'password1234',
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.equal(response.json().error.code, 'invalid_request');
      assert.match(response.json().error.message, /^password: too easy to guess \(.*commonly used password/);
      assert.equal(await s.ctx.users.findByEmail('weak@example.com'), undefined, 'nothing created');
    });

    test('a password made of the user’s own name or email is weak', async () => {
      const session = await s.login(ada.email);
      const response = await s.call('PATCH', '/v0/users/ada', session, {
        password: 'lovelace1234',
        current_password: TEST_PASSWORD,
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(response.json().error.message, /^password: too easy to guess \(.*personal/);
    });

    test('fewer than 12 characters is refused by the schema, naming the field', async () => {
      const session = await s.login(ada.email);
      const response = await s.call('PATCH', '/v0/users/ada', session, {
        password: 'Xk9#qL2!',
        current_password: TEST_PASSWORD,
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.json().error.message, /password/);
    });

    test('an existing weak password keeps signing in, and is checked at the next change', async () => {
      const old = await s.ctx.users.create(SYSTEM, { email: 'old@example.com', name: 'Old Timer' });
      await s.ctx.db
        .updateTable('users')
        .set({ passwordHash: await hashPassword('qwertyuiop12', TEST_PASSWORD_COST) })
        .where('id', '=', old.id)
        .execute();
      const session = await s.login(old.email, 'qwertyuiop12');
      const weak = await s.call('PATCH', `/v0/users/${old.id}`, session, {
        password: 'qwertyuiop123',
        current_password: 'qwertyuiop12',
      });
      assert.equal(weak.statusCode, 400, weak.body);
      assert.match(weak.json().error.message, /^password: too easy to guess/);
      const strong = await s.call('PATCH', `/v0/users/${old.id}`, session, {
        password: 'velvet orbit cactus lantern',
        current_password: 'qwertyuiop12',
      });
      assert.equal(strong.statusCode, 200, strong.body);
    });
  });
}
