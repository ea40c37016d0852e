// At least 10,000 generated bad requests spread over every route the app registered: no 5xx, and a healthy server afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { documentPath } from '../test/contract.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';
import {
  type BadRequest,
  badRequest,
  type Credentials,
  type Route,
  routesFromTree,
} from './corpus.generate.ts';

/** Requests per store. */
const REQUESTS = Number(process.env.LATCHKEY_CORPUS_REQUESTS ?? 10_000);
/**
 * Each store's stated time budget, enforced as the test's timeout rather than asserted on the clock
 * (timings are measured by bench/, never asserted): 20–26 s on a quiet two-core machine.
 */
const BUDGET_MS = 180_000;
const CONCURRENCY = 16;
const SEED = Number(process.env.LATCHKEY_CORPUS_SEED ?? 20261201);

interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

/** The body fields each operation declares, from the app's own OpenAPI document, keyed "METHOD /path/:param". */
function bodyFields(document: {
  paths?: Record<string, Record<string, OpenApiOperation>>;
}): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const names = Object.values(operation.requestBody?.content ?? {}).flatMap((c) =>
        Object.keys(c.schema?.properties ?? {}),
      );
      fields.set(`${method.toUpperCase()} ${path}`, names);
    }
  }
  return fields;
}

for (const dialect of DIALECTS) {
  describe(`a corpus of ${REQUESTS} bad requests (${dialect})`, () => {
    let s: TestServer;
    let routes: Route[];
    let fields: Map<string, string[]>;
    let creds: Credentials;

    /** Fresh credentials: a request in the corpus may have logged a session out or revoked a key. */
    async function mint(): Promise<Credentials> {
      const admin = await s.createUser({ admin: true });
      const user = await s.createUser();
      const adminSession = await s.login(admin.email);
      const userSession = await s.login(user.email);
      const adminKey = (await s.createKey(adminSession, admin.slug)).key;
      const userKey = (await s.createKey(userSession, user.slug)).key;
      const org = await s.call('POST', '/v0/orgs', adminSession, { name: `Org ${admin.slug}` });
      const app = await s.call('POST', '/v0/apps', adminSession, { name: `App ${admin.slug}` });
      return {
        admin: [adminSession, adminKey],
        user: [userSession, userKey],
        refs: [user.slug, user.id, String(org.json().slug), String(app.json().slug), String(app.json().uuid)],
      };
    }

    before(async () => {
      // Limits off, so every request is judged on its content rather than refused as one too many.
      s = await startTestServer(dialect, {
        env: { LATCHKEY_RATE_LIMIT_PER_SECOND: '0', LATCHKEY_AUTH_FAILURE_LIMIT: '0' },
      });
      routes = routesFromTree(s.app.printRoutes({ commonPrefix: false }));
      fields = bodyFields((await s.app.inject({ method: 'GET', url: '/v0/openapi.json' })).json());
      creds = await mint();
    });
    after(() => s.close());

    test('the routes are enumerated from the app, and include every documented operation', () => {
      const registered = new Set(routes.map((r) => `${r.method} ${documentPath(r.url)}`));
      for (const operation of fields.keys())
        assert.ok(registered.has(operation), `${operation} is enumerated`);
      assert.ok(routes.length >= 60, `${routes.length} routes`);
    });

    test(`${REQUESTS} generated bad requests over every route: no 5xx, and healthy after`, {
      timeout: BUDGET_MS,
    }, async () => {
      const started = Date.now();
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      let sent = 0;
      const perRoute = Math.ceil(REQUESTS / routes.length);
      // In rounds, so credentials a request ended (logout, revoke, suspend) are replaced between rounds.
      const ROUNDS = 5;
      for (let round = 0; round < ROUNDS; round++) {
        const batch: BadRequest[] = [];
        for (const [index, route] of routes.entries()) {
          const arbitrary = badRequest(
            route,
            fields.get(`${route.method} ${documentPath(route.url)}`) ?? [],
            creds,
          );
          const count = Math.ceil(perRoute / ROUNDS);
          batch.push(...fc.sample(arbitrary, { numRuns: count, seed: SEED + round * 1000 + index }));
        }
        for (let i = 0; i < batch.length; i += CONCURRENCY) {
          await Promise.all(
            batch.slice(i, i + CONCURRENCY).map(async (request) => {
              const response = await s.app.inject({
                method: request.method as 'GET',
                url: request.url,
                headers: request.headers,
                ...(request.payload === undefined ? {} : { payload: request.payload }),
              });
              sent++;
              statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
              if (response.statusCode >= 500 && failures.length < 20)
                failures.push(
                  `${response.statusCode} ${request.method} ${request.url.slice(0, 200)} ${JSON.stringify(request.headers).slice(0, 200)} ${String(request.payload).slice(0, 200)} -> ${response.body.slice(0, 300)}`,
                );
            }),
          );
        }
        creds = await mint();
      }
      const elapsed = Date.now() - started;
      const summary = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}:${n}`)
        .join(' ');
      process.stdout.write(
        `# corpus (${dialect}): ${sent} requests over ${routes.length} routes in ${elapsed} ms, seed ${SEED}; ${summary}\n`,
      );
      assert.ok(sent >= REQUESTS, `${sent} requests sent`);
      assert.deepEqual(failures, [], `5xx answers (seed ${SEED})`);

      // Healthy afterwards: probes answer, and a new user can sign in, make a key and use it.
      assert.equal((await s.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
      assert.equal((await s.app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
      const after = await s.createUser();
      const session = await s.login(after.email);
      const { key } = await s.createKey(session, after.slug);
      const whoami = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(key) });
      assert.equal(whoami.statusCode, 200, whoami.body);
    });
  });
}
