// `latchkey serve` with LATCHKEY_METRICS_PORT: a second listener on loopback serves the metrics; shutdown closes both.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/apps-helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/latchkey.mjs', import.meta.url));

test('latchkey serve answers /metrics on its own port, counts its traffic, and stops cleanly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-metrics-'));
  const [port, metricsPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, LATCHKEY_LOG_LEVEL: 'info', LATCHKEY_METRICS_PORT: String(metricsPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    // Generous: on a loaded machine a fresh server process can take tens of seconds to start.
    const deadline = Date.now() + 90_000;
    while (!out.includes('metrics listening')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no metrics listener:\n${out}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const refused = await fetch(`http://127.0.0.1:${port}/v0/auth/verify`);
    assert.equal(refused.status, 401);
    assert.equal((await fetch(`http://127.0.0.1:${port}/metrics`)).status, 404);
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    assert.match(
      text,
      /^latchkey_verify_decisions_total\{decision="unauthenticated",route="\/v0\/auth\/verify"\} 1$/m,
    );
    assert.match(text, /^latchkey_db_query_duration_seconds_count\{outcome="ok"\} [1-9]/m);
    assert.match(text, /^process_resident_memory_bytes \d+/m);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, out);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
