// No delivery is lost when the real server process is killed (kill -9) with deliveries still in its outbox.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { LOOPBACK_OUTBOUND } from '../../test/harness.ts';
import { freePort, type ServerProcess, startServer, stopServer } from '../../test/processes.ts';
import { waitUntil } from '../../test/wait.ts';
import { type Receiver, startReceiver } from '../../test/webhook-receiver.ts';

const PASSWORD = 'durable outbox password';

const serve = (dir: string, port: number): Promise<ServerProcess> =>
  startServer(
    {
      LATCHKEY_ADMIN_EMAIL: 'admin@example.com',
      LATCHKEY_ADMIN_PASSWORD: PASSWORD,
      LATCHKEY_WEBHOOK_POLL_MS: '50',
      LATCHKEY_WEBHOOK_RETRY_BASE_MS: '100',
      LATCHKEY_WEBHOOK_TIMEOUT_MS: '1000',
      ...LOOPBACK_OUTBOUND,
    },
    dir,
    port,
  );

async function api(base: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(base + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

let dir: string;
let hooks: Receiver;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'latchkey-outbox-'));
  // The receiver is down at first: every attempt fails, so the deliveries stay in the outbox.
  hooks = await startReceiver({ statuses: Array(10_000).fill(503) });
});
after(async () => {
  await hooks.close();
  rmSync(dir, { recursive: true, force: true });
});

test('deliveries pending when the process is killed with SIGKILL are all delivered after a restart', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const first = await serve(dir, port);
  const login = await api(base, 'POST', '/v0/auth/login', undefined, {
    email: 'admin@example.com',
    password: PASSWORD,
  });
  const token = String(login.json.token);
  const endpoint = await api(base, 'POST', '/v0/admin/webhooks', token, {
    url: hooks.url,
    events: ['key.created'],
  });
  assert.equal(endpoint.status, 201);
  hooks.useSecret(String(endpoint.json.secret));
  const keys: string[] = [];
  for (let i = 0; i < 10; i++) {
    const created = await api(base, 'POST', '/v0/users/admin/keys', token, { name: `key ${i}` });
    assert.equal(created.status, 201);
    keys.push(String(created.json.uuid));
  }
  await waitUntil(() => hooks.received.length >= 12, 'failed attempts to pile up');
  first.child.kill('SIGKILL');
  await first.exited;
  assert.ok(
    hooks.received.every((d) => d.verified && d.status === 503),
    'nothing was delivered before the kill',
  );

  hooks.statuses.length = 0; // the receiver is back
  const second = await serve(dir, port);
  try {
    const delivered = () =>
      new Set(
        hooks.received
          .filter((d) => d.verified && d.status === 200)
          .map((d) => (d.event.data.key as { id: string }).id),
      );
    // Leases held by the killed process lapse (a few seconds here) before the new one takes them over.
    await waitUntil(
      () => keys.every((id) => delivered().has(id)),
      'every key.created to be delivered',
      30_000,
    );
    const log = await api(
      base,
      'GET',
      `/v0/admin/webhooks/${endpoint.json.uuid}/deliveries?per_page=255&status=pending`,
      token,
    );
    assert.deepEqual(log.json, []);
  } finally {
    await stopServer(second);
  }
});
