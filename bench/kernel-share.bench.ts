// How the kernel's share of a request follows the server's own work: the hot path's bare limit route with 0, 3 and
// 6 µs of busy waiting added to every request, in fresh processes and alternating rounds, user and system time apart.
import { join } from 'node:path';
import {
  DURATION_SECONDS,
  GENERATOR,
  limitRouteRounds,
  ROOT,
  samples,
  splitMedians,
  startNode,
} from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const BUSY_US = (process.env.BENCH_BUSY_US ?? '0,3,6').split(',').map(Number);

const nameOf = (busy: number) => `${busy} µs`;
const measured = await limitRouteRounds(
  BUSY_US.map((busy) => ({
    name: nameOf(busy),
    start: (env) => startNode(join(ROOT, 'bench/reference.ts'), [], { ...env, REF_BUSY_US: String(busy) }),
  })),
  GENERATIONS,
  ROUNDS,
);

process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds of ${DURATION_SECONDS} s each, medians\n\n| busy wait added | user per request | system per request | system added per µs of user time added |\n|---|---|---|---|\n`,
);
const split = (busy: number) => splitMedians(measured.get(nameOf(busy)) ?? samples());
const [first = 0] = BUSY_US;
for (const busy of BUSY_US) {
  const { userUs, systemUs } = split(busy);
  const slope =
    busy === first ? '—' : ((systemUs - split(first).systemUs) / (userUs - split(first).userUs)).toFixed(2);
  process.stdout.write(`| ${busy} µs | ${userUs.toFixed(1)} µs | ${systemUs.toFixed(1)} µs | ${slope} |\n`);
}
