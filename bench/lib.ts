// Shared benchmark plumbing: child processes on loopback, one load generator, ratios not absolute numbers.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), script, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'latchkey-bench-')),
    env: { ...process.env, PORT: String(port), LATCHKEY_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** Requests per second with 2xx answers only; anything else fails the run. */
export async function requestsPerSecond(load: Load, seconds = DURATION_SECONDS): Promise<number> {
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
  target: number,
  rounds = 2,
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
  const verdict = ratio >= target ? 'meets' : 'MISSES';
  process.stdout.write(
    `${name}: ${best.subject.toFixed(0)} req/s vs ${best.reference.toFixed(0)} req/s reference = ${ratio.toFixed(2)} (${verdict} target ${target})\n`,
  );
  return ratio;
}

export const LATCHKEY_BIN = join(ROOT, 'packages/server/bin/latchkey.mjs');
