// What Latchkey's process costs a request that none of its code serves: the hot path's limit route in a bare Fastify
// process, in one that first loaded Latchkey's modules and ran none of them, and in a whole Latchkey
// (bench/reference-in-latchkey.ts, every route, service and job built). Fresh processes, alternating rounds, medians.
import { join } from 'node:path';
import {
  alternate,
  type Child,
  DURATION_SECONDS,
  GENERATOR,
  loadAverage,
  ROOT,
  type Samples,
  samples,
  splitMedians,
  startNode,
} from './lib.ts';
import { WHOAMI_ANSWER } from './reference-routes.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const REF_ANSWERS = JSON.stringify({ whoami: WHOAMI_ANSWER });

const SIDES: { name: string; start: () => Promise<Child> }[] = [
  { name: 'a bare process', start: () => startNode(join(ROOT, 'bench/reference.ts'), [], { REF_ANSWERS }) },
  {
    name: "Latchkey's modules loaded",
    start: () => startNode(join(ROOT, 'bench/reference.ts'), [], { REF_ANSWERS, REF_IMPORT_LATCHKEY: '1' }),
  },
  {
    name: 'a whole Latchkey',
    start: () =>
      startNode(
        join(ROOT, 'bench/reference-in-latchkey.ts'),
        [],
        { REF_ANSWERS, LATCHKEY_LOG_LEVEL: 'warn' },
        '/healthz',
      ),
  },
];

const measured = new Map<string, Samples>(SIDES.map(({ name }) => [name, samples()]));
for (let generation = 1; generation <= GENERATIONS; generation++) {
  const servers: { name: string; child: Child }[] = [];
  try {
    for (const side of SIDES) servers.push({ name: side.name, child: await side.start() });
    await alternate(
      `generation ${generation}`,
      ROUNDS,
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

process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds of ${DURATION_SECONDS} s each, medians; load average ${loadAverage()}\n\n| the limit route in | user per request | system per request | CPU of the bare process's, over this |\n|---|---|---|---|\n`,
);
const [bare] = SIDES.map(({ name }) => splitMedians(measured.get(name) ?? samples()));
for (const { name } of SIDES) {
  const { userUs, systemUs } = splitMedians(measured.get(name) ?? samples());
  const ratio = bare ? (bare.userUs + bare.systemUs) / (userUs + systemUs) : Number.NaN;
  process.stdout.write(
    `| ${name} | ${userUs.toFixed(1)} µs | ${systemUs.toFixed(1)} µs | ${ratio.toFixed(2)} |\n`,
  );
}
