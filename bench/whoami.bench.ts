// GET /v0/auth/whoami with an API key (a cache hit: no database read or write) against a bare Fastify hello-world.
import { join } from 'node:path';
import { compare, ROOT, startLatchkeyWithKey, startNode } from './lib.ts';

const hello = await startNode(join(ROOT, 'bench/hello-world.ts'), []);
const latchkey = await startLatchkeyWithKey();
try {
  const base = `http://127.0.0.1:${latchkey.port}`;
  const { key } = latchkey;
  await compare(
    'whoami with an API key / hello-world',
    { url: `${base}/v0/auth/whoami`, headers: { authorization: `Bearer ${key}` } },
    { url: `http://127.0.0.1:${hello.port}/` },
    0.85,
  );
  // The same bare Fastify answering whoami's own body: what is left between the two is our work, not the bytes.
  const sameBody = await startNode(join(ROOT, 'bench/hello-world.ts'), [], {
    HELLO_BODY: await (
      await fetch(`${base}/v0/auth/whoami`, { headers: { authorization: `Bearer ${key}` } })
    ).text(),
  });
  try {
    await compare(
      'whoami with an API key / hello-world answering the same body',
      { url: `${base}/v0/auth/whoami`, headers: { authorization: `Bearer ${key}` } },
      { url: `http://127.0.0.1:${sameBody.port}/` },
      undefined,
    );
  } finally {
    await sameBody.stop();
  }
  // The floor under every route: what the app costs before authentication, for reading the figure above.
  await compare(
    'healthz (no authentication) / hello-world',
    { url: `${base}/healthz` },
    { url: `http://127.0.0.1:${hello.port}/` },
    undefined,
  );
} finally {
  await Promise.all([hello.stop(), latchkey.stop()]);
}
