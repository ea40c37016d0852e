// The Fastify plugin and the Connect-style middleware, each protecting a real loopback resource server.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { clientCredentials } from '../auth/client-credentials.ts';
import { createClientApp, type SdkServer, startSdkServer } from '../test/server.ts';
import { latchkeyFastify } from './fastify.ts';
import { latchkeyMiddleware } from './middleware.ts';
import { createVerifier } from './verifier.ts';

describe('protecting a resource server with the verifier', () => {
  let server: SdkServer;
  let token: string;
  let api: FastifyInstance;
  let apiUrl: string;
  let connect: Server;
  let connectUrl: string;
  before(async () => {
    server = await startSdkServer();
    const auth = clientCredentials({ ...(await createClientApp(server)), now: () => server.s.clock.now() });
    const { authorization } = await auth.authorize({
      baseUrl: server.url,
      send: (request) => fetch(request),
    });
    token = (authorization ?? '').replace(/^Bearer /, '');
    const verifier = createVerifier({ url: server.url, now: () => server.s.clock.now() });

    api = Fastify();
    api.get('/public', async () => ({ open: true }));
    await api.register(async (scope) => {
      await scope.register(latchkeyFastify, { verifier });
      scope.get('/private', async (request) => ({ client_id: request.latchkey?.clientId }));
    });
    apiUrl = await api.listen({ host: '127.0.0.1', port: 0 });

    const middleware = latchkeyMiddleware({ verifier });
    connect = createServer((request, response) =>
      middleware(request, response, (error) => {
        response.writeHead(error ? 500 : 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ type: (request as { latchkey?: { type: string } }).latchkey?.type }));
      }),
    );
    await new Promise<void>((resolve) => connect.listen(0, '127.0.0.1', resolve));
    connectUrl = `http://127.0.0.1:${(connect.address() as AddressInfo).port}`;
  });
  after(async () => {
    await api.close();
    await new Promise<void>((resolve) => connect.close(() => resolve()));
    await server.close();
  });

  test('Fastify: the protected scope sees the principal; outside it stays public', async () => {
    const ok = await fetch(`${apiUrl}/private`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    assert.match(((await ok.json()) as { client_id: string }).client_id, /^app_/);
    assert.equal((await fetch(`${apiUrl}/public`)).status, 200);
  });

  test('Fastify: no credential is a 401 with challenges; a forged one a 401 invalid_token', async () => {
    const none = await fetch(`${apiUrl}/private`);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'authentication_required');
    const [head, body] = token.split('.');
    const forged = await fetch(`${apiUrl}/private`, {
      headers: { authorization: `Bearer ${head}.${body}.AAAA` },
    });
    assert.equal(forged.status, 401);
    assert.match(forged.headers.get('www-authenticate') ?? '', /invalid_token/);
  });

  test('Connect-style middleware: next() with req.latchkey, or the refusal', async () => {
    const ok = await fetch(connectUrl, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { type: 'app' });
    const none = await fetch(connectUrl);
    assert.equal(none.status, 401);
    assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'authentication_required');
  });
});
