// Users: administrators create and list; a user reads and updates only themselves.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`users (${dialect})`, () => {
    let s: TestServer;
    let admin: UserRow;
    let adminSession: string;
    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.createUser({ slug: 'boss', admin: true });
      adminSession = await s.login(admin.email);
    });
    after(() => s.close());

    const call: TestServer['call'] = (...args) => s.call(...args);

    test('an administrator creates a user who can then sign in; the slug comes from the name', async () => {
      const response = await call('POST', '/v0/users', adminSession, {
        email: 'Erin@Example.com',
        name: 'Erin Ortega',
        password: 'a long enough password',
      });
      assert.equal(response.statusCode, 201);
      const body = response.json();
      assert.equal(body.email, 'erin@example.com');
      assert.equal(body.slug, 'erin-ortega');
      assert.equal(body.admin, false);
      assert.equal(body.password, undefined);
      assert.ok(await s.login('erin@example.com', 'a long enough password'));
    });

    test('duplicate email or slug is a 409; a short password or bad email is a 400 naming the field', async () => {
      const base = { email: 'frank@example.com', name: 'Frank', password: 'a long enough password' };
      assert.equal((await call('POST', '/v0/users', adminSession, base)).statusCode, 201);
      const dupEmail = await call('POST', '/v0/users', adminSession, { ...base, email: 'FRANK@example.com' });
      assert.equal(dupEmail.statusCode, 409);
      const dupSlug = await call('POST', '/v0/users', adminSession, {
        ...base,
        email: 'f2@example.com',
        slug: 'frank',
      });
      assert.equal(dupSlug.statusCode, 409);
      const second = await call('POST', '/v0/users', adminSession, { ...base, email: 'f3@example.com' });
      assert.equal(second.json().slug, 'frank-2', 'a taken derived slug gets a suffix');
      for (const [field, value] of [
        ['password', 'short'],
        ['email', 'not-an-email'],
        ['slug', 'Not A Slug'],
      ] as const) {
        const response = await call('POST', '/v0/users', adminSession, {
          ...base,
          email: 'g@example.com',
          [field]: value,
        });
        assert.equal(response.statusCode, 400, field);
        assert.match(response.json().error.message, new RegExp(`body\\.${field}`));
      }
    });

    test('a non-administrator cannot create or list users (403), and sees only themselves (404 otherwise)', async () => {
      const ann = await s.createUser({ slug: 'ann' });
      const ben = await s.createUser({ slug: 'ben' });
      const annSession = await s.login(ann.email);
      const created = await call('POST', '/v0/users', annSession, {
        email: 'x@example.com',
        name: 'X',
        password: 'a long enough password',
      });
      assert.equal(created.statusCode, 403);
      assert.equal((await call('GET', '/v0/users', annSession)).statusCode, 403);
      assert.equal((await call('GET', '/v0/users/ann', annSession)).statusCode, 200);
      assert.equal((await call('GET', `/v0/users/${ann.id}`, annSession)).statusCode, 200);
      assert.equal((await call('GET', '/v0/users/ben', annSession)).statusCode, 404);
      assert.equal(
        (await call('PATCH', `/v0/users/${ben.id}`, annSession, { name: 'Hacked' })).statusCode,
        404,
      );
      assert.equal((await call('GET', '/v0/users/ben', adminSession)).statusCode, 200);
    });

    test('GET /v0/users follows the list conventions', async () => {
      const response = await call('GET', '/v0/users?per_page=2&sort=email', adminSession);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().length, 2);
      assert.ok(Number(response.headers['x-total-count']) > 2);
      assert.match(String(response.headers.link), /rel="next"/);
      const emails = response.json().map((u: { email: string }) => u.email);
      assert.deepEqual(emails, [...emails].sort());
      const search = await call('GET', '/v0/users?search=boss', adminSession);
      assert.deepEqual(
        search.json().map((u: { slug: string }) => u.slug),
        ['boss'],
      );
    });

    test('a user renames themselves; whoami shows the new name at once', async () => {
      const gil = await s.createUser({ slug: 'gil' });
      const session = await s.login(gil.email);
      const { key } = await s.createKey(session, 'gil');
      assert.equal((await call('GET', '/v0/auth/whoami', key)).json().principal.name, gil.name);
      const renamed = await call('PATCH', '/v0/users/gil', key, { name: 'Gil Renamed' });
      assert.equal(renamed.statusCode, 200);
      assert.equal((await call('GET', '/v0/auth/whoami', key)).json().principal.name, 'Gil Renamed');
    });

    test("changing one's password needs the current one and a session, and ends the other sessions", async () => {
      const hal = await s.createUser({ slug: 'hal' });
      const current = await s.login(hal.email);
      const other = await s.login(hal.email);
      const { key } = await s.createKey(current, 'hal');
      const byKey = await call('PATCH', '/v0/users/hal', key, {
        password: 'a brand new password',
        current_password: TEST_PASSWORD,
      });
      assert.equal(byKey.statusCode, 403);
      const withoutCurrent = await call('PATCH', '/v0/users/hal', current, {
        password: 'a brand new password',
      });
      assert.equal(withoutCurrent.statusCode, 400);
      assert.match(withoutCurrent.json().error.message, /current_password/);
      const changed = await call('PATCH', '/v0/users/hal', current, {
        password: 'a brand new password',
        current_password: TEST_PASSWORD,
      });
      assert.equal(changed.statusCode, 200);
      assert.equal(
        (await call('GET', '/v0/auth/whoami', current)).statusCode,
        200,
        'the session that changed it lives',
      );
      assert.equal((await call('GET', '/v0/auth/whoami', other)).json().error.code, 'session_ended');
      assert.equal(
        (await call('GET', '/v0/auth/whoami', key)).statusCode,
        200,
        'API keys are independent of the password',
      );
      await assert.rejects(s.login(hal.email));
      assert.ok(await s.login(hal.email, 'a brand new password'));
    });

    test("a deleted user's keys and sessions stop working", async () => {
      const ivy = await s.createUser({ slug: 'ivy' });
      const session = await s.login(ivy.email);
      const { key } = await s.createKey(session, 'ivy');
      assert.equal((await call('GET', '/v0/auth/whoami', key)).statusCode, 200);
      assert.equal((await call('DELETE', '/v0/users/ivy', adminSession)).statusCode, 204);
      for (const secret of [key, session]) {
        const response = await call('GET', '/v0/auth/whoami', secret);
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'invalid_credentials');
      }
      assert.equal((await call('DELETE', '/v0/users/boss', adminSession)).statusCode, 403, 'not oneself');
    });
  });
}
