// Shared benchmark plumbing: child processes on loopback, one load generator, ratios not absolute numbers.
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { WHOAMI_ANSWER } from './reference-routes.ts';

export const ROOT = new URL('..', import.meta.url).pathname;
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

export interface Child {
  process: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

/**
 * `BENCH_PIN=1` (two or more cores, `taskset` on PATH): every server runs on the last core and the load
 * generator on the first, so subject and reference meet the same core rather than wherever the scheduler
 * put each process. Runs then agree better with each other, but a server is held to one core: Latchkey's
 * signatures on the thread pool no longer get the other core's spare time.
 */
const PIN =
  process.env.BENCH_PIN === '1' &&
  availableParallelism() >= 2 &&
  spawnSync('taskset', ['--version'], { stdio: 'ignore' }).error === undefined;
const SERVER_CORE = String(availableParallelism() - 1);
const pinned = (command: string, args: string[], core: string): [string, string[]] =>
  PIN ? ['taskset', ['-c', core, command, ...args]] : [command, args];

/** Node's flags to run `script`: tsx for TypeScript, nothing for JavaScript. */
export const loaderFor = (script: string): string[] =>
  script.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];

// BENCH_PORT_BASE: the first port to use (a range of ports agreed for this machine); random otherwise.
let nextPort = Number(process.env.BENCH_PORT_BASE ?? 27000 + Math.floor(Math.random() * 2000));
/**
 * The next port from nextPort that nothing listens on now. The range is shared with ephemeral ports (other servers
 * started on port 0, clients' own ends), and a port taken by another server would have it answer in our child's place.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = nextPort++;
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** The process behind each port startNode used, to read its CPU time. */
const pidByPort = new Map<number, number>();

/**
 * Starts `node SCRIPT ARGS` (through tsx for a TypeScript script; Latchkey's bin is compiled JavaScript) with
 * PORT set and waits until `readyPath` answers.
 */
export async function startNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  readyPath = '/',
): Promise<Child> {
  const port = await freePort();
  // BENCH_PROFILE=DIR: each server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  // BENCH_NODE_FLAGS: more flags for every server's node (V8's --trace-deopt, say), split on spaces.
  profile.push(...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []));
  const child = spawn(
    ...pinned(process.execPath, [...profile, ...loaderFor(script), script, ...args], SERVER_CORE),
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
  // BENCH_START_SECONDS (30): how long a server may take to answer readyPath (more on a loaded machine).
  const deadline = Date.now() + 1000 * Number(process.env.BENCH_START_SECONDS ?? 30);
  for (;;) {
    if (Date.now() > deadline || child.exitCode !== null) {
      // Not left running behind a failed benchmark.
      child.kill('SIGKILL');
      throw new Error(`${script} did not start:\n${output}`);
    }
    const answered = await fetch(`http://127.0.0.1:${port}${readyPath}`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Another process on the port would have answered for a child that failed to listen: wait a moment, then make sure
  // ours is still the one running.
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (child.exitCode !== null) throw new Error(`${script} exited after port ${port} answered:\n${output}`);
  if (child.pid !== undefined) pidByPort.set(port, child.pid);
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
process.stdout.write(
  `load generator: ${GENERATOR}, ${CONNECTIONS} connections${PIN ? `; servers on core ${SERVER_CORE}, wrk on core 0` : ''}\n`,
);

/**
 * CPU time (user + system) the process has used, in ms, from /proc (Linux); undefined elsewhere. Read
 * before and after a round, it gives CPU per request: a figure the machine's other work disturbs much
 * less than requests per second, since a process that waits for a core is not charged for the wait.
 */
export function cpuMsOf(port: number): number | undefined {
  const pid = pidByPort.get(port);
  return pid === undefined ? undefined : cpuMsOfPid(pid);
}

/** The same for any process by its id (nginx, which startNode did not start). */
export function cpuMsOfPid(pid: number): number | undefined {
  const split = cpuSplitOfPid(pid);
  return split === undefined ? undefined : split.userMs + split.systemMs;
}

/**
 * The process's CPU time in ms as user and system time apart: the system share is the kernel's work for it
 * (on loopback, mostly sending each answer and waking the client that waits for it).
 */
export function cpuSplitOfPid(pid: number): { userMs: number; systemMs: number } | undefined {
  try {
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    // Fields 14 and 15 of stat (utime, stime), in clock ticks of 10 ms; the list here starts at field 3.
    return { userMs: Number(fields[11]) * 10, systemMs: Number(fields[12]) * 10 };
  } catch {
    return undefined;
  }
}

const portOf = (load: Load): number => Number(new URL(load.url).port);

/** Requests per second with 2xx answers only; anything else fails the run. */
export function requestsPerSecond(load: Load, seconds = DURATION_SECONDS): Promise<Rate> {
  return GENERATOR === 'wrk'
    ? wrkRequestsPerSecond(load, seconds)
    : autocannonRequestsPerSecond(load, seconds);
}

// JSON's escapes for the ASCII bodies used here are valid Lua string escapes too.
const luaString = (value: string) => JSON.stringify(value);

export interface Rate {
  perSecond: number;
  requests: number;
}

async function wrkRequestsPerSecond(load: Load, seconds: number): Promise<Rate> {
  // A Lua script carries the method and body (wrk has no flags for them); headers go as -H.
  const script = join(mkdtempSync(join(tmpdir(), 'latchkey-wrk-')), 'load.lua');
  writeFileSync(
    script,
    `wrk.method = ${luaString(load.method ?? 'GET')}\n${load.body === undefined ? '' : `wrk.body = ${luaString(load.body)}\n`}`,
  );
  const headers = Object.entries(load.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  // A request is given 10 s (wrk's default is 2): on a loaded machine a server waiting for a core is slow, not failing.
  const args = [
    '-t1',
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    script,
    ...headers,
    load.url,
  ];
  const output = await new Promise<string>((resolve, reject) =>
    execFile(...pinned('wrk', args, '0'), (error, stdout, stderr) =>
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
  return { perSecond: rate, requests: total };
}

async function autocannonRequestsPerSecond(load: Load, seconds: number): Promise<Rate> {
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
  return { perSecond: result.requests.total / (result.duration || seconds), requests: result.requests.total };
}

/** One round of `load`, with the CPU its server used (when it can be read). */
async function measure(load: Load): Promise<Rate & { cpuMs?: number }> {
  const port = portOf(load);
  const before = cpuMsOf(port);
  const rate = await requestsPerSecond(load);
  const after = cpuMsOf(port);
  return before === undefined || after === undefined ? rate : { ...rate, cpuMs: after - before };
}

/**
 * Alternates the two loads `rounds` times and compares the best of each, to damp noise on a shared machine.
 * Also prints each server's CPU time per request over all rounds, a steadier figure where /proc is readable.
 */
export async function compare(
  name: string,
  subject: Load,
  reference: Load,
  target: number | undefined,
  rounds = Number(process.env.BENCH_ROUNDS ?? 2),
): Promise<Comparison> {
  await requestsPerSecond(subject, 1);
  await requestsPerSecond(reference, 1);
  const best = { subject: 0, reference: 0 };
  const cpu = { subject: { ms: 0, requests: 0 }, reference: { ms: 0, requests: 0 } };
  let cpuKnown = true;
  for (let i = 0; i < rounds; i++) {
    for (const side of ['reference', 'subject'] as const) {
      const round = await measure(side === 'subject' ? subject : reference);
      best[side] = Math.max(best[side], round.perSecond);
      if (round.cpuMs === undefined) cpuKnown = false;
      cpu[side].ms += round.cpuMs ?? 0;
      cpu[side].requests += round.requests;
    }
  }
  const ratio = best.subject / best.reference;
  const verdict =
    target === undefined ? 'no target' : `${ratio >= target ? 'meets' : 'MISSES'} target ${target}`;
  process.stdout.write(
    `${name}: ${best.subject.toFixed(0)} req/s vs ${best.reference.toFixed(0)} req/s reference = ${ratio.toFixed(2)} (${verdict})\n`,
  );
  if (!cpuKnown) return { ratio };
  const [mine = 0, theirs = 0] = [cpu.subject, cpu.reference].map(
    ({ ms, requests }) => (ms * 1000) / requests,
  );
  process.stdout.write(
    `  CPU per request: ${mine.toFixed(1)} µs vs ${theirs.toFixed(1)} µs reference = ${(theirs / mine).toFixed(2)}\n`,
  );
  return { ratio, cpuUs: { subject: mine, reference: theirs }, cpuRatio: theirs / mine };
}

/** compare()'s figures: the best requests per second's ratio, and CPU per request (µs) where /proc is readable. */
export interface Comparison {
  ratio: number;
  cpuUs?: { subject: number; reference: number };
  /** The reference's CPU per request over the subject's: above 1, the subject costs less. */
  cpuRatio?: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The load average, as `uptime` prints it: what else the shared machine was doing beside a figure. */
export const loadAverage = (): string =>
  readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export const LATCHKEY_BIN = join(ROOT, 'packages/server/bin/latchkey.mjs');

/**
 * A per-principal budget the load never exhausts (every answer must be a 2xx): the limiter still runs on
 * every request, as it does in production, but never refuses one.
 */
export const NEVER_EXHAUSTED = {
  LATCHKEY_RATE_LIMIT_PER_SECOND: '1000000000',
  LATCHKEY_RATE_LIMIT_BURST: '1000000000',
};

export const BENCH_ADMIN = { email: 'bench@example.com', password: 'benchmark password' };

/** `latchkey serve` from `bin` (this checkout's unless another build's is named) with BENCH_ADMIN as its administrator. */
export function startLatchkey(env: NodeJS.ProcessEnv = {}, bin = LATCHKEY_BIN): Promise<Child> {
  return startNode(
    bin,
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
}

/**
 * Latchkey with an administrator, their session token (only a session creates credentials) and one API
 * key of theirs (cache hits from the second request on).
 */
export async function startLatchkeyWithKey(
  env: NodeJS.ProcessEnv = {},
  bin = LATCHKEY_BIN,
): Promise<Child & { key: string; session: string }> {
  const latchkey = await startLatchkey(env, bin);
  const base = `http://127.0.0.1:${latchkey.port}`;
  return { ...latchkey, key: await benchKey(base), session: await adminSession(base) };
}

/** Sends `payload` as JSON (GET without one) and answers the JSON body; anything but a 2xx throws. */
export async function json(
  url: string,
  init: RequestInit & { token?: string; payload?: unknown },
): Promise<Record<string, unknown>> {
  const { token, payload, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    ...(payload !== undefined && { method: rest.method ?? 'POST', body: JSON.stringify(payload) }),
    headers: {
      ...(payload !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
      ...(rest.headers as Record<string, string> | undefined),
    },
  });
  if (!response.ok)
    throw new Error(`${rest.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Signs in as BENCH_ADMIN: a session token (only a session creates credentials). */
export async function adminSession(base: string): Promise<string> {
  const { token } = await json(`${base}/v0/auth/login`, { payload: BENCH_ADMIN });
  return String(token);
}

/** A new API key of BENCH_ADMIN's on the Latchkey at `base`. */
export async function benchKey(base: string): Promise<string> {
  const created = await json(`${base}/v0/users/admin/keys`, {
    token: await adminSession(base),
    payload: { name: 'bench' },
  });
  return String(created.key);
}

export interface BenchApp {
  slug: string;
  clientId: string;
  clientSecret: string;
  /** The administrator's session that made it, to configure it further. */
  session: string;
}

/** A new app with a client secret, made through the API as an administrator would. */
export async function benchApp(base: string, name = 'Bench app'): Promise<BenchApp> {
  const session = await adminSession(base);
  const app = await json(`${base}/v0/apps`, { token: session, payload: { name } });
  const slug = String(app.slug);
  const secret = await json(`${base}/v0/apps/${slug}/secret`, { token: session, payload: {} });
  return { slug, clientId: String(secret.client_id), clientSecret: String(secret.client_secret), session };
}

/** The form of the client-credentials grant, as an integration sends it. */
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** HTTP Basic for a client id and secret (RFC 6749 §2.3.1: each form-encoded first). */
export const basicAuth = (id: string, secret: string): string =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/** An app's access token, through the API as an integration would get one. */
export async function appToken(base: string): Promise<string> {
  const app = await benchApp(base, 'Bench bot');
  const issued = await json(`${base}/v0/oauth/token`, {
    method: 'POST',
    headers: { ...FORM, authorization: basicAuth(app.clientId, app.clientSecret) },
    body: 'grant_type=client_credentials',
  });
  return String(issued.access_token);
}

/**
 * Linux's `perf` when it can record here (`BENCH_PERF=0` turns it off): each measured Node process's round is then
 * sampled, to tell processes in V8's slow path for Node's tick objects (bench/README.md) from the others.
 */
export const PERF =
  process.env.BENCH_PERF !== '0' &&
  process.platform === 'linux' &&
  spawnSync('perf', ['record', '-q', '-o', '/dev/null', '--', 'true'], { stdio: 'ignore' }).status === 0;

/** The runtime frames of the slow path: `nextTick`'s literal defined through the runtime, one property at a time. */
const SLOW_PATH =
  /Runtime_DefineKeyedOwnPropertyInLiteral|JSObject::MigrateToMap|Map::TransitionToDataProperty|UpdateDescriptorForValue/;
/** Above this share of samples a process is in the slow path (slow ones measured 4–8%, the others under 0.1%). */
export const SLOW_PATH_THRESHOLD = 0.01;

/**
 * Samples `pid` with `perf record -g` for `seconds` (started beside a round); the promise gives the share of
 * samples with a slow-path frame on their stack, or undefined when perf is off or recorded nothing.
 */
export function slowPathShare(pid: number | undefined, seconds: number): Promise<number | undefined> {
  if (!PERF || pid === undefined) return Promise.resolve(undefined);
  const data = join(mkdtempSync(join(tmpdir(), 'latchkey-perf-')), 'perf.data');
  const record = [
    'record',
    '-q',
    '-F',
    '999',
    '-g',
    '-p',
    String(pid),
    '-o',
    data,
    '--',
    'sleep',
    String(seconds),
  ];
  return new Promise((resolve) => {
    execFile('perf', record, () => {
      execFile('perf', ['script', '-i', data], { maxBuffer: 1 << 30 }, (error, stdout) => {
        if (error) return resolve(undefined);
        let samples = 0;
        let slow = 0;
        // One sample: a header line, its stack frames indented, then a blank line.
        for (const sample of stdout.split(/\n\s*\n/)) {
          if (sample.trim() === '') continue;
          samples++;
          if (SLOW_PATH.test(sample)) slow++;
        }
        resolve(samples === 0 ? undefined : slow / samples);
      });
    });
  });
}

/** `GET /v0/auth/whoami` with a Bearer credential, on a server started here. */
export const whoamiLoad = (server: Child, secret: string): Load => ({
  url: `http://127.0.0.1:${server.port}/v0/auth/whoami`,
  headers: { authorization: `Bearer ${secret}` },
});

/** Rounds measured for one side of a comparison, over every generation. */
export interface Samples {
  perSecond: number[];
  /** The server's CPU time (user + system) per request, in µs. */
  cpuUs: number[];
  /** The user-space part of it; the rest is the kernel's. */
  userUs: number[];
}

export const samples = (): Samples => ({ perSecond: [], cpuUs: [], userUs: [] });

/** The medians of one side's user time and system (kernel) time per request, in µs. */
export const splitMedians = (side: Samples): { userUs: number; systemUs: number } => ({
  userUs: median(side.userUs),
  systemUs: median(side.cpuUs.map((cpu, i) => cpu - (side.userUs[i] ?? Number.NaN))),
});

/** One counted round of `load` on `server`: requests per second and its CPU time per request, all and user. */
async function cpuRound(
  server: Child,
  load: Load,
): Promise<{ perSecond: number; cpuUs: number; userUs: number }> {
  const pid = server.process.pid ?? 0;
  const before = cpuSplitOfPid(pid);
  const rate = await requestsPerSecond(load, DURATION_SECONDS);
  const after = cpuSplitOfPid(pid);
  const perRequest = (ms: number) => (ms * 1000) / rate.requests;
  if (before === undefined || after === undefined)
    return { perSecond: rate.perSecond, cpuUs: Number.NaN, userUs: Number.NaN };
  const user = after.userMs - before.userMs;
  return {
    perSecond: rate.perSecond,
    cpuUs: perRequest(user + after.systemMs - before.systemMs),
    userUs: perRequest(user),
  };
}

/**
 * One generation of an A/B comparison: each side warmed one uncounted second, then `rounds` alternating
 * rounds, the reference first, each added to its side's samples. Prints the generation's requests per second.
 */
export async function alternate(
  label: string,
  rounds: number,
  sides: { name: string; server: Child; load: Load; into: Samples }[],
): Promise<void> {
  for (const side of sides) await requestsPerSecond(side.load, 1);
  for (let i = 0; i < rounds; i++) {
    for (const side of sides) {
      const measured = await cpuRound(side.server, side.load);
      side.into.perSecond.push(measured.perSecond);
      side.into.cpuUs.push(measured.cpuUs);
      side.into.userUs.push(measured.userUs);
    }
  }
  const shown = sides.map(
    (side) => `${side.name} ${side.into.perSecond.slice(-rounds).map((r) => r.toFixed(0))} req/s`,
  );
  process.stdout.write(`${label}: ${shown.join(', ')}\n`);
}

/**
 * Every side a fresh process serving the hot path's limit route for whoami (`WHOAMI_ANSWER`; `start` gets the
 * `REF_ANSWERS` to pass on), each generation: every side warmed, then `rounds` alternating rounds. Each side's samples.
 */
export async function limitRouteRounds(
  sides: { name: string; start: (env: NodeJS.ProcessEnv) => Promise<Child> }[],
  generations: number,
  rounds: number,
): Promise<Map<string, Samples>> {
  const measured = new Map<string, Samples>(sides.map(({ name }) => [name, samples()]));
  const env = { REF_ANSWERS: JSON.stringify({ whoami: WHOAMI_ANSWER }) };
  for (let generation = 1; generation <= generations; generation++) {
    const servers: { name: string; child: Child }[] = [];
    try {
      // One at a time, so that a side that fails to start leaves none running behind it.
      for (const side of sides) servers.push({ name: side.name, child: await side.start(env) });
      await alternate(
        `generation ${generation}`,
        rounds,
        servers.map(({ name, child }) => ({
          name,
          server: child,
          load: {
            url: `http://127.0.0.1:${child.port}/limit/whoami`,
            headers: { authorization: `Bearer ${WHOAMI_ANSWER.secret}` },
          },
          into: measured.get(name) ?? samples(),
        })),
      );
    } finally {
      await Promise.all(servers.map(({ child }) => child.stop()));
    }
  }
  return measured;
}

/** The medians of subject against reference, requests per second and CPU per request, with the load average. */
export function summarize(
  title: string,
  subject: Samples,
  reference: Samples,
  target: number,
  generations: number,
  rounds: number,
): void {
  const [rps, refRps] = [median(subject.perSecond), median(reference.perSecond)];
  const [cpu, refCpu] = [median(subject.cpuUs), median(reference.cpuUs)];
  process.stdout.write(
    `\n${GENERATOR}, ${generations} generations of fresh processes, ${rounds} rounds each of ${DURATION_SECONDS} s, medians; load average ${loadAverage()}\n` +
      `${title}: ${rps.toFixed(0)} vs ${refRps.toFixed(0)} req/s = ${(rps / refRps).toFixed(2)}\n` +
      `  CPU per request: ${cpu.toFixed(1)} µs vs ${refCpu.toFixed(1)} µs = ${(refCpu / cpu).toFixed(2)} (target ≥ ${target})\n`,
  );
}
