// The hot-path method (bench/README.md): generations of fresh processes; whoami (key, app token), verify and nginx auth_request against their references.
import { join } from 'node:path';
import type { NginxProcess } from '../packages/server/src/test/nginx.ts';
import { startGateway } from '../packages/server/src/test/nginx-gateway.ts';
import {
  appToken,
  type Child,
  cpuSplitOfPid,
  DURATION_SECONDS,
  GENERATOR,
  type Load,
  median,
  PERF,
  ROOT,
  requestsPerSecond,
  SLOW_PATH_THRESHOLD,
  slowPathShare,
  startLatchkeyWithKey,
  startNode,
} from './lib.ts';
import type { Answer } from './reference-routes.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/**
 * `BENCH_PASSES` (1): counted rounds of every target per generation, each pass in the reverse order of the one
 * before, so that a machine whose speed drifts during a generation weighs on subject and reference alike.
 */
const PASSES = Number(process.env.BENCH_PASSES ?? 1);
/**
 * `BENCH_WARMUP_SECONDS` (3): the uncounted round each target gets first. A process's first counted round after
 * a 1 s warm-up was often its slowest (V8 still compiling, the heap still growing).
 */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
/** `BENCH_TARGETS=whoami-key,nginx`: only the targets whose names start with one of these (and their references). */
const ONLY = process.env.BENCH_TARGETS?.split(',').map((prefix) => prefix.trim());
const chosen = (target: Target) =>
  ONLY === undefined || ONLY.some((prefix) => target.name.startsWith(prefix));

interface Target {
  name: string;
  load: Load;
  /** The processes whose CPU this target's requests use. */
  pids: () => (number | undefined)[];
  /** The Node process sampled with perf for the slow path (the nginx rows have none). */
  node?: () => number | undefined;
}

interface Round {
  perSecond: number;
  cpuUsPerRequest: number | undefined;
  /** The user-space part of it; the rest is the kernel's (system time). */
  userUsPerRequest: number | undefined;
  /** Share of perf samples in the slow path's runtime frames; undefined without perf. */
  slowShare: number | undefined;
}

/** Headers that differ per request or per connection; every other header of the answer is copied. */
const PER_REQUEST = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

async function capture(url: string, secret: string): Promise<Answer> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${secret}` } });
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!PER_REQUEST.has(name)) headers[name] = value;
  });
  return { status: response.status, headers, body: text === '' ? null : JSON.parse(text), secret };
}

async function round(target: Target, seconds: number): Promise<Round> {
  const cpu = () => target.pids().map((pid) => (pid === undefined ? undefined : cpuSplitOfPid(pid)));
  const before = cpu();
  // perf samples most of the round (it starts with wrk and stops a second before it).
  const sampled = slowPathShare(target.node?.(), Math.max(1, seconds - 1));
  const rate = await requestsPerSecond(target.load, seconds);
  const after = cpu();
  const slowShare = await sampled;
  let user = 0;
  let system = 0;
  for (const [i, start] of before.entries()) {
    const end = after[i];
    if (start === undefined || end === undefined)
      return {
        perSecond: rate.perSecond,
        cpuUsPerRequest: undefined,
        userUsPerRequest: undefined,
        slowShare,
      };
    user += end.userMs - start.userMs;
    system += end.systemMs - start.systemMs;
  }
  const perRequest = (ms: number) => (ms * 1000) / rate.requests;
  return {
    perSecond: rate.perSecond,
    cpuUsPerRequest: perRequest(user + system),
    userUsPerRequest: perRequest(user),
    slowShare,
  };
}

/** One generation: every server fresh, every target warmed once uncounted, then PASSES counted rounds each. */
async function generation(): Promise<Map<string, Round[]>> {
  const children: Child[] = [];
  const gateways: NginxProcess[] = [];
  try {
    const latchkey = await startLatchkeyWithKey();
    children.push(latchkey);
    const base = `http://127.0.0.1:${latchkey.port}`;
    const token = await appToken(base);
    const answers: Record<string, Answer> = {
      'whoami-key': await capture(`${base}/v0/auth/whoami`, latchkey.key),
      'whoami-token': await capture(`${base}/v0/auth/whoami`, token),
      'verify-key': await capture(`${base}/v0/auth/verify`, latchkey.key),
    };
    const reference = await startNode(join(ROOT, 'bench/reference.ts'), [], {
      REF_ANSWERS: JSON.stringify(answers),
    });
    // Each child is stopped in `finally` even when a later one fails to start.
    children.push(reference);
    const inLatchkey = await startNode(
      join(ROOT, 'bench/reference-in-latchkey.ts'),
      [],
      { REF_ANSWERS: JSON.stringify(answers), LATCHKEY_LOG_LEVEL: 'warn' },
      '/healthz',
    );
    children.push(inLatchkey);
    const upstream = await startNode(join(ROOT, 'bench/upstream.ts'), []);
    children.push(upstream);
    const ports = { latchkey: latchkey.port, upstream: upstream.port };
    const [withAuth, plain, toLimit] = await Promise.all([
      startGateway(ports),
      startGateway(ports, { auth: false }),
      // The gateway's limit: the same nginx asking the reference's limit route instead of Latchkey.
      startGateway({ ...ports, latchkey: reference.port }, { verifyPath: '/limit/verify-key' }),
    ]);
    gateways.push(withAuth, plain, toLimit);
    const pid = (child: Child) => child.process.pid;
    const ref = (path: string, secret?: string): Load => ({
      url: `http://127.0.0.1:${reference.port}${path}`,
      headers: secret === undefined ? undefined : { authorization: `Bearer ${secret}` },
    });
    const targets: Target[] = [];
    for (const [name, secret, url] of [
      ['whoami-key', latchkey.key, '/v0/auth/whoami'],
      ['whoami-token', token, '/v0/auth/whoami'],
      ['verify-key', latchkey.key, '/v0/auth/verify'],
    ] as const) {
      targets.push(
        {
          name,
          load: { url: `${base}${url}`, headers: { authorization: `Bearer ${secret}` } },
          pids: () => [pid(latchkey)],
          node: () => pid(latchkey),
        },
        {
          name: `${name} limit`,
          load: ref(`/limit/${name}`, secret),
          pids: () => [pid(reference)],
          node: () => pid(reference),
        },
        {
          name: `${name} same answer`,
          load: ref(`/same/${name}`, secret),
          pids: () => [pid(reference)],
          node: () => pid(reference),
        },
        {
          name: `${name} limit in Latchkey's process`,
          load: {
            url: `http://127.0.0.1:${inLatchkey.port}/limit/${name}`,
            headers: { authorization: `Bearer ${secret}` },
          },
          pids: () => [pid(inLatchkey)],
          node: () => pid(inLatchkey),
        },
      );
    }
    targets.push(
      {
        name: 'nginx auth_request',
        load: { url: `${withAuth.url}/api`, headers: { authorization: `Bearer ${latchkey.key}` } },
        pids: () => [withAuth.pid, pid(latchkey), pid(upstream)],
      },
      { name: 'nginx proxy', load: { url: `${plain.url}/api` }, pids: () => [plain.pid, pid(upstream)] },
      {
        name: 'nginx auth_request to the limit',
        load: { url: `${toLimit.url}/api`, headers: { authorization: `Bearer ${latchkey.key}` } },
        pids: () => [toLimit.pid, pid(reference), pid(upstream)],
      },
    );
    const measured = targets.filter(chosen);
    for (const target of measured) await requestsPerSecond(target.load, WARMUP_SECONDS);
    const rounds = new Map<string, Round[]>(measured.map((target) => [target.name, []]));
    for (let pass = 0; pass < PASSES; pass++)
      for (const target of pass % 2 === 0 ? measured : [...measured].reverse())
        rounds.get(target.name)?.push(await round(target, DURATION_SECONDS));
    return rounds;
  } finally {
    await Promise.all([...children.map((child) => child.stop()), ...gateways.map((nginx) => nginx.stop())]);
  }
}

const all = new Map<string, Round[]>();
for (let i = 0; i < GENERATIONS; i++) {
  const rounds = await generation();
  for (const [name, results] of rounds) all.set(name, [...(all.get(name) ?? []), ...results]);
  const shown = (name: string, r: Round) =>
    `${name} ${r.perSecond.toFixed(0)}/s ${r.cpuUsPerRequest?.toFixed(1) ?? '—'} µs${r.slowShare === undefined ? '' : ` ${(100 * r.slowShare).toFixed(1)}%`}`;
  process.stdout.write(
    `generation ${i + 1}: ${[...rounds].flatMap(([name, results]) => results.map((r) => shown(name, r))).join(', ')}\n`,
  );
}

/** A round whose process was in the slow path; undefined when perf did not sample it. */
const slow = (round: Round): boolean | undefined =>
  round.slowShare === undefined ? undefined : round.slowShare >= SLOW_PATH_THRESHOLD;

const figure = (name: string, only?: boolean) => {
  const rounds = (all.get(name) ?? []).filter((r) => only === undefined || slow(r) === only);
  const rates = rounds.map((r) => r.perSecond);
  const cpus = rounds.flatMap((r) => (r.cpuUsPerRequest === undefined ? [] : [r.cpuUsPerRequest]));
  const users = rounds.flatMap((r) => (r.userUsPerRequest === undefined ? [] : [r.userUsPerRequest]));
  const systems = rounds.flatMap((r) =>
    r.cpuUsPerRequest === undefined || r.userUsPerRequest === undefined
      ? []
      : [r.cpuUsPerRequest - r.userUsPerRequest],
  );
  return {
    rps: median(rates),
    low: Math.min(...rates),
    high: Math.max(...rates),
    cpu: cpus.length ? median(cpus) : undefined,
    user: users.length ? median(users) : undefined,
    system: systems.length ? median(systems) : undefined,
  };
};
const microseconds = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} µs`);
const show = (name: string) => {
  const f = figure(name);
  return `${(f.rps / 1000).toFixed(1)}k (${(f.low / 1000).toFixed(1)}–${(f.high / 1000).toFixed(1)}k) | ${microseconds(f.cpu)} | ${microseconds(f.user)} | ${microseconds(f.system)}`;
};
/** The slow path per target: processes in it, each one's share, and the CPU medians without it and with it. */
const classified = (name: string): string => {
  const rounds = all.get(name) ?? [];
  const shares = rounds.flatMap((r) => (r.slowShare === undefined ? [] : [r.slowShare]));
  const cpu = (only: boolean) => {
    const value = figure(name, only).cpu;
    return value === undefined ? '—' : `${value.toFixed(1)} µs`;
  };
  const percent = shares.map((share) => `${(100 * share).toFixed(1)}%`).join(', ');
  return `${rounds.filter((r) => slow(r)).length} of ${shares.length} | ${percent} | ${cpu(false)} | ${cpu(true)}`;
};
process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${PASSES} counted round(s) of each target per generation, ${DURATION_SECONDS} s a round, medians (range)\n\n| target | req/s | CPU per request | user | system |\n|---|---|---|---|---|\n`,
);
for (const name of all.keys()) process.stdout.write(`| ${name} | ${show(name)} |\n`);
if (PERF) {
  process.stdout.write(
    `\nV8's slow path for Node's tick objects, by round of each process (perf; in it at ${100 * SLOW_PATH_THRESHOLD}% of samples or more)\n\n| target | rounds in it | share of samples, each round | CPU per request without it | with it |\n|---|---|---|---|---|\n`,
  );
  for (const name of all.keys())
    if (all.get(name)?.some((r) => r.slowShare !== undefined))
      process.stdout.write(`| ${name} | ${classified(name)} |\n`);
}
process.stdout.write(
  "\n| figure | of the limit (req/s) | of the limit (CPU) | of the limit, round by round (CPU) | target | the limit in Latchkey's process, of the limit (CPU) | of the limit in Latchkey's process (CPU) |\n|---|---|---|---|---|---|---|\n",
);
const cpuRatio = (reference: string, subject: string, only?: boolean): string => {
  const [r, s] = [figure(reference, only).cpu, figure(subject, only).cpu];
  return r !== undefined && s !== undefined ? (r / s).toFixed(2) : '—';
};
/**
 * The median of each round's own ratio: the subject against the reference measured right after or right before
 * it (the same generation and pass), so a machine whose speed drifts between rounds moves both of a pair.
 */
const pairedRatio = (reference: string, subject: string): string => {
  const references = all.get(reference) ?? [];
  const ratios = (all.get(subject) ?? []).flatMap((round, i) => {
    const against = references[i]?.cpuUsPerRequest;
    return against === undefined || round.cpuUsPerRequest === undefined
      ? []
      : [against / round.cpuUsPerRequest];
  });
  if (ratios.length === 0) return '—';
  return `${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
};
for (const name of ['whoami-key', 'whoami-token', 'verify-key']) {
  if (!all.has(name)) continue;
  const limit = `${name} limit`;
  const inLatchkey = `${name} limit in Latchkey's process`;
  process.stdout.write(
    `| ${name} | ${(figure(name).rps / figure(limit).rps).toFixed(2)} | ${cpuRatio(limit, name)} | ${pairedRatio(limit, name)} | ≥ 0.90 | ${cpuRatio(limit, inLatchkey)} | ${cpuRatio(inLatchkey, name)} |\n`,
  );
}
if (PERF) {
  // The same ratio over the processes outside the slow path only, so that which state a process landed in
  // cannot move it.
  process.stdout.write(
    '\n| figure, processes outside the slow path only | of the limit (CPU) | target |\n|---|---|---|\n',
  );
  for (const name of ['whoami-key', 'whoami-token', 'verify-key'])
    if (all.has(name))
      process.stdout.write(`| ${name} | ${cpuRatio(`${name} limit`, name, false)} | ≥ 0.90 |\n`);
}
if (all.has('nginx auth_request')) {
  const gateway = figure('nginx auth_request').rps / figure('nginx proxy').rps;
  process.stdout.write(`| nginx auth_request / nginx proxy | ${gateway.toFixed(2)} (req/s) | | ≥ 0.6 |\n`);
  const limit = figure('nginx auth_request to the limit').rps / figure('nginx proxy').rps;
  process.stdout.write(
    `| the same nginx asking the limit / nginx proxy | ${limit.toFixed(2)} (req/s) | | — |\n`,
  );
  const ours = figure('nginx auth_request').rps / figure('nginx auth_request to the limit').rps;
  process.stdout.write(
    `| nginx auth_request / the same asking the limit | ${ours.toFixed(2)} (req/s) | | — |\n`,
  );
}
