// LabKey's administrator key query: every user's keys, filtered and sorted, and revoking many at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`administrators managing keys (${dialect})`, () => {
    let s: TestServer;
    let adminSession: string;
    let ada: UserRow;
    let ben: UserRow;
    let adaSession: string;
    let benSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      const admin = await s.createUser({ slug: 'keymaster', admin: true });
      adminSession = await s.login(admin.email);
      ada = await s.createUser({ slug: 'ada', email: 'ada@example.com' });
      ben = await s.createUser({ slug: 'ben', email: 'ben@example.com' });
      adaSession = await s.login(ada.email);
      benSession = await s.login(ben.email);
    });
    after(() => s.close());

    const get = (query: string, secret = adminSession) =>
      s.app.inject({ method: 'GET', url: `/v0/admin/keys${query}`, headers: bearer(secret) });
    const revoke = (payload: object) =>
      s.app.inject({ method: 'POST', url: '/v0/admin/keys/revoke', headers: bearer(adminSession), payload });

    test("lists every user's keys with the owner, never the hash; filters, sorts and pages", async () => {
      await s.createKey(adaSession, 'ada', { name: 'ada-ci' });
      s.clock.advance(1000);
      await s.createKey(adaSession, 'ada', { name: 'ada-short', ttl: 60 });
      s.clock.advance(1000);
      await s.createKey(benSession, 'ben', { name: 'ben-laptop' });

      const all = await get('?user=ada&sort=creation&direction=desc');
      assert.equal(all.statusCode, 200);
      assert.equal(all.headers['x-total-count'], '2');
      const [first] = all.json();
      assert.equal(first.name, 'ada-short');
      assert.deepEqual(first.user, { uuid: ada.id, email: 'ada@example.com', name: ada.name, slug: 'ada' });
      assert.ok(!all.body.includes('hash'));
      assert.equal((await get(`?user=${ben.id}`)).headers['x-total-count'], '1');
      assert.equal((await get('?search=ben@example')).json()[0].name, 'ben-laptop');

      s.clock.advance(60_000);
      assert.deepEqual(
        (await get('?user=ada&expired=true')).json().map((k: { name: string }) => k.name),
        ['ada-short'],
      );
      assert.deepEqual(
        (await get('?user=ada&expired=false')).json().map((k: { name: string }) => k.name),
        ['ada-ci'],
      );
      const paged = await get('?per_page=1&sort=name');
      assert.equal(paged.json().length, 1);
      assert.match(String(paged.headers.link), /rel="next"/);
      assert.equal((await get('?user=nobody')).statusCode, 404);
      assert.equal((await get('?sort=hash')).statusCode, 400);
    });

    test('a restricted key shows its scopes, an unrestricted one null', async () => {
      await s.createKey(benSession, 'ben', { name: 'ben-reader', scopes: { read_only: true } });
      const listed = (await get('?user=ben&sort=name')).json();
      assert.deepEqual(
        listed.map((k: { name: string; scopes: unknown }) => [k.name, k.scopes]),
        [
          ['ben-laptop', null],
          ['ben-reader', { read_only: true, projects: null, permissions: null, allowed_ips: null }],
        ],
      );
    });

    test('only administrators', async () => {
      assert.equal((await get('', adaSession)).statusCode, 403);
      const response = await s.app.inject({
        method: 'POST',
        url: '/v0/admin/keys/revoke',
        headers: bearer(adaSession),
        payload: { all: true },
      });
      assert.equal(response.statusCode, 403);
    });

    test('revoking a list answers the count, and cached keys are refused at once', async () => {
      const one = await s.createKey(adaSession, 'ada', { name: 'bulk-1' });
      const two = await s.createKey(benSession, 'ben', { name: 'bulk-2' });
      for (const key of [one.key, two.key]) {
        assert.equal(
          (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(key) })).statusCode,
          200,
        );
      }
      const response = await revoke({ keys: [one.uuid, two.uuid] });
      assert.deepEqual(response.json(), { revoked: 2 });
      for (const key of [one.key, two.key]) {
        const refused = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(key) });
        assert.equal(refused.json().error.code, 'credential_revoked');
      }
      assert.deepEqual((await revoke({ keys: [one.uuid] })).json(), { revoked: 0 }, 'already revoked');
      assert.equal((await get('?revoked=true&search=bulk')).headers['x-total-count'], '2');
    });

    test('revoke all, narrowed to one user, then everyone', async () => {
      const adaKey = await s.createKey(adaSession, 'ada', { name: 'all-ada' });
      const benKey = await s.createKey(benSession, 'ben', { name: 'all-ben' });
      const active = async (user: string) =>
        Number((await get(`?user=${user}&revoked=false`)).headers['x-total-count']);
      const adaActive = await active('ada');
      assert.deepEqual((await revoke({ all: true, user: 'ada' })).json(), { revoked: adaActive });
      assert.equal(await active('ada'), 0);
      assert.equal(
        (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(adaKey.key) }))
          .statusCode,
        401,
      );
      assert.equal(
        (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(benKey.key) }))
          .statusCode,
        200,
      );
      const everyone = await revoke({ all: true });
      assert.ok(everyone.json().revoked >= 1);
      assert.equal((await get('?revoked=false')).headers['x-total-count'], '0');
      assert.equal(
        (await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(benKey.key) }))
          .statusCode,
        401,
      );
    });

    test('the body must say either keys or all', async () => {
      for (const payload of [{}, { keys: [], all: true }, { all: false }, { keys: ['not-a-uuid'] }]) {
        const response = await revoke(payload);
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
      }
    });
  });
}
