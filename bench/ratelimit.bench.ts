// What the rate limiter costs: whoami with an API key, limits on (a budget it never exhausts) against limits off.
import { type Child, compare, startLatchkeyWithKey } from './lib.ts';

/** The difference sought (a few percent) is within one round's noise on a shared machine: more rounds. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

const whoami = (server: Child & { key: string }) => ({
  url: `http://127.0.0.1:${server.port}/v0/auth/whoami`,
  headers: { authorization: `Bearer ${server.key}` },
});

const off = await startLatchkeyWithKey({ LATCHKEY_RATE_LIMIT_PER_SECOND: '0' });
const memory = await startLatchkeyWithKey();
try {
  await compare('whoami, memory rate limiter / limits off', whoami(memory), whoami(off), 0.95, ROUNDS);
} finally {
  await memory.stop();
}
// For information: every request then makes one round trip to Redis (BENCH_REDIS_URL, default the local one).
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redis = await startLatchkeyWithKey({
  LATCHKEY_REDIS_URL: redisUrl,
  LATCHKEY_REDIS_PREFIX: `latchkey-bench-${process.pid}:`,
}).catch((error: unknown) => {
  process.stdout.write(`Redis rate limiter not measured: ${String(error)}\n`);
  return undefined;
});
try {
  if (redis)
    await compare('whoami, Redis rate limiter / limits off', whoami(redis), whoami(off), undefined, ROUNDS);
} finally {
  await Promise.all([off.stop(), redis?.stop()]);
}
