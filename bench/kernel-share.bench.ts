// How the kernel's share of a request follows the server's own work: the hot path's bare limit route with 0, 3 and
// 6 µs of busy waiting added to every request, in fresh processes and alternating rounds, user and system time apart.
import { join } from 'node:path';
import {
  alternate,
  DURATION_SECONDS,
  GENERATOR,
  median,
  ROOT,
  type Samples,
  samples,
  startNode,
} from './lib.ts';
import type { Answer } from './reference-routes.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const BUSY_US = (process.env.BENCH_BUSY_US ?? '0,3,6').split(',').map(Number);

// A whoami answer as Latchkey sends it (the limit route adds the three RateLimit-* headers).
const answer: Answer = {
  status: 200,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'ratelimit-policy': '"principal";q=1000000000;w=1',
    ratelimit: '"principal";r=999999999;t=1',
  },
  body: {
    principal: {
      type: 'user',
      uuid: '01a241ff-2dce-78e1-922c-16163907b80c',
      slug: 'admin',
      name: 'Administrator',
      admin: true,
      email: 'bench@example.com',
    },
    credential: { kind: 'user_key', uuid: '01a241ff-33f2-736f-96c1-777e880bff86', start: 'lk_user_Ry7x' },
  },
  secret: 'lk_user_Ry7xkernelsharebenchmarksecret',
};
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
const user = (busy: number) => median(measured.get(busy)?.userUs ?? []);
const system = (busy: number) => {
  const side = measured.get(busy);
  return median(side ? side.cpuUs.map((cpu, i) => cpu - (side.userUs[i] ?? Number.NaN)) : []);
};
const [first = 0] = BUSY_US;
for (const busy of BUSY_US) {
  const slope =
    busy === first ? '—' : ((system(busy) - system(first)) / (user(busy) - user(first))).toFixed(2);
  process.stdout.write(
    `| ${busy} µs | ${user(busy).toFixed(1)} µs | ${system(busy).toFixed(1)} µs | ${slope} |\n`,
  );
}
