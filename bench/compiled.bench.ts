// The compiled server (plain node, as `latchkey serve` runs) against its TypeScript sources through tsx, in one run:
// start-up time to /readyz on SQLite (a first start, which migrates and creates the administrator, then a restart),
// resident memory at idle, and the hot path's endpoints. Every generation starts fresh processes of both, in
// alternating order; the figures are medians over the generations and compiled ÷ source ratios.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../packages/server/src/test/processes.ts';
import {
  appToken,
  BENCH_ADMIN,
  benchKey,
  cpuMsOfPid,
  DURATION_SECONDS,
  GENERATOR,
  LATCHKEY_BIN,
  loaderFor,
  median,
  NEVER_EXHAUSTED,
  ROOT,
  requestsPerSecond,
} from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const IDLE_SECONDS = 3;
const BUILDS = { compiled: LATCHKEY_BIN, source: join(ROOT, 'bench/latchkey-source.ts') } as const;
type Build = keyof typeof BUILDS;

interface Server {
  child: ChildProcess;
  base: string;
  /** From spawn to the first 200 from /readyz. */
  readyMs: number;
  stop(): Promise<void>;
}

/** `latchkey serve` of this build in `cwd` (SQLite in ./data), timed until /readyz answers 200. */
async function start(build: Build, cwd: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(process.execPath, [...loaderFor(BUILDS[build]), BUILDS[build], 'serve'], {
    cwd,
    env: {
      ...process.env,
      LATCHKEY_PORT: String(port),
      LATCHKEY_LOG_LEVEL: 'warn',
      LATCHKEY_ADMIN_EMAIL: BENCH_ADMIN.email,
      LATCHKEY_ADMIN_PASSWORD: BENCH_ADMIN.password,
      ...NEVER_EXHAUSTED,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  for (;;) {
    if (child.exitCode !== null || performance.now() - began > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`${build} did not start:\n${output}`);
    }
    const ready = await fetch(`${base}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await sleep(5);
  }
  const readyMs = performance.now() - began;
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, base, readyMs, stop };
}

function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

const results = new Map<string, Record<Build, number[]>>();
const record = (figure: string, build: Build, value: number) => {
  const entry = results.get(figure) ?? { compiled: [], source: [] };
  entry[build].push(value);
  results.set(figure, entry);
};

async function measure(build: Build): Promise<void> {
  const cwd = mkdtempSync(join(tmpdir(), 'latchkey-bench-compiled-'));
  try {
    const first = await start(build, cwd);
    record('first start to /readyz (migrations, administrator), ms', build, first.readyMs);
    await first.stop();
    const server = await start(build, cwd);
    record('restart to /readyz, ms', build, server.readyMs);
    await sleep(IDLE_SECONDS * 1000);
    record(`RSS after ${IDLE_SECONDS} s idle, MiB`, build, rssMiB(server.child.pid));
    try {
      const key = await benchKey(server.base);
      const token = await appToken(server.base);
      for (const [name, secret, path] of [
        ['whoami with a key', key, '/v0/auth/whoami'],
        ['whoami with an app token', token, '/v0/auth/whoami'],
        ['verify with a key', key, '/v0/auth/verify'],
      ] as const) {
        const load = { url: `${server.base}${path}`, headers: { authorization: `Bearer ${secret}` } };
        await requestsPerSecond(load, 1);
        const before = cpuMsOfPid(server.child.pid ?? 0);
        const rate = await requestsPerSecond(load, DURATION_SECONDS);
        const after = cpuMsOfPid(server.child.pid ?? 0);
        record(`${name}, req/s`, build, rate.perSecond);
        if (before !== undefined && after !== undefined)
          record(`${name}, CPU µs per request`, build, ((after - before) * 1000) / rate.requests);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

// The first fetch loads undici in this process: done before anything is timed.
await fetch('http://127.0.0.1:9/').catch(() => undefined);
for (let i = 0; i < GENERATIONS; i++) {
  const order: Build[] = i % 2 === 0 ? ['compiled', 'source'] : ['source', 'compiled'];
  for (const build of order) await measure(build);
  process.stdout.write(`generation ${i + 1} done\n`);
}

const show = (values: number[]) =>
  `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${DURATION_SECONDS} s a round, medians (range)\n\n` +
    '| figure | compiled | sources through tsx | compiled ÷ tsx |\n|---|---|---|---|\n',
);
for (const [figure, { compiled, source }] of results)
  process.stdout.write(
    `| ${figure} | ${show(compiled)} | ${show(source)} | ${(median(compiled) / median(source)).toFixed(2)} |\n`,
  );
