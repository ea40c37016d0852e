// The console's cookie session: its attributes, CSRF refusals, sign-out, and how it meets header credentials.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { bearer, DIALECTS, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.ts';

const HOST = 'console.test:7420';
const ORIGIN = `http://${HOST}`;

interface SignedIn {
  cookie: string;
  csrf: string;
  setCookie: string;
}

async function signIn(s: TestServer, email: string, origin = ORIGIN): Promise<SignedIn> {
  const response = await s.app.inject({
    method: 'POST',
    url: '/v0/console/session',
    headers: { host: HOST, origin },
    payload: { email, password: TEST_PASSWORD },
  });
  assert.equal(response.statusCode, 200, response.body);
  const setCookie = String(response.headers['set-cookie']);
  return { setCookie, cookie: setCookie.split(';')[0] ?? '', csrf: response.json().csrf_token };
}

for (const dialect of DIALECTS) {
  describe(`console cookie session (${dialect})`, () => {
    let s: TestServer;
    let ada: UserRow;

    before(async () => {
      s = await startTestServer(dialect);
      ada = await s.createUser({ slug: 'ada', email: 'ada@example.com' });
    });
    after(() => s.close());

    const post = (url: string, headers: Record<string, string>, payload: object = {}) =>
      s.app.inject({ method: 'POST', url, headers: { host: HOST, ...headers }, payload });

    test('sign-in sets an HttpOnly, SameSite=Strict cookie on / and never puts the token in the body', async () => {
      const response = await s.app.inject({
        method: 'POST',
        url: '/v0/console/session',
        headers: { host: HOST, origin: ORIGIN },
        payload: { email: ada.email, password: TEST_PASSWORD },
      });
      assert.equal(response.statusCode, 200);
      const setCookie = String(response.headers['set-cookie']);
      assert.match(
        setCookie,
        /^latchkey_session=eyJ[^;]+; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Strict$/,
      );
      assert.ok(!setCookie.includes('Secure'), 'plain http: no Secure attribute');
      const body = response.json();
      assert.deepEqual(Object.keys(body).sort(), ['csrf_token', 'expiration', 'user']);
      assert.equal(body.user.slug, 'ada');
      const token = setCookie.slice('latchkey_session='.length).split(';')[0] ?? '';
      assert.ok(!response.body.includes(token), 'the session token is only in the cookie');
      assert.equal(response.headers['cache-control'], 'no-store');
    });

    test('the cookie is a session: whoami and the session view answer with it', async () => {
      const { cookie, csrf } = await signIn(s, ada.email);
      const whoami = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: { cookie } });
      assert.equal(whoami.statusCode, 200);
      assert.equal(whoami.json().credential.kind, 'session');
      const view = await s.app.inject({ method: 'GET', url: '/v0/console/session', headers: { cookie } });
      assert.equal(view.statusCode, 200);
      assert.equal(view.json().csrf_token, csrf, 'the same per-session token after a reload');
      assert.equal(view.json().user.email, ada.email);
      assert.equal(view.json().signed_in, true);
      assert.equal(view.json().enrolment_required, false, 'no policy asks Ada for a factor');
    });

    test('with no cookie the session check answers 200 signed_in false, never a 401 the browser would log', async () => {
      for (const headers of [{}, { 'x-latchkey-console': '1' }, { cookie: 'latchkey_session=' }]) {
        const view = await s.app.inject({ method: 'GET', url: '/v0/console/session', headers });
        assert.equal(view.statusCode, 200, JSON.stringify(headers));
        assert.deepEqual(view.json(), { signed_in: false });
        assert.equal(view.headers['cache-control'], 'no-store');
        assert.equal(view.headers['set-cookie'], undefined);
      }
    });

    test('a cookie that is sent is still authenticated: a forged or ended one is 401, not "signed out"', async () => {
      const forged = await s.app.inject({
        method: 'GET',
        url: '/v0/console/session',
        headers: { cookie: 'latchkey_session=eyJhbGciOiJFZERTQSJ9.e30.AAAA' },
      });
      assert.equal(forged.statusCode, 401, forged.body);
      const { cookie, csrf } = await signIn(s, ada.email);
      const out = await s.app.inject({
        method: 'DELETE',
        url: '/v0/console/session',
        headers: { cookie, host: HOST, origin: ORIGIN, 'x-csrf-token': csrf },
      });
      assert.equal(out.statusCode, 204);
      // A copy of the ended session's cookie:
      const ended = await s.app.inject({ method: 'GET', url: '/v0/console/session', headers: { cookie } });
      assert.equal(ended.statusCode, 401, ended.body);
      assert.equal(ended.json().error.code, 'session_ended');
      // An API key is no console session either way: refused, not answered "signed out".
      const token = await s.login(ada.email);
      const key = await s.call('POST', '/v0/users/ada/keys', token, { name: 'not-a-session' });
      const withKey = await s.app.inject({
        method: 'GET',
        url: '/v0/console/session',
        headers: bearer(key.json().key),
      });
      assert.equal(withKey.statusCode, 403, withKey.body);
    });

    test('the refusal the API gives for a wrong password is the console sign-in refusal too', async () => {
      const response = await post(
        '/v0/console/session',
        { origin: ORIGIN },
        { email: ada.email, password: 'nope' },
      );
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().error.code, 'invalid_credentials');
      assert.equal(response.headers['set-cookie'], undefined);
    });

    test('a sign-in from another origin, or with no Origin, is refused with 403 (login CSRF)', async () => {
      const body = { email: ada.email, password: TEST_PASSWORD };
      const foreign = await post('/v0/console/session', { origin: 'https://evil.example' }, body);
      assert.equal(foreign.statusCode, 403);
      assert.match(foreign.json().error.message, /Cross-site request refused/);
      assert.equal(foreign.headers['set-cookie'], undefined);
      const none = await post('/v0/console/session', {}, body);
      assert.equal(none.statusCode, 403);
    });

    test('a POST carrying the cookie without the CSRF token is refused with 403 and changes nothing', async () => {
      const { cookie } = await signIn(s, ada.email);
      const response = await post('/v0/users/ada/keys', { cookie, origin: ORIGIN }, { name: 'forged' });
      assert.equal(response.statusCode, 403);
      assert.match(response.json().error.message, /x-csrf-token header is missing/);
      const wrong = await post(
        '/v0/users/ada/keys',
        { cookie, origin: ORIGIN, 'x-csrf-token': 'not-the-token' },
        { name: 'forged' },
      );
      assert.equal(wrong.statusCode, 403);
      const keys = await s.app.inject({ method: 'GET', url: '/v0/users/ada/keys', headers: { cookie } });
      assert.ok(!keys.body.includes('forged'));
    });

    test("another session's CSRF token does not fit this session", async () => {
      const first = await signIn(s, ada.email);
      const second = await signIn(s, ada.email);
      const response = await post(
        '/v0/users/ada/keys',
        { cookie: first.cookie, origin: ORIGIN, 'x-csrf-token': second.csrf },
        { name: 'crossed' },
      );
      assert.equal(response.statusCode, 403);
    });

    test('the right token from a wrong Origin, or from no Origin, is refused with 403', async () => {
      const { cookie, csrf } = await signIn(s, ada.email);
      const foreign = await post(
        '/v0/users/ada/keys',
        { cookie, origin: 'http://evil.example', 'x-csrf-token': csrf },
        { name: 'forged' },
      );
      assert.equal(foreign.statusCode, 403);
      assert.match(foreign.json().error.message, /Origin \(http:\/\/evil\.example\) is not this server/);
      const none = await post('/v0/users/ada/keys', { cookie, 'x-csrf-token': csrf }, { name: 'forged' });
      assert.equal(none.statusCode, 403);
      assert.match(none.json().error.message, /no Origin header/);
    });

    test('an Origin that differs in scheme or port, or carries user-info or a path, is refused with 403', async () => {
      const { cookie, csrf } = await signIn(s, ada.email);
      const refusals: Array<[string, RegExp]> = [
        ['https://console.test:7420', /is not this server/],
        ['http://console.test:7421', /is not this server/],
        ['http://console.test', /is not this server/],
        ['http://evil@console.test:7420', /is not a serialized origin/],
        ['http://console.test:7420/x', /is not a serialized origin/],
        ['http://console.test:7420/', /is not a serialized origin/],
        ['not a url', /is not a URL/],
      ];
      for (const [origin, reason] of refusals) {
        const response = await post(
          '/v0/users/ada/keys',
          { cookie, origin, 'x-csrf-token': csrf },
          { name: 'forged' },
        );
        assert.equal(response.statusCode, 403, origin);
        assert.match(response.json().error.message, reason, origin);
      }
      const signInFromHttps = await s.app.inject({
        method: 'POST',
        url: '/v0/console/session',
        headers: { host: HOST, origin: 'https://console.test:7420' },
        payload: { email: ada.email, password: TEST_PASSWORD },
      });
      assert.equal(signInFromHttps.statusCode, 403, 'login CSRF is refused on the scheme too');
      const keys = await s.call('GET', '/v0/users/ada/keys', await s.login(ada.email));
      assert.ok(!keys.body.includes('forged'), 'nothing was created');
    });

    test('the cookie with its token from this origin changes things (same origin as the public URL too)', async () => {
      const { cookie, csrf } = await signIn(s, ada.email);
      const created = await post(
        '/v0/users/ada/keys',
        { cookie, origin: ORIGIN, 'x-csrf-token': csrf },
        { name: 'ok' },
      );
      assert.equal(created.statusCode, 201, created.body);
      const viaPublicUrl = await s.app.inject({
        method: 'POST',
        url: '/v0/users/ada/keys',
        headers: { cookie, origin: s.config.publicUrl, 'x-csrf-token': csrf, host: 'proxy.internal' },
        payload: { name: 'ok too' },
      });
      assert.equal(viaPublicUrl.statusCode, 201, viaPublicUrl.body);
    });

    test('a credential in the headers wins over the cookie, which is then neither used nor CSRF-checked', async () => {
      const { cookie } = await signIn(s, ada.email);
      const token = await s.login(ada.email);
      const response = await post('/v0/users/ada/keys', { cookie, ...bearer(token) }, { name: 'scripted' });
      assert.equal(response.statusCode, 201, response.body);
      const view = await s.app.inject({
        method: 'GET',
        url: '/v0/console/session',
        headers: { cookie, ...bearer(token) },
      });
      assert.equal(view.statusCode, 400, 'the CSRF token is only handed to the cookie');
    });

    test('sign-out ends the session on the server and clears the cookie', async () => {
      const { cookie, csrf } = await signIn(s, ada.email);
      const refused = await s.app.inject({
        method: 'DELETE',
        url: '/v0/console/session',
        headers: { cookie, host: HOST, origin: ORIGIN },
      });
      assert.equal(refused.statusCode, 403, 'sign-out is a change: it needs the token as well');
      const out = await s.app.inject({
        method: 'DELETE',
        url: '/v0/console/session',
        headers: { cookie, host: HOST, origin: ORIGIN, 'x-csrf-token': csrf },
      });
      assert.equal(out.statusCode, 204);
      assert.match(
        String(out.headers['set-cookie']),
        /^latchkey_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/,
      );
      // The browser would drop it; whoever kept a copy finds the session ended.
      const again = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: { cookie } });
      assert.equal(again.statusCode, 401);
      assert.equal(again.json().error.code, 'session_ended');
    });

    test('signing in again in the same browser ends the session its cookie held', async () => {
      const first = await signIn(s, ada.email);
      const again = await s.app.inject({
        method: 'POST',
        url: '/v0/console/session',
        headers: { host: HOST, origin: ORIGIN, cookie: first.cookie },
        payload: { email: ada.email, password: TEST_PASSWORD },
      });
      assert.equal(again.statusCode, 200);
      const old = await s.app.inject({
        method: 'GET',
        url: '/v0/auth/whoami',
        headers: { cookie: first.cookie },
      });
      assert.equal(old.statusCode, 401);
      assert.equal(old.json().error.code, 'session_ended');
      const fresh = String(again.headers['set-cookie']).split(';')[0] ?? '';
      const now = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: { cookie: fresh } });
      assert.equal(now.statusCode, 200);
    });

    test('a suspended user’s cookie is refused at once', async () => {
      const bob = await s.createUser({ slug: 'bob-console' });
      const { cookie } = await signIn(s, bob.email);
      const admin = await s.createUser({ admin: true });
      const suspended = await s.call('PATCH', '/v0/users/bob-console', await s.login(admin.email), {
        suspended: true,
      });
      assert.equal(suspended.statusCode, 200, suspended.body);
      const response = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: { cookie } });
      assert.equal(response.statusCode, 401);
    });
  });
}

describe('console cookie over https', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite', { env: { LATCHKEY_PUBLIC_URL: 'https://keys.example.com' } });
    await s.createUser({ slug: 'eve', email: 'eve@example.com' });
  });
  after(() => s.close());

  test('the cookie is Secure and __Host- prefixed when the public URL is https', async () => {
    const response = await s.app.inject({
      method: 'POST',
      url: '/v0/console/session',
      headers: { host: 'keys.example.com', origin: 'https://keys.example.com' },
      payload: { email: 'eve@example.com', password: TEST_PASSWORD },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(
      String(response.headers['set-cookie']),
      /^__Host-latchkey_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
    );
  });
});

describe('console key policy', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(() => s.close());

  test('every signed-in user reads the site key policy the create-key form enforces', async () => {
    const user = await s.createUser();
    const response = await s.call('GET', '/v0/console/key-policy', await s.login(user.email));
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      allow_user_keys: true,
      key_max_lifetime: 'never',
      allow_session_keys: true,
    });
    assert.equal((await s.app.inject({ method: 'GET', url: '/v0/console/key-policy' })).statusCode, 401);
  });
});

describe('console 401s', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(() => s.close());

  test('a 401 to the console carries no Basic challenge (no browser prompt); to others it does', async () => {
    const fromConsole = await s.app.inject({
      method: 'GET',
      url: '/v0/console/key-policy',
      headers: { 'x-latchkey-console': '1' },
    });
    assert.equal(fromConsole.statusCode, 401);
    const challenges = [fromConsole.headers['www-authenticate']].flat().map(String);
    assert.ok(
      challenges.length > 0 && challenges.every((challenge) => !/^basic/i.test(challenge)),
      challenges.join(),
    );
    assert.ok(challenges.some((challenge) => challenge.startsWith('Bearer')));
    // Routes registered before the console's (every feature's) get the same treatment.
    const whoami = await s.app.inject({
      method: 'GET',
      url: '/v0/auth/whoami',
      headers: { 'x-latchkey-console': '1' },
    });
    assert.ok([whoami.headers['www-authenticate']].flat().every((c) => !String(c).startsWith('Basic')));
    const fromScript = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami' });
    assert.ok([fromScript.headers['www-authenticate']].flat().some((c) => String(c).startsWith('Basic')));
  });
});
