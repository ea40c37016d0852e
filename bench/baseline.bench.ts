// This build against another (BENCH_BASELINE_BIN: an earlier checkout's packages/server/bin/latchkey.mjs, with its
// own node_modules and dist): whoami with a key, whoami with an app token and verify with a key, each build in a
// fresh process per generation, rounds alternating, medians. Above 1, this build costs less.
import {
  alternate,
  appToken,
  type Load,
  samples,
  startLatchkeyWithKey,
  summarize,
  whoamiLoad,
} from './lib.ts';

const BASELINE = process.env.BENCH_BASELINE_BIN;
if (BASELINE === undefined) throw new Error('BENCH_BASELINE_BIN: the other build’s bin/latchkey.mjs');
const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

type Server = Awaited<ReturnType<typeof startLatchkeyWithKey>> & { token: string };
const loads: Record<string, (server: Server) => Load> = {
  'whoami with a key': (server) => whoamiLoad(server, server.key),
  'whoami with an app token': (server) => whoamiLoad(server, server.token),
  'verify with a key': (server) => ({
    url: `http://127.0.0.1:${server.port}/v0/auth/verify`,
    headers: { authorization: `Bearer ${server.key}` },
  }),
};

async function start(bin?: string): Promise<Server> {
  const server = await startLatchkeyWithKey({}, bin);
  return { ...server, token: await appToken(`http://127.0.0.1:${server.port}`) };
}

const sides = Object.fromEntries(
  Object.keys(loads).map((name) => [name, { now: samples(), before: samples() }]),
);
for (let generation = 1; generation <= GENERATIONS; generation++) {
  const now = await start();
  const before = await start(BASELINE);
  try {
    for (const [name, load] of Object.entries(loads)) {
      const side = sides[name];
      if (side === undefined) continue;
      await alternate(`generation ${generation}, ${name}`, ROUNDS, [
        { name: 'baseline', server: before, load: load(before), into: side.before },
        { name: 'this build', server: now, load: load(now), into: side.now },
      ]);
    }
  } finally {
    await Promise.all([now.stop(), before.stop()]);
  }
}
for (const [name, side] of Object.entries(sides))
  summarize(`${name}, this build / the baseline`, side.now, side.before, 0.95, GENERATIONS, ROUNDS);
