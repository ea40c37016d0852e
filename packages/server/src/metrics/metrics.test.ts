// Scrapes the metrics listener before and after known traffic and checks what each count moved by.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../config.ts';
import { createApp, createSecret, obtainToken } from '../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';
import { listenMetrics, type MetricsListener } from './metrics.http.ts';
import { Metrics } from './metrics.ts';

type Sample = Map<string, number>;

/** `name{a="1",b="2"}` -> value, labels sorted so a lookup does not depend on their order. */
function parse(text: string): Sample {
  const sample: Sample = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`unreadable metrics line: ${line}`);
    const labels = (match[2] ?? '')
      .split(/,(?=\w+=")/)
      .filter(Boolean)
      .sort()
      .join(',');
    sample.set(`${match[1]}{${labels}}`, Number(match[3]));
  }
  return sample;
}

const key = (name: string, labels: Record<string, string> = {}) =>
  `${name}{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',')}}`;

for (const dialect of DIALECTS) {
  describe(`metrics (${dialect})`, () => {
    let s: TestServer;
    let metrics: Metrics;
    let listener: MetricsListener;
    let adminSession: string;

    before(async () => {
      metrics = new Metrics();
      s = await startTestServer(dialect, { env: { LATCHKEY_AUTH_FAILURE_LIMIT: '3' }, metrics });
      listener = await listenMetrics(metrics, '127.0.0.1', 0);
      const admin = await s.createUser({ admin: true, slug: 'root' });
      adminSession = await s.login(admin.email);
    });
    after(async () => {
      await listener.close();
      await s.close();
    });

    const scrape = async (): Promise<Sample> => {
      const response = await fetch(`http://127.0.0.1:${listener.port}/metrics`);
      assert.equal(response.status, 200);
      assert.match(String(response.headers.get('content-type')), /^text\/plain/);
      return parse(await response.text());
    };
    /** What each named series moved by between two scrapes. */
    const moved = (before: Sample, after: Sample, name: string, labels: Record<string, string> = {}) =>
      (after.get(key(name, labels)) ?? 0) - (before.get(key(name, labels)) ?? 0);

    test('the listener serves /metrics with the process defaults, and nothing else', async () => {
      const sample = await scrape();
      assert.ok(sample.has(key('process_cpu_user_seconds_total')));
      assert.ok([...sample.keys()].some((name) => name.startsWith('nodejs_eventloop_lag_seconds')));
      assert.equal((await fetch(`http://127.0.0.1:${listener.port}/`)).status, 404);
      // The API itself serves no metrics: scraping never needs its port.
      assert.equal((await s.app.inject({ url: '/metrics' })).statusCode, 404);
    });

    test('authentications, cache lookups and request durations count what happened', async () => {
      const user = await s.createUser({ slug: 'counted' });
      const created = await s.createKey(await s.login(user.email), 'counted');
      const first = await scrape();
      for (let i = 0; i < 4; i++)
        assert.equal((await s.call('GET', '/v0/auth/whoami', created.key)).statusCode, 200);
      const garbage = { remoteAddress: '127.0.0.21' };
      for (const secret of [`lk_user_${'x'.repeat(36)}`, 'not-a-key']) {
        const refused = await s.app.inject({ url: '/v0/auth/whoami', headers: bearer(secret), ...garbage });
        assert.equal(refused.statusCode, 401);
      }
      assert.equal((await s.app.inject({ url: '/v0/auth/whoami' })).statusCode, 401);
      const second = await scrape();
      const auth = 'latchkey_authentications_total';
      assert.equal(moved(first, second, auth, { kind: 'user_key', outcome: 'accepted' }), 4);
      assert.equal(moved(first, second, auth, { kind: 'user_key', outcome: 'malformed' }), 1);
      assert.equal(moved(first, second, auth, { kind: 'unknown', outcome: 'unknown' }), 1);
      assert.equal(moved(first, second, auth, { kind: 'none', outcome: 'missing' }), 1);
      const lookups = 'latchkey_credential_cache_lookups_total';
      // The key's first use fills the cache and the three after it are answered from there; the
      // malformed key is looked up too (a hit would need no checksum), the unshaped one is not.
      assert.equal(moved(first, second, lookups, { result: 'miss' }), 2);
      assert.equal(moved(first, second, lookups, { result: 'hit' }), 3);
      const whoami = { route: '/v0/auth/whoami', method: 'GET' };
      const duration = 'latchkey_http_request_duration_seconds';
      assert.equal(moved(first, second, `${duration}_count`, { ...whoami, code: '2xx' }), 4);
      assert.equal(moved(first, second, `${duration}_count`, { ...whoami, code: '4xx' }), 3);
      assert.equal(moved(first, second, `${duration}_bucket`, { ...whoami, code: '2xx', le: '+Inf' }), 4);
      assert.ok(moved(first, second, `${duration}_sum`, { ...whoami, code: '2xx' }) > 0);
      assert.ok(moved(first, second, 'latchkey_db_query_duration_seconds_count', { outcome: 'ok' }) >= 1);
    });

    test('verify decisions, issued credentials, invalidations and their lag', async () => {
      const user = await s.createUser({ slug: 'gated' });
      const session = await s.login(user.email);
      const first = await scrape();
      const created = await s.createKey(session, 'gated');
      const app = await createApp(s, adminSession, { name: 'Counted bot', slug: 'counted-bot' });
      await obtainToken(s, app.client_id, await createSecret(s, adminSession, 'counted-bot'));
      for (let i = 0; i < 2; i++)
        assert.equal(
          (await s.app.inject({ url: '/v0/auth/verify', headers: bearer(created.key) })).statusCode,
          200,
        );
      const denied = await s.app.inject({
        url: '/v0/auth/verify?project=nowhere',
        headers: bearer(created.key),
      });
      assert.equal(denied.statusCode, 403);
      assert.equal((await s.app.inject({ url: '/v0/auth/verify', method: 'POST' })).statusCode, 401);
      const revoked = await s.call('DELETE', `/v0/users/gated/keys/${created.uuid}`, session);
      assert.equal(revoked.statusCode, 200, revoked.body);
      // The other instances' notifications (PostgreSQL) arrive asynchronously; the local one at once.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const second = await scrape();
      const decisions = 'latchkey_verify_decisions_total';
      const verify = { route: '/v0/auth/verify' };
      assert.equal(moved(first, second, decisions, { ...verify, decision: 'allowed' }), 2);
      assert.equal(moved(first, second, decisions, { ...verify, decision: 'forbidden' }), 1);
      assert.equal(moved(first, second, decisions, { ...verify, decision: 'unauthenticated' }), 1);
      const issued = 'latchkey_tokens_issued_total';
      assert.equal(moved(first, second, issued, { kind: 'user_key', by: '/v0/users/:user/keys' }), 1);
      assert.equal(moved(first, second, issued, { kind: 'client_secret', by: '/v0/apps/:app/secret' }), 1);
      assert.equal(moved(first, second, issued, { kind: 'access_token', by: '/v0/oauth/token' }), 1);
      const bus = dialect === 'postgres' ? 'postgres' : 'local';
      const invalidations = 'latchkey_invalidations_total';
      const published = moved(first, second, invalidations, { direction: 'published', bus });
      assert.ok(published >= 1, `published ${published}`);
      assert.ok(moved(first, second, invalidations, { direction: 'received', bus }) >= published);
      assert.ok(moved(first, second, 'latchkey_invalidation_lag_seconds_count') >= published);
      assert.ok(moved(first, second, 'latchkey_invalidation_lag_seconds_bucket', { le: '1' }) >= published);
    });

    test('rate-limit and throttle refusals are counted', async () => {
      const busy = await s.createUser({ slug: 'busy' });
      const limited = await s.call('PATCH', '/v0/users/busy', adminSession, {
        rate_limit: { per_second: 1, burst: 1 },
      });
      assert.equal(limited.statusCode, 200, limited.body);
      const busyKey = await s.createKey(await s.login(busy.email), 'busy');
      // Creating the key spent the one token; the clock (manual) refills the bucket.
      s.clock.advance(2000);
      const first = await scrape();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await s.call('GET', '/v0/auth/whoami', busyKey.key)).statusCode);
      const from = { remoteAddress: '127.0.0.22' };
      for (let i = 0; i < 4; i++)
        statuses.push(
          (
            await s.app.inject({
              url: '/v0/auth/whoami',
              headers: bearer(`lk_user_${'z'.repeat(36)}`),
              ...from,
            })
          ).statusCode,
        );
      assert.deepEqual(statuses, [200, 429, 429, 401, 401, 401, 429]);
      const second = await scrape();
      const refusals = 'latchkey_limit_refusals_total';
      assert.equal(moved(first, second, refusals, { limit: 'rate_limit', principal_type: 'user' }), 2);
      assert.equal(moved(first, second, refusals, { limit: 'failure_throttle', principal_type: 'none' }), 1);
      assert.equal(
        moved(first, second, 'latchkey_authentications_total', { kind: 'user_key', outcome: 'throttled' }),
        1,
      );
    });
  });
}

describe('metrics configuration', () => {
  test('off when LATCHKEY_METRICS_PORT is unset, on loopback by default, never on the API port', () => {
    assert.equal(loadConfig({}).metricsPort, undefined);
    const on = loadConfig({ LATCHKEY_METRICS_PORT: '9464' });
    assert.equal(on.metricsPort, 9464);
    assert.equal(on.metricsHost, '127.0.0.1');
    assert.throws(() => loadConfig({ LATCHKEY_METRICS_PORT: '7420' }), /must differ from LATCHKEY_PORT/);
    assert.throws(
      () => loadConfig({ LATCHKEY_METRICS_PORT: 'x' }),
      /LATCHKEY_METRICS_PORT must be a whole number/,
    );
  });
});
