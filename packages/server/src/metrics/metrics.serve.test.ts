// `latchkey serve` with LATCHKEY_METRICS_PORT: a second listener on loopback serves the metrics; shutdown closes both.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { freePort, startServer } from '../test/processes.ts';
import { waitUntil } from '../test/wait.ts';

test('latchkey serve answers /metrics on its own port, counts its traffic, and stops cleanly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-metrics-'));
  const metricsPort = await freePort();
  const server = await startServer({ LATCHKEY_METRICS_PORT: String(metricsPort) }, dir);
  const { child } = server;
  try {
    await waitUntil(() => server.output().includes('metrics listening'), 'the metrics listener', 90_000);
    const refused = await fetch(`${server.url}/v0/auth/verify`);
    assert.equal(refused.status, 401);
    assert.equal((await fetch(`${server.url}/metrics`)).status, 404);
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    assert.match(
      text,
      /^latchkey_verify_decisions_total\{decision="unauthenticated",route="\/v0\/auth\/verify"\} 1$/m,
    );
    assert.match(text, /^latchkey_db_query_duration_seconds_count\{outcome="ok"\} [1-9]/m);
    assert.match(text, /^process_resident_memory_bytes \d+/m);
    child.kill('SIGTERM');
    assert.equal(await server.exited, 0, server.output());
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
