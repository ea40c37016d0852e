// Shared benchmark plumbing: child processes on loopback, one load generator, ratios not absolute numbers.
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = new URL('..', import.meta.url).pathname;
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

export interface Child {
  process: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

let nextPort = 27000 + Math.floor(Math.random() * 2000);

/** Starts `node --import tsx SCRIPT ARGS` with PORT set and waits until `readyPath` answers. */
export async function startNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  readyPath = '/',
): Promise<Child> {
  const port = nextPort++;
  // BENCH_PROFILE=DIR: each server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', import.meta.resolve('tsx'), script, ...args],
    {
      cwd: mkdtempSync(join(tmpdir(), 'latchkey-bench-')),
      env: { ...process.env, PORT: String(port), LATCHKEY_PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`${script} did not start:\n${output}`);
    const answered = await fetch(`http://127.0.0.1:${port}${readyPath}`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    port,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Load {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/**
 * wrk when it is on PATH: written in C, one thread of it saturates the server rather than itself,
 * whereas autocannon (Node) on the other core runs out of CPU first on a small machine and so
 * flattens the ratio. autocannon otherwise, so the benchmarks run anywhere `npm ci` ran.
 */
export const GENERATOR: 'wrk' | 'autocannon' =
  process.env.BENCH_GENERATOR === 'autocannon' ||
  spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error !== undefined
    ? 'autocannon'
    : 'wrk';
process.stdout.write(`load generator: ${GENERATOR}, ${CONNECTIONS} connections\n`);

/** Requests per second with 2xx answers only; anything else fails the run. */
export function requestsPerSecond(load: Load, seconds = DURATION_SECONDS): Promise<number> {
  return GENERATOR === 'wrk'
    ? wrkRequestsPerSecond(load, seconds)
    : autocannonRequestsPerSecond(load, seconds);
}

// JSON's escapes for the ASCII bodies used here are valid Lua string escapes too.
const luaString = (value: string) => JSON.stringify(value);

async function wrkRequestsPerSecond(load: Load, seconds: number): Promise<number> {
  // A Lua script carries the method and body (wrk has no flags for them); headers go as -H.
  const script = join(mkdtempSync(join(tmpdir(), 'latchkey-wrk-')), 'load.lua');
  writeFileSync(
    script,
    `wrk.method = ${luaString(load.method ?? 'GET')}\n${load.body === undefined ? '' : `wrk.body = ${luaString(load.body)}\n`}`,
  );
  const headers = Object.entries(load.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '-s', script, ...headers, load.url];
  const output = await new Promise<string>((resolve, reject) =>
    execFile('wrk', args, (error, stdout, stderr) =>
      error ? reject(new Error(stderr || error.message)) : resolve(stdout),
    ),
  );
  const total = Number(/(\d+) requests in/.exec(output)?.[1]);
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const bad = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  if (!Number.isFinite(rate) || bad > 0)
    throw new Error(`${load.url}: ${bad} of ${total} requests failed\n${output}`);
  return rate;
}

async function autocannonRequestsPerSecond(load: Load, seconds: number): Promise<number> {
  const result = await autocannon({
    url: load.url,
    method: load.method ?? 'GET',
    headers: load.headers,
    body: load.body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${load.url}: ${bad} of ${result.requests.total} requests failed`);
  return result.requests.total / (result.duration || seconds);
}

/** Alternates the two loads `rounds` times and compares the best of each, to damp noise on a shared machine. */
export async function compare(
  name: string,
  subject: Load,
  reference: Load,
  target: number | undefined,
  rounds = Number(process.env.BENCH_ROUNDS ?? 2),
): Promise<number> {
  await requestsPerSecond(subject, 1);
  await requestsPerSecond(reference, 1);
  let best = { subject: 0, reference: 0 };
  for (let i = 0; i < rounds; i++) {
    const reference_ = await requestsPerSecond(reference);
    const subject_ = await requestsPerSecond(subject);
    best = { subject: Math.max(best.subject, subject_), reference: Math.max(best.reference, reference_) };
  }
  const ratio = best.subject / best.reference;
  const verdict =
    target === undefined ? 'no target' : `${ratio >= target ? 'meets' : 'MISSES'} target ${target}`;
  process.stdout.write(
    `${name}: ${best.subject.toFixed(0)} req/s vs ${best.reference.toFixed(0)} req/s reference = ${ratio.toFixed(2)} (${verdict})\n`,
  );
  return ratio;
}

export const LATCHKEY_BIN = join(ROOT, 'packages/server/bin/latchkey.mjs');

/**
 * A per-principal budget the load never exhausts (every answer must be a 2xx): the limiter still runs on
 * every request, as it does in production, but never refuses one.
 */
export const NEVER_EXHAUSTED = {
  LATCHKEY_RATE_LIMIT_PER_SECOND: '1000000000',
  LATCHKEY_RATE_LIMIT_BURST: '1000000000',
};

const BENCH_ADMIN = { email: 'bench@example.com', password: 'benchmark password' };

/** Latchkey with an administrator and one API key of theirs (cache hits from the second request on). */
export async function startLatchkeyWithKey(env: NodeJS.ProcessEnv = {}): Promise<Child & { key: string }> {
  const latchkey = await startNode(
    LATCHKEY_BIN,
    ['serve'],
    {
      LATCHKEY_LOG_LEVEL: 'warn',
      LATCHKEY_ADMIN_EMAIL: BENCH_ADMIN.email,
      LATCHKEY_ADMIN_PASSWORD: BENCH_ADMIN.password,
      ...NEVER_EXHAUSTED,
      ...env,
    },
    '/healthz',
  );
  const base = `http://127.0.0.1:${latchkey.port}`;
  const login = await fetch(`${base}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  const { token } = (await login.json()) as { token: string };
  const created = await fetch(`${base}/v0/users/admin/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'bench' }),
  });
  const { key } = (await created.json()) as { key: string };
  return { ...latchkey, key };
}
