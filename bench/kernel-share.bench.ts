// How the kernel's share of a request follows the server's own work: the hot path's bare limit route with 0, 3 and
// 6 µs of busy waiting added to every request, in fresh processes, user and system time per request apart.
import { join } from 'node:path';
import { cpuSplitOfPid, GENERATOR, median, ROOT, requestsPerSecond, startNode } from './lib.ts';
import type { Answer } from './reference-routes.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** Counted rounds of each server per generation, each in the reverse order of the one before. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
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

const user = new Map<number, number[]>(BUSY_US.map((busy) => [busy, []]));
const system = new Map<number, number[]>(BUSY_US.map((busy) => [busy, []]));
for (let generation = 0; generation < GENERATIONS; generation++) {
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
    for (const { child } of servers) await requestsPerSecond(load(child.port), 3);
    for (let round = 0; round < ROUNDS; round++)
      for (const { busy, child } of round % 2 === 0 ? servers : [...servers].reverse()) {
        const pid = child.process.pid;
        const before = pid === undefined ? undefined : cpuSplitOfPid(pid);
        const rate = await requestsPerSecond(load(child.port), SECONDS);
        const after = pid === undefined ? undefined : cpuSplitOfPid(pid);
        if (before === undefined || after === undefined)
          throw new Error('no CPU times: /proc is not readable');
        user.get(busy)?.push((1000 * (after.userMs - before.userMs)) / rate.requests);
        system.get(busy)?.push((1000 * (after.systemMs - before.systemMs)) / rate.requests);
      }
  } finally {
    await Promise.all(servers.map(({ child }) => child.stop()));
  }
}

process.stdout.write(
  `\n${GENERATOR}, ${GENERATIONS} generations of fresh processes, ${ROUNDS} rounds of ${SECONDS} s each, medians\n\n| busy wait added | user per request | system per request | system added per µs of user time added |\n|---|---|---|---|\n`,
);
const at = (values: Map<number, number[]>, busy: number) => median(values.get(busy) ?? []);
const [first = 0] = BUSY_US;
for (const busy of BUSY_US) {
  const addedUser = at(user, busy) - at(user, first);
  const addedSystem = at(system, busy) - at(system, first);
  const slope = busy === first ? '—' : (addedSystem / addedUser).toFixed(2);
  process.stdout.write(
    `| ${busy} µs | ${at(user, busy).toFixed(1)} µs | ${at(system, busy).toFixed(1)} µs | ${slope} |\n`,
  );
}
