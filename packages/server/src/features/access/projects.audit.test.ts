// Project and collaborator changes in the audit log: one event per call, with the caller and what changed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, buildTenant, type Tenant } from '../../test/access-helpers.ts';
import { type AuditEvent, assertActor, auditRecorder } from '../../test/audit-helpers.ts';
import { DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

interface Credential {
  key: string;
  start: string;
}

for (const dialect of DIALECTS) {
  describe(`project audit events (${dialect})`, () => {
    let s: TestServer;
    let t: Tenant;
    /** Unrestricted API keys, with their start (the hint the log records). */
    let keys: Record<'ada' | 'bob', Credential>;
    let deeSessionKey: Credential;
    /** bob's keys: read-only, and limited to project launch. */
    let bobReadOnly: string;
    let bobLaunchOnly: string;
    let acme: string;
    const token = (app: 'bot-a' | 'bot-b' | 'bot-c') => t.credentials[app] ?? '';

    before(async () => {
      s = await startTestServer(dialect);
      t = await buildTenant(s);
      const key = async (who: 'ada' | 'bob', body: object = { name: 'audit' }) =>
        (await api(s, t.sessions[who], 'POST', `/v0/users/${who}/keys`, body, 201)).json() as Credential;
      keys = { ada: await key('ada'), bob: await key('bob') };
      deeSessionKey = (await s.call('POST', '/v0/auth/session-keys', t.sessions.dee)).json();
      bobReadOnly = (await key('bob', { name: 'ro', scopes: { read_only: true } })).key;
      bobLaunchOnly = (await key('bob', { name: 'launch', scopes: { projects: ['launch'] } })).key;
      acme = (await api(s, t.sessions.root, 'GET', '/v0/orgs/acme', undefined, 200)).json().uuid;
    });
    after(() => s.close());

    const { recorded, theEvent, nothingRecorded } = auditRecorder(() => s);

    test('project.created: a personal project by a session key, an org project by an API key', async () => {
      const personal = await theEvent(
        () => s.call('POST', '/v0/projects', deeSessionKey.key, { name: 'Journal', slug: 'journal' }),
        201,
      );
      assert.equal(personal.event.action, 'project.created');
      assert.deepEqual(personal.event.target, { type: 'project', id: personal.body.uuid });
      assert.deepEqual(personal.event.changes, {
        slug: 'journal',
        name: 'Journal',
        org: null,
        owner: t.users.dee.id,
      });
      assertActor(personal.event, {
        type: 'user',
        uuid: t.users.dee.id,
        kind: 'session_key',
        hint: deeSessionKey.start,
      });
      assert.ok(!JSON.stringify(personal.event).includes(deeSessionKey.key), 'no credential is recorded');

      const inOrg = await theEvent(
        () => s.call('POST', '/v0/projects', keys.ada.key, { name: ' Rocket Fuel ', org: 'acme' }),
        201,
      );
      assert.equal(inOrg.event.action, 'project.created');
      assert.deepEqual(inOrg.event.target, { type: 'project', id: inOrg.body.uuid });
      assert.deepEqual(inOrg.event.changes, {
        slug: 'rocket-fuel',
        name: 'Rocket Fuel',
        org: acme,
        owner: null,
      });
      assertActor(inOrg.event, {
        type: 'user',
        uuid: t.users.ada.id,
        kind: 'user_key',
        hint: keys.ada.start,
      });
    });

    test('an app that administers an org creates a project in it and is made its admin collaborator', async () => {
      const { response, events } = await recorded(
        () => s.call('POST', '/v0/projects', token('bot-a'), { name: 'Bot Built', org: 'acme' }),
        201,
      );
      assert.equal(response.json().policy, 'admin', 'the creating app can see and manage what it made');
      const [created, granted] = events;
      assert.equal(created?.action, 'project.created');
      assert.equal(granted?.action, 'project.grant_added');
      assert.deepEqual(granted?.changes.grantee, { type: 'app', id: t.apps['bot-a'].uuid });
      assert.equal(granted?.changes.creator, true);
      for (const event of [created, granted])
        assertActor(event as AuditEvent, { type: 'app', uuid: t.apps['bot-a'].uuid, kind: 'app_token' });
      const check = await s.call('POST', '/v0/access/check', token('bot-b'), {
        project: 'bot-built',
        action: 'read',
      });
      assert.equal(check.statusCode, 404, 'another app still sees nothing it was not granted');
    });

    test('refused project creation records nothing', async () => {
      // An app cannot own a personal project; a restricted key creates nothing; a plain org member
      // cannot create in the org; a taken slug; an org the caller cannot see.
      await nothingRecorded(() => s.call('POST', '/v0/projects', token('bot-a'), { name: 'Bot' }), 403);
      await nothingRecorded(() => s.call('POST', '/v0/projects', bobLaunchOnly, { name: 'Side' }), 403);
      await nothingRecorded(() => s.call('POST', '/v0/projects', bobReadOnly, { name: 'Side' }), 403);
      await nothingRecorded(
        () => s.call('POST', '/v0/projects', keys.bob.key, { name: 'S', org: 'acme' }),
        403,
      );
      await nothingRecorded(
        () => s.call('POST', '/v0/projects', t.sessions.dee, { name: 'D', slug: 'diary' }),
        409,
      );
      await nothingRecorded(
        () => s.call('POST', '/v0/projects', t.sessions.dee, { name: 'G', org: 'globex' }),
        404,
      );
    });

    test('project.updated: a collaborator with the admin policy renames it with an API key', async () => {
      const { event, body } = await theEvent(
        () => s.call('PATCH', '/v0/projects/ledger', keys.bob.key, { name: 'General Ledger' }),
        200,
      );
      assert.equal(event.action, 'project.updated');
      assert.deepEqual(event.target, { type: 'project', id: body.uuid });
      assert.deepEqual(event.changes, { name: { from: 'Ledger', to: 'General Ledger' } });
      assertActor(event, { type: 'user', uuid: t.users.bob.id, kind: 'user_key', hint: keys.bob.start });

      // Refused: a read-only key (403), a key limited to another project (404), write is not admin
      // (403), a project the caller cannot see (404).
      await nothingRecorded(() => s.call('PATCH', '/v0/projects/ledger', bobReadOnly, { name: 'RO' }), 403);
      await nothingRecorded(() => s.call('PATCH', '/v0/projects/ledger', bobLaunchOnly, { name: 'L' }), 404);
      await nothingRecorded(() => s.call('PATCH', '/v0/projects/launch', keys.bob.key, { name: 'W' }), 403);
      await nothingRecorded(() => s.call('PATCH', '/v0/projects/ledger', t.sessions.dee, { name: 'D' }), 404);
    });

    test('collaborators: a session adds one, a session key changes its policy', async () => {
      const diary = (await api(s, t.sessions.dee, 'GET', '/v0/projects/diary', undefined, 200)).json().uuid;
      const added = await theEvent(
        () =>
          s.call('POST', '/v0/projects/diary/collaborators', t.sessions.dee, { user: 'eve', policy: 'read' }),
        201,
      );
      assert.equal(added.event.action, 'project.grant_added');
      assert.deepEqual(added.event.target, { type: 'project', id: diary });
      assert.deepEqual(added.event.changes, {
        grant: added.body.uuid,
        grantee: { type: 'user', id: t.users.eve.id },
        policy: 'read',
      });
      assertActor(added.event, { type: 'user', uuid: t.users.dee.id, kind: 'session' });

      const updated = await theEvent(
        () =>
          s.call('POST', '/v0/projects/diary/collaborators', deeSessionKey.key, {
            user: 'eve',
            policy: 'write',
          }),
        200,
      );
      assert.equal(updated.event.action, 'project.grant_updated');
      assert.deepEqual(updated.event.target, { type: 'project', id: diary });
      assert.deepEqual(updated.event.changes, {
        grant: added.body.uuid,
        grantee: { type: 'user', id: t.users.eve.id },
        policy: { from: 'read', to: 'write' },
      });
      assertActor(updated.event, {
        type: 'user',
        uuid: t.users.dee.id,
        kind: 'session_key',
        hint: deeSessionKey.start,
      });
      // The policy it already has: nothing changes, nothing is recorded.
      await nothingRecorded(
        () =>
          s.call('POST', '/v0/projects/diary/collaborators', t.sessions.dee, {
            user: 'eve',
            policy: 'write',
          }),
        200,
      );

      // An org as collaborator, by an org admin's key: the grantee is named by type and UUID.
      const org = await theEvent(
        () =>
          s.call('POST', '/v0/projects/launch/collaborators', keys.ada.key, { org: 'acme', policy: 'read' }),
        201,
      );
      assert.equal(org.event.action, 'project.grant_added');
      assert.deepEqual(org.event.changes, {
        grant: org.body.uuid,
        grantee: { type: 'org', id: acme },
        policy: 'read',
      });
      assertActor(org.event, { type: 'user', uuid: t.users.ada.id, kind: 'user_key', hint: keys.ada.start });
    });

    test('collaborators: an app with the admin policy adds and removes one', async () => {
      await api(
        s,
        t.sessions.root,
        'POST',
        '/v0/projects',
        { name: 'Bot Works', slug: 'bot-works', org: 'acme' },
        201,
      );
      const works = (await api(s, t.sessions.root, 'GET', '/v0/projects/bot-works', undefined, 200)).json()
        .uuid;
      await api(
        s,
        t.sessions.root,
        'POST',
        '/v0/projects/bot-works/collaborators',
        { app: 'bot-c', policy: 'admin' },
        201,
      );

      const added = await theEvent(
        () =>
          s.call('POST', '/v0/projects/bot-works/collaborators', token('bot-c'), {
            app: 'bot-b',
            policy: 'write',
          }),
        201,
      );
      assert.equal(added.event.action, 'project.grant_added');
      assert.deepEqual(added.event.target, { type: 'project', id: works });
      assert.deepEqual(added.event.changes, {
        grant: added.body.uuid,
        grantee: { type: 'app', id: t.apps['bot-b'].uuid },
        policy: 'write',
      });
      assertActor(added.event, { type: 'app', uuid: t.apps['bot-c'].uuid, kind: 'app_token' });
      assert.ok(added.event.actor.credential?.id, 'the token’s jti is recorded');
      assert.ok(!JSON.stringify(added.event).includes(token('bot-c')), 'the token is not recorded');

      // Refused: bot-b has write, not admin (403); an app cannot name a team it cannot see (400);
      // removing what is not a collaborator (404).
      await nothingRecorded(
        () =>
          s.call('POST', '/v0/projects/bot-works/collaborators', token('bot-b'), {
            user: 'cy',
            policy: 'read',
          }),
        403,
      );
      await nothingRecorded(
        () =>
          s.call('POST', '/v0/projects/bot-works/collaborators', token('bot-c'), {
            team: 'rockets',
            policy: 'read',
          }),
        400,
      );
      await nothingRecorded(
        () => s.call('DELETE', '/v0/projects/bot-works/collaborators/cy', token('bot-c')),
        404,
      );
      await nothingRecorded(
        () => s.call('DELETE', '/v0/projects/bot-works/collaborators/bot-b', token('bot-b')),
        403,
      );

      const removed = await theEvent(
        () => s.call('DELETE', '/v0/projects/bot-works/collaborators/bot-b', token('bot-c')),
        204,
      );
      assert.equal(removed.event.action, 'project.grant_removed');
      assert.deepEqual(removed.event.target, { type: 'project', id: works });
      assert.deepEqual(removed.event.changes, {
        grant: added.body.uuid,
        grantee: { type: 'app', id: t.apps['bot-b'].uuid },
        policy: 'write',
      });
      assertActor(removed.event, { type: 'app', uuid: t.apps['bot-c'].uuid, kind: 'app_token' });
    });

    test('refused collaborator changes by users record nothing', async () => {
      // cy reads diary (403), eve cannot see ledger (404), bob's read-only key (403), a removal by a reader (403).
      await nothingRecorded(
        () =>
          s.call('POST', '/v0/projects/diary/collaborators', t.sessions.cy, { user: 'cy', policy: 'admin' }),
        403,
      );
      await nothingRecorded(
        () =>
          s.call('POST', '/v0/projects/widgets/collaborators', keys.bob.key, {
            user: 'bob',
            policy: 'admin',
          }),
        404,
      );
      await nothingRecorded(
        () =>
          s.call('POST', '/v0/projects/ledger/collaborators', bobReadOnly, { user: 'eve', policy: 'read' }),
        403,
      );
      await nothingRecorded(
        () => s.call('DELETE', '/v0/projects/diary/collaborators/eve', t.sessions.cy),
        403,
      );
    });

    test('project.deleted: one event counting the grants that went with it', async () => {
      const journal = (await api(s, t.sessions.dee, 'GET', '/v0/projects/journal', undefined, 200)).json()
        .uuid;
      await api(
        s,
        t.sessions.dee,
        'POST',
        '/v0/projects/journal/collaborators',
        { user: 'cy', policy: 'read' },
        201,
      );
      await api(
        s,
        t.sessions.dee,
        'POST',
        '/v0/projects/journal/collaborators',
        { app: 'bot-b', policy: 'read' },
        201,
      );

      // Refused: a reader (403), someone who cannot see it (404), an app that only reads it (403).
      await nothingRecorded(() => s.call('DELETE', '/v0/projects/journal', t.sessions.cy), 403);
      await nothingRecorded(() => s.call('DELETE', '/v0/projects/journal', keys.bob.key), 404);
      await nothingRecorded(() => s.call('DELETE', '/v0/projects/journal', token('bot-b')), 403);

      const { event } = await theEvent(() => s.call('DELETE', '/v0/projects/journal', t.sessions.root), 204);
      assert.equal(event.action, 'project.deleted');
      assert.deepEqual(event.target, { type: 'project', id: journal });
      assert.deepEqual(event.changes, {
        slug: 'journal',
        name: 'Journal',
        org: null,
        owner: t.users.dee.id,
        grants: 2,
      });
      assertActor(event, { type: 'user', uuid: t.users.root.id, kind: 'session' });
    });

    test('reading projects, collaborators and the access check records nothing', async () => {
      const readers: [string, string][] = [
        [keys.bob.key, 'launch'],
        [token('bot-b'), 'widgets'],
      ];
      for (const [credential, project] of readers) {
        await nothingRecorded(() => s.call('GET', '/v0/projects', credential), 200);
        await nothingRecorded(() => s.call('GET', `/v0/projects/${project}`, credential), 200);
        await nothingRecorded(() => s.call('GET', `/v0/projects/${project}/collaborators`, credential), 200);
        await nothingRecorded(
          () => s.call('POST', '/v0/access/check', credential, { project, action: 'admin' }),
          200,
        );
      }
    });
  });
}
