// The token exchange of a workload token (warm JWKS cache) against the client-credentials grant with a secret, side by side on one server.

import { exchangeForm, WorkloadIssuer } from '../packages/server/src/test/workload-issuer.ts';
import { compare, LATCHKEY_BIN, NEVER_EXHAUSTED, startNode } from './lib.ts';

const admin = { email: 'bench@example.com', password: 'benchmark password' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const AUDIENCE = 'https://latchkey.bench';

const issuer = await WorkloadIssuer.start();
const latchkey = await startNode(
  LATCHKEY_BIN,
  ['serve'],
  {
    LATCHKEY_LOG_LEVEL: 'warn',
    LATCHKEY_ADMIN_EMAIL: admin.email,
    LATCHKEY_ADMIN_PASSWORD: admin.password,
    // The bench's issuer listens on loopback, as a developer's does.
    LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true',
    // Every request of the load comes from one address and must be a 2xx.
    LATCHKEY_AUTH_FAILURE_LIMIT: '100000',
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
  await json(`/v0/apps/${app.slug}/federated-credentials`, token, {
    name: 'ci',
    issuer: issuer.issuer,
    audience: AUDIENCE,
    claims: { repository: 'acme/api', ref: 'refs/heads/*' },
  });
  // One GitHub-Actions-shaped token for the whole run: every request verifies its RS256 signature.
  const now = Math.floor(Date.now() / 1000);
  const workload = issuer.github(AUDIENCE, { claims: { exp: now + 3600 } });
  const exchange = new URLSearchParams(exchangeForm(String(clientId), workload)).toString();
  const warm = await fetch(`${base}/v0/oauth/token`, { method: 'POST', headers: form, body: exchange });
  if (!warm.ok) throw new Error(`exchange: ${warm.status} ${await warm.text()}`);

  await compare(
    'token exchange (workload token, warm JWKS) / client_credentials with a secret',
    { url: `${base}/v0/oauth/token`, method: 'POST', headers: form, body: exchange },
    {
      url: `${base}/v0/oauth/token`,
      method: 'POST',
      headers: form,
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: String(clientId),
        client_secret: String(secret),
      }).toString(),
    },
    0.8,
  );
  process.stdout.write(`  JWKS fetched ${issuer.jwksRequests} time(s) during the run\n`);
} finally {
  await Promise.all([latchkey.stop(), issuer.stop()]);
}
