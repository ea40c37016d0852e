// Test helpers for apps and OAuth: a server whose issuer is its real loopback URL, apps, secrets and token requests.
import type { DialectName } from '../db/database.ts';
import { bearer, startTestServer, type TestServer } from './harness.ts';
import { freePort } from './processes.ts';

/** A started server on loopback whose issuer (LATCHKEY_PUBLIC_URL) is its own URL, with the clock at real time. */
export async function startListening(dialect: DialectName, env: NodeJS.ProcessEnv = {}): Promise<TestServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const s = await startTestServer(dialect, { env: { ...env, LATCHKEY_PUBLIC_URL: url } });
  s.clock.set(Date.now());
  await s.app.listen({ host: '127.0.0.1', port });
  s.url = url;
  return s;
}

export interface CreatedApp {
  uuid: string;
  client_id: string;
  slug: string;
}

export async function createApp(
  s: TestServer,
  token: string,
  body: Record<string, unknown> = {},
): Promise<CreatedApp> {
  const response = await s.app.inject({
    method: 'POST',
    url: '/v0/apps',
    headers: bearer(token),
    payload: { name: `App ${Math.random().toString(36).slice(2, 8)}`, ...body },
  });
  if (response.statusCode !== 201)
    throw new Error(`app creation failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function createSecret(
  s: TestServer,
  token: string,
  app: string,
  graceSeconds?: number,
): Promise<string> {
  const response = await s.app.inject({
    method: 'POST',
    url: `/v0/apps/${app}/secret`,
    headers: bearer(token),
    payload: graceSeconds === undefined ? {} : { grace_seconds: graceSeconds },
  });
  if (response.statusCode !== 201)
    throw new Error(`secret creation failed: ${response.statusCode} ${response.body}`);
  return response.json().client_secret;
}

/** RFC 6749 §2.3.1: the id and secret are form-urlencoded, then joined by ':' and base64-encoded. */
export const basicAuth = (id: string, secret: string): string =>
  `Basic ${Buffer.from(`${formEncode(id)}:${formEncode(secret)}`).toString('base64')}`;

export const formEncode = (value: string): string => encodeURIComponent(value).replace(/%20/g, '+');

/** POST /v0/oauth/token (or another OAuth endpoint) with a form body. */
export function oauthPost(
  s: TestServer,
  form: Record<string, string> | string,
  headers: Record<string, string> = {},
  options: { url?: string; remoteAddress?: string } = {},
) {
  return s.app.inject({
    method: 'POST',
    url: options.url ?? '/v0/oauth/token',
    remoteAddress: options.remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: typeof form === 'string' ? form : new URLSearchParams(form).toString(),
  });
}

/** A token through client_secret_post. */
export async function obtainToken(s: TestServer, clientId: string, secret: string): Promise<string> {
  const response = await oauthPost(s, {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: secret,
  });
  if (response.statusCode !== 200)
    throw new Error(`token request failed: ${response.statusCode} ${response.body}`);
  return response.json().access_token;
}
