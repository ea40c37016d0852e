// What the usage history costs: whoami with an API key, history on against LATCHKEY_USAGE_HISTORY=false, in fresh processes each generation.
import {
  type Child,
  cpuMsOfPid,
  DURATION_SECONDS,
  GENERATOR,
  requestsPerSecond,
  startLatchkeyWithKey,
} from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** Alternating rounds per generation: the difference sought is within one round's noise. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

interface Side {
  perSecond: number[];
  cpuUs: number[];
}

const whoami = (server: Child & { key: string }) => ({
  url: `http://127.0.0.1:${server.port}/v0/auth/whoami`,
  headers: { authorization: `Bearer ${server.key}` },
});

/** One counted round: requests per second and the server's CPU time per request. */
async function round(server: Child & { key: string }): Promise<{ perSecond: number; cpuUs: number }> {
  const pid = server.process.pid ?? 0;
  const before = cpuMsOfPid(pid) ?? Number.NaN;
  const rate = await requestsPerSecond(whoami(server), DURATION_SECONDS);
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

const sides = { on: { perSecond: [], cpuUs: [] } as Side, off: { perSecond: [], cpuUs: [] } as Side };
for (let generation = 1; generation <= GENERATIONS; generation++) {
  // The default flush interval (5 s): the batch is written during the rounds, as in production.
  const on = await startLatchkeyWithKey();
  const off = await startLatchkeyWithKey({ LATCHKEY_USAGE_HISTORY: 'false' });
  try {
    await requestsPerSecond(whoami(on), 1);
    await requestsPerSecond(whoami(off), 1);
    for (let i = 0; i < ROUNDS; i++) {
      for (const [name, server] of [
        ['off', off],
        ['on', on],
      ] as const) {
        const measured = await round(server);
        sides[name].perSecond.push(measured.perSecond);
        sides[name].cpuUs.push(measured.cpuUs);
      }
    }
    process.stdout.write(
      `generation ${generation}: on ${sides.on.perSecond.slice(-ROUNDS).map((r) => r.toFixed(0))} req/s, off ${sides.off.perSecond.slice(-ROUNDS).map((r) => r.toFixed(0))} req/s\n`,
    );
  } finally {
    await Promise.all([on.stop(), off.stop()]);
  }
}
const [onRps, offRps] = [median(sides.on.perSecond), median(sides.off.perSecond)];
const [onCpu, offCpu] = [median(sides.on.cpuUs), median(sides.off.cpuUs)];
process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds each of ${DURATION_SECONDS} s, medians\n` +
    `whoami, usage history on / off: ${onRps.toFixed(0)} vs ${offRps.toFixed(0)} req/s = ${(onRps / offRps).toFixed(2)}\n` +
    `  CPU per request: ${onCpu.toFixed(1)} µs vs ${offCpu.toFixed(1)} µs = ${(offCpu / onCpu).toFixed(2)} (target ≥ 0.95)\n`,
);
