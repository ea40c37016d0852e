// Role assignments go with what they name: a deleted user, team, org or project, and an archived app; each
// removal counted in the audit record of the deletion, and the decision forgets at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../test/apps-helpers.ts';
import { lastEvent } from '../../test/audit-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';
import type { AuditAction } from '../audit/audit.actions.ts';

for (const dialect of DIALECTS) {
  describe(`role assignments when what they name goes away (${dialect})`, () => {
    let s: TestServer;
    let admin: string;

    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.login((await s.createUser({ slug: 'ada', admin: true })).email);
      await s.call('PUT', '/v0/admin/permissions/runs:read', admin, { description: '' });
      await s.call('PUT', '/v0/admin/roles/reader', admin, { description: '', permissions: ['runs:read'] });
    });
    after(() => s.close());

    const assignmentsNaming = async (id: string) =>
      (
        await s.ctx.db
          .selectFrom('roleAssignments')
          .select('id')
          .where((eb) => eb.or([eb('granteeId', '=', id), eb('scopeId', '=', id)]))
          .execute()
      ).length;
    const ok = async (method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown) => {
      const answer = await s.call(method, path, admin, body);
      assert.ok(answer.statusCode < 300, `${method} ${path}: ${answer.body}`);
      return answer.statusCode === 204 ? undefined : answer.json();
    };
    const lastAudit = async (action: AuditAction) =>
      (await lastEvent(s, action)).changes as Record<string, unknown>;

    test('a deleted user takes the assignments to them and at their personal projects', async () => {
      const user = await s.createUser({ slug: 'dan' });
      const session = await s.login(user.email);
      await ok('PUT', '/v0/admin/roles/reader/assignments', { user: 'dan' });
      const own = await s.call('POST', '/v0/projects', session, { name: 'Mine', slug: 'mine' });
      assert.equal(own.statusCode, 201, own.body);
      const other = await s.createUser({ slug: 'erin' });
      await ok('PUT', '/v0/projects/mine/roles', { role: 'reader', user: 'erin' });
      const erin = await s.login(other.email);
      assert.equal(
        (await s.call('GET', '/v0/auth/verify?permission=runs:read&project=mine', erin)).statusCode,
        200,
      );
      assert.equal(await assignmentsNaming(user.id), 1);
      await ok('DELETE', '/v0/users/dan');
      assert.equal(await assignmentsNaming(user.id), 0);
      assert.equal(await assignmentsNaming(own.json().uuid), 0);
      assert.equal((await lastAudit('user.deleted')).role_assignments, 2);
    });

    test('a deleted team, org or project, and an archived app, take theirs', async () => {
      const org = await ok('POST', '/v0/orgs', { name: 'Acme', slug: 'acme' });
      const team = await ok('POST', '/v0/orgs/acme/teams', { name: 'CI', slug: 'ci' });
      const project = await ok('POST', '/v0/projects', { name: 'Web', slug: 'web', org: 'acme' });
      const app = await createApp(s, admin, { name: 'Bot', slug: 'bot' });
      await ok('PUT', '/v0/projects/web/roles', { role: 'reader', team: 'ci' });
      await ok('PUT', '/v0/orgs/acme/roles', { role: 'reader', org: 'acme' });
      await ok('PUT', '/v0/admin/roles/reader/assignments', { app: 'bot' });
      await ok('PUT', '/v0/projects/web/roles', { role: 'reader', app: 'bot' });

      await ok('DELETE', '/v0/apps/bot');
      assert.equal(await assignmentsNaming(app.uuid), 0);
      assert.equal((await lastAudit('app.archived')).role_assignments, 2);
      await ok('DELETE', '/v0/teams/ci');
      assert.equal(await assignmentsNaming(team.uuid), 0);
      assert.equal((await lastAudit('team.deleted')).role_assignments, 1);
      await ok('PUT', '/v0/projects/web/roles', { role: 'reader', user: 'ada' });
      await ok('DELETE', '/v0/projects/web');
      assert.equal(await assignmentsNaming(project.uuid), 0);
      assert.equal((await lastAudit('project.deleted')).role_assignments, 1);
      await ok('DELETE', '/v0/orgs/acme');
      assert.equal(await assignmentsNaming(org.uuid), 0);
      assert.equal((await lastAudit('org.deleted')).role_assignments, 1);
    });
  });
}
