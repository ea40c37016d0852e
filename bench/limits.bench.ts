// What a usage limit costs: whoami with a usage-limited key against an unlimited key of the same user, in one
// fresh process per generation, on a single SQLite instance and with Redis (LATCHKEY_REDIS_URL) counting.
import {
  type Child,
  cpuMsOfPid,
  DURATION_SECONDS,
  GENERATOR,
  requestsPerSecond,
  startLatchkeyWithKey,
} from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** Alternating rounds per generation. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const REDIS_URL = process.env.LATCHKEY_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Side {
  perSecond: number[];
  cpuUs: number[];
}

const whoami = (server: Child, key: string) => ({
  url: `http://127.0.0.1:${server.port}/v0/auth/whoami`,
  headers: { authorization: `Bearer ${key}` },
});

async function round(server: Child, key: string): Promise<{ perSecond: number; cpuUs: number }> {
  const pid = server.process.pid ?? 0;
  const before = cpuMsOfPid(pid) ?? Number.NaN;
  const rate = await requestsPerSecond(whoami(server, key), DURATION_SECONDS);
  const after = cpuMsOfPid(pid) ?? Number.NaN;
  return { perSecond: rate.perSecond, cpuUs: ((after - before) * 1000) / rate.requests };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** A key limited far beyond what the bench spends, so every request is counted and none refused. */
async function limitedKey(server: Child & { session: string }): Promise<string> {
  const base = `http://127.0.0.1:${server.port}`;
  const me = (await (
    await fetch(`${base}/v0/auth/whoami`, { headers: { authorization: `Bearer ${server.session}` } })
  ).json()) as { principal: { slug: string } };
  const response = await fetch(`${base}/v0/users/${me.principal.slug}/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.session}` },
    body: JSON.stringify({ name: 'limited', limits: { remaining: 1_000_000_000_000 } }),
  });
  if (response.status !== 201) throw new Error(`limited key: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}

async function compare(store: string, env: NodeJS.ProcessEnv, target: number): Promise<void> {
  const sides = {
    limited: { perSecond: [], cpuUs: [] } as Side,
    unlimited: { perSecond: [], cpuUs: [] } as Side,
  };
  for (let generation = 1; generation <= GENERATIONS; generation++) {
    const server = await startLatchkeyWithKey({
      ...env,
      ...(env.LATCHKEY_REDIS_URL
        ? { LATCHKEY_REDIS_PREFIX: `bench-limits-${process.pid}-${generation}:` }
        : {}),
    });
    try {
      const keys = { limited: await limitedKey(server), unlimited: server.key };
      await requestsPerSecond(whoami(server, keys.limited), 1);
      await requestsPerSecond(whoami(server, keys.unlimited), 1);
      for (let i = 0; i < ROUNDS; i++) {
        for (const name of ['unlimited', 'limited'] as const) {
          const measured = await round(server, keys[name]);
          sides[name].perSecond.push(measured.perSecond);
          sides[name].cpuUs.push(measured.cpuUs);
        }
      }
      process.stdout.write(
        `${store} generation ${generation}: limited ${sides.limited.perSecond.slice(-ROUNDS).map((r) => r.toFixed(0))} req/s, unlimited ${sides.unlimited.perSecond.slice(-ROUNDS).map((r) => r.toFixed(0))} req/s\n`,
      );
    } finally {
      await server.stop();
    }
  }
  const [onRps, offRps] = [median(sides.limited.perSecond), median(sides.unlimited.perSecond)];
  const [onCpu, offCpu] = [median(sides.limited.cpuUs), median(sides.unlimited.cpuUs)];
  process.stdout.write(
    `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds each of ${DURATION_SECONDS} s, medians\n` +
      `whoami on ${store}, usage-limited / unlimited key: ${onRps.toFixed(0)} vs ${offRps.toFixed(0)} req/s = ${(onRps / offRps).toFixed(2)}\n` +
      `  CPU per request: ${onCpu.toFixed(1)} µs vs ${offCpu.toFixed(1)} µs = ${(offCpu / onCpu).toFixed(2)} (target ≥ ${target})\n\n`,
  );
}

await compare('SQLite', {}, 0.95);
await compare('SQLite + Redis', { LATCHKEY_REDIS_URL: REDIS_URL }, 0.8);
