// The Redis the tests use (redis-server on 6379, or LATCHKEY_TEST_REDIS_URL), and whether it answers.
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.LATCHKEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers a PING: a suite that needs it skips, naming the address, when it does not. */
export async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
