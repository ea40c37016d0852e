// Start-up to /readyz on SQLite: the compiled `latchkey serve` restarting on a migrated database, against the floor of
// any such server here (a bare Fastify with better-sqlite3 opened, on plain node), in fresh processes, alternating.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../packages/server/src/test/processes.ts';
import { BENCH_ADMIN, cpuMsOfPid, LATCHKEY_BIN, ROOT } from './lib.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Another build's bin/latchkey.mjs (an earlier checkout's), to compare with on the same machine in the same run. */
const BIN = process.env.BENCH_LATCHKEY_BIN ?? LATCHKEY_BIN;

/** The least a server answering /readyz from SQLite costs to start: the same framework and driver, nothing else. */
const FLOOR = `
import Fastify from 'fastify';
import Database from 'better-sqlite3';
const db = new Database(process.env.FLOOR_DB);
db.prepare('select 1').get();
const app = Fastify();
app.get('/readyz', async () => (db.prepare('select 1').get(), { status: 'ready' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
`;

interface Start {
  /** From spawn to the first 200 from /readyz. */
  wallMs: number;
  /** The process's CPU time (user + system, every thread) at that moment. */
  cpuMs: number;
}

async function timeToReady(args: string[], cwd: string, env: Record<string, string>): Promise<Start> {
  const port = await freePort();
  const began = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      LATCHKEY_PORT: String(port),
      LATCHKEY_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  for (;;) {
    if (child.exitCode !== null || performance.now() - began > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`${args.join(' ')} did not start:\n${errors}`);
    }
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await sleep(5);
  }
  const wallMs = performance.now() - began;
  const cpuMs = cpuMsOfPid(child.pid ?? 0) ?? Number.NaN;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { wallMs, cpuMs };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const show = (values: number[]) =>
  `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

const cwd = mkdtempSync(join(tmpdir(), 'latchkey-bench-startup-'));
const latchkey = {
  args: [BIN, 'serve'],
  env: { LATCHKEY_ADMIN_EMAIL: BENCH_ADMIN.email, LATCHKEY_ADMIN_PASSWORD: BENCH_ADMIN.password },
};
const floor = {
  args: ['--input-type=module', '-e', FLOOR],
  env: { FLOOR_DB: join(cwd, 'floor.db') },
};
const loadBefore = loadavg()[0] ?? 0;
try {
  // The first start migrates and creates the administrator; every timed one is a restart on that database.
  // The floor's first run likewise creates its file. This process's first fetch loads undici: also untimed.
  await timeToReady(latchkey.args, cwd, latchkey.env);
  await timeToReady(floor.args, ROOT, floor.env);
  const runs = { latchkey: [] as Start[], floor: [] as Start[] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (['latchkey', 'floor'] as const) : (['floor', 'latchkey'] as const);
    for (const which of order) {
      const { args, env } = which === 'latchkey' ? latchkey : floor;
      runs[which].push(await timeToReady(args, which === 'latchkey' ? cwd : ROOT, env));
    }
  }
  const loadAfter = loadavg()[0] ?? 0;
  process.stdout.write(
    `node ${process.version}, ${RUNS} restarts of each, alternating; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after\n\n` +
      '| to /readyz, median (range) | wall, ms | CPU, ms |\n|---|---|---|\n',
  );
  for (const which of ['latchkey', 'floor'] as const)
    process.stdout.write(
      `| ${which === 'latchkey' ? '`latchkey serve`, restart' : 'bare Fastify + better-sqlite3'} | ${show(runs[which].map((r) => r.wallMs))} | ${show(runs[which].map((r) => r.cpuMs))} |\n`,
    );
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
