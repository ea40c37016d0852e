// The access check's cache: a warm check reads nothing from the database, and every change to the model
// reaches it on the next request, here and (PostgreSQL) on another instance within a second.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { TypedApp } from '../../context.ts';
import type { ProjectRow } from '../../db/schema.ts';
import {
  bearer,
  DIALECTS,
  POSTGRES_URL,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';
import { AccessCache } from './access.cache.ts';

describe('AccessCache', () => {
  test('a read that began before a change does not store what it read', async () => {
    const cache = new AccessCache(60_000);
    let release = () => {};
    const slow = cache.grantPaths('p', { type: 'user', id: 'u' }, async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return [];
    });
    cache.clear();
    release();
    await slow;
    let loads = 0;
    await cache.grantPaths('p', { type: 'user', id: 'u' }, async () => {
      loads += 1;
      return [];
    });
    assert.equal(loads, 1, 'the stale read was not kept');
    await cache.grantPaths('p', { type: 'user', id: 'u' }, async () => {
      loads += 1;
      return [];
    });
    assert.equal(loads, 1, 'a read after the change is kept');
  });

  test('a missing project is not remembered', async () => {
    const cache = new AccessCache(60_000);
    let loads = 0;
    const load = async (): Promise<ProjectRow | undefined> => {
      loads += 1;
      return undefined;
    };
    await cache.project('nope', load);
    await cache.project('nope', load);
    assert.equal(loads, 2);
  });
});

for (const dialect of DIALECTS) {
  describe(`access check cache (${dialect})`, () => {
    let s: TestServer;
    let ownerSession: string;
    let readerKey: string;

    before(async () => {
      s = await startTestServer(dialect);
      const owner = await s.createUser({ slug: 'olive' });
      const reader = await s.createUser({ slug: 'reggie' });
      ownerSession = await s.login(owner.email);
      readerKey = (await s.createKey(await s.login(reader.email), 'reggie')).key;
      await s.call('POST', '/v0/projects', ownerSession, { name: 'Cached', slug: 'cached' });
    });
    after(() => s.close());

    const check = (project = 'cached') =>
      s.call('POST', '/v0/access/check', readerKey, { project, action: 'read' });

    test('a warm check is answered without the database; a change through the API reaches it at once', async () => {
      const added = await s.call('POST', '/v0/projects/cached/collaborators', ownerSession, {
        user: 'reggie',
        policy: 'read',
      });
      assert.equal(added.statusCode, 201, added.body);
      assert.equal((await check()).json().allowed, true);
      // Behind the API's back: the grant is gone from the database, but the warm cache still answers.
      await sql`delete from project_grants where grantee_id = (select id from users where slug = 'reggie')`.execute(
        s.ctx.db,
      );
      assert.equal((await check()).json().allowed, true, 'answered from the cache: no database read');
      // Through the API, a change clears it: grant again, remove, and the next check sees the removal.
      await s.call('POST', '/v0/projects/cached/collaborators', ownerSession, {
        user: 'reggie',
        policy: 'read',
      });
      assert.equal((await check()).json().allowed, true);
      const removed = await s.call('DELETE', '/v0/projects/cached/collaborators/reggie', ownerSession);
      assert.equal(removed.statusCode, 204, removed.body);
      assert.equal((await check()).statusCode, 404, 'the removal takes effect on the next request');
    });

    test("a warm check applies the key's restrictions: the cache holds the owner's grants, never a key's answer", async () => {
      const owner = await s.createUser({ slug: 'kira' });
      const session = await s.login(owner.email);
      await s.call('POST', '/v0/projects', session, { name: 'Warm one', slug: 'warm-one' });
      await s.call('POST', '/v0/projects', session, { name: 'Warm two', slug: 'warm-two' });
      const full = (await s.createKey(session, 'kira', { name: 'full' })).key;
      const readOnly = (await s.createKey(session, 'kira', { name: 'ro', scopes: { read_only: true } })).key;
      const elsewhere = (
        await s.createKey(session, 'kira', { name: 'one', scopes: { projects: ['warm-one'] } })
      ).key;
      const ask = (key: string, project: string, action: string) =>
        s.call('POST', '/v0/access/check', key, { project, action });
      // The unrestricted key warms the cache for the owner on both projects...
      for (const project of ['warm-one', 'warm-two']) {
        assert.equal((await ask(full, project, 'admin')).json().policy, 'admin');
      }
      // ...and the restricted keys, answered from it, are still held to their restrictions, again and again.
      for (let round = 0; round < 2; round++) {
        const capped = (await ask(readOnly, 'warm-one', 'write')).json();
        assert.equal(capped.allowed, false);
        assert.equal(capped.policy, 'read');
        assert.equal(capped.via.at(-1).kind, 'key_restriction');
        assert.equal((await ask(elsewhere, 'warm-two', 'read')).statusCode, 404, 'limited to warm-one');
        assert.equal((await ask(elsewhere, 'warm-one', 'admin')).json().allowed, true);
      }
      assert.equal((await ask(full, 'warm-two', 'admin')).json().allowed, true);
    });

    test('a user deleted with their personal project: the project is gone on the next request', async () => {
      const leaver = await s.createUser({ slug: 'leaver' });
      const leaverSession = await s.login(leaver.email);
      await s.call('POST', '/v0/projects', leaverSession, { name: 'Personal', slug: 'personal' });
      await s.call('POST', '/v0/projects/personal/collaborators', leaverSession, {
        user: 'reggie',
        policy: 'read',
      });
      assert.equal((await check('personal')).statusCode, 200);
      const admin = await s.createUser({ admin: true });
      assert.equal((await s.call('DELETE', '/v0/users/leaver', await s.login(admin.email))).statusCode, 204);
      assert.equal((await check('personal')).statusCode, 404);
    });

    test('a deleted project is gone on the next request', async () => {
      await s.call('POST', '/v0/projects', ownerSession, { name: 'Brief', slug: 'brief' });
      await s.call('POST', '/v0/projects/brief/collaborators', ownerSession, {
        user: 'reggie',
        policy: 'read',
      });
      assert.equal((await check('brief')).statusCode, 200);
      assert.equal((await s.call('DELETE', '/v0/projects/brief', ownerSession)).statusCode, 204);
      assert.equal((await check('brief')).statusCode, 404);
    });
  });
}

describe('access check cache across instances (postgres)', {
  skip: POSTGRES_URL ? false : 'LATCHKEY_TEST_POSTGRES_URL is not set',
}, () => {
  let a: TestServer;
  let b: TypedApp;
  let ownerSession: string;
  let readerKey: string;

  before(async () => {
    a = await startTestServer('postgres');
    b = (await secondInstance(a)).app;
    const owner = await a.createUser({ slug: 'olga' });
    const reader = await a.createUser({ slug: 'ravi' });
    ownerSession = await a.login(owner.email);
    readerKey = (await a.createKey(await a.login(reader.email), 'ravi')).key;
    await a.call('POST', '/v0/projects', ownerSession, { name: 'Shared', slug: 'shared' });
    await a.call('POST', '/v0/projects/shared/collaborators', ownerSession, {
      user: 'ravi',
      policy: 'write',
    });
  });
  after(async () => {
    await b.close();
    await a.close();
  });

  test("a collaborator removed on instance A is refused by instance B within one second, despite B's warm cache", async () => {
    const onB = () =>
      b.inject({
        method: 'POST',
        url: '/v0/access/check',
        headers: bearer(readerKey),
        payload: { project: 'shared', action: 'write' },
      });
    assert.equal((await onB()).json().allowed, true, 'B caches the decision');
    await a.call('DELETE', '/v0/projects/shared/collaborators/ravi', ownerSession);
    const start = Date.now();
    while ((await onB()).statusCode !== 404) {
      if (Date.now() - start > 1000)
        assert.fail('instance B still allows the removed collaborator after 1 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
});
