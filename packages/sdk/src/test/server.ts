// A real Latchkey server on a loopback port for the SDK's tests, with an administrator signed in.

import { startTestServer, type TestServer } from '../../../server/src/test/harness.ts';
import { freePort } from '../../../server/src/test/processes.ts';

export interface SdkServer {
  s: TestServer;
  url: string;
  admin: { slug: string; email: string; uuid: string };
  /** The administrator's session token. */
  adminToken: string;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 at a free port whose URL is also the issuer (LATCHKEY_PUBLIC_URL), so discovery
 * and tokens name the address the SDK calls. The server's clock starts at real time and moves only
 * when a test moves it.
 */
export async function startSdkServer(env: NodeJS.ProcessEnv = {}): Promise<SdkServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const s = await startTestServer('sqlite', { env: { LATCHKEY_PUBLIC_URL: url, ...env } });
  s.clock.set(Date.now());
  await s.app.listen({ host: '127.0.0.1', port });
  s.url = url;
  const user = await s.createUser({ admin: true });
  const adminToken = await s.login(user.email);
  return {
    s,
    url,
    admin: { slug: user.slug, email: user.email, uuid: user.id },
    adminToken,
    close: () => s.close(),
  };
}

/** An app with a client secret, made through the API as the administrator. */
export async function createClientApp(
  server: SdkServer,
): Promise<{ clientId: string; clientSecret: string; slug: string }> {
  const auth = { authorization: `Bearer ${server.adminToken}` };
  const created = await server.s.app.inject({
    method: 'POST',
    url: '/v0/apps',
    headers: auth,
    payload: { name: `SDK app ${Math.random().toString(36).slice(2, 8)}` },
  });
  if (created.statusCode !== 201) throw new Error(`app: ${created.statusCode} ${created.body}`);
  const app = created.json() as { client_id: string; slug: string };
  const secret = await server.s.app.inject({
    method: 'POST',
    url: `/v0/apps/${app.slug}/secret`,
    headers: auth,
    payload: {},
  });
  if (secret.statusCode !== 201) throw new Error(`secret: ${secret.statusCode} ${secret.body}`);
  return {
    clientId: app.client_id,
    slug: app.slug,
    clientSecret: (secret.json() as { client_secret: string }).client_secret,
  };
}
