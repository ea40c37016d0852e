// POST /v0/access/check with an API key (a team grant and an org grant to weigh) against a bare Fastify hello-world.
import { join } from 'node:path';
import { BENCH_ADMIN, compare, ROOT, startLatchkey, startNode } from './lib.ts';

const member = { email: 'member@example.com', password: 'another bench password' };
const hello = await startNode(join(ROOT, 'bench/hello-world.ts'), []);
const latchkey = await startLatchkey();
try {
  const base = `http://127.0.0.1:${latchkey.port}`;
  const call = async (method: string, path: string, token: string | undefined, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, string>;
  };
  const { token } = await call('POST', '/v0/auth/login', undefined, BENCH_ADMIN);
  await call('POST', '/v0/users', token, { ...member, name: 'Member', slug: 'member' });
  await call('POST', '/v0/orgs', token, { name: 'Acme', slug: 'acme' });
  await call('POST', '/v0/orgs/acme/members', token, { user: 'member' });
  await call('POST', '/v0/orgs/acme/teams', token, { name: 'Rockets', slug: 'rockets' });
  await call('POST', '/v0/teams/rockets/members', token, { user: 'member' });
  await call('POST', '/v0/projects', token, { name: 'Launch', slug: 'launch', org: 'acme' });
  await call('POST', '/v0/projects/launch/collaborators', token, { team: 'rockets', policy: 'write' });
  await call('POST', '/v0/projects/launch/collaborators', token, { org: 'acme', policy: 'read' });
  const session = (await call('POST', '/v0/auth/login', undefined, member)).token;
  const { key } = await call('POST', '/v0/users/member/keys', session, { name: 'bench' });
  const check = {
    url: `${base}/v0/access/check`,
    method: 'POST' as const,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ project: 'launch', action: 'write' }),
  };
  await compare(
    'access check with an API key / hello-world',
    check,
    { url: `http://127.0.0.1:${hello.port}/` },
    0.6,
  );
  // The ceiling for any JSON POST here: a bare Fastify that only parses and validates the same body and
  // answers the access check's own JSON, no authentication and no decision.
  const barePost = await startNode(join(ROOT, 'bench/hello-world.ts'), [], {
    HELLO_POST: '1',
    HELLO_BODY: await (await fetch(check.url, check)).text(),
  });
  const bare = {
    ...check,
    url: `http://127.0.0.1:${barePost.port}/`,
    headers: { 'content-type': 'application/json' },
  };
  try {
    await compare(
      'bare Fastify POST, same body and answer, no authentication / hello-world',
      bare,
      { url: `http://127.0.0.1:${hello.port}/` },
      undefined,
    );
    await compare('access check with an API key / that bare Fastify POST', check, bare, undefined);
  } finally {
    await barePost.stop();
  }
} finally {
  await Promise.all([hello.stop(), latchkey.stop()]);
}
