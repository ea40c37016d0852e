// App tokens that carry permissions (the token request's scope, within the app's ceiling and its role
// assignments), checked by verify, and the access check's `permission` with its explanation in `via`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'oauth4webapi';
import {
  type CreatedApp,
  createApp,
  createSecret,
  oauthPost,
  startListening,
} from '../../test/apps-helpers.ts';
import { DIALECTS, type TestServer } from '../../test/harness.ts';

const insecure = { [oauth.allowInsecureRequests]: true };

for (const dialect of DIALECTS) {
  describe(`permissions of app tokens and the access check (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let session: string;
    let ci: CreatedApp;
    let secret: string;

    before(async () => {
      s = await startListening(dialect);
      const admin = await s.createUser({ slug: 'ada', admin: true });
      adminSession = await s.login(admin.email);
      const user = await s.createUser({ slug: 'cid' });
      session = await s.login(user.email);
      const call = async (method: 'PUT' | 'POST', path: string, body: unknown) => {
        const answer = await s.call(method, path, adminSession, body);
        assert.ok(answer.statusCode < 300, `${method} ${path}: ${answer.body}`);
      };
      for (const name of ['results:upload', 'results:read', 'runs:read', 'runs:write'])
        await call('PUT', `/v0/admin/permissions/${name}`, { description: name });
      await call('POST', '/v0/orgs', { name: 'Acme', slug: 'acme' });
      await call('POST', '/v0/orgs/acme/members', { user: 'cid' });
      await call('POST', '/v0/orgs/acme/teams', { name: 'CI', slug: 'ci' });
      await call('POST', '/v0/teams/ci/members', { user: 'cid' });
      await call('POST', '/v0/projects', { name: 'Web', slug: 'web', org: 'acme' });
      await call('POST', '/v0/projects', { name: 'Other', slug: 'other', org: 'acme' });
      await call('POST', '/v0/projects/web/collaborators', { team: 'ci', policy: 'read' });
      await call('PUT', '/v0/admin/roles/uploader', { description: '', permissions: ['results:*'] });
      await call('PUT', '/v0/admin/roles/runner', { description: '', permissions: ['runs:*'] });
      ci = await createApp(s, adminSession, { name: 'CI', slug: 'ci-bot', permissions: ['results:upload'] });
      secret = await createSecret(s, adminSession, ci.slug);
      await call('PUT', '/v0/projects/web/roles', { role: 'uploader', app: 'ci-bot' });
      await call('PUT', '/v0/admin/roles/runner/assignments', { app: 'ci-bot' });
    });
    after(() => s.close());

    const discover = async () => {
      const issuer = new URL(s.url);
      return oauth.processDiscoveryResponse(
        issuer,
        await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
      );
    };
    const tokenFor = async (scope?: string) => {
      const as = await discover();
      const oauthClient = { client_id: ci.client_id };
      const response = await oauth.clientCredentialsGrantRequest(
        as,
        oauthClient,
        oauth.ClientSecretBasic(secret),
        new URLSearchParams(scope === undefined ? {} : { scope }),
        insecure,
      );
      return oauth.processClientCredentialsResponse(as, oauthClient, response);
    };
    const verify = (credential: string, query: string) =>
      s.call('GET', `/v0/auth/verify?${query}`, credential);

    test('the app’s ceiling is set by administrators only, checked against the catalogue, and shown', async () => {
      const shown = await s.call('GET', '/v0/apps/ci-bot', adminSession);
      assert.deepEqual(shown.json().permissions, ['results:upload']);
      const bad = await s.call('PATCH', '/v0/apps/ci-bot', adminSession, { permissions: ['nope:x'] });
      assert.equal(bad.statusCode, 400);
      assert.match(
        bad.json().error.message,
        /body\.permissions\.0: "nope:x" is not in the permission catalogue/,
      );
      await s.call('PATCH', '/v0/users/cid', adminSession, { developer: true });
      const byUser = await s.call('PATCH', '/v0/apps/ci-bot', session, { permissions: ['results:*'] });
      assert.ok([403, 404].includes(byUser.statusCode), byUser.body);
      const audit = await s.call('GET', '/v0/admin/audit?action=app.created', adminSession);
      assert.equal(audit.statusCode, 200);
    });

    test('a token is granted what was asked ∩ the ceiling ∩ what the app holds; verify holds it to that', async () => {
      // runs:write is held tenant-wide by assignment but outside the ceiling; results:read is inside
      // the ceiling's resource but not in it; both are dropped, and scope says what was granted.
      const result = await tokenFor('results:upload runs:write results:read');
      assert.equal(result.scope, 'results:upload');
      const as = await discover();
      const request = new Request(`${s.url}/v0/auth/whoami`, {
        headers: { authorization: `Bearer ${result.access_token}` },
      });
      const claims = await oauth.validateJwtAccessToken(as, request, s.url, insecure);
      assert.equal(claims.scope, 'results:upload');
      const token = result.access_token;
      const allowed = await verify(token, 'project=web&permission=results:upload');
      assert.equal(allowed.statusCode, 200, allowed.body);
      assert.equal(allowed.headers['x-latchkey-permissions'], 'results:upload');
      // The assignment is on project web only: not on other, not tenant-wide.
      assert.equal((await verify(token, 'project=other&permission=results:upload')).statusCode, 403);
      assert.equal((await verify(token, 'permission=results:upload')).statusCode, 403);
      // Held by the app, but not granted to this token.
      const notGranted = await verify(token, 'permission=runs:write');
      assert.equal(notGranted.statusCode, 403);
      assert.match(notGranted.json().error.message, /this access token's scope leaves out "runs:write"/);
    });

    test('an unknown name is invalid_scope; a token without permissions in its scope carries none, as before', async () => {
      const unknown = await oauthPost(s, {
        grant_type: 'client_credentials',
        client_id: ci.client_id,
        client_secret: secret,
        scope: 'results:upload billing:admin',
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().error, 'invalid_scope');
      assert.match(unknown.json().error_description, /billing:admin/);
      const none = await oauthPost(s, {
        grant_type: 'client_credentials',
        client_id: ci.client_id,
        client_secret: secret,
        scope: 'runs:read',
      });
      assert.equal(none.statusCode, 400, 'outside the ceiling: nothing is left to grant');
      assert.equal(none.json().error, 'invalid_scope');
      const plain = await tokenFor();
      assert.equal(plain.scope, 'api');
      assert.equal((await verify(plain.access_token, '')).statusCode, 200);
      assert.equal(
        (await verify(plain.access_token, 'project=web&permission=results:upload')).statusCode,
        403,
      );
    });

    test('lowering the ceiling reaches tokens already issued', async () => {
      const { access_token: token } = await tokenFor('results:upload');
      assert.equal((await verify(token, 'project=web&permission=results:upload')).statusCode, 200);
      const lowered = await s.call('PATCH', '/v0/apps/ci-bot', adminSession, { permissions: ['runs:read'] });
      assert.equal(lowered.statusCode, 200, lowered.body);
      assert.deepEqual(lowered.json().permissions, ['runs:read']);
      assert.equal((await verify(token, 'project=web&permission=results:upload')).statusCode, 403);
      await s.call('PATCH', '/v0/apps/ci-bot', adminSession, { permissions: ['results:upload'] });
      assert.equal((await verify(token, 'project=web&permission=results:upload')).statusCode, 200);
    });

    test('the access check explains a permission: the role, to whom, where, and what a key or token took away', async () => {
      await s.call('PUT', '/v0/orgs/acme/roles', adminSession, { role: 'runner', team: 'ci' });
      const check = (credential: string, body: unknown) =>
        s.call('POST', '/v0/access/check', credential, body);
      const viaTeam = await check(session, { project: 'web', permission: 'runs:write' });
      assert.equal(viaTeam.statusCode, 200, viaTeam.body);
      const answer = viaTeam.json();
      assert.equal(answer.allowed, true);
      assert.equal(answer.policy, null);
      assert.deepEqual(answer.permissions, { granted: ['runs:write'], missing: [] });
      const role = answer.via.find((v: { kind: string }) => v.kind === 'role');
      assert.equal(role.role, 'runner');
      assert.equal(role.permission, 'runs:write');
      assert.deepEqual(role.subject.type, 'team');
      assert.equal(role.subject.slug, 'ci');
      assert.equal(role.scope.type, 'org');
      assert.equal(role.scope.slug, 'acme');
      assert.match(role.note, /role "runner", assigned to team "ci" on org "acme"/);

      // Several at once, with the project policy: every one must hold.
      const both = await check(session, {
        project: 'web',
        action: 'read',
        permission: ['runs:write', 'results:upload'],
      });
      assert.equal(both.statusCode, 200, both.body);
      assert.equal(both.json().allowed, false);
      assert.deepEqual(both.json().permissions.missing, ['results:upload']);

      // A key whose scopes.permissions leaves one out: the restriction is named.
      const { key } = await s.createKey(session, 'cid', {
        name: 'narrow',
        scopes: { permissions: ['runs:read'] },
      });
      const capped = await check(key, { project: 'web', permission: ['runs:read', 'runs:write'] });
      assert.equal(capped.json().allowed, false);
      const restriction = capped
        .json()
        .via.find(
          (v: { kind: string; permission?: string }) =>
            v.kind === 'key_restriction' && v.permission === 'runs:write',
        );
      assert.ok(restriction, capped.body);
      assert.equal(restriction.subject.type, 'key');
      assert.match(restriction.note, /scopes\.permissions leaves it out/);

      // An app token: its scope is the restriction.
      const { access_token: token } = await tokenFor('results:upload');
      const byToken = await check(token, { project: 'web', permission: 'results:upload' });
      assert.equal(byToken.json().allowed, true, byToken.body);
      assert.ok(byToken.json().via.some((v: { kind: string }) => v.kind === 'token_scope'));
      const tokenRole = byToken.json().via.find((v: { kind: string }) => v.kind === 'role');
      assert.deepEqual([tokenRole.subject.type, tokenRole.scope.type], ['app', 'project']);

      // Administrators ask about another principal; others may not.
      const asAdmin = await check(adminSession, {
        permission: 'runs:write',
        principal: { type: 'app', id: 'ci-bot' },
      });
      assert.equal(asAdmin.json().allowed, true, asAdmin.body);
      assert.equal(asAdmin.json().via[0].scope.type, 'tenant');
      assert.equal(
        (await check(session, { permission: 'runs:write', principal: { type: 'app', id: 'ci-bot' } }))
          .statusCode,
        403,
      );
      // A project the caller cannot see, and no permission there: 404, as the plain check.
      const outsider = await s.createUser({ slug: 'eve' });
      const eve = await s.login(outsider.email);
      assert.equal((await check(eve, { project: 'web', permission: 'runs:write' })).statusCode, 404);
      // Bad input names the field.
      const bad = await check(session, { project: 'web', permission: 'Runs' });
      assert.equal(bad.statusCode, 400);
      assert.equal((await check(session, { action: 'read' })).statusCode, 400);
      assert.equal((await check(session, { project: 'web' })).statusCode, 400);
    });
  });
}
