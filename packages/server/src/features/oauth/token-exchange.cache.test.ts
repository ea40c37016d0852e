// The token exchange answers from its cache of apps and federated credentials; every change to either takes effect at once, here and on another instance.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TypedApp } from '../../context.ts';
import { type CreatedApp, createApp, oauthPost } from '../../test/apps-helpers.ts';
import {
  DIALECTS,
  LOOPBACK_OUTBOUND,
  POSTGRES_URL,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';
import { AUDIENCE, exchangeForm, WorkloadIssuer } from '../../test/workload-issuer.ts';

for (const dialect of DIALECTS) {
  describe(`the token exchange's cache of apps and federated credentials (${dialect})`, () => {
    let s: TestServer;
    let issuer: WorkloadIssuer;
    let admin: string;

    before(async () => {
      issuer = await WorkloadIssuer.start();
      s = await startTestServer(dialect, { env: LOOPBACK_OUTBOUND });
      s.clock.set(Date.now());
      admin = await s.login((await s.createUser({ admin: true })).email);
    });
    after(async () => {
      await s.close();
      await issuer.stop();
    });

    const trusting = async (name: string): Promise<CreatedApp> => {
      const app = await createApp(s, admin, { name });
      const added = await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
        claims: { repository: 'acme/api' },
      });
      assert.equal(added.statusCode, 201, added.body);
      return app;
    };
    const exchange = (app: CreatedApp) => oauthPost(s, exchangeForm(app.client_id, issuer.github(AUDIENCE)));

    test('a warm exchange reads the app and its credentials from the cache, not the database', async () => {
      const app = await trusting('Warm');
      const cache = s.ctx.workloadClients;
      assert.equal((await exchange(app)).statusCode, 200);
      const { hits, misses } = cache;
      for (let i = 0; i < 3; i++) assert.equal((await exchange(app)).statusCode, 200);
      assert.equal(cache.misses, misses, 'no read of the database once warm');
      assert.equal(cache.hits, hits + 3);
    });

    test('an updated federated credential takes effect at once, both ways', async () => {
      const app = await trusting('Updated');
      assert.equal((await exchange(app)).statusCode, 200, 'the cache is warm');
      const narrowed = await s.call('PATCH', `/v0/apps/${app.uuid}/federated-credentials/gh`, admin, {
        claims: { repository: 'acme/other' },
      });
      assert.equal(narrowed.statusCode, 200, narrowed.body);
      const refused = await exchange(app);
      assert.equal(refused.statusCode, 400, refused.body);
      assert.match(refused.json().error_description, /claim "repository"/);
      const restored = await s.call('PATCH', `/v0/apps/${app.uuid}/federated-credentials/gh`, admin, {
        claims: { repository: 'acme/api' },
      });
      assert.equal(restored.statusCode, 200, restored.body);
      assert.equal((await exchange(app)).statusCode, 200);
    });

    test('a federated credential added for a new issuer answers at once', async () => {
      const app = await createApp(s, admin, { name: 'Added' });
      const none = await exchange(app);
      assert.equal(none.statusCode, 400, none.body);
      assert.match(none.json().error_description, /no federated credential for the issuer/);
      await s.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
      });
      assert.equal((await exchange(app)).statusCode, 200);
    });

    test('a removed federated credential and an archived app are refused at once from a warm cache', async () => {
      const app = await trusting('Removed');
      assert.equal((await exchange(app)).statusCode, 200, 'the cache is warm');
      assert.equal(
        (await s.call('DELETE', `/v0/apps/${app.uuid}/federated-credentials/gh`, admin)).statusCode,
        200,
      );
      const removed = await exchange(app);
      assert.equal(removed.statusCode, 400, removed.body);
      assert.match(removed.json().error_description, /no federated credential for the issuer/);

      const archived = await trusting('Archived');
      assert.equal((await exchange(archived)).statusCode, 200, 'the cache is warm');
      assert.equal((await s.call('DELETE', `/v0/apps/${archived.uuid}`, admin)).statusCode, 200);
      const refused = await exchange(archived);
      assert.equal(refused.statusCode, 401, refused.body);
      assert.equal(refused.json().error, 'invalid_client');
    });

    test('a changed app (an administrator’s rate limit) applies to the next exchange', async () => {
      const app = await trusting('Limited');
      for (let i = 0; i < 3; i++) assert.equal((await exchange(app)).statusCode, 200, 'the default budget');
      const limited = await s.call('PATCH', `/v0/apps/${app.uuid}`, admin, {
        rate_limit: { per_second: 1, burst: 1 },
      });
      assert.equal(limited.statusCode, 200, limited.body);
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await exchange(app)).statusCode);
      assert.ok(codes.includes(429), `the new limit applies: ${codes.join(', ')}`);
    });
  });
}

describe('the token exchange’s cache across instances (postgres)', {
  skip: POSTGRES_URL ? false : 'LATCHKEY_TEST_POSTGRES_URL is not set',
}, () => {
  let a: TestServer;
  let b: TypedApp;
  let issuer: WorkloadIssuer;
  let admin: string;

  before(async () => {
    issuer = await WorkloadIssuer.start();
    a = await startTestServer('postgres', { env: LOOPBACK_OUTBOUND });
    a.clock.set(Date.now());
    b = (await secondInstance(a)).app;
    admin = await a.login((await a.createUser({ admin: true })).email);
  });
  after(async () => {
    await b.close();
    await a.close();
    await issuer.stop();
  });

  const onB = (app: CreatedApp) =>
    b.inject({
      method: 'POST',
      url: '/v0/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(exchangeForm(app.client_id, issuer.github(AUDIENCE))).toString(),
    });
  const refusedOnB = async (app: CreatedApp, status: number, what: string) => {
    const start = Date.now();
    while ((await onB(app)).statusCode !== status) {
      if (Date.now() - start > 1000) assert.fail(`instance B still exchanges after 1 s: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  test('a credential removed, a credential narrowed or an app archived on A is refused by B within one second, despite B’s warm cache', async () => {
    const apps: CreatedApp[] = [];
    for (const name of ['Removed', 'Narrowed', 'Archived']) {
      const app = await createApp(a, admin, { name });
      await a.call('POST', `/v0/apps/${app.uuid}/federated-credentials`, admin, {
        name: 'gh',
        issuer: issuer.issuer,
        audience: AUDIENCE,
      });
      assert.equal((await onB(app)).statusCode, 200, 'B caches the app and its credentials');
      apps.push(app);
    }
    const [removed, narrowed, archived] = apps as [CreatedApp, CreatedApp, CreatedApp];
    await a.call('DELETE', `/v0/apps/${removed.uuid}/federated-credentials/gh`, admin);
    await refusedOnB(removed, 400, 'a removed credential');
    await a.call('PATCH', `/v0/apps/${narrowed.uuid}/federated-credentials/gh`, admin, {
      subject: 'repo:acme/other:*',
    });
    await refusedOnB(narrowed, 400, 'a narrowed credential');
    await a.call('DELETE', `/v0/apps/${archived.uuid}`, admin);
    await refusedOnB(archived, 401, 'an archived app');
  });
});
