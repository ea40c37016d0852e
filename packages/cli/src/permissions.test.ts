// The real binary against a real server: the permissions file, the catalogue, roles and their assignments, and
// keys that carry a subset of their owner's permissions.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIALECTS } from '../../server/src/test/harness.ts';
import { type CliServer, loginAsAdmin, startCliServer } from './test/cli.ts';

for (const dialect of DIALECTS)
  describe(`permissions and roles from the command line (${dialect})`, () => {
    let server: CliServer;
    let file: string;
    /** A command line whose arguments have no spaces. */
    const cli = (line: string) => server.run(line.split(' '));
    before(async () => {
      server = await startCliServer({}, dialect);
      assert.equal((await loginAsAdmin(server)).code, 0);
      const session = await server.s.login(server.admin.email);
      await server.s.call('POST', '/v0/orgs', session, { name: 'Acme', slug: 'acme' });
      await server.s.call('POST', '/v0/projects', session, { name: 'Web', slug: 'web', org: 'acme' });
      file = join(server.home, 'permissions.yaml');
      await writeFile(
        file,
        [
          'permissions:',
          '  runs:read: Read runs',
          '  runs:write: Start runs',
          'roles:',
          '  runner:',
          '    description: Runs things',
          '    permissions: ["runs:*"]',
          '',
        ].join('\n'),
      );
    });
    after(() => server.close());

    test('permissions apply --dry-run prints the difference and changes nothing; apply is idempotent (also as admin permission apply)', async () => {
      const dry = await server.run(['permissions', 'apply', file, '--dry-run']);
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(
        dry.stdout,
        /permissions: 2 added, 0 changed, 0 removed, 0 unchanged\n {2}\+ runs:read\n {2}\+ runs:write/,
      );
      assert.match(dry.stdout, /roles: 1 added/);
      assert.match(dry.stderr, /Dry run: nothing was changed/);
      assert.deepEqual(await server.json(['admin', 'permission', 'list']), []);

      const applied = await server.run(['admin', 'permission', 'apply', file]);
      assert.equal(applied.code, 0, applied.stderr);
      assert.doesNotMatch(applied.stderr, /Dry run/);
      const again = await server.json<{ permissions: { unchanged: number; added: string[] } }>([
        'permissions',
        'apply',
        file,
      ]);
      assert.deepEqual(again.permissions.added, []);
      assert.equal(again.permissions.unchanged, 2);
      const list = await cli('admin permission list');
      assert.match(list.stdout, /^NAME\s+DESCRIPTION\s+UPDATED\nruns:read\s+Read runs/);
    });

    test('a bad file is refused naming the file and the line, and changes nothing', async () => {
      const bad = join(server.home, 'bad.yaml');
      await writeFile(bad, 'permissions:\n  ok:read: fine\n  Not:Good: no\n');
      const refused = await server.run(['permissions', 'apply', bad]);
      assert.equal(refused.code, 1);
      assert.match(
        refused.stderr,
        new RegExp(`${bad.replace(/[.]/g, '\\.')}, line 3: "Not:Good" is not a permission name`),
      );
      const names = (await server.json<{ name: string }[]>(['admin', 'permission', 'list'])).map(
        (p) => p.name,
      );
      assert.ok(!names.includes('ok:read'));
    });

    test('admin permission set|delete and admin role set|view|list|delete', async () => {
      const set = await server.json<{ name: string; description: string }>([
        'admin',
        'permission',
        'set',
        'billing:admin',
        '--description',
        'Billing',
      ]);
      assert.deepEqual([set.name, set.description], ['billing:admin', 'Billing']);
      const bad = await cli(`admin permission set Billing`);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /invalid_request: params\.name: "Billing"/);

      const role = await server.json<{ permissions: string[] }>([
        'admin',
        'role',
        'set',
        'reader',
        '--description',
        'Reads',
        '--permission',
        'runs:read',
        '--permission',
        'billing:admin',
      ]);
      assert.deepEqual(role.permissions, ['billing:admin', 'runs:read']);
      const view = await cli(`admin role view reader`);
      assert.match(view.stdout, /PERMISSIONS\s+billing:admin,runs:read/);
      const roles = await cli(`-q admin role list`);
      assert.equal(roles.stdout, 'reader\nrunner\n');

      const still = await cli(`admin permission delete billing:admin`);
      assert.equal(still.code, 1);
      assert.match(still.stderr, /conflict: Permission "billing:admin" is still granted by roles "reader"/);
      const forced = await cli(`admin permission delete billing:admin --force --yes`);
      assert.equal(forced.code, 0, forced.stderr);
      assert.deepEqual(
        (await server.json<{ permissions: string[] }>(['admin', 'role', 'view', 'reader'])).permissions,
        ['runs:read'],
      );
      assert.equal((await cli(`admin role delete reader`)).code, 0);
      assert.equal((await cli(`admin role view reader`)).code, 4);
    });

    test('role assign|assignments|unassign at the tenant and at a project; a key carries only what its owner holds and is only narrowed', async () => {
      const atProject = await server.json<{ uuid: string; scope: { type: string } }>([
        'admin',
        'role',
        'assign',
        'runner',
        'user:root',
        '--project',
        'web',
      ]);
      assert.equal(atProject.scope.type, 'project');
      const listed = await server.json<{ uuid: string }[]>([
        'admin',
        'role',
        'assignments',
        '--project',
        'web',
      ]);
      assert.deepEqual(
        listed.map((a) => a.uuid),
        [atProject.uuid],
      );
      const checked = await server.json<{
        allowed: boolean;
        permissions: { granted: string[]; missing: string[] };
        via: { kind: string; role?: string; scope?: { type: string } }[];
      }>(['access', 'check', 'web', '--permission', 'runs:read', '--permission', 'runs:write']);
      assert.equal(checked.allowed, true);
      assert.deepEqual(checked.permissions, { granted: ['runs:read', 'runs:write'], missing: [] });
      assert.ok(
        checked.via.some((v) => v.kind === 'role' && v.role === 'runner' && v.scope?.type === 'project'),
      );
      const table = await cli('access check web --permission runs:read');
      assert.equal(table.code, 0, table.stderr);
      assert.match(table.stdout, /runs:read by role runner \(user root at project web\)/);
      const nothingAsked = await cli('access check web');
      assert.equal(nothingAsked.code, 2);
      assert.match(nothingAsked.stderr, /--permission/);
      const tenant = await cli(`admin role assign runner org:acme`);
      assert.equal(tenant.code, 0, tenant.stderr);
      assert.match(tenant.stdout, /SCOPE\s+tenant\nGRANTEE\s+org:/);
      assert.equal((await server.json<unknown[]>(['admin', 'role', 'assignments', 'runner'])).length, 1);
      const badGrantee = await cli(`admin role assign runner root`);
      assert.equal(badGrantee.code, 2);
      assert.match(badGrantee.stderr, /TYPE:REF/);

      const key = await server.json<{ uuid: string; scopes: { permissions: string[] } }>([
        'user',
        'key',
        'create',
        '--name',
        'runner',
        '--permission',
        'runs:read',
        '--permission',
        'runs:write',
      ]);
      assert.deepEqual(key.scopes.permissions, ['runs:read', 'runs:write']);
      const beyond = await cli(`user key create --name x --permission billing:admin`);
      assert.equal(beyond.code, 1);
      assert.match(beyond.stderr, /billing:admin/);

      const narrowed = await cli(`user key update root ${key.uuid} --permission runs:read`);
      assert.equal(narrowed.code, 0, narrowed.stderr);
      assert.match(narrowed.stdout, /SCOPES\s+runs:read\n/);
      const widened = await cli(`user key update root ${key.uuid} --permission runs:write`);
      assert.equal(widened.code, 1);
      assert.match(widened.stderr, /runs:write/);

      const unassigned = await cli(`admin role unassign runner user:root --project web`);
      assert.equal(unassigned.code, 0, unassigned.stderr);
      assert.match(unassigned.stdout, /Role runner taken from user root at project web/);
      assert.deepEqual(await server.json(['admin', 'role', 'assignments', '--project', 'web']), []);
      const again = await cli(`admin role unassign runner user:root --project web`);
      assert.equal(again.code, 4);
      assert.equal((await cli(`admin role unassign runner org:acme`)).code, 0);
    });

    test('permissions apply --prune removes what the file leaves out; what a key still names needs --force', async () => {
      const narrow = join(server.home, 'narrow.yaml');
      await writeFile(
        narrow,
        'permissions:\n  runs:write: Start runs\nroles:\n  runner:\n    permissions: ["runs:*"]\n',
      );
      const refused = await server.run(['permissions', 'apply', narrow, '--prune', '--dry-run']);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /permission "runs:read" is named by API keys .*Add --force/);
      const dry = await server.run(['permissions', 'apply', narrow, '--prune', '--force', '--dry-run']);
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stdout, / {2}- runs:read/);
      assert.equal((await server.json<unknown[]>(['admin', 'permission', 'list'])).length, 2);
      const pruned = await server.run(['permissions', 'apply', narrow, '--prune', '--force']);
      assert.equal(pruned.code, 0, pruned.stderr);
      const names = (await server.json<{ name: string }[]>(['admin', 'permission', 'list'])).map(
        (p) => p.name,
      );
      assert.deepEqual(names, ['runs:write']);
    });
  });
