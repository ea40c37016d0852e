// The token endpoint against oidc-provider's client-credentials grant, and an app-token request against hello-world.
import { join } from 'node:path';
import { appToken, basicAuth, benchApp, compare, FORM, ROOT, startLatchkey, startNode } from './lib.ts';

const CLIENT = { id: 'bench-client', secret: 'bench-client-secret-0123456789abcdef' };
const body = 'grant_type=client_credentials&scope=api';

const reference = await startNode(
  join(ROOT, 'bench/oidc-provider.ts'),
  [],
  { BENCH_CLIENT_ID: CLIENT.id, BENCH_CLIENT_SECRET: CLIENT.secret, NODE_ENV: 'production' },
  '/.well-known/openid-configuration',
);
const hello = await startNode(join(ROOT, 'bench/hello-world.ts'), []);
const latchkey = await startLatchkey();
try {
  const base = `http://127.0.0.1:${latchkey.port}`;
  const app = await benchApp(base);
  const accessToken = await appToken(base);

  await compare(
    'token endpoint (client_credentials, Basic) / oidc-provider',
    {
      url: `${base}/v0/oauth/token`,
      method: 'POST',
      headers: { ...FORM, authorization: basicAuth(app.clientId, app.clientSecret) },
      body,
    },
    {
      url: `http://127.0.0.1:${reference.port}/token`,
      method: 'POST',
      headers: { ...FORM, authorization: basicAuth(CLIENT.id, CLIENT.secret) },
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
