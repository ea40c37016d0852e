// GET /v0/users/{user}/permissions: the permissions a user holds at some scope, for them and administrators only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`a user's permissions (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let session: string;
    let otherSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ slug: 'ada', admin: true });
      adminSession = await s.login(admin.email);
      session = await s.login((await s.createUser({ slug: 'cid' })).email);
      otherSession = await s.login((await s.createUser({ slug: 'eve' })).email);
      const put = (path: string, body: unknown) => s.call('PUT', path, adminSession, body);
      for (const name of ['runs:read', 'runs:write', 'results:upload', 'billing:admin'])
        await put(`/v0/admin/permissions/${name}`, { description: `may ${name}` });
      await put('/v0/admin/roles/runner', { description: '', permissions: ['runs:*'] });
      await put('/v0/admin/roles/uploader', { description: '', permissions: ['results:upload'] });
      await s.call('POST', '/v0/projects', adminSession, { name: 'Web', slug: 'web' });
      await put('/v0/admin/roles/runner/assignments', { user: 'cid' });
      await s.call('PUT', '/v0/projects/web/roles', adminSession, { role: 'uploader', user: 'cid' });
    });
    after(() => s.close());

    test('lists what the user holds at any scope, wildcards expanded, with descriptions', async () => {
      const mine = await s.call('GET', '/v0/users/cid/permissions', session);
      assert.equal(mine.statusCode, 200);
      assert.deepEqual(
        mine.json().map((p: { name: string; description: string }) => [p.name, p.description]),
        [
          ['results:upload', 'may results:upload'],
          ['runs:read', 'may runs:read'],
          ['runs:write', 'may runs:write'],
        ],
      );
      const byAdmin = await s.call('GET', '/v0/users/cid/permissions', adminSession);
      assert.deepEqual(byAdmin.json(), mine.json());
    });

    test('someone holding no role gets an empty list', async () => {
      const none = await s.call('GET', '/v0/users/eve/permissions', otherSession);
      assert.equal(none.statusCode, 200);
      assert.deepEqual(none.json(), []);
    });

    test('another user cannot see them: a 404, as for any user they cannot see', async () => {
      const refused = await s.call('GET', '/v0/users/cid/permissions', otherSession);
      assert.equal(refused.statusCode, 404);
      assert.equal(refused.json().error.code, 'not_found');
      const anonymous = await s.app.inject({ method: 'GET', url: '/v0/users/cid/permissions' });
      assert.equal(anonymous.statusCode, 401);
    });
  });
}
