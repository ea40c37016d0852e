// How the kernel's share of a request follows the server's own work: the hot path's bare limit route with 0, 3 and
// 6 µs of busy waiting added to every request, in fresh processes and alternating rounds, user and system time apart.
import { join } from 'node:path';
import {
  alternate,
  DURATION_SECONDS,
  GENERATOR,
  ROOT,
  type Samples,
  samples,
  splitMedians,
  startNode,
} from './lib.ts';
import { WHOAMI_ANSWER as answer } from './reference-routes.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const BUSY_US = (process.env.BENCH_BUSY_US ?? '0,3,6').split(',').map(Number);

const load = (port: number) => ({
  url: `http://127.0.0.1:${port}/limit/whoami`,
  headers: { authorization: `Bearer ${answer.secret}` },
});

const measured = new Map<number, Samples>(BUSY_US.map((busy) => [busy, samples()]));
for (let generation = 1; generation <= GENERATIONS; generation++) {
  const servers = await Promise.all(
    BUSY_US.map(async (busy) => ({
      busy,
      child: await startNode(join(ROOT, 'bench/reference.ts'), [], {
        REF_ANSWERS: JSON.stringify({ whoami: answer }),
        REF_BUSY_US: String(busy),
      }),
    })),
  );
  try {
    await alternate(
      `generation ${generation}`,
      ROUNDS,
      servers.map(({ busy, child }) => ({
        name: `${busy} µs`,
        server: child,
        load: load(child.port),
        into: measured.get(busy) ?? samples(),
      })),
    );
  } finally {
    await Promise.all(servers.map(({ child }) => child.stop()));
  }
}

process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds of ${DURATION_SECONDS} s each, medians\n\n| busy wait added | user per request | system per request | system added per µs of user time added |\n|---|---|---|---|\n`,
);
const split = (busy: number) => splitMedians(measured.get(busy) ?? samples());
const user = (busy: number) => split(busy).userUs;
const system = (busy: number) => split(busy).systemUs;
const [first = 0] = BUSY_US;
for (const busy of BUSY_US) {
  const slope =
    busy === first ? '—' : ((system(busy) - system(first)) / (user(busy) - user(first))).toFixed(2);
  process.stdout.write(
    `| ${busy} µs | ${user(busy).toFixed(1)} µs | ${system(busy).toFixed(1)} µs | ${slope} |\n`,
  );
}
