// Inputs that once ended in a 500: an enormous page, racing unique inserts, a YAML alias bomb. Each is a 4xx naming the rule.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';

const MAX_PAGE = 1_000_000;

/** A "billion laughs" document: each anchor aliases the one before ten times, 10^9 strings once expanded. */
function aliasBomb(levels = 9): string {
  const lines = [
    'manifest_version: 1',
    'name: Laughs',
    'version: "1"',
    'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ];
  for (let level = 1; level <= levels; level++) {
    const refs = Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ');
    lines.push(`a${level}: &a${level} [${refs}]`);
  }
  lines.push(`description: *a${levels}`);
  return lines.join('\n');
}

for (const dialect of DIALECTS) {
  describe(`inputs that used to be 500s (${dialect})`, () => {
    let s: TestServer;
    let admin: string;
    before(async () => {
      s = await startTestServer(dialect);
      admin = await s.login((await s.createUser({ admin: true, slug: 'root' })).email);
    });
    after(() => s.close());

    test('a page beyond the bound is a 400 that names the bound, on every list route', async () => {
      for (const url of ['/v0/users', '/v0/users/root/keys', '/v0/apps', '/v0/orgs', '/v0/admin/audit']) {
        const response = await s.app.inject({
          method: 'GET',
          url: `${url}?page=9999999999999999999999`,
          headers: bearer(admin),
        });
        assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
        assert.match(response.json().error.message, new RegExp(`page.*${MAX_PAGE}`), url);
        const last = await s.app.inject({
          method: 'GET',
          url: `${url}?page=${MAX_PAGE}`,
          headers: bearer(admin),
        });
        assert.equal(last.statusCode, 200, `${url} at the bound: ${last.body}`);
      }
    });

    test('ten concurrent POST /v0/users with the same slug give one 201 and nine 409s', async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          s.call('POST', '/v0/users', admin, {
            email: `racer-${n}@example.com`,
            name: `Racer ${n}`,
            slug: 'racer',
            password: 'a long enough password',
          }),
        ),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      assert.deepEqual(
        statuses,
        [201, 409, 409, 409, 409, 409, 409, 409, 409, 409],
        JSON.stringify(statuses),
      );
      for (const response of responses.filter((r) => r.statusCode === 409)) {
        assert.equal(response.json().error.code, 'conflict');
        assert.match(response.json().error.message, /slug/);
      }
    });

    test('ten concurrent POST /v0/users with the same email give one 201 and nine 409s, without echoing it', async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          s.call('POST', '/v0/users', admin, {
            email: 'same@example.com',
            name: `Same ${n}`,
            slug: `same-${n}`,
            password: 'a long enough password',
          }),
        ),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      assert.deepEqual(
        statuses,
        [201, 409, 409, 409, 409, 409, 409, 409, 409, 409],
        JSON.stringify(statuses),
      );
      for (const response of responses.filter((r) => r.statusCode === 409))
        assert.match(response.json().error.message, /email/);
    });

    test('a NUL in a path reference is a 400 naming the parameter, and in a search it is never a 5xx', async () => {
      for (const url of ['/v0/users/a%00b', '/v0/apps/%00', '/v0/orgs/%00/members']) {
        const response = await s.app.inject({ method: 'GET', url, headers: bearer(admin) });
        assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
        assert.match(response.json().error.message, /params\.\w+: must match pattern/);
      }
      const search = await s.app.inject({
        method: 'GET',
        url: '/v0/users?search=%00',
        headers: bearer(admin),
      });
      assert.ok(search.statusCode < 500, search.body);
      if (search.statusCode === 400) assert.match(search.json().error.message, /NUL/);
    });

    test('a YAML alias bomb sent as a manifest is a 400 that names the problem', async () => {
      const response = await s.app.inject({
        method: 'POST',
        url: '/v0/apps/manifest',
        headers: { ...bearer(admin), 'content-type': 'application/yaml' },
        payload: aliasBomb(),
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(response.json().error.message, /alias/i);
    });
  });
}
