// The user API key REST API, point by point from Bencher's specification, on every store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../../db/schema.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`user API keys (${dialect})`, () => {
    let s: TestServer;
    let alice: UserRow;
    let aliceSession: string;

    before(async () => {
      s = await startTestServer(dialect);
      alice = await s.createUser({ slug: 'alice', email: 'alice@example.com' });
      aliceSession = await s.login(alice.email);
    });
    after(() => s.close());

    const call: TestServer['call'] = (...args) => s.call(...args);

    test('creating a key returns the plaintext once, in the lk_user_ format, and never again', async () => {
      const created = await call('POST', '/v0/users/alice/keys', aliceSession, { name: 'laptop' });
      assert.equal(created.statusCode, 201);
      const body = created.json();
      assert.match(body.key, /^lk_user_[0-9A-Za-z]{36}$/);
      assert.equal(body.start, body.key.slice(0, 12));
      assert.equal(body.name, 'laptop');
      assert.equal(body.expiration, null);
      assert.equal(body.revoked, null);
      assert.equal(body.last_used, null);
      assert.equal(created.headers['cache-control'], 'no-store');
      const viewed = await call('GET', `/v0/users/alice/keys/${body.uuid}`, aliceSession);
      assert.equal(viewed.statusCode, 200);
      assert.equal(viewed.json().key, undefined);
      assert.ok(!viewed.body.includes(body.key.slice(12)), 'the secret part never reappears');
      const listed = await call('GET', '/v0/users/alice/keys', aliceSession);
      assert.ok(!listed.body.includes(body.key.slice(12)));
    });

    test('the stored row holds the SHA-256 of the key, not the key', async () => {
      const { key, uuid } = await s.createKey(aliceSession, 'alice', { name: 'hash check' });
      const row = await s.ctx.db
        .selectFrom('apiKeys')
        .selectAll()
        .where('id', '=', uuid)
        .executeTakeFirstOrThrow();
      assert.match(row.hash, /^[0-9a-f]{64}$/);
      assert.ok(!Object.values(row).includes(key));
    });

    test('a new key authenticates whoami as its owner, naming the key', async () => {
      const { key, uuid } = await s.createKey(aliceSession, alice.id, { name: 'whoami' });
      const response = await call('GET', '/v0/auth/whoami', key);
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.principal.uuid, alice.id);
      assert.equal(body.credential.kind, 'user_key');
      assert.equal(body.credential.uuid, uuid);
    });

    test('the user path parameter accepts the slug or the UUID', async () => {
      const bySlug = await call('GET', '/v0/users/alice/keys', aliceSession);
      const byUuid = await call('GET', `/v0/users/${alice.id}/keys`, aliceSession);
      assert.equal(bySlug.statusCode, 200);
      // Compared by id: last_used may be flushed between the two calls.
      const ids = (response: typeof bySlug) => response.json().map((k: { uuid: string }) => k.uuid);
      assert.ok(ids(bySlug).length > 0);
      assert.deepEqual(ids(bySlug), ids(byUuid));
    });

    describe('listing', () => {
      let carol: UserRow;
      let carolSession: string;
      before(async () => {
        carol = await s.createUser({ slug: 'carol' });
        carolSession = await s.login(carol.email);
        for (const name of [
          'kilo',
          'alpha',
          'juliet',
          'bravo',
          'india',
          'charlie',
          'hotel',
          'delta',
          'golf',
          'echo',
          'foxtrot',
        ]) {
          await s.createKey(carolSession, 'carol', { name });
        }
        s.clock.advance(1000);
        await s.createKey(carolSession, 'carol', { name: 'alpha' });
      });

      test('defaults: 8 per page, sorted by name ascending, X-Total-Count the total', async () => {
        const response = await call('GET', '/v0/users/carol/keys', carolSession);
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['x-total-count'], '12');
        const names = response.json().map((k: { name: string }) => k.name);
        assert.deepEqual(names, ['alpha', 'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf']);
      });

      test('ties in name are ordered by creation', async () => {
        const alphas = (await call('GET', '/v0/users/carol/keys?name=alpha', carolSession)).json();
        assert.equal(alphas.length, 2);
        assert.ok(alphas[0].creation < alphas[1].creation);
      });

      test('page, per_page and direction=desc page through the list with a Link header', async () => {
        const first = await call('GET', '/v0/users/carol/keys?per_page=5&direction=desc', carolSession);
        assert.deepEqual(
          first.json().map((k: { name: string }) => k.name),
          ['kilo', 'juliet', 'india', 'hotel', 'golf'],
        );
        assert.match(
          String(first.headers.link),
          /<\/v0\/users\/carol\/keys\?per_page=5&direction=desc&page=2>; rel="next"/,
        );
        assert.doesNotMatch(String(first.headers.link), /rel="prev"/);
        const third = await call(
          'GET',
          '/v0/users/carol/keys?per_page=5&direction=desc&page=3',
          carolSession,
        );
        assert.deepEqual(
          third.json().map((k: { name: string }) => k.name),
          ['alpha', 'alpha'],
        );
        assert.match(String(third.headers.link), /page=2>; rel="prev"/);
        assert.doesNotMatch(String(third.headers.link), /rel="next"/);
        const beyond = await call('GET', '/v0/users/carol/keys?page=9', carolSession);
        assert.deepEqual(beyond.json(), []);
        assert.equal(beyond.headers['x-total-count'], '12');
      });

      test('per_page is 1 to 255 and page starts at 1; other values are a 400 naming the parameter', async () => {
        for (const query of [
          'per_page=256',
          'per_page=0',
          'page=0',
          'direction=up',
          'sort=creation',
          'revoked=maybe',
        ]) {
          const response = await call('GET', `/v0/users/carol/keys?${query}`, carolSession);
          assert.equal(response.statusCode, 400, query);
          assert.match(
            response.json().error.message,
            new RegExp(`querystring\\.${query.split('=')[0]}`),
            query,
          );
        }
        assert.equal((await call('GET', '/v0/users/carol/keys?per_page=255', carolSession)).statusCode, 200);
      });

      test('name filters by exact name', async () => {
        const response = await call('GET', '/v0/users/carol/keys?name=echo', carolSession);
        assert.deepEqual(
          response.json().map((k: { name: string }) => k.name),
          ['echo'],
        );
        assert.equal(
          (await call('GET', '/v0/users/carol/keys?name=ech', carolSession)).headers['x-total-count'],
          '0',
        );
      });

      test('search matches part of the name or the whole UUID', async () => {
        const byName = await call('GET', '/v0/users/carol/keys?search=OTE', carolSession);
        assert.deepEqual(
          byName.json().map((k: { name: string }) => k.name),
          ['hotel'],
        );
        const uuid = byName.json()[0].uuid;
        const byUuid = await call('GET', `/v0/users/carol/keys?search=${uuid}`, carolSession);
        assert.deepEqual(
          byUuid.json().map((k: { uuid: string }) => k.uuid),
          [uuid],
        );
        const wildcard = await call('GET', '/v0/users/carol/keys?search=%25', carolSession);
        assert.equal(wildcard.headers['x-total-count'], '0', 'LIKE wildcards are taken literally');
      });

      test('revoked=true lists only revoked keys; otherwise revoked keys are hidden', async () => {
        const delta = (await call('GET', '/v0/users/carol/keys?name=delta', carolSession)).json()[0];
        assert.equal(
          (await call('DELETE', `/v0/users/carol/keys/${delta.uuid}`, carolSession)).statusCode,
          200,
        );
        const active = await call('GET', '/v0/users/carol/keys?per_page=255', carolSession);
        assert.equal(active.headers['x-total-count'], '11');
        assert.ok(!active.json().some((k: { name: string }) => k.name === 'delta'));
        for (const query of ['revoked=false', '']) {
          assert.equal(
            (await call('GET', `/v0/users/carol/keys?${query}`, carolSession)).headers['x-total-count'],
            '11',
          );
        }
        const revoked = await call('GET', '/v0/users/carol/keys?revoked=true', carolSession);
        assert.deepEqual(
          revoked.json().map((k: { name: string }) => k.name),
          ['delta'],
        );
        assert.notEqual(revoked.json()[0].revoked, null);
      });
    });

    describe('expiry', () => {
      test('a key with a ttl works until ttl seconds have passed, then is refused as expired', async () => {
        const created = await call('POST', '/v0/users/alice/keys', aliceSession, { name: 'short', ttl: 60 });
        const { key, creation, expiration } = created.json();
        assert.equal(Date.parse(expiration) - Date.parse(creation), 60_000);
        assert.equal((await call('GET', '/v0/auth/whoami', key)).statusCode, 200);
        s.clock.advance(59_999);
        assert.equal((await call('GET', '/v0/auth/whoami', key)).statusCode, 200, 'cached and still valid');
        s.clock.advance(1);
        const expired = await call('GET', '/v0/auth/whoami', key);
        assert.equal(expired.statusCode, 401);
        assert.equal(expired.json().error.code, 'credential_expired');
      });

      test('ttl must be a whole number of seconds, at least 1', async () => {
        for (const ttl of [0, -5, 1.5, '60', 2 ** 32]) {
          const response = await call('POST', '/v0/users/alice/keys', aliceSession, { name: 'bad ttl', ttl });
          assert.equal(response.statusCode, 400, String(ttl));
          assert.match(response.json().error.message, /body\.ttl/);
        }
      });
    });

    describe('renaming', () => {
      test('PATCH renames; any other field is a 400 naming it', async () => {
        const { uuid } = await s.createKey(aliceSession, 'alice', { name: 'old' });
        const renamed = await call('PATCH', `/v0/users/alice/keys/${uuid}`, aliceSession, { name: 'new' });
        assert.equal(renamed.json().name, 'new');
        for (const payload of [
          { name: 'x', ttl: 5 },
          { revoked: null },
          { expiration: '2030-01-01T00:00:00Z' },
        ]) {
          const response = await call('PATCH', `/v0/users/alice/keys/${uuid}`, aliceSession, payload);
          assert.equal(response.statusCode, 400, JSON.stringify(payload));
          assert.match(response.json().error.message, /unknown field/);
        }
        assert.equal((await call('GET', `/v0/users/alice/keys/${uuid}`, aliceSession)).json().name, 'new');
      });
    });

    describe('last_used', () => {
      test('is written by the batched writer, not per request', async () => {
        const { key, uuid } = await s.createKey(aliceSession, 'alice', { name: 'usage' });
        await call('GET', '/v0/auth/whoami', key);
        const used = s.clock.now();
        s.clock.advance(5000);
        await call('GET', '/v0/auth/whoami', key);
        const immediately = await s.ctx.db
          .selectFrom('apiKeys')
          .select('lastUsedAt')
          .where('id', '=', uuid)
          .executeTakeFirstOrThrow();
        assert.equal(immediately.lastUsedAt, null, 'no write on the request path');
        await new Promise((resolve) => setTimeout(resolve, 200));
        const view = (await call('GET', `/v0/users/alice/keys/${uuid}`, aliceSession)).json();
        assert.equal(view.last_used, new Date(used + 5000).toISOString());
      });
    });

    describe('bad input', () => {
      test('names: 1 to 64 characters, no control characters; SQL-ish names are stored as text', async () => {
        for (const name of ['', ' ', 'x'.repeat(65), 'tab\there', 'nul\u0000']) {
          const response = await call('POST', '/v0/users/alice/keys', aliceSession, { name });
          assert.equal(response.statusCode, 400, JSON.stringify(name));
          assert.match(response.json().error.message, /body\.name/);
        }
        const sqlish = "x'); DROP TABLE api_keys; --";
        const created = await call('POST', '/v0/users/alice/keys', aliceSession, { name: sqlish });
        assert.equal(created.statusCode, 201);
        const found = await call(
          'GET',
          `/v0/users/alice/keys?name=${encodeURIComponent(sqlish)}`,
          aliceSession,
        );
        assert.equal(found.json()[0].name, sqlish);
        assert.equal(
          (await call('POST', '/v0/users/alice/keys', aliceSession, { name: 'x'.repeat(64) })).statusCode,
          201,
        );
      });

      test('a body that is not JSON, or not an object, is a 400; a missing name names the field', async () => {
        const notJson = await s.app.inject({
          method: 'POST',
          url: '/v0/users/alice/keys',
          headers: { ...bearer(aliceSession), 'content-type': 'application/json' },
          payload: '{"name": ',
        });
        assert.equal(notJson.statusCode, 400);
        assert.equal(notJson.json().error.code, 'invalid_request');
        const array = await call('POST', '/v0/users/alice/keys', aliceSession, ['name']);
        assert.equal(array.statusCode, 400);
        const missing = await call('POST', '/v0/users/alice/keys', aliceSession, {});
        assert.equal(missing.statusCode, 400);
        assert.match(missing.json().error.message, /name/);
        const text = await s.app.inject({
          method: 'POST',
          url: '/v0/users/alice/keys',
          headers: { ...bearer(aliceSession), 'content-type': 'text/plain' },
          payload: 'name=x',
        });
        assert.equal(text.statusCode, 415);
        assert.equal(text.json().error.code, 'unsupported_media_type');
      });

      test('a key id that is not a UUID is a 404', async () => {
        assert.equal(
          (await call('GET', "/v0/users/alice/keys/1'%20or%20'1'='1", aliceSession)).statusCode,
          404,
        );
      });
    });
  });
}
