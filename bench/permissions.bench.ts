// Permission checks: verify with `permission=runs:write&project=` on a warm cache against verify without
// them (fresh processes, CPU per request, medians), and the cold decision for a principal with 50 roles
// over 500 permissions, measured in-process on SQLite (p50/p99 over many decisions, each from an empty cache).
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CompiledQuery } from 'kysely';
import { PermissionsCache } from '../packages/server/src/features/permissions/permissions.cache.ts';
import type { PermissionsDeps } from '../packages/server/src/features/permissions/permissions.deps.ts';
import type { Holdings } from '../packages/server/src/features/permissions/permissions.model.ts';
import { PermissionsService } from '../packages/server/src/features/permissions/permissions.service.ts';
import {
  assignmentsQuery,
  assignmentsReaching,
  type Scope,
} from '../packages/server/src/features/permissions/permissions.store.ts';
import { startTestServer } from '../packages/server/src/test/harness.ts';
import {
  cpuMsOfPid,
  DURATION_SECONDS,
  GENERATOR,
  type Load,
  NEVER_EXHAUSTED,
  requestsPerSecond,
  startLatchkeyWithKey,
} from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 2000);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function send(base: string, method: string, path: string, token: string, body: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

/**
 * One generation: a fresh Latchkey, both loads warmed once uncounted, then counted rounds in the order
 * A B B A (each load's figure over its two rounds), so neither load always runs first or last.
 */
async function generation(): Promise<Map<string, { perSecond: number; cpuUs: number | undefined }>> {
  const latchkey = await startLatchkeyWithKey();
  try {
    const base = `http://127.0.0.1:${latchkey.port}`;
    const admin = latchkey.session;
    await send(base, 'POST', '/v0/projects', admin, { name: 'Launch', slug: 'launch' });
    await send(base, 'PUT', '/v0/admin/permissions/runs:write', admin, { description: 'Start runs' });
    await send(base, 'PUT', '/v0/admin/roles/runner', admin, { description: '', permissions: ['runs:*'] });
    await send(base, 'PUT', '/v0/projects/launch/roles', admin, { role: 'runner', user: 'admin' });
    const headers = { authorization: `Bearer ${latchkey.key}` };
    const loads: [string, Load][] = [
      ['verify', { url: `${base}/v0/auth/verify`, headers }],
      [
        'verify permission=runs:write&project=launch',
        { url: `${base}/v0/auth/verify?permission=runs:write&project=launch`, headers },
      ],
    ];
    const pid = latchkey.process.pid;
    const totals = new Map<string, { requests: number; cpuMs: number; seconds: number }>();
    for (const [, load] of loads) await requestsPerSecond(load, 1);
    for (const [name, load] of [...loads, ...[...loads].reverse()]) {
      const before = (pid === undefined ? undefined : cpuMsOfPid(pid)) ?? Number.NaN;
      const rate = await requestsPerSecond(load, DURATION_SECONDS);
      const after = (pid === undefined ? undefined : cpuMsOfPid(pid)) ?? Number.NaN;
      const total = totals.get(name) ?? { requests: 0, cpuMs: 0, seconds: 0 };
      total.requests += rate.requests;
      total.cpuMs += after - before;
      total.seconds += rate.requests / rate.perSecond;
      totals.set(name, total);
    }
    const rounds = new Map<string, { perSecond: number; cpuUs: number | undefined }>();
    for (const [name, { requests, cpuMs, seconds }] of totals)
      rounds.set(name, {
        perSecond: requests / seconds,
        cpuUs: Number.isNaN(cpuMs) ? undefined : (cpuMs * 1000) / requests,
      });
    return rounds;
  } finally {
    await latchkey.stop();
  }
}

/** 500 permissions, 50 roles of 10 to 50 each (some by wildcard), assigned at tenant, org and project scope to the user, a team and an org. */
/** A cache that never keeps holdings (the catalogue and the expanded roles it keeps as usual). */
class HoldingsUncached extends PermissionsCache {
  override holdingsOf(
    _principal: { type: string; id: string },
    _projectId: string | undefined,
    _now: number,
    load: () => Promise<Holdings>,
  ): Promise<Holdings> {
    return load();
  }
}

interface Timing {
  p50: number;
  p99: number;
  cpuUs: number;
}

/**
 * 500 permissions, 50 roles of 10 to 50 each (some by wildcard), assigned at tenant, org and project scope
 * to the user, a team and an org. Two figures: a miss of the principal's holdings (the catalogue and the
 * roles expanded since the last change to them are kept, as they are in the server), and every cache
 * empty (the first decision after a change: the catalogue and the roles' patterns are read and expanded).
 */
async function timedAlone(run: () => Promise<unknown>): Promise<Timing> {
  await run();
  const times: number[] = [];
  let cpuUs = 0;
  for (let i = 0; i < DECISIONS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuUs += used.user + used.system;
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), cpuUs: cpuUs / DECISIONS };
}

async function coldDecision(): Promise<{
  miss: Timing;
  empty: Timing;
  held: number;
  query: Timing;
  raw: Timing;
  plan: string[];
  rows: number;
}> {
  const s = await startTestServer('sqlite', { env: NEVER_EXHAUSTED });
  try {
    const admin = await s.login((await s.createUser({ slug: 'ada', admin: true })).email);
    const user = await s.createUser({ slug: 'cid' });
    const call = async (method: 'PUT' | 'POST', path: string, body: unknown) => {
      const answer = await s.call(method, path, admin, body);
      if (answer.statusCode >= 300) throw new Error(`${method} ${path}: ${answer.body}`);
    };
    await call('POST', '/v0/orgs', { name: 'Acme', slug: 'acme' });
    await call('POST', '/v0/orgs/acme/members', { user: 'cid' });
    await call('POST', '/v0/orgs/acme/teams', { name: 'CI', slug: 'ci' });
    await call('POST', '/v0/teams/ci/members', { user: 'cid' });
    await call('POST', '/v0/projects', { name: 'Web', slug: 'web', org: 'acme' });
    const names: string[] = [];
    for (let r = 0; r < 50; r++) for (let a = 0; a < 10; a++) names.push(`resource${r}:action${a}`);
    for (const name of names) await call('PUT', `/v0/admin/permissions/${name}`, { description: name });
    for (let i = 0; i < 50; i++) {
      const permissions =
        i % 5 === 0
          ? [`resource${i}:*`, `resource${(i + 1) % 50}:*`]
          : names.filter((_, n) => n % 50 === i || (n + i) % 17 === 0).slice(0, 10 + (i % 41));
      await call('PUT', `/v0/admin/roles/role${i}`, { description: '', permissions });
      const [path, grantee] = [
        [`/v0/admin/roles/role${i}/assignments`, { user: 'cid' }],
        ['/v0/orgs/acme/roles', { user: 'cid' }],
        ['/v0/projects/web/roles', { user: 'cid' }],
        ['/v0/projects/web/roles', { team: 'ci' }],
        ['/v0/orgs/acme/roles', { org: 'acme' }],
      ][i % 5] as [string, Record<string, string>];
      await call('PUT', path, path.startsWith('/v0/admin') ? grantee : { role: `role${i}`, ...grantee });
    }
    const project = await s.ctx.db
      .selectFrom('projects')
      .selectAll()
      .where('slug', '=', 'web')
      .executeTakeFirstOrThrow();
    const principal = { type: 'user' as const, id: user.id };
    const asked = ['resource7:action3'];
    let held = 0;
    // What a decision does on a cache miss: PermissionsService.decide over a cache of ours, the rest of
    // the service's dependencies unused by a decision.
    const serviceWith = (cache: PermissionsCache) =>
      new PermissionsService({
        ...(s.ctx as unknown as PermissionsDeps),
        db: s.ctx.db,
        clock: s.ctx.clock,
        cache,
        invalidate: () => {},
        findProject: async () => project,
        usage: undefined,
      });
    const timed = async (before: () => void, service: PermissionsService): Promise<Timing> => {
      await service.decide(principal, asked, project);
      const times: number[] = [];
      let cpuUs = 0;
      for (let i = 0; i < DECISIONS; i++) {
        before();
        const cpu = process.cpuUsage();
        const start = performance.now();
        const outcome = await service.decide(principal, asked, project);
        times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuUs += used.user + used.system;
        held = outcome.granted.get('resource7:action3')?.length ?? 0;
      }
      return { p50: percentile(times, 50), p99: percentile(times, 99), cpuUs: cpuUs / DECISIONS };
    };
    // The floor: the one query a holdings miss makes, alone, and how SQLite runs it.
    const scopes: Scope[] = [
      { type: 'tenant', id: '' },
      { type: 'project', id: project.id },
      { type: 'org', id: project.orgId ?? '' },
    ];
    const query = await timedAlone(() => assignmentsReaching(s.ctx.db, principal, scopes));
    const compiled = assignmentsQuery(s.ctx.db, principal, scopes).compile();
    const plan = (
      await s.ctx.db.executeQuery(
        CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
      )
    ).rows;
    const raw = await timedAlone(async () => (await s.ctx.db.executeQuery(compiled)).rows);
    const uncached = new HoldingsUncached(60_000);
    const miss = await timed(() => {}, serviceWith(uncached));
    const empty = new PermissionsCache(60_000);
    const emptied = await timed(() => empty.reset(), serviceWith(empty));
    return {
      miss,
      empty: emptied,
      held,
      query,
      raw,
      plan: plan.map((row) => String((row as { detail: unknown }).detail)),
      rows: (await assignmentsReaching(s.ctx.db, principal, scopes)).length,
    };
  } finally {
    await s.close();
  }
}

/** `BENCH_PART=cold`: only the cold decision; `verify`: only the verify comparison. */
const PART = process.env.BENCH_PART;
const all = new Map<string, { perSecond: number; cpuUs: number | undefined }[]>();
for (let i = 0; PART !== 'cold' && i < GENERATIONS; i++) {
  for (const [name, round] of await generation()) all.set(name, [...(all.get(name) ?? []), round]);
  process.stdout.write(`generation ${i + 1} done\n`);
}
if (PART !== 'cold')
  process.stdout.write(
    `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${DURATION_SECONDS} s a round, medians\n\n| target | req/s | CPU per request |\n|---|---|---|\n`,
  );
const cpuOf = (name: string) =>
  median((all.get(name) ?? []).flatMap((r) => (r.cpuUs === undefined ? [] : [r.cpuUs])));
const rpsOf = (name: string) => median((all.get(name) ?? []).map((r) => r.perSecond));
for (const name of all.keys())
  process.stdout.write(`| ${name} | ${(rpsOf(name) / 1000).toFixed(1)}k | ${cpuOf(name).toFixed(1)} µs |\n`);
const [plain, checked] = [...all.keys()] as [string, string];
// Each process's own ratio too: both loads ran in the same process, so these pair up.
const paired = (all.get(plain) ?? []).map(
  (r, i) => (r.cpuUs ?? 0) / ((all.get(checked) ?? [])[i]?.cpuUs ?? 1),
);
if (PART !== 'cold')
  process.stdout.write(
    `\nwith permission / without: ${(rpsOf(checked) / rpsOf(plain)).toFixed(2)} (req/s), ${(cpuOf(plain) / cpuOf(checked)).toFixed(2)} (CPU per request); target ≥ 0.95\n` +
      `CPU per request, each process's own ratio: ${paired.map((r) => r.toFixed(2)).join(', ')} (median ${median(paired).toFixed(2)}); load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
const cold = PART === 'verify' ? undefined : await coldDecision();
const line = (t: Timing) =>
  `p50 ${(t.p50 * 1000).toFixed(0)} µs, p99 ${(t.p99 * 1000).toFixed(0)} µs, CPU ${t.cpuUs.toFixed(0)} µs a decision`;
if (cold)
  process.stdout.write(
    `\ncold decision, 50 roles over 500 permissions, SQLite, ${DECISIONS} decisions (target < 1 ms p99):\n` +
      `- holdings not cached (catalogue and expanded roles kept): ${line(cold.miss)}\n` +
      `- every cache empty: ${line(cold.empty)}\n` +
      `- the assignments query alone (${cold.rows} rows): ${line(cold.query)}\n` +
      `- the same SQL already compiled, run through the driver: ${line(cold.raw)}\n` +
      `EXPLAIN QUERY PLAN:\n${cold.plan.map((d) => `  ${d}`).join('\n')}\n` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; the asked permission held through ${cold.held} grant(s)\n`,
  );
