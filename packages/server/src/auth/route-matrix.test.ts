// Every registered route against every kind of caller: least privilege holds on all of them, not just some.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import Fastify from 'fastify';
import type { RoutesPlugin } from '../context.ts';
import { systemClock } from '../lib/clock.ts';
import { generateSecret } from '../lib/crypto/secrets.ts';
import { basicAuth } from '../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';
import type { DeclaredRoute } from './plugin.ts';
import { registerAuth } from './plugin.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A route's URL with its parameters filled: `:user` is the restricted keys' owner, `:project` a project outside their keys. */
function urlOf(route: DeclaredRoute, values: Record<string, string>): string {
  return route.url.replace(/:(\w+)/g, (_match, name: string) => values[name] ?? randomUUID());
}

const isOAuth = (route: DeclaredRoute) => route.url.startsWith('/v0/oauth/');

/** No product route declares a permission yet: this one does, so the pipeline's permission step is walked too. */
const PERMISSION_ROUTE = '/v0/test-only/results';
const permissionRoute: RoutesPlugin = (app) => {
  app.get(
    PERMISSION_ROUTE,
    { config: { auth: { who: 'any', does: 'read', permission: 'results:upload' } } },
    async () => ({ uploaded: true }),
  );
};

for (const dialect of DIALECTS) {
  describe(`the route matrix (${dialect})`, () => {
    let s: TestServer;
    let routes: DeclaredRoute[];
    const keys: Record<
      'admin' | 'adminReadOnly' | 'user' | 'userReadOnly' | 'userProjects' | 'adminSession' | 'userSession',
      string
    > = {
      admin: '',
      adminReadOnly: '',
      user: '',
      userReadOnly: '',
      userProjects: '',
      adminSession: '',
      userSession: '',
    };
    let ownerSlug = '';
    let adminSlug = '';
    const sessions = { admin: '', owner: '' };

    before(async () => {
      // The throttle is tested on its own; here hundreds of refusals come from one address on purpose.
      // and one user's keys call every route several times over: rate limits are tested on their own too.
      s = await startTestServer(dialect, {
        env: { LATCHKEY_AUTH_FAILURE_LIMIT: '0', LATCHKEY_RATE_LIMIT_BURST: '100000' },
        routes: [permissionRoute],
      });
      const admin = await s.createUser({ admin: true });
      const owner = await s.createUser();
      ownerSlug = owner.slug;
      adminSlug = admin.slug;
      const adminSession = await s.login(admin.email);
      const ownerSession = await s.login(owner.email);
      Object.assign(sessions, { admin: adminSession, owner: ownerSession });
      for (const slug of ['mine', 'other']) {
        const created = await s.call('POST', '/v0/projects', ownerSession, { name: slug, slug });
        assert.equal(created.statusCode, 201, created.body);
      }
      keys.admin = (await s.createKey(adminSession, admin.slug)).key;
      keys.adminReadOnly = (
        await s.createKey(adminSession, admin.slug, { name: 'ro', scopes: { read_only: true } })
      ).key;
      keys.user = (await s.createKey(ownerSession, owner.slug)).key;
      keys.userReadOnly = (
        await s.createKey(ownerSession, owner.slug, { name: 'ro', scopes: { read_only: true } })
      ).key;
      keys.userProjects = (
        await s.createKey(ownerSession, owner.slug, { name: 'mine only', scopes: { projects: ['mine'] } })
      ).key;
      // Session keys (lk_sess_) are keys: the same rules, on every route.
      keys.adminSession = (await s.call('POST', '/v0/auth/session-keys', adminSession)).json().key;
      keys.userSession = (await s.call('POST', '/v0/auth/session-keys', ownerSession)).json().key;
      routes = s.app.declaredRoutes.filter((route) => route.method !== 'HEAD');
    });
    after(() => s.close());

    const send = (route: DeclaredRoute, headers: Record<string, string>): Promise<LightMyRequestResponse> => {
      const request: InjectOptions = {
        method: route.method as InjectOptions['method'],
        url: urlOf(route, { user: ownerSlug, project: 'other' }),
        headers: isOAuth(route) ? { ...FORM, ...headers } : headers,
      };
      if (isOAuth(route)) request.payload = 'token=x';
      return s.app.inject(request);
    };

    const failures: string[] = [];
    const expect = (
      route: DeclaredRoute,
      who: string,
      response: LightMyRequestResponse,
      allowed: number[],
    ) => {
      if (!allowed.includes(response.statusCode))
        failures.push(
          `${route.method} ${route.url} as ${who}: ${response.statusCode} ${response.body.slice(0, 160)}`,
        );
    };

    test('the app registers every route with a declaration, and there are many of them', () => {
      assert.ok(routes.length >= 60, `only ${routes.length} routes`);
      for (const route of routes) assert.ok(route.requirement.who, `${route.method} ${route.url}`);
    });

    test('anonymous callers are 401 on every route that is not public; 200 where a credential is optional', async () => {
      for (const route of routes.filter((r) => r.requirement.who !== 'none')) {
        expect(route, 'anonymous', await send(route, {}), route.requirement.optional ? [200] : [401]);
      }
      assert.ok(routes.some((r) => r.requirement.optional));
      assert.deepEqual(failures.splice(0), []);
    });

    test('a garbage key (well formed, unknown) is 401 on every route that is not public', async () => {
      const garbage = generateSecret('user').plaintext;
      for (const route of routes.filter((r) => r.requirement.who !== 'none')) {
        const headers =
          route.requirement.who === 'client'
            ? { authorization: basicAuth('app_nope', generateSecret('appSecret').plaintext) }
            : bearer(garbage);
        expect(route, 'garbage', await send(route, headers), [401]);
      }
      assert.deepEqual(failures.splice(0), []);
    });

    test('a non-administrator is 403 or 404 on every administrator route', async () => {
      for (const route of routes.filter(
        (r) => r.requirement.who === 'admin' || r.requirement.who === 'client_or_admin',
      )) {
        // The OAuth endpoints say it in RFC 6749 form: 401 insufficient_scope.
        expect(route, 'non-admin', await send(route, bearer(keys.user)), isOAuth(route) ? [401] : [403, 404]);
      }
      assert.deepEqual(failures.splice(0), []);
    });

    test('a read-only key, an administrator’s or not, is 403 on every route that writes', async () => {
      for (const route of routes.filter(
        (r) => r.requirement.does === 'write' && r.requirement.who !== 'none',
      )) {
        if (route.requirement.who === 'client') continue; // only a client secret is read there
        for (const who of ['adminReadOnly', 'userReadOnly'] as const) {
          const response = await send(route, bearer(keys[who]));
          expect(route, who, response, isOAuth(route) ? [401] : [403]);
          if (
            response.statusCode === 403 &&
            !/read-only|administrator|cannot create credentials/.test(response.json().error.message)
          )
            failures.push(`${route.method} ${route.url} as ${who}: 403 without naming the restriction`);
        }
      }
      assert.deepEqual(failures.splice(0), []);
    });

    test('a project-limited key is refused on every route outside its projects', async () => {
      for (const route of routes.filter((r) => r.requirement.who !== 'none')) {
        const { requirement } = route;
        if (requirement.who === 'client' || requirement.perProject || requirement.aboutCaller) continue;
        // About one project ("other", not the key's): it does not exist for the key. About none: 403.
        const refusedWith = requirement.project !== undefined ? [404] : isOAuth(route) ? [401] : [403];
        expect(route, 'project-limited', await send(route, bearer(keys.userProjects)), refusedWith);
      }
      assert.deepEqual(failures.splice(0), []);
    });

    test('a project-limited key still answers about itself and lists only its projects', async () => {
      assert.equal((await s.call('GET', '/v0/auth/whoami', keys.userProjects)).statusCode, 200);
      const listed = await s.call('GET', '/v0/projects', keys.userProjects);
      assert.deepEqual(
        listed.json().map((project: { slug: string }) => project.slug),
        ['mine'],
      );
      // Outside the key's projects, the project does not exist for it.
      const check = await s.call('POST', '/v0/access/check', keys.userProjects, {
        project: 'other',
        action: 'read',
      });
      assert.equal(check.statusCode, 404, check.body);
      const own = await s.call('POST', '/v0/access/check', keys.userProjects, {
        project: 'mine',
        action: 'write',
      });
      assert.equal(own.json().allowed, true, own.body);
      assert.equal((await s.call('GET', '/v0/projects/mine', keys.userProjects)).statusCode, 200);
    });

    test('no key-shaped credential, an administrator’s or not, creates a credential on any route', async () => {
      const creating = routes.filter((r) => r.requirement.createsCredential);
      assert.ok(creating.length >= 8, `only ${creating.length} routes create credentials`);
      for (const route of creating) {
        for (const who of ['admin', 'user', 'adminSession', 'userSession', 'adminReadOnly'] as const) {
          const response = await send(route, bearer(keys[who]));
          expect(route, who, response, [403]);
          // A restricted key is told its restriction; any other key, the rule.
          const rule = who === 'adminReadOnly' ? /read-only/ : /cannot create credentials/;
          if (response.statusCode === 403 && !rule.test(response.json().error.message))
            failures.push(`${route.method} ${route.url} as ${who}: 403 without naming the rule`);
        }
      }
      assert.deepEqual(failures.splice(0), []);
    });

    test('a session key authenticates on every route, and is refused only where a key would be', async () => {
      for (const route of routes.filter((r) => r.requirement.who !== 'none')) {
        const { requirement } = route;
        if (requirement.who === 'client') continue; // only a client secret is read there
        const response = await send(route, bearer(keys.userSession));
        const refused = requirement.createsCredential || requirement.who === 'session';
        if (isOAuth(route)) expect(route, 'userSession', response, [200, 401]);
        else if (refused) expect(route, 'userSession', response, [403]);
        else if (response.statusCode === 401 || response.statusCode >= 500)
          failures.push(
            `${route.method} ${route.url} as userSession: ${response.statusCode} ${response.body}`,
          );
      }
      assert.deepEqual(failures.splice(0), []);
    });

    test('a key acting on itself, on every route that names one: only revoking and viewing are exempt from its restrictions', async () => {
      const selfActing = routes.filter((r) => r.requirement.itself !== undefined);
      assert.ok(selfActing.length >= 3, `only ${selfActing.length} routes name a credential`);
      const kinds = [
        { who: 'unrestricted', user: () => ownerSlug, session: () => sessions.owner, scopes: undefined },
        {
          who: 'read-only',
          user: () => ownerSlug,
          session: () => sessions.owner,
          scopes: { read_only: true },
        },
        {
          who: 'project-limited',
          user: () => ownerSlug,
          session: () => sessions.owner,
          scopes: { projects: ['mine'] },
        },
        {
          who: 'admin read-only',
          user: () => adminSlug,
          session: () => sessions.admin,
          scopes: { read_only: true },
        },
      ];
      for (const route of selfActing) {
        const param = route.requirement.itself as string;
        for (const kind of kinds) {
          // A fresh key each time: acting on itself may end it.
          const key = await s.createKey(kind.session(), kind.user(), {
            name: `itself ${kind.who}`,
            scopes: kind.scopes,
          });
          const response = await s.app.inject({
            method: route.method as InjectOptions['method'],
            url: urlOf(route, { user: kind.user(), [param]: key.uuid }),
            headers: bearer(key.key),
          });
          const allowed = !route.requirement.createsCredential ? [200] : kind.scopes ? [403] : [201];
          expect(route, `${kind.who} key on itself`, response, allowed);
        }
        // A session key's own id names no API key: it is refused, or finds nothing.
        const sessionKey = (await s.call('POST', '/v0/auth/session-keys', sessions.owner)).json();
        const response = await s.app.inject({
          method: route.method as InjectOptions['method'],
          url: urlOf(route, { user: ownerSlug, [param]: sessionKey.uuid }),
          headers: bearer(sessionKey.key),
        });
        expect(route, 'session key on itself', response, route.requirement.createsCredential ? [403] : [404]);
      }
      assert.deepEqual(failures.splice(0), []);
    });

    test('a route that declares a permission refuses whoever lacks it, and a key that leaves it out', async () => {
      const declaring = routes.filter((r) => r.requirement.permissions.length > 0);
      assert.ok(
        declaring.some((r) => r.url === PERMISSION_ROUTE),
        'the permission-declaring route is registered',
      );
      for (const name of ['results:upload', 'runs:read']) {
        const set = await s.call('PUT', `/v0/admin/permissions/${name}`, sessions.admin, {
          description: name,
        });
        assert.ok([200, 201].includes(set.statusCode), set.body);
      }
      const role = await s.call('PUT', '/v0/admin/roles/uploader', sessions.admin, {
        description: '',
        permissions: ['results:upload', 'runs:read'],
      });
      assert.ok([200, 201].includes(role.statusCode), role.body);
      const assigned = await s.call('PUT', '/v0/admin/roles/uploader/assignments', sessions.admin, {
        user: ownerSlug,
      });
      assert.ok([200, 201].includes(assigned.statusCode), assigned.body);
      const get = (secret: string) => s.call('GET', PERMISSION_ROUTE, secret);
      const refusal = (response: LightMyRequestResponse) => {
        assert.equal(response.statusCode, 403, response.body);
        assert.equal(response.json().error.code, 'permission_denied');
        assert.match(response.json().error.message, /results:upload/);
      };

      // Not held: an administrator holds no permission by default, by key or by session.
      refusal(await get(keys.admin));
      refusal(await get(sessions.admin));
      // Held: the owner's session, an unrestricted key, a key limited to it.
      assert.equal((await get(sessions.owner)).statusCode, 200);
      const allowed = await get(keys.user);
      assert.equal(allowed.statusCode, 200, allowed.body);
      assert.deepEqual(allowed.json(), { uploaded: true });
      const limitedTo = await s.createKey(sessions.owner, ownerSlug, {
        name: 'uploads only',
        scopes: { permissions: ['results:upload'] },
      });
      assert.equal((await get(limitedTo.key)).statusCode, 200);
      // Held by the owner, left out by the key: refused.
      const leftOut = await s.createKey(sessions.owner, ownerSlug, {
        name: 'runs only',
        scopes: { permissions: ['runs:read'] },
      });
      refusal(await get(leftOut.key));
      // Anonymous: asked for a credential first.
      assert.equal((await s.app.inject({ method: 'GET', url: PERMISSION_ROUTE })).statusCode, 401);
    });

    test('a read-only administrator key reads the administrative lists', async () => {
      for (const url of ['/v0/admin/keys', '/v0/users', '/v0/admin/audit', '/v0/admin/settings']) {
        assert.equal((await s.call('GET', url, keys.adminReadOnly)).statusCode, 200, url);
      }
    });
  });
}

describe('declarations', () => {
  test('a route that declares no config.auth does not register', () => {
    const app = Fastify();
    registerAuth(app, {
      authenticate: () => ({ ok: false, reason: 'unknown' }),
      logAttempts: 'refusals',
      projectIdOf: () => undefined,
      publicPrefixes: [],
      clock: systemClock,
    });
    app.get('/declared', { config: { auth: 'none' } }, () => 'ok');
    assert.throws(
      // @ts-expect-error: the type requires the declaration too
      () => app.get('/undeclared', { config: {} }, () => 'no'),
      /GET \/undeclared declares no config\.auth/,
    );
    void app.close();
  });
});
