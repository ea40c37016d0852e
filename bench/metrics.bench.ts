// The cost of metrics on the hot path: whoami with an API key, LATCHKEY_METRICS_PORT set against unset.
import { compare, startLatchkeyWithKey } from './lib.ts';

const metricsPort = 31000 + Math.floor(Math.random() * 2000);
const [plain, counted] = await Promise.all([
  startLatchkeyWithKey(),
  startLatchkeyWithKey({ LATCHKEY_METRICS_PORT: String(metricsPort) }),
]);
try {
  const whoami = (server: typeof plain) => ({
    url: `http://127.0.0.1:${server.port}/v0/auth/whoami`,
    headers: { authorization: `Bearer ${server.key}` },
  });
  await compare('whoami with metrics on / metrics off', whoami(counted), whoami(plain), 0.95);
  // Proof the subject counted what it served: its own listener, not the API port.
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith('latchkey_authentications_total{kind="user_key",outcome="accepted"}'));
  process.stdout.write(`  ${line ?? 'no authentication count scraped'}\n`);
} finally {
  await Promise.all([plain.stop(), counted.stop()]);
}
