// Real `latchkey serve` processes on loopback ports, free ports, and PostgreSQL databases of their own, for the tests that start processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** A loopback port nothing listens on now, for a process that must be told its port before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export const BIN = fileURLToPath(new URL('../../bin/latchkey.mjs', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT, read from the server's own "Server listening" line. */
  url: string;
  exited: Promise<number | null>;
  /** Everything it printed so far. */
  output(): string;
}

/**
 * Servers still running when this test process ends (a runner timeout skips `after` hooks) are killed
 * with it, so no test leaves a server behind on the machine.
 */
const running = new Set<ChildProcess>();
const killAll = () => {
  for (const child of running) child.kill('SIGKILL');
};
process.once('exit', killAll);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(1);
  });
}

/**
 * The master key of every server this test process starts on PostgreSQL (which refuses to start without
 * one) unless the test names its own: the same for each restart and each instance, as a deployment's is.
 */
export const TEST_MASTER_KEY = randomBytes(32).toString('base64');

const withMasterKey = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  env.LATCHKEY_DATABASE_URL?.startsWith('postgres') &&
  env.LATCHKEY_MASTER_KEY === undefined &&
  env.LATCHKEY_MASTER_KEY_FILE === undefined
    ? { ...env, LATCHKEY_MASTER_KEY: TEST_MASTER_KEY }
    : env;

/**
 * Starts `latchkey serve` (on `port`, by default one the kernel picks) and resolves once it listens (90 s
 * allowed: a start takes 10-30 s on a saturated machine); env is added to the test's own.
 */
export async function startServer(env: NodeJS.ProcessEnv, cwd: string, port = 0): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    cwd,
    env: { ...process.env, LATCHKEY_LOG_LEVEL: 'info', ...withMasterKey(env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind the failure: a live child keeps the test file (and the suite) from ending.
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, 90_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => reject(new Error(`server exited:\n${out}`)));
  });
  return { child, url, exited, output: () => out };
}

export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
  await server.exited;
}

export async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * A fresh database on the test PostgreSQL for server processes, which take a connection string and
 * not a test schema; `drop` removes it (forcibly, in case a killed server left connections behind).
 */
export async function createDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lk_proc_${randomBytes(5).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
