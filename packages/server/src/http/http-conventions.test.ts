// The HTTP conventions around the routes: 405 and OPTIONS with Allow, CORS, ETag and 304, problem details, Link.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../config.ts';
import { curl } from '../test/curl.ts';
import { bearer, startTestServer, type TestServer } from '../test/harness.ts';
import { wantsProblem } from './error-handler.ts';
import { matchesIfNoneMatch } from './http-conventions.ts';

const LISTED = 'https://app.example.com';
const PREFLIGHT = { origin: LISTED, 'access-control-request-method': 'GET' };

describe('HTTP conventions', () => {
  let s: TestServer;
  let session: string;
  let url: string;

  before(async () => {
    s = await startTestServer('sqlite', {
      env: { LATCHKEY_CORS_ORIGINS: `${LISTED}, http://localhost:5173` },
    });
    const admin = await s.createUser({ admin: true, slug: 'root' });
    session = await s.login(admin.email);
    url = await s.listen();
  });
  after(() => s.close());

  test('a known path with a wrong method is a 405 naming the methods in Allow; an unknown path stays a 404', async () => {
    const wrong = await s.app.inject({ method: 'DELETE', url: '/v0/auth/whoami' });
    assert.equal(wrong.statusCode, 405);
    assert.equal(wrong.headers.allow, 'GET, HEAD, OPTIONS');
    assert.equal(wrong.json().error.code, 'method_not_allowed');
    assert.match(wrong.json().error.message, /\/v0\/auth\/whoami does not answer DELETE/);
    const token = await s.app.inject({ method: 'GET', url: '/v0/oauth/token' });
    assert.equal(token.statusCode, 405);
    assert.equal(token.headers.allow, 'OPTIONS, POST');
    // A path with parameters, and its query string ignored.
    const keys = await s.app.inject({ method: 'PUT', url: '/v0/users/root/keys?page=2' });
    assert.equal(keys.statusCode, 405);
    assert.equal(keys.headers.allow, 'GET, HEAD, OPTIONS, POST');
    const unknown = await s.app.inject({ method: 'DELETE', url: '/v0/no-such-thing' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.headers.allow, undefined);
    assert.equal(unknown.json().error.code, 'not_found');
  });

  test('OPTIONS is answered 204 with Allow on known paths, 404 on unknown ones', async () => {
    const options = await s.app.inject({ method: 'OPTIONS', url: '/v0/users/root' });
    assert.equal(options.statusCode, 204);
    assert.equal(options.body, '');
    assert.match(String(options.headers.allow), /^DELETE, GET, HEAD, OPTIONS, PATCH$/);
    assert.equal(options.headers['access-control-allow-origin'], undefined, 'not a preflight');
    assert.equal((await s.app.inject({ method: 'OPTIONS', url: '/v0/nowhere' })).statusCode, 404);
  });

  test('the API is readable from a listed origin only, never with credentials', async () => {
    const listed = await s.app.inject({
      url: '/v0/auth/whoami',
      headers: { ...bearer(session), origin: LISTED },
    });
    assert.equal(listed.statusCode, 200);
    assert.equal(listed.headers['access-control-allow-origin'], LISTED);
    assert.equal(listed.headers['access-control-allow-credentials'], undefined);
    assert.match(String(listed.headers['access-control-expose-headers']), /ratelimit-policy/);
    assert.match(String(listed.headers.vary), /Origin/);
    for (const origin of ['https://evil.example', `${LISTED}.evil.example`, 'null', LISTED.toUpperCase()]) {
      const other = await s.app.inject({ url: '/v0/auth/whoami', headers: { ...bearer(session), origin } });
      assert.equal(other.headers['access-control-allow-origin'], undefined, origin);
      assert.match(String(other.headers.vary), /Origin/, 'caches keep the origins apart');
    }
  });

  test('a preflight from a listed origin is answered; from another, it gets no CORS headers', async () => {
    const preflight = await s.app.inject({
      method: 'OPTIONS',
      url: '/v0/users/root/keys',
      headers: PREFLIGHT,
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], LISTED);
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD, OPTIONS, POST');
    assert.match(String(preflight.headers['access-control-allow-headers']), /authorization/);
    assert.equal(preflight.headers['access-control-max-age'], '600');
    assert.equal(preflight.headers['access-control-allow-credentials'], undefined);
    const refused = await s.app.inject({
      method: 'OPTIONS',
      url: '/v0/users/root/keys',
      headers: { ...PREFLIGHT, origin: 'https://evil.example' },
    });
    assert.equal(refused.statusCode, 204);
    assert.equal(refused.headers['access-control-allow-origin'], undefined);
    assert.equal(refused.headers['access-control-allow-methods'], undefined);
  });

  test('discovery and the JWKS are readable from any origin, preflight included', async () => {
    for (const path of ['/.well-known/jwks.json', '/.well-known/oauth-authorization-server']) {
      const read = await s.app.inject({ url: path, headers: { origin: 'https://anyone.example' } });
      assert.equal(read.statusCode, 200);
      assert.equal(read.headers['access-control-allow-origin'], '*');
      assert.equal(read.headers['access-control-allow-credentials'], undefined);
      const preflight = await s.app.inject({
        method: 'OPTIONS',
        url: path,
        headers: { ...PREFLIGHT, origin: 'https://anyone.example' },
      });
      assert.equal(preflight.statusCode, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], '*');
      assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD, OPTIONS');
    }
  });

  test('JWKS and discovery carry an ETag and Cache-Control; If-None-Match gets a 304; a rotation changes the ETag', async () => {
    const jwks = await s.app.inject({ url: '/.well-known/jwks.json' });
    const etag = String(jwks.headers.etag);
    assert.match(etag, /^"[\w-]{27}"$/);
    assert.equal(jwks.headers['cache-control'], 'public, max-age=60');
    assert.match(String(jwks.headers['content-type']), /^application\/json/);
    assert.ok(Array.isArray(jwks.json().keys));
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await s.app.inject({
        url: '/.well-known/jwks.json',
        headers: { 'if-none-match': ifNoneMatch },
      });
      assert.equal(again.statusCode, 304, ifNoneMatch);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
    }
    const stale = await s.app.inject({
      url: '/.well-known/jwks.json',
      headers: { 'if-none-match': '"other"' },
    });
    assert.equal(stale.statusCode, 200);
    const rotated = await s.call('POST', '/v0/admin/signing-keys/rotate', session);
    assert.equal(rotated.statusCode, 200, rotated.body);
    const after = await s.app.inject({ url: '/.well-known/jwks.json', headers: { 'if-none-match': etag } });
    assert.equal(after.statusCode, 200, 'the old ETag no longer matches');
    assert.notEqual(after.headers.etag, etag);

    const discovery = await s.app.inject({ url: '/.well-known/oauth-authorization-server' });
    assert.equal(discovery.headers['cache-control'], 'public, max-age=3600');
    const cached = await s.app.inject({
      url: '/.well-known/oauth-authorization-server',
      headers: { 'if-none-match': String(discovery.headers.etag) },
    });
    assert.equal(cached.statusCode, 304);
  });

  test('RFC 8414 metadata lists private_key_jwt with its signing algorithms, never an empty list', async () => {
    const metadata = (await s.app.inject({ url: '/.well-known/oauth-authorization-server' })).json();
    assert.deepEqual(metadata.token_endpoint_auth_signing_alg_values_supported, ['ES256', 'RS256', 'EdDSA']);
    assert.deepEqual(metadata.token_endpoint_auth_methods_supported, [
      'client_secret_basic',
      'client_secret_post',
      'private_key_jwt',
      // The CLI's device login: a public client, with no secret.
      'none',
    ]);
  });

  test('errors are RFC 9457 problem details when Accept asks for them, the usual body otherwise', async () => {
    const problem = await s.app.inject({
      url: '/v0/auth/whoami',
      headers: { accept: 'application/problem+json, application/json;q=0.5' },
    });
    assert.equal(problem.statusCode, 401);
    assert.match(String(problem.headers['content-type']), /^application\/problem\+json/);
    assert.ok(problem.headers['www-authenticate'], 'the challenges stay');
    const body = problem.json();
    assert.deepEqual(Object.keys(body).sort(), ['code', 'detail', 'request_id', 'status', 'title', 'type']);
    assert.equal(body.type, 'about:blank');
    assert.equal(body.title, 'Unauthorized');
    assert.equal(body.status, 401);
    assert.equal(body.code, 'authentication_required');
    assert.equal(body.request_id, problem.headers['x-request-id'] ?? body.request_id);
    const invalid = await s.app.inject({
      method: 'POST',
      url: '/v0/users/root/keys',
      headers: { ...bearer(session), accept: 'application/problem+json' },
      payload: { name: 7 },
    });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().code, 'validation_failed');
    assert.match(invalid.json().detail, /body\.name/);
    const notAllowed = await s.app.inject({
      method: 'DELETE',
      url: '/v0/auth/whoami',
      headers: { accept: 'application/problem+json' },
    });
    assert.equal(notAllowed.json().title, 'Method Not Allowed');
    for (const accept of [undefined, 'application/json', '*/*', 'application/problem+json;q=0']) {
      const usual = await s.app.inject({ url: '/v0/auth/whoami', headers: accept ? { accept } : {} });
      assert.match(String(usual.headers['content-type']), /^application\/json/, String(accept));
      assert.equal(usual.json().error.code, 'authentication_required');
    }
  });

  test('lists link first and last besides next and prev', async () => {
    for (let i = 0; i < 3; i++) await s.createUser();
    const page = await s.call('GET', '/v0/users?per_page=2&page=2', session);
    assert.equal(page.statusCode, 200);
    const link = String(page.headers.link);
    assert.match(link, /<\/v0\/users\?per_page=2&page=1>; rel="first"/);
    assert.match(link, /<\/v0\/users\?per_page=2&page=2>; rel="last"/);
    assert.match(link, /rel="prev"/);
    assert.doesNotMatch(link, /rel="next"/);
  });

  test('curl against the real server: 405 with Allow, a preflight, a 304 and problem details', async () => {
    const wrong = await curl(['-X', 'PATCH', `${url}/v0/auth/whoami`]);
    assert.equal(wrong.status, 405);
    assert.match(wrong.headers, /^allow: GET, HEAD, OPTIONS\r?$/im);
    const preflight = await curl([
      '-X',
      'OPTIONS',
      '-H',
      `Origin: ${LISTED}`,
      '-H',
      'Access-Control-Request-Method: POST',
      '-H',
      'Access-Control-Request-Headers: authorization, content-type',
      `${url}/v0/users/root/keys`,
    ]);
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers, new RegExp(`^access-control-allow-origin: ${LISTED}\\r?$`, 'im'));
    const jwks = await curl([`${url}/.well-known/jwks.json`]);
    const etag = /^etag: (.+?)\r?$/im.exec(jwks.headers)?.[1];
    assert.ok(etag, jwks.headers);
    const cached = await curl(['-H', `If-None-Match: ${etag}`, `${url}/.well-known/jwks.json`]);
    assert.equal(cached.status, 304);
    assert.match(cached.headers, /^cache-control: public, max-age=60\r?$/im);
    const problem = await curl(['-H', 'Accept: application/problem+json', `${url}/v0/auth/whoami`]);
    assert.equal(problem.status, 401);
    assert.match(problem.headers, /^content-type: application\/problem\+json/im);
    assert.equal(JSON.parse(problem.body).status, 401);
  });
});

describe('HTTP conventions without LATCHKEY_CORS_ORIGINS', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(() => s.close());

  test('no origin is allowed on the API; discovery stays readable everywhere', async () => {
    const api = await s.app.inject({ url: '/v0/auth/whoami', headers: { origin: LISTED } });
    assert.equal(api.headers['access-control-allow-origin'], undefined);
    assert.equal(api.headers.vary, undefined);
    const preflight = await s.app.inject({ method: 'OPTIONS', url: '/v0/auth/whoami', headers: PREFLIGHT });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    const jwks = await s.app.inject({ url: '/.well-known/jwks.json', headers: { origin: LISTED } });
    assert.equal(jwks.headers['access-control-allow-origin'], '*');
  });

  test('LATCHKEY_CORS_ORIGINS takes exact origins: no *, no path, no other scheme', () => {
    assert.deepEqual(loadConfig({}).corsOrigins, []);
    assert.deepEqual(
      loadConfig({ LATCHKEY_CORS_ORIGINS: 'https://a.example, http://127.0.0.1:5173' }).corsOrigins,
      ['https://a.example', 'http://127.0.0.1:5173'],
    );
    for (const [value, message] of [
      ['*', /"\*" is not allowed/],
      ['https://a.example/', /no path or trailing slash/],
      ['https://a.example/app', /no path/],
      ['ftp://a.example', /scheme, host and port only/],
      ['a.example', /origins like/],
    ] as const)
      assert.throws(() => loadConfig({ LATCHKEY_CORS_ORIGINS: value }), message, value);
  });
});

test('If-None-Match comparison and the Accept check', () => {
  assert.equal(matchesIfNoneMatch(undefined, '"a"'), false);
  assert.equal(matchesIfNoneMatch('"b"', '"a"'), false);
  assert.equal(matchesIfNoneMatch('W/"a"', '"a"'), true);
  assert.equal(wantsProblem('application/problem+json;q=0.1'), true);
  assert.equal(wantsProblem('application/problem+json; q=0'), false);
  assert.equal(wantsProblem(['text/html', 'application/problem+json']), true);
  assert.equal(wantsProblem('application/json'), false);
});
