// Several instances on one PostgreSQL: a revocation or suspension on one is refused by the others within a second.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TypedApp } from '../context.ts';
import {
  bearer,
  LOOPBACK_OUTBOUND,
  POSTGRES_URL,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../test/harness.ts';
import { IDP_CLIENT_ID, TestIdp } from '../test/idp.ts';
import { PostgresBus } from './invalidation-bus.ts';
import type { Invalidation } from './invalidation-match.ts';

describe('PostgresBus', { skip: POSTGRES_URL ? false : 'LATCHKEY_TEST_POSTGRES_URL is not set' }, () => {
  test('an instance applies its own invalidation once, when it publishes, and not again on its echo', async () => {
    const silent = { warn: () => {}, error: () => {} };
    const seenHere: Invalidation[] = [];
    const seenThere: Invalidation[] = [];
    const url = POSTGRES_URL ?? '';
    const channel = `lk_echo_${process.pid}`;
    const here = await PostgresBus.start(
      url,
      channel,
      (match) => seenHere.push(match),
      () => {},
      silent,
    );
    const there = await PostgresBus.start(
      url,
      channel,
      (match) => seenThere.push(match),
      () => {},
      silent,
    );
    try {
      here.publish({ credentialId: 'echo-test' });
      const start = Date.now();
      while (!seenThere.some((match) => match.credentialId === 'echo-test')) {
        if (Date.now() - start > 2000) assert.fail('the other instance never heard of it');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // The echo reached this instance's listener about when it reached the other's: give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(
        seenHere.filter((match) => match.credentialId === 'echo-test'),
        [{ credentialId: 'echo-test' }],
      );
      assert.deepEqual(
        seenThere.filter((match) => match.credentialId === 'echo-test'),
        [{ credentialId: 'echo-test' }],
      );
    } finally {
      await Promise.all([here.close(), there.close()]);
    }
  });
});

describe('invalidation across instances (postgres)', {
  skip: POSTGRES_URL ? false : 'LATCHKEY_TEST_POSTGRES_URL is not set',
}, () => {
  let a: TestServer;
  let b: TypedApp;
  let session: string;
  let adminSession: string;

  before(async () => {
    // The identity provider runs on loopback.
    a = await startTestServer('postgres', { env: LOOPBACK_OUTBOUND });
    // A second instance on the same database, with its own (warm, 30 s) credential cache.
    b = (await secondInstance(a)).app;
    const user = await a.createUser({ slug: 'multi' });
    const admin = await a.createUser({ slug: 'multi-admin', admin: true });
    session = await a.login(user.email);
    adminSession = await a.login(admin.email);
  });
  after(async () => {
    await b.close();
    await a.close();
  });

  const onB = (secret: string) =>
    b.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(secret) });

  /** Polls instance B until it answers `status`, for at most one second. */
  async function refusedByBWithin1s(secret: string): Promise<{ code: string; ms: number }> {
    const start = Date.now();
    for (;;) {
      const response = await onB(secret);
      if (response.statusCode === 401) return { code: response.json().error.code, ms: Date.now() - start };
      if (Date.now() - start > 1000)
        assert.fail(`instance B still accepts the credential after ${Date.now() - start} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test("a key revoked on instance A is refused by instance B within one second, despite B's warm cache", async () => {
    const { key, uuid } = await a.createKey(session, 'multi');
    assert.equal((await onB(key)).statusCode, 200, 'B caches the key');
    assert.equal((await onB(key)).statusCode, 200);
    await a.app.inject({ method: 'DELETE', url: `/v0/users/multi/keys/${uuid}`, headers: bearer(session) });
    const { code } = await refusedByBWithin1s(key);
    assert.equal(code, 'credential_revoked');
  });

  test('a suspension on A is refused by B at once; logout on A ends the session on B', async () => {
    const other = await a.createUser({ slug: 'multi-2' });
    const otherSession = await a.login(other.email);
    const { key } = await a.createKey(otherSession, 'multi-2');
    assert.equal((await onB(key)).statusCode, 200);
    assert.equal((await onB(otherSession)).statusCode, 200);
    await a.app.inject({
      method: 'PATCH',
      url: '/v0/users/multi-2',
      headers: bearer(adminSession),
      payload: { suspended: true },
    });
    assert.equal((await refusedByBWithin1s(key)).code, 'user_suspended');

    const fresh = await a.login((await a.createUser({ slug: 'multi-3' })).email);
    assert.equal((await onB(fresh)).statusCode, 200);
    await a.app.inject({ method: 'POST', url: '/v0/auth/logout', headers: bearer(fresh) });
    assert.equal((await refusedByBWithin1s(fresh)).code, 'session_ended');
  });

  test('an identity provider added on A is trusted by B within a second, despite a cached refusal; disabled, it is refused', async () => {
    const idp = await TestIdp.start();
    try {
      a.clock.set(Date.now()); // oidc-provider stamps tokens with the real time
      const user = await a.createUser({ email: 'federated@example.com' });
      const token = await idp.mint({ email: user.email });
      const before = await onB(token);
      assert.equal(before.json().error.code, 'untrusted_issuer', 'B caches this refusal for a second');
      const created = await a.app.inject({
        method: 'POST',
        url: '/v0/admin/identity-providers',
        headers: bearer(adminSession),
        payload: { issuer: idp.issuer, audience: IDP_CLIENT_ID },
      });
      assert.equal(created.statusCode, 201, created.body);
      const start = Date.now();
      while ((await onB(token)).statusCode !== 200) {
        if (Date.now() - start > 1000) assert.fail('B did not learn of the new provider within a second');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const patch = (enabled: boolean) =>
        a.app.inject({
          method: 'PATCH',
          url: `/v0/admin/identity-providers/${created.json().uuid}`,
          headers: bearer(adminSession),
          payload: { enabled },
        });
      await patch(false);
      assert.equal((await refusedByBWithin1s(token)).code, 'untrusted_issuer');
    } finally {
      await idp.stop();
    }
  });
});
