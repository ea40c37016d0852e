// The permission model on both stores: the catalogue, roles with wildcards, assignments at three scopes
// united, keys that carry a subset and are only narrowed, verify with permission=, and invalidation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TypedApp } from '../../context.ts';
import {
  bearer,
  DIALECTS,
  POSTGRES_URL,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';

async function setUp(s: TestServer) {
  const admin = await s.createUser({ slug: 'ada', admin: true });
  const adminSession = await s.login(admin.email);
  const user = await s.createUser({ slug: 'cid' });
  const session = await s.login(user.email);
  const put = (path: string, body: unknown) => s.call('PUT', path, adminSession, body);
  for (const name of ['runs:read', 'runs:write', 'results:upload', 'results:read', 'billing:admin'])
    assert.equal((await put(`/v0/admin/permissions/${name}`, { description: name })).statusCode, 201);
  return { adminSession, session, put };
}

for (const dialect of DIALECTS) {
  describe(`permissions (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let session: string;
    let put: (path: string, body: unknown) => ReturnType<TestServer['call']>;

    before(async () => {
      s = await startTestServer(dialect);
      ({ adminSession, session, put } = await setUp(s));
      await s.call('POST', '/v0/orgs', adminSession, { name: 'Acme', slug: 'acme' });
      await s.call('POST', '/v0/orgs/acme/members', adminSession, { user: 'cid' });
      await s.call('POST', '/v0/orgs/acme/teams', adminSession, { name: 'CI', slug: 'ci' });
      await s.call('POST', '/v0/teams/ci/members', adminSession, { user: 'cid' });
      await s.call('POST', '/v0/projects', adminSession, { name: 'Web', slug: 'web', org: 'acme' });
      await s.call('POST', '/v0/projects', adminSession, { name: 'Other', slug: 'other', org: 'acme' });
    });
    after(() => s.close());

    const verify = (credential: string, query: string) =>
      s.call('GET', `/v0/auth/verify?${query}`, credential);

    test('bad input is a 400 naming the field and the value', async () => {
      const bad = await put('/v0/admin/permissions/Runs:Read', { description: 'x' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /params\.name: "Runs:Read"/);
      const unknown = await put('/v0/admin/roles/r1', {
        description: '',
        permissions: ['runs:read', 'nope:x'],
      });
      assert.equal(unknown.statusCode, 400);
      assert.match(
        unknown.json().error.message,
        /body\.permissions\.1: "nope:x" is not in the permission catalogue/,
      );
      const empty = await put('/v0/admin/roles/r1', { description: '', permissions: ['ghost:*'] });
      assert.match(empty.json().error.message, /"ghost:\*" matches no permission/);
      const noRole = await s.call('PUT', '/v0/projects/web/roles', adminSession, {
        role: 'ghost',
        user: 'cid',
      });
      assert.equal(noRole.statusCode, 400);
      assert.match(noRole.json().error.message, /body\.role: there is no role "ghost"/);
      const notAdmin = await s.call('PUT', '/v0/admin/permissions/x:y', session, { description: '' });
      assert.equal(notAdmin.statusCode, 403);
    });

    test('a principal holds the union of its own, its teams’ and its orgs’ roles at tenant, org and project scope', async () => {
      assert.equal(
        (await put('/v0/admin/roles/reader', { description: '', permissions: ['runs:read'] })).statusCode,
        201,
      );
      await put('/v0/admin/roles/uploader', { description: '', permissions: ['results:*'] });
      await put('/v0/admin/roles/runner', { description: '', permissions: ['runs:write'] });
      assert.equal(
        (await s.call('PUT', '/v0/admin/roles/reader/assignments', adminSession, { user: 'cid' })).statusCode,
        201,
      );
      assert.equal(
        (await s.call('PUT', '/v0/orgs/acme/roles', adminSession, { role: 'uploader', org: 'acme' }))
          .statusCode,
        201,
      );
      const onProject = await s.call('PUT', '/v0/projects/web/roles', adminSession, {
        role: 'runner',
        team: 'ci',
      });
      assert.equal(onProject.statusCode, 201, onProject.body);
      const again = await s.call('PUT', '/v0/projects/web/roles', adminSession, {
        role: 'runner',
        team: 'ci',
      });
      assert.equal(again.statusCode, 200, 'idempotent');

      const all = await verify(
        session,
        'project=web&permission=runs:read&permission=results:upload&permission=runs:write',
      );
      assert.equal(all.statusCode, 200, all.body);
      assert.equal(all.headers['x-latchkey-permissions'], 'runs:read,results:upload,runs:write');
      // The project-scoped role does not reach another project; the org's does.
      const other = await verify(session, 'project=other&permission=runs:write');
      assert.equal(other.statusCode, 403);
      assert.equal(other.json().error.code, 'permission_denied');
      assert.match(other.json().error.message, /"runs:write" on project "other"/);
      assert.equal((await verify(session, 'project=other&permission=results:read')).statusCode, 200);
      // Without a project: tenant-wide assignments alone.
      assert.equal((await verify(session, 'permission=runs:read')).statusCode, 200);
      assert.equal((await verify(session, 'permission=results:upload')).statusCode, 403);
      assert.equal(
        (await verify(session, 'permission=billing:admin')).json().error.code,
        'permission_denied',
      );
      assert.equal((await verify(session, 'permission=BAD')).statusCode, 400);
      // Removing the assignment takes effect on the next request.
      const id = onProject.json().uuid;
      assert.equal((await s.call('DELETE', `/v0/projects/web/roles/${id}`, adminSession)).statusCode, 204);
      assert.equal((await verify(session, 'project=web&permission=runs:write')).statusCode, 403);
      await s.call('PUT', '/v0/projects/web/roles', adminSession, { role: 'runner', team: 'ci' });
    });

    test('a key carries a subset, never more than its owner; narrowed, never widened; reroll keeps it', async () => {
      const lacking = await s.call('POST', '/v0/users/cid/keys', session, {
        name: 'too much',
        scopes: { permissions: ['runs:read', 'billing:admin'] },
      });
      assert.equal(lacking.statusCode, 400);
      assert.match(lacking.json().error.message, /does not hold "billing:admin"/);
      const created = await s.call('POST', '/v0/users/cid/keys', session, {
        name: 'ci',
        scopes: { permissions: ['results:*', 'runs:read'] },
      });
      assert.equal(created.statusCode, 201, created.body);
      const { key, uuid } = created.json();
      assert.deepEqual(created.json().scopes.permissions, ['results:*', 'runs:read']);
      assert.equal((await verify(key, 'project=web&permission=results:upload')).statusCode, 200);
      const capped = await verify(key, 'project=web&permission=runs:write');
      assert.equal(capped.statusCode, 403, 'the owner has it; the key does not');
      assert.match(capped.json().error.message, /scopes\.permissions leaves out "runs:write"/);
      // A permission-limited key reaches only what declares permissions (and per-project answers).
      assert.equal((await s.call('GET', '/v0/orgs', key)).statusCode, 403);

      const widen = await s.call('PATCH', `/v0/users/cid/keys/${uuid}`, session, {
        scopes: { permissions: ['runs:write'] },
      });
      assert.equal(widen.statusCode, 400);
      assert.match(widen.json().error.message, /"runs:write" would widen the key/);
      const narrowed = await s.call('PATCH', `/v0/users/cid/keys/${uuid}`, session, {
        scopes: { permissions: ['results:upload'] },
      });
      assert.equal(narrowed.statusCode, 200, narrowed.body);
      assert.equal(
        (await verify(key, 'project=web&permission=runs:read')).statusCode,
        403,
        'narrowed at once',
      );
      const back = await s.call('PATCH', `/v0/users/cid/keys/${uuid}`, session, {
        scopes: { permissions: ['results:*'] },
      });
      assert.equal(back.statusCode, 400, 'a wildcard wider than what is left widens');
      const rerolled = await s.call('POST', `/v0/users/cid/keys/${uuid}/reroll`, session, {});
      assert.equal(rerolled.statusCode, 201, rerolled.body);
      assert.deepEqual(rerolled.json().scopes.permissions, ['results:upload']);
    });

    test("an administrator's permission-limited key carries no administrator power", async () => {
      await s.call('PUT', '/v0/admin/roles/reader/assignments', adminSession, { user: 'ada' });
      const key = (
        await s.createKey(adminSession, 'ada', { name: 'ro', scopes: { permissions: ['runs:read'] } })
      ).key;
      assert.equal((await s.call('GET', '/v0/admin/permissions', key)).statusCode, 403);
      assert.equal((await verify(key, '')).headers['x-latchkey-admin'], 'false');
    });

    test('deleting a permission still granted is a 409 naming where; force removes it everywhere, audited', async () => {
      await put('/v0/admin/permissions/tmp:x', { description: 'temporary' });
      await put('/v0/admin/roles/temp', { description: '', permissions: ['tmp:x', 'runs:read'] });
      await s.call('PUT', '/v0/admin/roles/temp/assignments', adminSession, { user: 'cid' });
      const key = await s.call('POST', '/v0/users/cid/keys', session, {
        name: 't',
        scopes: { permissions: ['tmp:x'] },
      });
      assert.equal(key.statusCode, 201, key.body);
      const refused = await s.call('DELETE', '/v0/admin/permissions/tmp:x', adminSession);
      assert.equal(refused.statusCode, 409);
      assert.match(refused.json().error.message, /roles "temp" and API keys/);
      assert.ok(refused.json().error.message.includes(key.json().uuid));
      const forced = await s.call('DELETE', '/v0/admin/permissions/tmp:x?force=true', adminSession);
      assert.equal(forced.statusCode, 204, forced.body);
      assert.deepEqual((await s.call('GET', '/v0/admin/roles/temp', adminSession)).json().permissions, [
        'runs:read',
      ]);
      const after = await s.call('GET', `/v0/users/cid/keys/${key.json().uuid}`, session);
      assert.deepEqual(after.json().scopes.permissions, []);
      const audit = await s.call('GET', '/v0/audit?target=role:temp', adminSession);
      assert.ok(JSON.stringify(audit.json()).includes('tmp:x'), audit.body);
    });
  });
}

describe('permission decisions across instances (postgres)', {
  skip: POSTGRES_URL ? false : 'LATCHKEY_TEST_POSTGRES_URL is not set',
}, () => {
  let a: TestServer;
  let b: TypedApp;
  let adminSession: string;
  let key: string;

  before(async () => {
    a = await startTestServer('postgres');
    b = (await secondInstance(a)).app;
    const made = await setUp(a);
    adminSession = made.adminSession;
    await made.put('/v0/admin/roles/reader', { description: '', permissions: ['runs:*'] });
    await a.call('PUT', '/v0/admin/roles/reader/assignments', adminSession, { user: 'cid' });
    key = (await a.createKey(made.session, 'cid')).key;
  });
  after(async () => {
    await b.close();
    await a.close();
  });

  test('a role changed on instance A is refused by instance B within one second, despite its warm cache', async () => {
    const onB = () =>
      b.inject({ method: 'GET', url: '/v0/auth/verify?permission=runs:write', headers: bearer(key) });
    assert.equal((await onB()).statusCode, 200, 'B caches the decision');
    await a.call('PUT', '/v0/admin/roles/reader', adminSession, {
      description: '',
      permissions: ['runs:read'],
    });
    const start = Date.now();
    while ((await onB()).statusCode !== 403) {
      if (Date.now() - start > 1000) assert.fail('instance B still allows runs:write after 1 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
});
