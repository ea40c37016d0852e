// What a usage limit costs: whoami with a usage-limited key against an unlimited key of the same user, in one
// fresh process per generation, on a single SQLite instance and with Redis (LATCHKEY_REDIS_URL) counting.
import { alternate, type Child, samples, startLatchkeyWithKey, summarize, whoamiLoad } from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** Alternating rounds per generation. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const REDIS_URL = process.env.LATCHKEY_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** `BENCH_STORES=sqlite` or `redis`: only that half. */
const STORES = process.env.BENCH_STORES ?? 'sqlite,redis';

/**
 * The key's limit: far beyond what the bench spends (about a million uses), so every request is counted and none
 * refused. `BENCH_LIMIT` sets another; above 2³⁰ the count left is no small integer to V8 but a heap number, and
 * each answer's `X-Latchkey-Remaining` formats a double (bench/README.md has both figures).
 */
const LIMIT = Number(process.env.BENCH_LIMIT ?? 100_000_000);

/** A key limited to LIMIT uses. */
async function limitedKey(server: Child & { session: string }): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.port}/v0/users/admin/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.session}` },
    body: JSON.stringify({ name: 'limited', limits: { remaining: LIMIT } }),
  });
  if (response.status !== 201) throw new Error(`limited key: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}

async function compare(store: string, env: NodeJS.ProcessEnv, target: number): Promise<void> {
  const sides = { limited: samples(), unlimited: samples() };
  for (let generation = 1; generation <= GENERATIONS; generation++) {
    const server = await startLatchkeyWithKey({
      ...env,
      ...(env.LATCHKEY_REDIS_URL
        ? { LATCHKEY_REDIS_PREFIX: `bench-limits-${process.pid}-${generation}:` }
        : {}),
    });
    try {
      const key = await limitedKey(server);
      await alternate(`${store} generation ${generation}`, ROUNDS, [
        { name: 'unlimited', server, load: whoamiLoad(server, server.key), into: sides.unlimited },
        { name: 'limited', server, load: whoamiLoad(server, key), into: sides.limited },
      ]);
    } finally {
      await server.stop();
    }
  }
  summarize(
    `whoami on ${store}, usage-limited / unlimited key`,
    sides.limited,
    sides.unlimited,
    target,
    GENERATIONS,
    ROUNDS,
  );
}

if (STORES.includes('sqlite')) await compare('SQLite', {}, 0.95);
if (STORES.includes('redis')) await compare('SQLite + Redis', { LATCHKEY_REDIS_URL: REDIS_URL }, 0.8);
