// Visibility (404) and permission (403) rules, removals taking effect at once, bad input, and restricted keys.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, buildTenant, type Tenant } from '../../test/access-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`access rules (${dialect})`, () => {
    let s: TestServer;
    let t: Tenant;
    const as = (who: string) => t.credentials[who] ?? '';

    before(async () => {
      s = await startTestServer(dialect);
      t = await buildTenant(s);
    });
    after(() => s.close());

    const check = (who: string, project: string, action = 'read') =>
      api(s, as(who), 'POST', '/v0/access/check', { project, action });

    test('an org, team or project the caller cannot see is a 404, by slug and by UUID', async () => {
      assert.equal((await api(s, as('bob'), 'GET', '/v0/orgs/globex')).statusCode, 404);
      assert.equal((await api(s, as('bob'), 'GET', '/v0/orgs/globex/members')).statusCode, 404);
      assert.equal((await api(s, as('bob'), 'GET', '/v0/teams/widgets-team')).statusCode, 404);
      assert.equal((await api(s, as('bob'), 'GET', '/v0/projects/widgets')).statusCode, 404);
      assert.equal((await api(s, as('bob'), 'GET', '/v0/projects/no-such-project')).statusCode, 404);
      const widgets = await api(s, as('cy'), 'GET', '/v0/projects/widgets', undefined, 200);
      const byUuid = await api(s, as('bob'), 'GET', `/v0/projects/${widgets.json().uuid}`);
      assert.equal(byUuid.statusCode, 404);
      // The same body whether the project exists or not: no existence leak.
      assert.equal(byUuid.json().error.message, 'Project not found');
      assert.equal((await api(s, as('bot-c'), 'GET', '/v0/orgs/acme')).statusCode, 404);
    });

    test('visible but not allowed is a 403 naming the policy or role needed', async () => {
      const remove = await api(s, as('bob'), 'DELETE', '/v0/projects/launch');
      assert.equal(remove.statusCode, 403);
      assert.match(remove.json().error.message, /needs the admin policy on project "launch"; you have write/);
      const grant = await api(s, as('cy'), 'POST', '/v0/projects/launch/collaborators', {
        user: 'cy',
        policy: 'admin',
      });
      assert.equal(grant.statusCode, 403);
      assert.match(grant.json().error.message, /admin policy/);
      const member = await api(s, as('bob'), 'POST', '/v0/orgs/acme/members', { user: 'dee' });
      assert.equal(member.statusCode, 403);
      assert.match(member.json().error.message, /admin role in org "acme"/);
      const team = await api(s, as('bob'), 'POST', '/v0/teams/rockets/members', { user: 'eve' });
      assert.equal(team.statusCode, 403);
      assert.match(team.json().error.message, /admin role in team "rockets" or in org "acme"/);
      const org = await api(s, as('ada'), 'POST', '/v0/orgs', { name: 'Initech' });
      assert.equal(org.statusCode, 403);
      assert.match(org.json().error.message, /tenant administrator/);
      const project = await api(s, as('bob'), 'POST', '/v0/projects', { name: 'Side', org: 'acme' });
      assert.equal(project.statusCode, 403);
      // Reading is allowed with read: the collaborators of a project cy only reads.
      assert.equal((await api(s, as('cy'), 'GET', '/v0/projects/launch/collaborators')).statusCode, 200);
    });

    test('a team admin manages the team; an org admin manages its teams; an app cannot own a personal project', async () => {
      await api(s, as('cy'), 'POST', '/v0/orgs/globex/members', { user: 'dee' }, 403);
      await api(s, as('eve'), 'POST', '/v0/orgs/globex/members', { user: 'dee' }, 201);
      await api(s, as('cy'), 'POST', '/v0/teams/widgets-team/members', { user: 'dee' }, 201);
      await api(s, as('cy'), 'POST', '/v0/teams/widgets-team/members', { user: 'dee', role: 'admin' }, 200);
      assert.equal((await check('dee', 'widgets', 'admin')).json().allowed, true);
      await api(s, as('eve'), 'DELETE', '/v0/teams/widgets-team/members/dee', undefined, 204);
      assert.equal((await check('dee', 'widgets')).statusCode, 404);
      await api(s, as('eve'), 'DELETE', `/v0/orgs/globex/members/${t.users.dee.id}`, undefined, 204);
      const app = await api(s, as('bot-a'), 'POST', '/v0/projects', { name: 'Bot project' });
      assert.equal(app.statusCode, 403);
      assert.match(app.json().error.message, /body\.org/);
    });

    test('removing a collaborator or a member takes effect on the very next request', async () => {
      await api(s, t.sessions.root, 'POST', '/v0/projects', { name: 'Temp', slug: 'temp', org: 'acme' }, 201);
      await api(
        s,
        t.sessions.root,
        'POST',
        '/v0/projects/temp/collaborators',
        { user: 'dee', policy: 'write' },
        201,
      );
      await api(
        s,
        t.sessions.root,
        'POST',
        '/v0/projects/temp/collaborators',
        { app: 'bot-c', policy: 'read' },
        201,
      );
      assert.equal((await check('dee', 'temp', 'write')).json().allowed, true);
      assert.equal((await check('bot-c', 'temp')).json().allowed, true);
      await api(s, t.sessions.root, 'DELETE', '/v0/projects/temp/collaborators/dee', undefined, 204);
      assert.equal((await check('dee', 'temp')).statusCode, 404);
      await api(
        s,
        t.sessions.root,
        'DELETE',
        `/v0/projects/temp/collaborators/${t.apps['bot-c'].uuid}`,
        undefined,
        204,
      );
      assert.equal((await check('bot-c', 'temp')).statusCode, 404);
      assert.deepEqual((await api(s, as('bot-c'), 'GET', '/v0/projects', undefined, 200)).json(), []);

      // A team member loses the team's grant; an org member leaving the org leaves its teams too.
      await api(s, t.sessions.root, 'POST', '/v0/orgs/acme/members', { user: 'dee' }, 201);
      await api(s, t.sessions.root, 'POST', '/v0/teams/rockets/members', { user: 'dee' }, 201);
      assert.equal((await check('dee', 'launch')).json().policy, 'write');
      await api(s, as('ada'), 'DELETE', '/v0/orgs/acme/members/dee', undefined, 204);
      assert.equal((await check('dee', 'launch')).statusCode, 404);
      const rockets = await api(s, as('ada'), 'GET', '/v0/teams/rockets/members', undefined, 200);
      assert.ok(!rockets.json().some((m: { slug: string }) => m.slug === 'dee'));
      await api(s, as('ada'), 'DELETE', '/v0/orgs/acme/members/dee', undefined, 404);
    });

    test('an app with no grants sees nothing: no project, no org, every check a 404', async () => {
      const token = as('bot-c');
      assert.deepEqual((await api(s, token, 'GET', '/v0/projects', undefined, 200)).json(), []);
      assert.deepEqual((await api(s, token, 'GET', '/v0/orgs', undefined, 200)).json(), []);
      for (const project of ['launch', 'ledger', 'widgets', 'diary', 'secret'])
        assert.equal((await check('bot-c', project)).statusCode, 404);
    });

    test('bad input is a 400 naming the field, never a 500', async () => {
      const cases: [string, string, unknown, RegExp][] = [
        [
          '/v0/projects/ledger/collaborators',
          'bob',
          { user: 'bob', team: 'rockets', policy: 'read' },
          /exactly one of org, team, user or app/,
        ],
        [
          '/v0/projects/ledger/collaborators',
          'bob',
          { user: 'nobody', policy: 'read' },
          /body\.user: there is no user "nobody"/,
        ],
        [
          '/v0/projects/ledger/collaborators',
          'bob',
          { team: 'widgets-team', policy: 'read' },
          /body\.team: there is no team "widgets-team" that you can see/,
        ],
        ['/v0/projects/ledger/collaborators', 'bob', { user: 'bob', policy: 'owner' }, /body\.policy/],
        ['/v0/orgs/acme/members', 'ada', { role: 'admin' }, /exactly one of user or app/],
        ['/v0/orgs/acme/members', 'ada', { app: 'no-such-app' }, /body\.app: there is no app/],
        [
          '/v0/teams/rockets/members',
          'ada',
          { user: 'cy' },
          /body\.user: user "cy" is not a member of org "acme"/,
        ],
        ['/v0/access/check', 'bob', { project: 'launch', action: 'delete' }, /body\.action/],
        ['/v0/access/check', 'bob', { action: 'read' }, /project/],
        [
          '/v0/access/check',
          'root',
          { project: 'launch', action: 'read', principal: { type: 'user', id: 'ghost' } },
          /body\.principal\.id/,
        ],
        ['/v0/orgs', 'root', { name: 'X', slug: 'Not A Slug' }, /body\.slug/],
        ['/v0/projects', 'dee', { name: '' }, /body\.name/],
      ];
      for (const [url, who, body, message] of cases) {
        const response = await api(s, as(who), 'POST', url, body);
        assert.equal(response.statusCode, 400, `${url} ${JSON.stringify(body)}: ${response.body}`);
        assert.match(response.json().error.message, message);
      }
      const taken = await api(s, t.sessions.root, 'POST', '/v0/orgs', { name: 'Acme again', slug: 'acme' });
      assert.equal(taken.statusCode, 409);
      const other = await api(s, as('bob'), 'POST', '/v0/access/check', {
        project: 'launch',
        action: 'read',
        principal: { type: 'user', id: 'cy' },
      });
      assert.equal(other.statusCode, 403);
      assert.match(other.json().error.message, /administrators/);
    });

    test('orgs, teams and projects are renamed by their admins only', async () => {
      const patch = (who: string, url: string) =>
        s.app.inject({
          method: 'PATCH',
          url,
          headers: { authorization: `Bearer ${as(who)}` },
          payload: { name: 'Renamed' },
        });
      assert.equal((await patch('bob', '/v0/orgs/acme')).statusCode, 403);
      assert.equal((await patch('bob', '/v0/orgs/globex')).statusCode, 404);
      assert.equal((await patch('ada', '/v0/orgs/acme')).json().name, 'Renamed');
      assert.equal((await patch('bob', '/v0/teams/rockets')).statusCode, 403);
      assert.equal((await patch('ada', '/v0/teams/rockets')).json().name, 'Renamed');
      assert.equal((await patch('cy', '/v0/projects/launch')).statusCode, 403);
      const project = await patch('bob', '/v0/projects/ledger');
      assert.equal(project.statusCode, 200);
      assert.equal(project.json().name, 'Renamed');
      assert.equal(project.json().policy, 'admin');
    });

    test('a slug naming both a user and an app member is a 400 asking for the UUID', async () => {
      const twin = await s.createUser({ slug: 'twin' });
      const app = await api(s, t.sessions.root, 'POST', '/v0/apps', { name: 'Twin', slug: 'twin' }, 201);
      await api(s, t.sessions.root, 'POST', '/v0/orgs/globex/members', { user: 'twin' }, 201);
      await api(s, t.sessions.root, 'POST', '/v0/orgs/globex/members', { app: 'twin' }, 201);
      const ambiguous = await api(s, t.sessions.root, 'DELETE', '/v0/orgs/globex/members/twin');
      assert.equal(ambiguous.statusCode, 400);
      assert.match(ambiguous.json().error.message, /params\.id: "twin" names a user and an app/);
      await api(s, t.sessions.root, 'DELETE', `/v0/orgs/globex/members/${twin.id}`, undefined, 204);
      await api(s, t.sessions.root, 'DELETE', `/v0/orgs/globex/members/${app.json().uuid}`, undefined, 204);
    });

    test('an org that still owns projects cannot be deleted; deleting a team ends its grants', async () => {
      assert.equal((await api(s, t.sessions.root, 'DELETE', '/v0/orgs/globex')).statusCode, 409);
      await api(
        s,
        t.sessions.root,
        'POST',
        '/v0/orgs/globex/teams',
        { name: 'Short lived', slug: 'short' },
        201,
      );
      await api(s, t.sessions.root, 'POST', '/v0/teams/short/members', { user: 'eve' }, 201);
      await api(
        s,
        t.sessions.root,
        'POST',
        '/v0/projects/ledger/collaborators',
        { team: 'short', policy: 'write' },
        201,
      );
      assert.equal((await check('eve', 'ledger')).json().policy, 'write');
      await api(s, as('eve'), 'DELETE', '/v0/teams/short', undefined, 204);
      assert.equal((await check('eve', 'ledger')).json().policy, 'read');
      const collaborators = await api(
        s,
        t.sessions.root,
        'GET',
        '/v0/projects/ledger/collaborators',
        undefined,
        200,
      );
      assert.equal(collaborators.headers['x-total-count'], '2');
    });

    describe('restricted keys', () => {
      test('a read-only key reads what its owner reads and is refused anything more', async () => {
        const key = await s.createKey(t.sessions.bob, 'bob', { name: 'ro', scopes: { read_only: true } });
        assert.deepEqual(
          (await api(s, t.sessions.bob, 'GET', `/v0/users/bob/keys/${key.uuid}`, undefined, 200)).json()
            .scopes,
          {
            read_only: true,
            projects: null,
            permissions: null,
            allowed_ips: null,
          },
        );
        const ledger = (
          await api(s, key.key, 'POST', '/v0/access/check', { project: 'ledger', action: 'write' }, 200)
        ).json();
        assert.equal(ledger.allowed, false);
        assert.equal(ledger.policy, 'read');
        assert.deepEqual(ledger.via.at(-1), {
          kind: 'key_restriction',
          policy: 'read',
          subject: { type: 'key', uuid: key.uuid, slug: null },
          note: 'this key is read-only',
        });
        const listed = (await api(s, key.key, 'GET', '/v0/projects', undefined, 200)).json();
        assert.deepEqual(
          listed.map((p: { slug: string; policy: string }) => `${p.slug}:${p.policy}`),
          ['launch:read', 'ledger:read'],
        );
        const refused = await api(s, key.key, 'DELETE', '/v0/projects/ledger');
        assert.equal(refused.statusCode, 403);
        assert.match(refused.json().error.message, /read-only/);
        assert.equal((await api(s, key.key, 'POST', '/v0/projects', { name: 'Nope' })).statusCode, 403);
      });

      test('a key limited to projects reaches only those, at its owner’s policy, and never exceeds the owner', async () => {
        const key = await s.createKey(t.sessions.bob, 'bob', {
          name: 'launch only',
          scopes: { projects: ['launch'] },
        });
        const launch = (
          await api(s, key.key, 'POST', '/v0/access/check', { project: 'launch', action: 'write' }, 200)
        ).json();
        assert.equal(launch.allowed, true);
        assert.equal(launch.policy, 'write');
        assert.equal(launch.via.at(-1).kind, 'key_restriction');
        assert.equal(
          (await api(s, key.key, 'POST', '/v0/access/check', { project: 'ledger', action: 'read' }))
            .statusCode,
          404,
        );
        const listed = (await api(s, key.key, 'GET', '/v0/projects', undefined, 200)).json();
        assert.deepEqual(
          listed.map((p: { slug: string }) => p.slug),
          ['launch'],
        );
        assert.equal(
          (await api(s, key.key, 'POST', '/v0/orgs/acme/members', { user: 'dee' })).statusCode,
          403,
        );
      });

      test('a restricted key may only name projects its owner can see, and an unrestricted key keeps full access', async () => {
        const response = await api(s, t.sessions.bob, 'POST', '/v0/users/bob/keys', {
          name: 'too far',
          scopes: { projects: ['launch', 'widgets'] },
        });
        assert.equal(response.statusCode, 400);
        assert.match(
          response.json().error.message,
          /body\.scopes\.projects\.1: there is no project "widgets"/,
        );
        const empty = await api(s, t.sessions.bob, 'POST', '/v0/users/bob/keys', {
          name: 'x',
          scopes: { projects: [] },
        });
        assert.equal(empty.statusCode, 400);
        assert.match(empty.json().error.message, /body\.scopes\.projects/);
        const full = await s.createKey(t.sessions.bob, 'bob', { name: 'full', scopes: {} });
        assert.equal(
          (await api(s, t.sessions.bob, 'GET', `/v0/users/bob/keys/${full.uuid}`, undefined, 200)).json()
            .scopes,
          null,
        );
        const ledger = (
          await api(s, full.key, 'POST', '/v0/access/check', { project: 'ledger', action: 'admin' }, 200)
        ).json();
        assert.equal(ledger.allowed, true);
        assert.ok(!ledger.via.some((v: { kind: string }) => v.kind === 'key_restriction'));
      });

      test('an administrator’s restricted key is capped as well', async () => {
        const key = await s.createKey(t.sessions.root, 'root', {
          name: 'admin ro',
          scopes: { read_only: true, projects: ['secret'] },
        });
        const secret = (
          await api(s, key.key, 'POST', '/v0/access/check', { project: 'secret', action: 'write' }, 200)
        ).json();
        assert.equal(secret.allowed, false);
        assert.equal(secret.policy, 'read');
        assert.equal(
          (await api(s, key.key, 'POST', '/v0/access/check', { project: 'launch', action: 'read' }))
            .statusCode,
          404,
        );
        assert.equal((await api(s, key.key, 'POST', '/v0/orgs', { name: 'Nope' })).statusCode, 403);
      });
    });
  });
}
