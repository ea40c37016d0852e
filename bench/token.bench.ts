// The token endpoint against oidc-provider's client-credentials grant, and an app-token request against hello-world.
// BENCH_BASELINE_BIN=PATH: another build's bin/latchkey.mjs (an earlier checkout's, with its own node_modules) is
// started beside this one and measured against the same oidc-provider and against this build, in the same run.
import { join } from 'node:path';
import {
  appToken,
  basicAuth,
  benchApp,
  compare,
  FORM,
  LATCHKEY_BIN,
  type Load,
  ROOT,
  startLatchkey,
  startNode,
} from './lib.ts';

const CLIENT = { id: 'bench-client', secret: 'bench-client-secret-0123456789abcdef' };
const body = 'grant_type=client_credentials&scope=api';
const BASELINE = process.env.BENCH_BASELINE_BIN;

/** A Latchkey from `bin` with an app: the token request's load, and an access token it issued. */
async function startIssuer(bin: string) {
  const latchkey = await startLatchkey({}, bin);
  const base = `http://127.0.0.1:${latchkey.port}`;
  const app = await benchApp(base);
  const tokenLoad: Load = {
    url: `${base}/v0/oauth/token`,
    method: 'POST',
    headers: { ...FORM, authorization: basicAuth(app.clientId, app.clientSecret) },
    body,
  };
  return { ...latchkey, base, tokenLoad, accessToken: await appToken(base) };
}

const reference = await startNode(
  join(ROOT, 'bench/oidc-provider.ts'),
  [],
  { BENCH_CLIENT_ID: CLIENT.id, BENCH_CLIENT_SECRET: CLIENT.secret, NODE_ENV: 'production' },
  '/.well-known/openid-configuration',
);
const hello = await startNode(join(ROOT, 'bench/hello-world.ts'), []);
const latchkey = await startIssuer(LATCHKEY_BIN);
const baseline = BASELINE === undefined ? undefined : await startIssuer(BASELINE);
try {
  const oidc: Load = {
    url: `http://127.0.0.1:${reference.port}/token`,
    method: 'POST',
    headers: { ...FORM, authorization: basicAuth(CLIENT.id, CLIENT.secret) },
    body,
  };
  await compare('token endpoint (client_credentials, Basic) / oidc-provider', latchkey.tokenLoad, oidc, 4);
  if (baseline !== undefined) {
    await compare("the baseline build's token endpoint / oidc-provider", baseline.tokenLoad, oidc, undefined);
    await compare(
      'token endpoint, this build / the baseline build',
      latchkey.tokenLoad,
      baseline.tokenLoad,
      undefined,
    );
  }
  await compare(
    'whoami with an app access token / hello-world',
    { url: `${latchkey.base}/v0/auth/whoami`, headers: { authorization: `Bearer ${latchkey.accessToken}` } },
    { url: `http://127.0.0.1:${hello.port}/` },
    0.8,
  );
} finally {
  await Promise.all([reference.stop(), hello.stop(), latchkey.stop(), baseline?.stop()]);
}
