// What Fastify's logger costs a request: the hot path's limit route in three Fastify apps of one process (bench/logger-apps.ts),
// with no logger, as Latchkey configures it below debug, and given a logger (Fastify then attaches listeners to
// every response to time its request line). One process, so each pair of rounds meets the same machine and the
// same V8 state; rounds alternate in order, and the figure is the median of each round's CPU ratio to the first app.
import { cpuMsOfPid, median, requestsPerSecond, startNode } from './lib.ts';
import { APPS, SECRET } from './logger-apps.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

const cpu = APPS.map(() => [] as number[]);
const ratios = APPS.map(() => [] as number[]);
for (let generation = 1; generation <= GENERATIONS; generation++) {
  const server = await startNode(new URL('./logger-apps.ts', import.meta.url).pathname, [], {
    LOGGER_APPS: 'serve',
  });
  const pid = server.process.pid ?? 0;
  const loads = APPS.map((_, i) => ({
    url: `http://127.0.0.1:${server.port + i}/limit/whoami`,
    headers: { authorization: `Bearer ${SECRET}` },
  }));
  try {
    for (const load of loads) await requestsPerSecond(load, 1);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [...loads.entries()] : [...loads.entries()].reverse();
      const us: number[] = [];
      for (const [i, load] of order) {
        // Only the app under load runs: the process's CPU over the round is that app's.
        const before = cpuMsOfPid(pid) ?? Number.NaN;
        const { requests } = await requestsPerSecond(load, SECONDS);
        us[i] = (((cpuMsOfPid(pid) ?? Number.NaN) - before) * 1000) / requests;
      }
      for (const i of APPS.keys()) {
        cpu[i]?.push(us[i] ?? Number.NaN);
        ratios[i]?.push((us[0] ?? Number.NaN) / (us[i] ?? Number.NaN));
      }
    }
  } finally {
    await server.stop();
  }
  process.stdout.write(`generation ${generation} done\n`);
}
process.stdout.write(`${GENERATIONS} generations × ${ROUNDS} rounds of ${SECONDS} s, medians\n`);
for (const [i, name] of APPS.entries())
  process.stdout.write(
    `  ${name}: ${median(cpu[i] ?? []).toFixed(1)} µs a request; ${APPS[0]} / this, paired: ${median(ratios[i] ?? []).toFixed(3)}\n`,
  );
