// The verifier's `permissions` against a real server: an app token's scope offline, keys and projects through verify.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClientApp, type SdkServer, startSdkServer } from '../test/server.ts';
import { createVerifier } from './verifier.ts';

describe('createVerifier() with permissions, against a real server', () => {
  let server: SdkServer;
  let uploadToken: string;
  let plainToken: string;
  let key: string;
  const seen: string[] = [];
  const admin = async (method: 'PUT' | 'PATCH' | 'POST', url: string, payload: object) => {
    const response = await server.s.call(method, url, server.adminToken, payload);
    assert.ok(response.statusCode < 300, `${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const tokenOf = async (app: { clientId: string; clientSecret: string }, scope?: string) => {
    const response = await fetch(`${server.url}/v0/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }),
    });
    const body = (await response.json()) as { access_token: string; scope: string };
    assert.equal(response.status, 200, JSON.stringify(body));
    return body;
  };

  before(async () => {
    server = await startSdkServer();
    for (const name of ['results:upload', 'runs:read']) {
      await admin('PUT', `/v0/admin/permissions/${name}`, { description: name });
    }
    await admin('PUT', '/v0/admin/roles/uploader', { description: '', permissions: ['results:upload'] });
    // The app: a ceiling and a tenant-wide assignment, as in docs/permissions.md.
    const app = await createClientApp(server);
    await admin('PATCH', `/v0/apps/${app.slug}`, { permissions: ['results:*'] });
    await admin('PUT', '/v0/admin/roles/uploader/assignments', { app: app.slug });
    const granted = await tokenOf(app, 'results:upload');
    assert.equal(granted.scope, 'results:upload');
    uploadToken = granted.access_token;
    plainToken = (await tokenOf(app)).access_token;
    // A user who holds results:upload on the project web only.
    const ada = await server.s.createUser({ slug: 'ada' });
    const adaSession = await server.s.login(ada.email);
    const project = await server.s.call('POST', '/v0/projects', adaSession, { name: 'web', slug: 'web' });
    assert.equal(project.statusCode, 201, project.body);
    const assigned = await server.s.call('PUT', '/v0/projects/web/roles', adaSession, {
      role: 'uploader',
      user: 'ada',
    });
    assert.ok(assigned.statusCode < 300, assigned.body);
    key = (await server.s.createKey(adaSession, 'ada', { name: 'uploads' })).key;
  });
  after(() => server.close());

  /** A verifier that records every URL it asks the server, to tell offline answers from online ones. */
  const verifier = () =>
    createVerifier({
      url: server.url,
      now: () => server.s.clock.now(),
      cacheTtlMs: 0,
      fetch: (request) => {
        seen.push(new URL(request.url).pathname + new URL(request.url).search);
        return fetch(request);
      },
    });
  const verifyCalls = () => seen.filter((url) => url.startsWith('/v0/auth/verify'));

  test('an app token whose scope grants the permission is allowed offline', async () => {
    seen.length = 0;
    const answer = await verifier().verify(
      { authorization: `Bearer ${uploadToken}` },
      { permissions: ['results:upload'] },
    );
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(answer.principal.checkedBy, 'token');
    assert.deepEqual(answer.principal.permissions, ['results:upload']);
    assert.deepEqual(verifyCalls(), []);
  });

  test('an app token whose scope leaves the permission out is refused offline: permission_denied', async () => {
    seen.length = 0;
    const v = verifier();
    for (const [token, asked] of [
      [uploadToken, ['runs:read']],
      [uploadToken, ['results:upload', 'runs:read']],
      [plainToken, ['results:upload']],
    ] as const) {
      const answer = await v.verify({ authorization: `Bearer ${token}` }, { permissions: [...asked] });
      assert.ok(!answer.ok, JSON.stringify(answer));
      assert.equal(answer.refusal.status, 403);
      assert.equal(answer.refusal.code, 'permission_denied');
      assert.match(answer.refusal.message, /runs:read|results:upload/);
    }
    assert.deepEqual(verifyCalls(), []);
  });

  test('a key is asked of the server, permission and project in the query', async () => {
    seen.length = 0;
    const v = verifier();
    const allowed = await v.verify(
      { authorization: `Bearer ${key}` },
      { project: 'web', permissions: ['results:upload'] },
    );
    assert.ok(allowed.ok, JSON.stringify(allowed));
    assert.equal(allowed.principal.checkedBy, 'server');
    assert.deepEqual(allowed.principal.permissions, ['results:upload']);
    // Held on web only: tenant-wide it is refused, and so is a permission not held at all.
    for (const request of [
      { permissions: ['results:upload'] },
      { project: 'web', permissions: ['results:upload', 'runs:read'] },
    ]) {
      const answer = await v.verify({ authorization: `Bearer ${key}` }, request);
      assert.ok(!answer.ok, JSON.stringify(answer));
      assert.equal(answer.refusal.status, 403);
      assert.equal(answer.refusal.code, 'permission_denied');
    }
    assert.deepEqual(verifyCalls(), [
      '/v0/auth/verify?project=web&permission=results%3Aupload',
      '/v0/auth/verify?permission=results%3Aupload',
      '/v0/auth/verify?project=web&permission=results%3Aupload&permission=runs%3Aread',
    ]);
  });

  test('an app token asked about a project goes to the server', async () => {
    seen.length = 0;
    const answer = await verifier().verify(
      { authorization: `Bearer ${uploadToken}` },
      { project: 'web', permissions: ['results:upload'] },
    );
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(answer.principal.checkedBy, 'server');
    assert.deepEqual(verifyCalls(), ['/v0/auth/verify?project=web&permission=results%3Aupload']);
  });
});
