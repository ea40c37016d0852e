// Soak: a minute at saturation on whoami and on the token endpoint; rps, p50/p99, errors, and resident memory before and after.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { CONNECTIONS, startLatchkeyWithKey } from './lib.ts';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);

/** Resident memory of a process in MiB, from /proc (Linux). */
function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

interface Soak {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

async function soak(name: string, pid: number | undefined, load: Soak): Promise<void> {
  // Warm up uncounted, so "before" is the memory of a server that has done this work already.
  await autocannon({ ...load, connections: CONNECTIONS, duration: 5 });
  const before = rssMiB(pid);
  const result = await autocannon({ ...load, connections: CONNECTIONS, duration: SECONDS });
  const after = rssMiB(pid);
  const errors = result.non2xx + result.errors + result.timeouts;
  process.stdout.write(
    `${name}: ${SECONDS} s, ${(result.requests.total / SECONDS).toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `${errors} errors of ${result.requests.total}; RSS ${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after (${(after - before >= 0 ? '+' : '') + (after - before).toFixed(1)} MiB)\n`,
  );
}

const latchkey = await startLatchkeyWithKey();
try {
  const base = `http://127.0.0.1:${latchkey.port}`;
  const pid = latchkey.process.pid;
  await soak('whoami (API key)', pid, {
    url: `${base}/v0/auth/whoami`,
    headers: { authorization: `Bearer ${latchkey.key}` },
  });

  const admin = { authorization: `Bearer ${latchkey.key}`, 'content-type': 'application/json' };
  // Apps are made with a session or key of a developer; the bench administrator's key may do it.
  const app = (await (
    await fetch(`${base}/v0/apps`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'Soak app' }),
    })
  ).json()) as {
    slug: string;
    client_id: string;
  };
  // A client secret is a credential: only a session creates one.
  const secret = (await (
    await fetch(`${base}/v0/apps/${app.slug}/secret`, {
      method: 'POST',
      headers: { ...admin, authorization: `Bearer ${latchkey.session}` },
      body: '{}',
    })
  ).json()) as {
    client_secret: string;
  };
  const basic = Buffer.from(
    `${encodeURIComponent(app.client_id)}:${encodeURIComponent(secret.client_secret)}`,
  ).toString('base64');
  await soak('token endpoint (client credentials)', pid, {
    url: `${base}/v0/oauth/token`,
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
} finally {
  await latchkey.stop();
}
