// Org and team changes in the audit log: one event per call, with the caller and what changed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, buildTenant, type Tenant } from '../../test/access-helpers.ts';
import { assertActor, auditRecorder } from '../../test/audit-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

interface Credential {
  key: string;
  start: string;
}

for (const dialect of DIALECTS) {
  describe(`org and team audit events (${dialect})`, () => {
    let s: TestServer;
    let t: Tenant;
    /** Unrestricted API keys, with their start (the hint the log records). */
    let keys: Record<'root' | 'ada' | 'eve', Credential>;
    /** Session keys made from the tenant's sessions. */
    let sessionKeys: Record<'root' | 'ada', Credential>;
    /** A read-only key of the tenant administrator. */
    let rootReadOnly: string;
    let acme: string;
    let rockets: string;

    before(async () => {
      s = await startTestServer(dialect);
      t = await buildTenant(s);
      const key = async (who: 'root' | 'ada' | 'eve') =>
        (
          await api(s, t.sessions[who], 'POST', `/v0/users/${who}/keys`, { name: 'audit' }, 201)
        ).json() as Credential;
      keys = { root: await key('root'), ada: await key('ada'), eve: await key('eve') };
      const sessionKey = async (who: 'root' | 'ada') =>
        (await s.call('POST', '/v0/auth/session-keys', t.sessions[who])).json() as Credential;
      sessionKeys = { root: await sessionKey('root'), ada: await sessionKey('ada') };
      rootReadOnly = (
        await s.createKey(t.sessions.root, 'root', { name: 'read only', scopes: { read_only: true } })
      ).key;
      acme = (await api(s, t.sessions.root, 'GET', '/v0/orgs/acme', undefined, 200)).json().uuid;
      rockets = (await api(s, t.sessions.root, 'GET', '/v0/teams/rockets', undefined, 200)).json().uuid;
    });
    after(() => s.close());

    const { theEvent, nothingRecorded } = auditRecorder(() => s);

    test('org.created: by an administrator’s session and by an administrator’s API key', async () => {
      const { event: bySession } = await theEvent(
        () => s.call('POST', '/v0/orgs', t.sessions.root, { name: ' Initech ', slug: 'initech' }),
        201,
      );
      const initech = (await api(s, t.sessions.root, 'GET', '/v0/orgs/initech', undefined, 200)).json();
      assert.equal(bySession.action, 'org.created');
      assert.deepEqual(bySession.target, { type: 'org', id: initech.uuid });
      assert.deepEqual(bySession.changes, { slug: 'initech', name: 'Initech' });
      assertActor(bySession, { type: 'user', uuid: t.users.root.id, kind: 'session' });
      assert.equal(bySession.actor.label, 'root@example.com');
      assert.ok(bySession.request_id, 'the request id is recorded');
      assert.equal(bySession.client.address, '127.0.0.1');
      assert.ok(bySession.client.user_agent);

      const { event: byKey } = await theEvent(
        () => s.call('POST', '/v0/orgs', keys.root.key, { name: 'Hooli' }),
        201,
      );
      assert.equal(byKey.action, 'org.created');
      assert.deepEqual(byKey.changes, { slug: 'hooli', name: 'Hooli' });
      assertActor(byKey, { type: 'user', uuid: t.users.root.id, kind: 'user_key', hint: keys.root.start });
      assert.ok(!JSON.stringify([bySession, byKey]).includes(keys.root.key), 'no credential is recorded');
    });

    test('refused org creation records nothing: a non-administrator, a read-only key, a taken slug', async () => {
      await nothingRecorded(() => s.call('POST', '/v0/orgs', t.sessions.ada, { name: 'Ada Corp' }), 403);
      await nothingRecorded(() => s.call('POST', '/v0/orgs', rootReadOnly, { name: 'Read Only Corp' }), 403);
      await nothingRecorded(
        () => s.call('POST', '/v0/orgs', t.sessions.root, { name: 'A', slug: 'acme' }),
        409,
      );
      await nothingRecorded(
        () => s.call('POST', '/v0/orgs', t.credentials['bot-a'] ?? '', { name: 'Bot' }),
        403,
      );
    });

    test('org.updated: an org admin renames it with a session key; refusals record nothing', async () => {
      const { event } = await theEvent(
        () => s.call('PATCH', '/v0/orgs/acme', sessionKeys.ada.key, { name: 'Acme Corporation' }),
        200,
      );
      assert.equal(event.action, 'org.updated');
      assert.deepEqual(event.target, { type: 'org', id: acme });
      assert.deepEqual(event.changes, { name: { from: 'Acme', to: 'Acme Corporation' } });
      assertActor(event, {
        type: 'user',
        uuid: t.users.ada.id,
        kind: 'session_key',
        hint: sessionKeys.ada.start,
      });
      assert.ok(!JSON.stringify(event).includes(sessionKeys.ada.key));

      // A plain member (403), a non-member (404), an administrator's read-only key (403).
      await nothingRecorded(() => s.call('PATCH', '/v0/orgs/acme', keys.eve.key, { name: 'Eve Corp' }), 403);
      await nothingRecorded(() => s.call('PATCH', '/v0/orgs/acme', t.sessions.cy, { name: 'Cy Corp' }), 404);
      await nothingRecorded(() => s.call('PATCH', '/v0/orgs/acme', rootReadOnly, { name: 'RO Corp' }), 403);
    });

    test('org members: an app adds one, a key changes its role, a session removes it with its teams', async () => {
      // bot-a is an admin of acme: an app may manage the org it administers.
      const { event: added } = await theEvent(
        () => s.call('POST', '/v0/orgs/acme/members', t.credentials['bot-a'] ?? '', { user: 'dee' }),
        201,
      );
      assert.equal(added.action, 'org.member_added');
      assert.deepEqual(added.target, { type: 'org', id: acme });
      assert.deepEqual(added.changes, { member: { type: 'user', id: t.users.dee.id }, role: 'member' });
      assertActor(added, { type: 'app', uuid: t.apps['bot-a'].uuid, kind: 'app_token' });
      assert.equal(added.actor.label, t.apps['bot-a'].client_id);
      assert.ok(added.actor.credential?.id, 'the token’s jti is recorded');
      assert.ok(!JSON.stringify(added).includes(t.credentials['bot-a'] ?? '-'), 'the token is not recorded');

      const { event: updated } = await theEvent(
        () => s.call('POST', '/v0/orgs/acme/members', keys.ada.key, { user: 'dee', role: 'admin' }),
        200,
      );
      assert.equal(updated.action, 'org.member_updated');
      assert.deepEqual(updated.changes, {
        member: { type: 'user', id: t.users.dee.id },
        role: { from: 'member', to: 'admin' },
      });
      assertActor(updated, { type: 'user', uuid: t.users.ada.id, kind: 'user_key', hint: keys.ada.start });
      // The role it already has: nothing changes, nothing is recorded.
      await nothingRecorded(
        () => s.call('POST', '/v0/orgs/acme/members', keys.ada.key, { user: 'dee', role: 'admin' }),
        200,
      );

      const { event: inTeam } = await theEvent(
        () => s.call('POST', '/v0/teams/rockets/members', t.sessions.ada, { user: 'dee' }),
        201,
      );
      assert.equal(inTeam.action, 'team.member_added');
      assert.deepEqual(inTeam.target, { type: 'team', id: rockets });

      // Refused: a plain member adding (403), removing someone who is not a member (404).
      await nothingRecorded(() => s.call('POST', '/v0/orgs/acme/members', keys.eve.key, { user: 'cy' }), 403);
      await nothingRecorded(() => s.call('DELETE', '/v0/orgs/acme/members/cy', t.sessions.ada), 404);
      await nothingRecorded(() => s.call('DELETE', '/v0/orgs/acme/members/dee', keys.eve.key), 403);

      // Leaving the org leaves its teams: one event naming them, not one per membership.
      const { event: removed } = await theEvent(
        () => s.call('DELETE', '/v0/orgs/acme/members/dee', t.sessions.ada),
        204,
      );
      assert.equal(removed.action, 'org.member_removed');
      assert.deepEqual(removed.target, { type: 'org', id: acme });
      assert.deepEqual(removed.changes, {
        member: { type: 'user', id: t.users.dee.id },
        role: 'admin',
        teams: [rockets],
      });
      assertActor(removed, { type: 'user', uuid: t.users.ada.id, kind: 'session' });
    });

    test('org.deleted: one event naming its teams and counting its memberships and grants', async () => {
      const root = sessionKeys.root.key;
      await api(s, root, 'POST', '/v0/orgs', { name: 'Doomed', slug: 'doomed' }, 201);
      const doomed = (await api(s, root, 'GET', '/v0/orgs/doomed', undefined, 200)).json().uuid;
      await api(s, root, 'POST', '/v0/orgs/doomed/members', { user: 'bob' }, 201);
      await api(s, root, 'POST', '/v0/orgs/doomed/members', { app: 'bot-b' }, 201);
      const teamA = (await api(s, root, 'POST', '/v0/orgs/doomed/teams', { name: 'Doomed A' }, 201)).json()
        .uuid;
      const teamB = (await api(s, root, 'POST', '/v0/orgs/doomed/teams', { name: 'Doomed B' }, 201)).json()
        .uuid;
      await api(s, root, 'POST', '/v0/teams/doomed-a/members', { user: 'bob' }, 201);
      await api(s, root, 'POST', '/v0/projects/launch/collaborators', { org: 'doomed', policy: 'read' }, 201);
      await api(
        s,
        root,
        'POST',
        '/v0/projects/ledger/collaborators',
        { team: 'doomed-b', policy: 'read' },
        201,
      );

      // Refused: an org that still owns projects (409), a non-member (404), a read-only key (403).
      await nothingRecorded(() => s.call('DELETE', '/v0/orgs/acme', t.sessions.root), 409);
      await nothingRecorded(() => s.call('DELETE', '/v0/orgs/doomed', t.sessions.ada), 404);
      await nothingRecorded(() => s.call('DELETE', '/v0/orgs/doomed', rootReadOnly), 403);

      const { event } = await theEvent(() => s.call('DELETE', '/v0/orgs/doomed', root), 204);
      assert.equal(event.action, 'org.deleted');
      assert.deepEqual(event.target, { type: 'org', id: doomed });
      assert.deepEqual(event.changes, {
        slug: 'doomed',
        name: 'Doomed',
        teams: [teamA, teamB].sort(),
        members: 2,
        grants: 2,
      });
      assertActor(event, {
        type: 'user',
        uuid: t.users.root.id,
        kind: 'session_key',
        hint: sessionKeys.root.start,
      });
    });

    test('team.created by an app that administers the org; team.updated by a session key', async () => {
      const { event: created } = await theEvent(
        () =>
          s.call('POST', '/v0/orgs/acme/teams', t.credentials['bot-a'] ?? '', { name: 'Bots', slug: 'bots' }),
        201,
      );
      const bots = (await api(s, t.sessions.root, 'GET', '/v0/teams/bots', undefined, 200)).json().uuid;
      assert.equal(created.action, 'team.created');
      assert.deepEqual(created.target, { type: 'team', id: bots });
      assert.deepEqual(created.changes, { org: acme, slug: 'bots', name: 'Bots' });
      assertActor(created, { type: 'app', uuid: t.apps['bot-a'].uuid, kind: 'app_token' });

      const { event: renamed } = await theEvent(
        () => s.call('PATCH', '/v0/teams/bots', sessionKeys.ada.key, { name: 'Robots' }),
        200,
      );
      assert.equal(renamed.action, 'team.updated');
      assert.deepEqual(renamed.target, { type: 'team', id: bots });
      assert.deepEqual(renamed.changes, { name: { from: 'Bots', to: 'Robots' } });
      assertActor(renamed, {
        type: 'user',
        uuid: t.users.ada.id,
        kind: 'session_key',
        hint: sessionKeys.ada.start,
      });

      // Refused: an org member who administers neither (403), a non-member (404), a read-only key
      // (403), a taken slug (409), an app that is not an admin of the org (404).
      await nothingRecorded(() => s.call('PATCH', '/v0/teams/bots', keys.eve.key, { name: 'Eve' }), 403);
      await nothingRecorded(() => s.call('PATCH', '/v0/teams/bots', t.sessions.cy, { name: 'Cy' }), 404);
      await nothingRecorded(() => s.call('PATCH', '/v0/teams/bots', rootReadOnly, { name: 'RO' }), 403);
      await nothingRecorded(
        () => s.call('POST', '/v0/orgs/acme/teams', t.sessions.ada, { name: 'X', slug: 'rockets' }),
        409,
      );
      await nothingRecorded(
        () => s.call('POST', '/v0/orgs/acme/teams', t.credentials['bot-c'] ?? '', { name: 'C' }),
        404,
      );
    });

    test('team members: a key changes a role, an app removes a member', async () => {
      const { event: updated } = await theEvent(
        () => s.call('POST', '/v0/teams/rockets/members', keys.ada.key, { user: 'bob', role: 'admin' }),
        200,
      );
      assert.equal(updated.action, 'team.member_updated');
      assert.deepEqual(updated.target, { type: 'team', id: rockets });
      assert.deepEqual(updated.changes, {
        member: { type: 'user', id: t.users.bob.id },
        role: { from: 'member', to: 'admin' },
      });
      assertActor(updated, { type: 'user', uuid: t.users.ada.id, kind: 'user_key', hint: keys.ada.start });

      // Refused: not a member of the org (400), a plain member adding (403), a read-only key (403).
      await nothingRecorded(
        () => s.call('POST', '/v0/teams/rockets/members', keys.ada.key, { user: 'cy' }),
        400,
      );
      await nothingRecorded(
        () => s.call('POST', '/v0/teams/rockets/members', keys.eve.key, { user: 'eve' }),
        403,
      );
      await nothingRecorded(() => s.call('DELETE', '/v0/teams/rockets/members/bob', rootReadOnly), 403);

      const { event: removed } = await theEvent(
        () => s.call('DELETE', '/v0/teams/rockets/members/bob', t.credentials['bot-a'] ?? ''),
        204,
      );
      assert.equal(removed.action, 'team.member_removed');
      assert.deepEqual(removed.target, { type: 'team', id: rockets });
      assert.deepEqual(removed.changes, { member: { type: 'user', id: t.users.bob.id }, role: 'admin' });
      assertActor(removed, { type: 'app', uuid: t.apps['bot-a'].uuid, kind: 'app_token' });
      await nothingRecorded(() => s.call('DELETE', '/v0/teams/rockets/members/bob', t.sessions.ada), 404);
    });

    test('team.deleted: one event counting its memberships and grants', async () => {
      await api(
        s,
        t.sessions.ada,
        'POST',
        '/v0/orgs/acme/teams',
        { name: 'Short Lived', slug: 'short' },
        201,
      );
      const short = (await api(s, t.sessions.ada, 'GET', '/v0/teams/short', undefined, 200)).json().uuid;
      await api(s, t.sessions.ada, 'POST', '/v0/teams/short/members', { user: 'eve' }, 201);
      await api(s, t.sessions.ada, 'POST', '/v0/teams/short/members', { app: 'bot-a' }, 201);
      await api(
        s,
        t.sessions.ada,
        'POST',
        '/v0/projects/launch/collaborators',
        { team: 'short', policy: 'read' },
        201,
      );

      await nothingRecorded(() => s.call('DELETE', '/v0/teams/short', keys.eve.key), 403);
      await nothingRecorded(() => s.call('DELETE', '/v0/teams/short', t.sessions.dee), 404);

      const { event } = await theEvent(() => s.call('DELETE', '/v0/teams/short', keys.ada.key), 204);
      assert.equal(event.action, 'team.deleted');
      assert.deepEqual(event.target, { type: 'team', id: short });
      assert.deepEqual(event.changes, {
        org: acme,
        slug: 'short',
        name: 'Short Lived',
        members: 2,
        grants: 1,
      });
      assertActor(event, { type: 'user', uuid: t.users.ada.id, kind: 'user_key', hint: keys.ada.start });
    });

    test('reading orgs, teams and members records nothing', async () => {
      const reads = [
        '/v0/orgs',
        '/v0/orgs/acme',
        '/v0/orgs/acme/members',
        '/v0/orgs/acme/teams',
        '/v0/teams/rockets',
        '/v0/teams/rockets/members',
      ];
      for (const url of reads) {
        await nothingRecorded(() => s.call('GET', url, t.sessions.ada), 200);
        await nothingRecorded(() => s.call('GET', url, t.credentials['bot-a'] ?? ''), 200);
      }
    });
  });
}
