// Allowed addresses through a real nginx: verify checks the original client, named by a trusted gateway.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { bearer, startTestServer, type TestServer } from '../../test/harness.ts';
import { NGINX, type NginxProcess } from '../../test/nginx.ts';
import { startEchoUpstream, startGateway } from '../../test/nginx-gateway.ts';

describe('allowed addresses behind nginx auth_request with a trusted proxy', {
  skip: NGINX === '' && 'nginx is not installed',
}, () => {
  let s: TestServer;
  let nginx: NginxProcess;
  let upstream: Server;
  let session: string;
  let v4: string;
  let v6: string;

  before(async () => {
    // The gateway is the one hop Latchkey trusts: the client is the address nginx appends.
    s = await startTestServer('sqlite', { env: { LATCHKEY_TRUST_PROXY: '1' } });
    s.clock.set(Date.now());
    await s.listen();
    const echo = await startEchoUpstream();
    upstream = echo.server;
    nginx = await startGateway(
      { latchkey: Number(new URL(s.url).port), upstream: echo.port },
      { forwardClient: true, listenIpv6: true },
    );
    v4 = nginx.url;
    v6 = nginx.url.replace('127.0.0.1', '[::1]');
    const user = await s.createUser({ slug: 'ada' });
    session = await s.login(user.email);
  });
  after(async () => {
    await nginx?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
    await s?.close();
  });

  const through = (base: string, secret: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/anything`, { headers: { ...bearer(secret), ...headers } });

  test('the client nginx saw is checked: allowed from ::1, refused from 127.0.0.1 naming it', async () => {
    const key = await s.createKey(session, 'ada', { name: 'v6 only', scopes: { allowed_ips: ['::1'] } });
    const allowed = await through(v6, key.key);
    assert.equal(allowed.status, 200, nginx.errors());
    const refused = await through(v4, key.key);
    assert.equal(refused.status, 403);
    // nginx answers a 403 of auth_request with its own body; Latchkey's own answer names the address.
    const direct = await s.app.inject({
      method: 'GET',
      url: '/v0/auth/verify',
      remoteAddress: '127.0.0.1',
      headers: { ...bearer(key.key), 'x-forwarded-for': '127.0.0.1' },
    });
    assert.equal(direct.json().error.code, 'address_not_allowed');
    assert.match(direct.json().error.message, /127\.0\.0\.1/);
  });

  test('a client naming an allowed address in X-Forwarded-For is still itself', async () => {
    const key = await s.createKey(session, 'ada', {
      name: 'v4 only',
      scopes: { allowed_ips: ['127.0.0.1/32'] },
    });
    assert.equal((await through(v4, key.key)).status, 200);
    // From ::1, claiming to be 127.0.0.1: nginx appends the real address, which is the one checked.
    assert.equal((await through(v6, key.key, { 'x-forwarded-for': '127.0.0.1' })).status, 403);
    assert.equal((await through(v6, key.key, { 'x-forwarded-for': '::ffff:127.0.0.1' })).status, 403);
    assert.equal((await through(v6, key.key)).status, 403);
  });
});
