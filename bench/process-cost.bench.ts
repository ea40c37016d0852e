// What Latchkey's process costs a request that none of its code serves: the hot path's limit route in a bare Fastify
// process, in one that first loaded Latchkey's modules and ran none of them, and in a whole Latchkey
// (bench/reference-in-latchkey.ts, every route, service and job built). Fresh processes, alternating rounds, medians.
import { join } from 'node:path';
import {
  DURATION_SECONDS,
  GENERATOR,
  limitRouteRounds,
  loadAverage,
  ROOT,
  samples,
  splitMedians,
  startNode,
} from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const REFERENCE = join(ROOT, 'bench/reference.ts');

const measured = await limitRouteRounds(
  [
    { name: 'a bare process', start: (env) => startNode(REFERENCE, [], env) },
    {
      name: "Latchkey's modules loaded",
      start: (env) => startNode(REFERENCE, [], { ...env, REF_IMPORT_LATCHKEY: '1' }),
    },
    {
      name: 'a whole Latchkey',
      start: (env) =>
        startNode(
          join(ROOT, 'bench/reference-in-latchkey.ts'),
          [],
          { ...env, LATCHKEY_LOG_LEVEL: 'warn' },
          '/healthz',
        ),
    },
  ],
  GENERATIONS,
  ROUNDS,
);

process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds of ${DURATION_SECONDS} s each, medians; load average ${loadAverage()}\n\n| the limit route in | user per request | system per request | CPU of the bare process's, over this |\n|---|---|---|---|\n`,
);
const split = (name: string) => splitMedians(measured.get(name) ?? samples());
const bare = split('a bare process');
for (const name of measured.keys()) {
  const { userUs, systemUs } = split(name);
  const ratio = (bare.userUs + bare.systemUs) / (userUs + systemUs);
  process.stdout.write(
    `| ${name} | ${userUs.toFixed(1)} µs | ${systemUs.toFixed(1)} µs | ${ratio.toFixed(2)} |\n`,
  );
}
