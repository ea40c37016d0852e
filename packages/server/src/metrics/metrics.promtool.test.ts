// A real server's scrape, after real traffic and webhook deliveries, passes Prometheus's own linter (`promtool check metrics`).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../test/harness.ts';
import { checkMetrics, promtoolMissing } from '../test/promtool.ts';
import { waitUntil } from '../test/wait.ts';
import { type Receiver, startReceiver } from '../test/webhook-receiver.ts';
import { listenMetrics, type MetricsListener } from './metrics.http.ts';
import { Metrics, SERVER_VERSION } from './metrics.ts';

const skip = promtoolMissing();

describe('the metrics pass promtool', { skip }, () => {
  let s: TestServer;
  let listener: MetricsListener;
  let hooks: Receiver;
  let api: string;

  before(async () => {
    const metrics = new Metrics();
    s = await startTestServer('sqlite', {
      metrics,
      // Loopback webhook receivers are allowed where the setting exists; without it they already are.
      env: { LATCHKEY_WEBHOOK_POLL_MS: '20', LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true' },
    });
    api = await s.listen();
    listener = await listenMetrics(metrics, '127.0.0.1', 0);
    // The first delivery is refused once (a retry is counted), then accepted.
    hooks = await startReceiver({ now: () => s.clock.now(), statuses: [503] });
  });
  after(async () => {
    await listener.close();
    await s.close();
    await hooks.close();
  });

  const scrape = async () => {
    const response = await fetch(`http://127.0.0.1:${listener.port}/metrics`);
    assert.equal(response.status, 200);
    return response.text();
  };

  test('promtool refuses what it should (the check can fail)', async () => {
    const gauge = '# HELP x_total A gauge.\n# TYPE x_total gauge\nx_total 1\n';
    const checked = await checkMetrics(gauge);
    assert.notEqual(checked.code, 0, checked.output);
    assert.match(checked.output, /non-counter metrics should not have "_total" suffix/);
  });

  test('after traffic and webhook deliveries, the scrape is clean and carries build info, webhook and request metrics', async () => {
    const admin = await s.createUser({ admin: true, slug: 'root' });
    const session = await s.login(admin.email);
    const auth = { authorization: `Bearer ${session}` };
    const created = await fetch(`${api}/v0/admin/webhooks`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ url: hooks.url, events: ['key.created'], description: 'metrics' }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    hooks.useSecret(((await created.json()) as { secret: string }).secret);
    const key = await fetch(`${api}/v0/users/root/keys`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'scraped' }),
    });
    assert.equal(key.status, 201);
    assert.equal((await fetch(`${api}/v0/auth/whoami`, { headers: auth })).status, 200);
    assert.equal((await fetch(`${api}/v0/auth/whoami`)).status, 401);
    assert.equal((await fetch(`${api}/v0/nowhere`)).status, 404);
    // The refusal schedules a retry 10 s later on the server's (manual) clock.
    await waitUntil(() => hooks.received.length === 1, 'the first, refused delivery');
    const queued = await scrape();
    assert.match(queued, /^latchkey_webhook_deliveries_pending 1$/m);
    s.clock.advance(30_000);
    assert.match(await scrape(), /^latchkey_webhook_oldest_pending_age_seconds 30$/m);
    await waitUntil(() => hooks.of('key.created').some((d) => d.status === 200), 'the retried delivery');
    await waitUntil(
      async () => /^latchkey_webhook_deliveries_pending 0$/m.test(await scrape()),
      'the queue to drain',
    );

    const text = await scrape();
    const checked = await checkMetrics(text);
    assert.equal(checked.code, 0, `promtool check metrics:\n${checked.output}`);
    assert.equal(checked.output.trim(), '', 'no lint warnings');

    assert.ok(
      text.includes(`latchkey_build_info{version="${SERVER_VERSION}",node="${process.versions.node}"} 1`),
    );
    assert.match(text, /^latchkey_webhook_attempts_total\{outcome="retrying"\} 1$/m);
    assert.match(text, /^latchkey_webhook_attempts_total\{outcome="delivered"\} 1$/m);
    assert.match(text, /^latchkey_webhook_attempts_total\{outcome="failed"\} 0$/m);
    assert.match(text, /^latchkey_webhook_oldest_pending_age_seconds 0$/m);
    // Status classes under `code`, as Prometheus's own HTTP instrumentation names the label.
    assert.match(
      text,
      /^latchkey_http_request_duration_seconds_count\{route="\/v0\/auth\/whoami",method="GET",code="2xx"\} 1$/m,
    );
    assert.match(
      text,
      /^latchkey_http_request_duration_seconds_count\{route="\/v0\/auth\/whoami",method="GET",code="4xx"\} 1$/m,
    );
    assert.doesNotMatch(text, /^# TYPE \w+_total gauge$/m, 'no gauge is named like a counter');
    for (const name of [
      'nodejs_active_handles_total',
      'nodejs_active_requests_total',
      'nodejs_active_resources_total',
    ])
      assert.ok(!text.includes(name), `${name} is a gauge and is not exported`);
    assert.match(text, /^# TYPE nodejs_active_handles gauge$/m);
  });
});
