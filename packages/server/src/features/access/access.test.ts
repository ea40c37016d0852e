// The effective policy of every principal on every project of a small tenant, against a table written here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  api,
  buildTenant,
  type PolicyOrNone,
  PROJECTS,
  type ProjectSlug,
  type Tenant,
} from '../../test/access-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

/** Worked out by hand from the tenant in test/access-helpers.ts; null: the project is not visible. */
const EXPECTED: Record<string, Record<ProjectSlug, PolicyOrNone>> = {
  //           launch   ledger   widgets  diary    secret
  root: { launch: 'admin', ledger: 'admin', widgets: 'admin', diary: 'admin', secret: 'admin' },
  // acme admin: admin on acme's projects (org_admin), nothing in globex.
  ada: { launch: 'admin', ledger: 'admin', widgets: null, diary: null, secret: null },
  // rockets (write) on launch; acme read and a direct admin grant on ledger: the highest wins.
  bob: { launch: 'write', ledger: 'admin', widgets: null, diary: null, secret: null },
  // globex read on launch, widgets-team admin on widgets, a direct read on dee's diary.
  cy: { launch: 'read', ledger: null, widgets: 'admin', diary: 'read', secret: null },
  // the owner of the personal project, nothing else.
  dee: { launch: null, ledger: null, widgets: null, diary: 'admin', secret: null },
  // globex read on launch, acme read on ledger, globex admin on globex's projects.
  eve: { launch: 'read', ledger: 'read', widgets: 'admin', diary: null, secret: 'admin' },
  // an app: rockets write and acme read; being acme's admin gives it nothing implicit.
  'bot-a': { launch: 'write', ledger: 'read', widgets: null, diary: null, secret: null },
  // an app with one direct grant.
  'bot-b': { launch: null, ledger: null, widgets: 'read', diary: null, secret: null },
  // an app added to nothing: it sees nothing.
  'bot-c': { launch: null, ledger: null, widgets: null, diary: null, secret: null },
};

const ACTIONS = ['read', 'write', 'admin'] as const;
const RANK = { read: 1, write: 2, admin: 3 };

for (const dialect of DIALECTS) {
  describe(`effective access (${dialect})`, () => {
    let s: TestServer;
    let t: Tenant;

    before(async () => {
      s = await startTestServer(dialect);
      t = await buildTenant(s);
    });
    after(() => s.close());

    test('every principal has exactly the expected policy on every project (POST /v0/access/check)', async () => {
      const seen: Record<string, Record<string, PolicyOrNone>> = {};
      for (const [principal, row] of Object.entries(EXPECTED)) {
        seen[principal] = {};
        for (const project of PROJECTS) {
          const credential = t.credentials[principal] ?? '';
          for (const action of ACTIONS) {
            const response = await api(s, credential, 'POST', '/v0/access/check', { project, action });
            if (row[project] === null) {
              assert.equal(response.statusCode, 404, `${principal} on ${project}: not visible`);
              seen[principal][project] = null;
              continue;
            }
            assert.equal(response.statusCode, 200, `${principal} on ${project}: ${response.body}`);
            const body = response.json();
            seen[principal][project] = body.policy;
            assert.equal(
              body.allowed,
              RANK[action] <= RANK[row[project] ?? 'read'],
              `${principal} ${action} ${project}`,
            );
            assert.ok(body.via.length > 0, 'an answer names the grants that gave it');
          }
        }
      }
      assert.deepEqual(seen, EXPECTED);
    });

    test('GET /v0/projects lists exactly the visible projects with the effective policy on each', async () => {
      for (const [principal, row] of Object.entries(EXPECTED)) {
        const response = await api(
          s,
          t.credentials[principal] ?? '',
          'GET',
          '/v0/projects?per_page=255',
          undefined,
          200,
        );
        const listed = Object.fromEntries(
          response.json().map((p: { slug: string; policy: PolicyOrNone }) => [p.slug, p.policy]),
        );
        const expected = Object.fromEntries(Object.entries(row).filter(([, policy]) => policy !== null));
        assert.deepEqual(listed, expected, principal);
        assert.equal(response.headers['x-total-count'], String(Object.keys(expected).length));
      }
    });

    test('an administrator asks about any user or app with body.principal and gets the same table', async () => {
      for (const [principal, row] of Object.entries(EXPECTED)) {
        const type = principal.startsWith('bot-') ? 'app' : 'user';
        for (const project of PROJECTS) {
          const response = await api(
            s,
            t.sessions.root,
            'POST',
            '/v0/access/check',
            {
              project,
              action: 'read',
              principal: { type, id: principal },
            },
            200,
          );
          assert.equal(response.json().policy, row[project], `${principal} on ${project}`);
          assert.equal(response.json().allowed, row[project] !== null);
        }
      }
    });

    test('via names the grants behind the answer: team, org, direct, owner, org admin', async () => {
      const check = async (who: string, project: string) =>
        (
          await api(s, t.credentials[who] ?? '', 'POST', '/v0/access/check', { project, action: 'read' }, 200)
        ).json();
      const bob = await check('bob', 'ledger');
      assert.deepEqual(
        bob.via.map((v: { kind: string; policy: string; subject: { slug: string } }) => [
          v.kind,
          v.policy,
          v.subject.slug,
        ]),
        [
          ['direct', 'admin', 'bob'],
          ['org', 'read', 'acme'],
        ],
      );
      assert.deepEqual(
        (await check('bot-a', 'launch')).via.map((v: { kind: string }) => v.kind),
        ['team'],
        'the app is acme’s admin, yet only its explicit grant counts',
      );
      assert.equal((await check('dee', 'diary')).via[0].kind, 'owner');
      assert.equal((await check('ada', 'launch')).via[0].kind, 'org_admin');
      assert.equal((await check('root', 'secret')).via[0].kind, 'tenant_admin');
    });

    test('members and collaborators are listed with their kind and role or policy', async () => {
      const members = await api(s, t.credentials.ada ?? '', 'GET', '/v0/orgs/acme/members', undefined, 200);
      assert.deepEqual(
        members
          .json()
          .map((m: { type: string; slug: string; role: string }) => `${m.type}:${m.slug}:${m.role}`)
          .sort(),
        ['app:bot-a:admin', 'user:ada:admin', 'user:bob:member', 'user:eve:member'],
      );
      const collaborators = await api(
        s,
        t.credentials.bob ?? '',
        'GET',
        '/v0/projects/launch/collaborators',
        undefined,
        200,
      );
      assert.deepEqual(
        collaborators
          .json()
          .map(
            (c: { type: string; grantee: { slug: string }; policy: string }) =>
              `${c.type}:${c.grantee.slug}:${c.policy}`,
          )
          .sort(),
        ['org:globex:read', 'team:rockets:write'],
      );
      const teams = await api(s, t.credentials.cy ?? '', 'GET', '/v0/orgs/globex/teams', undefined, 200);
      assert.deepEqual(
        teams.json().map((team: { slug: string }) => team.slug),
        ['widgets-team'],
      );
    });
  });
}
