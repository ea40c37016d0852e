// GET /v0/auth/whoami with an API key (a cache hit: no database read or write) against a bare Fastify hello-world.
import { join } from 'node:path';
import { compare, LATCHKEY_BIN, ROOT, startNode } from './lib.ts';

const admin = { email: 'bench@example.com', password: 'benchmark password' };
const hello = await startNode(join(ROOT, 'bench/hello-world.ts'), []);
const latchkey = await startNode(
  LATCHKEY_BIN,
  ['serve'],
  {
    LATCHKEY_LOG_LEVEL: 'warn',
    LATCHKEY_ADMIN_EMAIL: admin.email,
    LATCHKEY_ADMIN_PASSWORD: admin.password,
  },
  '/healthz',
);
try {
  const base = `http://127.0.0.1:${latchkey.port}`;
  const login = await fetch(`${base}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const { token } = (await login.json()) as { token: string };
  const created = await fetch(`${base}/v0/users/admin/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'bench' }),
  });
  const { key } = (await created.json()) as { key: string };
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
