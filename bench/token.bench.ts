// The token endpoint against oidc-provider's client-credentials grant, and an app-token request against hello-world.
import { join } from 'node:path';
import { compare, LATCHKEY_BIN, NEVER_EXHAUSTED, ROOT, startNode } from './lib.ts';

const CLIENT = { id: 'bench-client', secret: 'bench-client-secret-0123456789abcdef' };
const admin = { email: 'bench@example.com', password: 'benchmark password' };
const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const body = 'grant_type=client_credentials&scope=api';

const reference = await startNode(
  join(ROOT, 'bench/oidc-provider.ts'),
  [],
  { BENCH_CLIENT_ID: CLIENT.id, BENCH_CLIENT_SECRET: CLIENT.secret, NODE_ENV: 'production' },
  '/.well-known/openid-configuration',
);
const hello = await startNode(join(ROOT, 'bench/hello-world.ts'), []);
const latchkey = await startNode(
  LATCHKEY_BIN,
  ['serve'],
  {
    LATCHKEY_LOG_LEVEL: 'warn',
    LATCHKEY_ADMIN_EMAIL: admin.email,
    LATCHKEY_ADMIN_PASSWORD: admin.password,
    ...NEVER_EXHAUSTED,
  },
  '/healthz',
);
try {
  const base = `http://127.0.0.1:${latchkey.port}`;
  const json = async (path: string, token: string, payload: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(payload),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, string>>;
  };
  const login = await fetch(`${base}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const { token } = (await login.json()) as { token: string };
  const app = await json('/v0/apps', token, { name: 'Bench app' });
  const { client_id: clientId, client_secret: secret } = await json(`/v0/apps/${app.slug}/secret`, token, {});
  const issued = await fetch(`${base}/v0/oauth/token`, {
    method: 'POST',
    headers: { ...form, authorization: basic(String(clientId), String(secret)) },
    body,
  });
  const { access_token: accessToken } = (await issued.json()) as { access_token: string };

  await compare(
    'token endpoint (client_credentials, Basic) / oidc-provider',
    {
      url: `${base}/v0/oauth/token`,
      method: 'POST',
      headers: { ...form, authorization: basic(String(clientId), String(secret)) },
      body,
    },
    {
      url: `http://127.0.0.1:${reference.port}/token`,
      method: 'POST',
      headers: { ...form, authorization: basic(CLIENT.id, CLIENT.secret) },
      body,
    },
    4,
  );
  await compare(
    'whoami with an app access token / hello-world',
    { url: `${base}/v0/auth/whoami`, headers: { authorization: `Bearer ${accessToken}` } },
    { url: `http://127.0.0.1:${hello.port}/` },
    0.8,
  );
} finally {
  await Promise.all([reference.stop(), hello.stop(), latchkey.stop()]);
}
