// Through a real nginx: auth_request to /v0/auth/verify passes identities upstream and every refusal to the client.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { createApp, createSecret, obtainToken } from '../../test/apps-helpers.ts';
import { curl } from '../../test/curl.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';
import { NGINX, type NginxProcess } from '../../test/nginx.ts';
import { type Echoed, startEchoUpstream, startGateway } from '../../test/nginx-gateway.ts';

const basic = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

/** The WWW-Authenticate challenges of a curl response, in order. */
const challengesOf = (headers: string): string[] =>
  [...headers.matchAll(/^www-authenticate: *(.*?)\r?$/gim)].map((match) => String(match[1]));

/** Every header a client might send to name another method or URI than its request's. */
const SPOOFS: Record<string, string>[] = [
  { 'x-forwarded-method': 'GET' },
  { 'x-original-method': 'GET' },
  { 'x-http-method-override': 'GET' },
  { 'x-forwarded-uri': '/' },
  { 'x-original-uri': '/' },
];
SPOOFS.push(Object.assign({}, ...SPOOFS));

for (const dialect of DIALECTS) {
  describe(`verify behind nginx auth_request (${dialect})`, {
    skip: NGINX === '' && 'nginx is not installed',
  }, () => {
    let s: TestServer;
    let nginx: NginxProcess;
    let upstream: Server;
    let received: Echoed[];
    let port: { latchkey: number; upstream: number };
    let ada: UserRow;
    let adaSession: string;
    let adminSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      s.clock.set(Date.now());
      await s.listen();
      const echo = await startEchoUpstream();
      upstream = echo.server;
      received = echo.received;
      port = { latchkey: Number(new URL(s.url).port), upstream: echo.port };
      nginx = await startGateway(port);
      const admin = await s.createUser({ slug: 'root', admin: true });
      ada = await s.createUser({ slug: 'ada', email: 'ada@example.com' });
      adminSession = await s.login(admin.email);
      adaSession = await s.login(ada.email);
    });
    after(async () => {
      await nginx?.stop();
      await new Promise((resolve) => upstream?.close(resolve));
      await s?.close();
    });

    const get = (path: string, headers: Record<string, string>, method = 'GET', through = nginx) =>
      fetch(`${through.url}${path}`, { method, headers });

    const reached = async (response: Response): Promise<Echoed> => {
      const text = await response.text();
      assert.equal(response.status, 200, `${text} ${nginx.errors()}`);
      return JSON.parse(text) as Echoed;
    };

    test('each credential form reaches the upstream with the identity headers', async () => {
      const key = await s.createKey(adaSession, 'ada');
      const sessionKey = (await s.call('POST', '/v0/auth/session-keys', adaSession)).json();
      const forms: [Record<string, string>, string][] = [
        [bearer(key.key), `user_key:${key.uuid}`],
        [basic(key.key, ''), `user_key:${key.uuid}`],
        [basic('apikey', key.key), `user_key:${key.uuid}`],
        [{ apikey: key.key }, `user_key:${key.uuid}`],
        [bearer(sessionKey.key), `session_key:${sessionKey.uuid}`],
      ];
      for (const [headers, credential] of forms) {
        const echoed = await reached(await get('/api/things?x=1', headers));
        assert.equal(echoed.url, '/api/things?x=1');
        assert.equal(echoed.headers['x-latchkey-principal'], `user:${ada.id}`);
        assert.equal(echoed.headers['x-latchkey-user'], 'ada');
        assert.equal(echoed.headers['x-latchkey-email'], 'ada@example.com');
        assert.equal(echoed.headers['x-latchkey-credential'], credential);
        assert.equal(echoed.headers['x-latchkey-admin'], 'false');
        assert.equal(echoed.headers['x-latchkey-restrictions'], undefined);
      }
      const session = await reached(await get('/', bearer(adaSession)));
      assert.match(String(session.headers['x-latchkey-credential']), /^session:/);

      const app = await createApp(s, adminSession, { name: 'NginxProcess bot', slug: 'nginx-bot' });
      const token = await obtainToken(s, app.client_id, await createSecret(s, adminSession, 'nginx-bot'));
      const viaToken = await reached(await get('/', bearer(token), 'POST'));
      assert.equal(viaToken.method, 'POST');
      assert.equal(viaToken.headers['x-latchkey-principal'], `app:${app.uuid}`);
      assert.equal(viaToken.headers['x-latchkey-app'], app.client_id);
      assert.equal(viaToken.headers['x-latchkey-user'], undefined);
    });

    test('identity headers a client sends itself never reach the upstream', async () => {
      const key = await s.createKey(adaSession, 'ada', { name: 'forger' });
      const echoed = await reached(
        await get('/', { ...bearer(key.key), 'x-latchkey-admin': 'true', 'x-latchkey-restrictions': 'none' }),
      );
      assert.equal(echoed.headers['x-latchkey-admin'], 'false');
      assert.equal(echoed.headers['x-latchkey-restrictions'], undefined);
    });

    test('no credential and a garbage key are 401 with the challenges, and never reach the upstream', async () => {
      const refused: Record<string, string>[] = [
        {},
        bearer(`lk_user_${'a'.repeat(36)}`),
        { apikey: 'not-a-key' },
      ];
      for (const headers of refused) {
        const response = await get('/', headers);
        assert.equal(response.status, 401, await response.text());
        assert.match(String(response.headers.get('www-authenticate')), /realm="latchkey"/);
      }
    });

    test('a refused Bearer token reaches the client as Latchkey’s 401: the Bearer invalid_token challenge first, and the JSON body', async () => {
      const doomed = await s.createKey(adaSession, 'ada', { name: 'bearer refused' });
      const revoked = await s.call('DELETE', `/v0/users/ada/keys/${doomed.uuid}`, adaSession);
      assert.equal(revoked.statusCode, 200, revoked.body);
      // A bad checksum: refused before any lookup, still a Bearer invalid_token.
      const forged = `lk_user_${'a'.repeat(36)}`;
      for (const [secret, code] of [
        [doomed.key, 'credential_revoked'],
        [forged, 'malformed_credential'],
      ] as const) {
        const through = await curl([`${nginx.url}/api/things`, '-H', `Authorization: Bearer ${secret}`]);
        assert.equal(through.status, 401, `${through.body} ${nginx.errors()}`);
        assert.equal(challengesOf(through.headers)[0], 'Bearer realm="latchkey", error="invalid_token"');
        assert.match(through.headers, /^content-type: application\/json/im);
        const body = JSON.parse(through.body) as { error: { code: string; request_id: string } };
        assert.equal(body.error.code, code);
        assert.ok(body.error.request_id);
        assert.ok(!through.body.includes(secret), 'the secret is echoed');
      }
      // nginx alone (no error_page 401) passes one challenge: Latchkey's first, the caller's own scheme.
      const bare = await startGateway(port, { refusalBody: false });
      try {
        const alone = await curl([`${bare.url}/`, '-H', `Authorization: Bearer ${doomed.key}`]);
        assert.equal(alone.status, 401, `${alone.body} ${bare.errors()}`);
        assert.deepEqual(challengesOf(alone.headers), ['Bearer realm="latchkey", error="invalid_token"']);
        const basicCaller = await curl([`${bare.url}/`, '-u', `${doomed.key}:`]);
        assert.match(String(challengesOf(basicCaller.headers)[0]), /^Basic realm="latchkey"/);
        const headerCaller = await curl([`${bare.url}/`, '-H', `apikey: ${doomed.key}`]);
        assert.match(String(challengesOf(headerCaller.headers)[0]), /^apikey realm="latchkey"/);
        assert.deepEqual(challengesOf((await curl([`${bare.url}/`])).headers), ['Bearer realm="latchkey"']);
      } finally {
        await bare.stop();
      }
      // Refused requests never reach the upstream, with the body or without.
      assert.ok(received.every((echoed) => echoed.headers.authorization !== `Bearer ${doomed.key}`));
    });

    test('a revoked key and a suspended user are refused at once, with a warm cache', async () => {
      const doomed = await s.createKey(adaSession, 'ada', { name: 'doomed' });
      await reached(await get('/', bearer(doomed.key)));
      await reached(await get('/', bearer(doomed.key)));
      const revoked = await s.call('DELETE', `/v0/users/ada/keys/${doomed.uuid}`, adaSession);
      assert.equal(revoked.statusCode, 200, revoked.body);
      assert.equal((await get('/', bearer(doomed.key))).status, 401);

      const bob = await s.createUser({ slug: 'bob' });
      const bobKey = await s.createKey(await s.login(bob.email), 'bob');
      await reached(await get('/', { apikey: bobKey.key }));
      const suspended = await s.call('PATCH', '/v0/users/bob', adminSession, { suspended: true });
      assert.equal(suspended.statusCode, 200, suspended.body);
      assert.equal((await get('/', { apikey: bobKey.key })).status, 401);
    });

    test('a project-limited key is refused for another project', async () => {
      for (const slug of ['mine', 'other']) {
        const created = await s.call('POST', '/v0/projects', adaSession, { name: slug, slug });
        assert.equal(created.statusCode, 201, created.body);
      }
      const limited = await s.createKey(adaSession, 'ada', {
        name: 'mine only',
        scopes: { projects: ['mine'] },
      });
      const own = await reached(await get('/projects/mine/runs', bearer(limited.key), 'POST'));
      assert.match(String(own.headers['x-latchkey-restrictions']), /^projects=/);
      assert.match(String(own.headers['x-latchkey-via']), /^owner:ada=admin/);
      assert.equal((await get('/projects/other/runs', bearer(limited.key))).status, 403);
      // Without a project named, the key reaches nothing.
      assert.equal((await get('/api', bearer(limited.key))).status, 403);
      // A read-only key reads the project and is refused a write, by the original method.
      const readOnly = await s.createKey(adaSession, 'ada', { name: 'ro', scopes: { read_only: true } });
      await reached(await get('/projects/other/runs', bearer(readOnly.key)));
      assert.equal((await get('/projects/other/runs', bearer(readOnly.key), 'DELETE')).status, 403);
    });

    test('method and URI headers a client sends change no decision, even where nginx does not clear them', async () => {
      const root = await s.login((await s.createUser({ slug: 'owner', admin: true })).email);
      const reader = await s.createUser({ slug: 'reader' });
      for (const [session, slug] of [
        [root, 'launch'],
        [adaSession, 'kept'],
      ] as const) {
        const created = await s.call('POST', '/v0/projects', session, { name: slug, slug });
        assert.equal(created.statusCode, 201, created.body);
      }
      const granted = await s.call('POST', '/v0/projects/launch/collaborators', root, {
        user: 'reader',
        policy: 'read',
      });
      assert.equal(granted.statusCode, 201, granted.body);
      const readOnly = await s.createKey(adaSession, 'ada', {
        name: 'ro spoof',
        scopes: { read_only: true },
      });
      const limitedReadOnly = await s.createKey(adaSession, 'ada', {
        name: 'kept ro',
        scopes: { read_only: true, projects: ['kept'] },
      });
      const readerKey = await s.createKey(await s.login(reader.email), 'reader');
      const writes: [string, string, string][] = [
        ['DELETE', '/things/1', readOnly.key],
        ['PUT', '/projects/kept/x', limitedReadOnly.key],
        ['POST', '/projects/launch/x', readerKey.key],
      ];
      // Each may read, so a refusal below is the write's.
      for (const [, path, secret] of writes) await reached(await get(path, bearer(secret)));

      // The documented configuration, and one without its lines that clear those headers: Latchkey
      // reads only LATCHKEY_VERIFY_METHOD_HEADER, so even then nothing a client sends turns a write into a read.
      const uncleared = await startGateway(port, { clearHeaders: false });
      try {
        for (const through of [nginx, uncleared]) {
          const before = received.length;
          for (const [method, path, secret] of writes) {
            for (const spoof of SPOOFS) {
              const response = await get(path, { ...bearer(secret), ...spoof }, method, through);
              await response.arrayBuffer();
              const said = `${method} ${path} ${JSON.stringify(spoof)} ${through === nginx ? '' : 'un'}cleared`;
              assert.equal(response.status, 403, said);
            }
          }
          assert.deepEqual(received.slice(before), [], 'the upstream received a refused request');
        }
        // The other way round: a read the key may make, with an override naming a write, reaches an
        // upstream that honours overrides without it.
        const read = await reached(
          await get('/things/1', { ...bearer(readOnly.key), 'x-http-method-override': 'DELETE' }),
        );
        assert.equal(read.method, 'GET');
        assert.equal(read.headers['x-http-method-override'], undefined);
      } finally {
        await uncleared.stop();
      }
    });

    test('X-Latchkey-Admin reaches the upstream true only for an administrator’s unrestricted key', async () => {
      const root = await s.login((await s.createUser({ slug: 'chief', admin: true })).email);
      const created = await s.call('POST', '/v0/projects', root, { name: 'ops', slug: 'ops' });
      assert.equal(created.statusCode, 201, created.body);
      const full = await s.createKey(root, 'chief', { name: 'full' });
      const readOnly = await s.createKey(root, 'chief', { name: 'ro', scopes: { read_only: true } });
      const limited = await s.createKey(root, 'chief', { name: 'ops', scopes: { projects: ['ops'] } });
      const admin = async (path: string, secret: string) =>
        (await reached(await get(path, bearer(secret)))).headers['x-latchkey-admin'];
      assert.equal(await admin('/', full.key), 'true');
      assert.equal(await admin('/projects/ops/x', full.key), 'true');
      assert.equal(await admin('/', readOnly.key), 'false');
      assert.equal(await admin('/projects/ops/x', readOnly.key), 'false');
      assert.equal(await admin('/projects/ops/x', limited.key), 'false');
    });

    test('a location that requires a permission passes X-Latchkey-Permissions to the upstream, and refuses without it', async () => {
      for (const name of ['results:upload', 'runs:read']) {
        const set = await s.call('PUT', `/v0/admin/permissions/${name}`, adminSession, { description: name });
        assert.ok([200, 201].includes(set.statusCode), set.body);
      }
      const role = await s.call('PUT', '/v0/admin/roles/uploader', adminSession, {
        description: '',
        permissions: ['results:upload', 'runs:read'],
      });
      assert.ok([200, 201].includes(role.statusCode), role.body);
      const created = await s.call('POST', '/v0/projects', adaSession, { name: 'web', slug: 'web' });
      assert.equal(created.statusCode, 201, created.body);
      const assigned = await s.call('PUT', '/v0/projects/web/roles', adaSession, {
        role: 'uploader',
        user: 'ada',
      });
      assert.ok([200, 201].includes(assigned.statusCode), assigned.body);
      const adaKey = await s.createKey(adaSession, 'ada', { name: 'uploads' });
      const echoed = await reached(await get('/results/42', bearer(adaKey.key)));
      assert.equal(echoed.headers['x-latchkey-permissions'], 'results:upload');
      assert.equal(echoed.headers['x-latchkey-user'], 'ada');
      // Elsewhere no permission was asked: the header is not sent at all.
      assert.equal(
        (await reached(await get('/', bearer(adaKey.key)))).headers['x-latchkey-permissions'],
        undefined,
      );

      const rootKey = await s.createKey(adminSession, 'root', { name: 'root' });
      const runsOnly = await s.createKey(adaSession, 'ada', {
        name: 'runs only',
        scopes: { permissions: ['runs:read'] },
      });
      for (const secret of [rootKey.key, runsOnly.key]) {
        const before = received.length;
        const refused = await get('/results/42', bearer(secret));
        assert.equal(refused.status, 403, await refused.text());
        assert.deepEqual(received.slice(before), [], 'the upstream received a refused request');
      }
      // A forged header from the client never reaches the upstream as the permissions checked.
      const forged = await reached(
        await get('/', { ...bearer(adaKey.key), 'x-latchkey-permissions': 'results:upload' }),
      );
      assert.equal(forged.headers['x-latchkey-permissions'], undefined);
    });

    test('a spent rate limit is a 403 with Retry-After through nginx (deny_status=403)', async () => {
      const busy = await s.createUser({ slug: 'busy' });
      const limited = await s.call('PATCH', '/v0/users/busy', adminSession, {
        rate_limit: { per_second: 1, burst: 2 },
      });
      assert.equal(limited.statusCode, 200, limited.body);
      const key = await s.createKey(await s.login(busy.email), 'busy');
      let response = await get('/', bearer(key.key));
      for (let i = 0; i < 4 && response.status === 200; i++) {
        await response.text();
        response = await get('/', bearer(key.key));
      }
      assert.equal(response.status, 403, `${await response.text()} ${nginx.errors()}`);
      assert.ok(Number(response.headers.get('retry-after')) >= 1, 'Retry-After');
    });
  });
}
