// /v0/auth/verify with an access decision (?project=&action=), restricted keys, rate limits and the failure throttle.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTenant, type Tenant } from '../../test/access-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`verify with an access decision (${dialect})`, () => {
    let s: TestServer;
    let t: Tenant;

    before(async () => {
      s = await startTestServer(dialect, { env: { LATCHKEY_AUTH_FAILURE_LIMIT: '0' } });
      t = await buildTenant(s);
    });
    after(() => s.close());

    const verify = (secret: string, query: string, headers: Record<string, string> = {}) =>
      s.app.inject({
        method: 'GET',
        url: `/v0/auth/verify?${query}`,
        headers: { ...bearer(secret), ...headers },
      });

    test('the decision follows POST /v0/access/check for every principal, project and action', async () => {
      for (const [who, secret] of Object.entries(t.credentials)) {
        for (const project of ['launch', 'ledger', 'widgets', 'diary', 'secret']) {
          for (const action of ['read', 'write'] as const) {
            const check = await s.call('POST', '/v0/access/check', secret, { project, action });
            const expected = check.statusCode === 200 && check.json().allowed === true ? 200 : 403;
            const response = await verify(secret, `project=${project}&action=${action}`);
            assert.equal(response.statusCode, expected, `${who} ${action} ${project}: ${response.body}`);
            assert.ok(response.headers['x-latchkey-via'], `${who} ${action} ${project}: no via`);
            if (expected === 200) assert.ok(response.headers['x-latchkey-principal']);
            else assert.equal(response.headers['x-latchkey-principal'], undefined);
          }
        }
      }
    });

    test('the action comes from the forwarded method when not given', async () => {
      // eve reads launch through globex and may not write it.
      const eve = t.credentials.eve ?? '';
      const read = await verify(eve, 'project=launch', { 'x-original-method': 'HEAD' });
      assert.equal(read.statusCode, 200, read.body);
      assert.equal(read.headers['x-latchkey-via'], 'org:globex=read');
      const write = await verify(eve, 'project=launch', { 'x-original-method': 'PATCH' });
      assert.equal(write.statusCode, 403, write.body);
      assert.match(write.json().error.message, /policy on the project is read/);
      assert.equal(write.headers['x-latchkey-via'], 'org:globex=read');
      // Only the configured header names the method: a client's X-Forwarded-Method is not read.
      const spoofed = await verify(eve, 'project=launch', {
        'x-original-method': 'POST',
        'x-forwarded-method': 'GET',
        'x-http-method-override': 'GET',
      });
      assert.equal(spoofed.statusCode, 403, spoofed.body);
      // An explicit action wins over the header.
      assert.equal(
        (await verify(eve, 'project=launch&action=read', { 'x-original-method': 'POST' })).statusCode,
        200,
      );
    });

    test('a project the caller cannot see is a 403, not a 404', async () => {
      const response = await verify(t.credentials.cy ?? '', 'project=ledger&action=read');
      assert.equal(response.statusCode, 403, response.body);
      assert.equal(response.headers['x-latchkey-via'], 'none');
      const missing = await verify(t.credentials.cy ?? '', 'project=no-such-project');
      assert.equal(missing.statusCode, 403, missing.body);
    });

    test('a project-limited key is verified only for its own projects, and must name one', async () => {
      const limited = await s.createKey(t.sessions.bob, 'bob', {
        name: 'ledger only',
        scopes: { projects: ['ledger'] },
      });
      const own = await verify(limited.key, 'project=ledger&action=write');
      assert.equal(own.statusCode, 200, own.body);
      assert.match(String(own.headers['x-latchkey-restrictions']), /^projects=[0-9a-f-]{36}$/);
      assert.match(String(own.headers['x-latchkey-via']), /key_restriction=admin$/);
      const other = await verify(limited.key, 'project=launch&action=read');
      assert.equal(other.statusCode, 403, other.body);
      const none = await verify(limited.key, '');
      assert.equal(none.statusCode, 403, none.body);
      assert.match(none.json().error.message, /scopes\.projects/);
    });

    test('a read-only key reads its projects and is refused writes', async () => {
      const readOnly = await s.createKey(t.sessions.bob, 'bob', { name: 'ro', scopes: { read_only: true } });
      const read = await verify(readOnly.key, 'project=ledger&action=read');
      assert.equal(read.statusCode, 200, read.body);
      assert.equal(read.headers['x-latchkey-restrictions'], 'read_only');
      const write = await verify(readOnly.key, 'project=ledger&action=write');
      assert.equal(write.statusCode, 403, write.body);
      assert.match(write.json().error.message, /read-only/);
    });
  });

  describe(`verify under rate limits and the failure throttle (${dialect})`, () => {
    let s: TestServer;

    before(async () => {
      s = await startTestServer(dialect, { env: { LATCHKEY_AUTH_FAILURE_LIMIT: '3' } });
    });
    after(() => s.close());

    test('a spent budget is 429 with Retry-After, or 403 keeping Retry-After with deny_status=403', async () => {
      const admin = await s.createUser({ admin: true });
      const user = await s.createUser({ slug: 'busy' });
      const limited = await s.call('PATCH', '/v0/users/busy', await s.login(admin.email), {
        rate_limit: { per_second: 1, burst: 2 },
      });
      assert.equal(limited.statusCode, 200, limited.body);
      const key = await s.createKey(await s.login(user.email), 'busy');
      const statuses: number[] = [];
      let last = await s.app.inject({ url: '/v0/auth/verify', headers: bearer(key.key) });
      for (let i = 0; i < 3 && last.statusCode === 200; i++) {
        statuses.push(last.statusCode);
        last = await s.app.inject({ url: '/v0/auth/verify', headers: bearer(key.key) });
      }
      assert.equal(last.statusCode, 429, `after ${statuses.join(',')}: ${last.body}`);
      assert.ok(Number(last.headers['retry-after']) >= 1);
      const mapped = await s.app.inject({ url: '/v0/auth/verify?deny_status=403', headers: bearer(key.key) });
      assert.equal(mapped.statusCode, 403, mapped.body);
      assert.equal(mapped.json().error.code, 'forbidden');
      assert.ok(Number(mapped.headers['retry-after']) >= 1);
      assert.equal(mapped.headers['cache-control'], 'no-store');
    });

    test('refused verifications count in the failure throttle', async () => {
      const from = { remoteAddress: '127.0.0.9' };
      for (let i = 0; i < 3; i++) {
        const refused = await s.app.inject({
          url: '/v0/auth/verify',
          headers: bearer(`lk_user_${'c'.repeat(36)}`),
          ...from,
        });
        assert.equal(refused.statusCode, 401);
      }
      const throttled = await s.app.inject({
        url: '/v0/auth/verify',
        headers: bearer(`lk_user_${'d'.repeat(36)}`),
        ...from,
      });
      assert.equal(throttled.statusCode, 429, throttled.body);
      assert.ok(throttled.headers['retry-after']);
      const mapped = await s.app.inject({
        url: '/v0/auth/verify?deny_status=403',
        headers: bearer(`lk_user_${'e'.repeat(36)}`),
        ...from,
      });
      assert.equal(mapped.statusCode, 403, mapped.body);
      assert.ok(mapped.headers['retry-after']);
    });
  });
}
