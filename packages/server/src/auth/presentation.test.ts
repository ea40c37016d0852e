// Every way to present a key, driven by real curl, against every reason a credential stops working.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../db/schema.ts';
import { generateSecret } from '../lib/crypto/secrets.ts';
import { curlJson } from '../test/curl.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';

type Form = 'bearer' | 'basic_key_as_user' | 'basic_apikey' | 'apikey_header' | 'netrc';
const FORMS: Form[] = ['bearer', 'basic_key_as_user', 'basic_apikey', 'apikey_header', 'netrc'];

for (const dialect of DIALECTS) {
  describe(`presenting a credential (${dialect})`, () => {
    let s: TestServer;
    let user: UserRow;
    let session: string;
    let admin: UserRow;
    let adminSession: string;
    let dir: string;

    before(async () => {
      s = await startTestServer(dialect, { env: { LATCHKEY_AUTH_FAILURE_LIMIT: '0' } });
      await s.listen();
      user = await s.createUser({ slug: 'quinn' });
      admin = await s.createUser({ slug: 'ops', admin: true });
      session = await s.login(user.email);
      adminSession = await s.login(admin.email);
      dir = mkdtempSync(join(tmpdir(), 'latchkey-netrc-'));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await s.close();
    });

    const whoamiAs = async (form: Form, key: string) => {
      const url = `${s.url}/v0/auth/whoami`;
      switch (form) {
        case 'bearer':
          return curlJson(['-H', `Authorization: Bearer ${key}`, url]);
        case 'basic_key_as_user':
          return curlJson(['-u', `${key}:`, url]);
        case 'basic_apikey':
          return curlJson(['-u', `apikey:${key}`, url]);
        case 'apikey_header':
          return curlJson(['-H', `apikey: ${key}`, url]);
        case 'netrc': {
          const file = join(dir, `netrc-${Math.random().toString(36).slice(2)}`);
          writeFileSync(file, `machine 127.0.0.1\nlogin apikey\npassword ${key}\n`, { mode: 0o600 });
          return curlJson(['--netrc-file', file, url]);
        }
      }
    };

    const expectRefused = async (form: Form, key: string, status: number, code: string) => {
      const response = await whoamiAs(form, key);
      assert.equal(response.status, status, `${form}: ${response.body}`);
      assert.equal(response.json?.error?.code, code, form);
      if (status === 401) {
        assert.match(response.headers, /www-authenticate: Basic realm="latchkey"/i, form);
        assert.match(response.headers, /www-authenticate: Bearer realm="latchkey"/i, form);
        assert.match(response.headers, /www-authenticate: apikey realm="latchkey", header="apikey"/i, form);
      }
      return response;
    };

    for (const form of FORMS) {
      describe(`as ${form}`, () => {
        test('a valid user key authenticates as its owner', async () => {
          const { key, uuid } = await s.createKey(session, 'quinn', { name: `valid ${form}` });
          const response = await whoamiAs(form, key);
          assert.equal(response.status, 200, response.body);
          assert.equal(response.json?.principal?.uuid, user.id);
          assert.equal(response.json?.credential?.uuid, uuid);
        });

        test('a revoked key is refused with credential_revoked', async () => {
          const { key, uuid } = await s.createKey(session, 'quinn', { name: `revoked ${form}` });
          await s.app.inject({
            method: 'DELETE',
            url: `/v0/users/quinn/keys/${uuid}`,
            headers: bearer(session),
          });
          const response = await expectRefused(form, key, 401, 'credential_revoked');
          assert.match(String(response.json?.error?.message), /revoked/);
        });

        test('an expired key is refused with credential_expired', async () => {
          const { key } = await s.createKey(session, 'quinn', { name: `expired ${form}`, ttl: 10 });
          s.clock.advance(10_000);
          await expectRefused(form, key, 401, 'credential_expired');
        });

        test('a malformed key is malformed_credential (400; as Bearer 401 invalid_token); an unknown well-formed one a 401 invalid_credentials', async () => {
          const { key } = await s.createKey(session, 'quinn', { name: `malformed ${form}` });
          // RFC 6750: a refused Bearer credential is a 401 with error="invalid_token", whatever was wrong.
          const malformed = await expectRefused(
            form,
            `${key}x`,
            form === 'bearer' ? 401 : 400,
            'malformed_credential',
          );
          if (form === 'bearer')
            assert.match(
              malformed.headers,
              /www-authenticate: Bearer realm="latchkey", error="invalid_token"/i,
            );
          await expectRefused(form, generateSecret('user').plaintext, 401, 'invalid_credentials');
        });

        test("a suspended owner's key is refused with user_suspended, and works again after unsuspension", async () => {
          const owner = await s.createUser();
          const ownerSession = await s.login(owner.email);
          const { key } = await s.createKey(ownerSession, owner.slug, { name: 'suspend me' });
          assert.equal((await whoamiAs(form, key)).status, 200, 'warm cache');
          await s.app.inject({
            method: 'PATCH',
            url: `/v0/users/${owner.id}`,
            headers: bearer(adminSession),
            payload: { suspended: true },
          });
          await expectRefused(form, key, 401, 'user_suspended');
          await s.app.inject({
            method: 'PATCH',
            url: `/v0/users/${owner.id}`,
            headers: bearer(adminSession),
            payload: { suspended: false },
          });
          assert.equal((await whoamiAs(form, key)).status, 200);
        });

        test('a session key works while its session lives and is refused with session_ended after logout', async () => {
          const own = await s.login(user.email);
          const created = await s.app.inject({
            method: 'POST',
            url: '/v0/auth/session-keys',
            headers: bearer(own),
          });
          assert.equal(created.statusCode, 201);
          const { key } = created.json();
          assert.match(key, /^lk_sess_/);
          const ok = await whoamiAs(form, key);
          assert.equal(ok.status, 200, ok.body);
          assert.equal(ok.json?.credential?.kind, 'session_key');
          await s.app.inject({ method: 'POST', url: '/v0/auth/logout', headers: bearer(own) });
          await expectRefused(form, key, 401, 'session_ended');
        });
      });
    }

    describe('what is not a credential', () => {
      const raw = (headers: Record<string, string>) =>
        s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers });

      test('scheme names are case-insensitive', async () => {
        const { key } = await s.createKey(session, 'quinn', { name: 'case' });
        for (const scheme of ['bearer', 'BEARER', 'BeArEr'])
          assert.equal((await raw({ authorization: `${scheme} ${key}` })).statusCode, 200);
        const basic = Buffer.from(`apikey:${key}`).toString('base64');
        for (const scheme of ['basic', 'BASIC'])
          assert.equal((await raw({ authorization: `${scheme} ${basic}` })).statusCode, 200);
      });

      test('a key sent without a scheme is refused without echoing it', async () => {
        const { key } = await s.createKey(session, 'quinn', { name: 'no scheme' });
        for (const authorization of [key, `${key} trailing`]) {
          const response = await raw({ authorization });
          assert.equal(response.statusCode, 401);
          assert.match(response.json().error.message, /must start with a scheme/);
          assert.ok(!response.body.includes(key.slice(8)), 'the key is not in the answer');
        }
        assert.match(
          (await raw({ authorization: 'Digest abc' })).json().error.message,
          /scheme "digest" is not/,
        );
      });

      test('two different credentials in one request are a 400 that says so; the same one twice is fine', async () => {
        const one = await s.createKey(session, 'quinn', { name: 'one' });
        const two = await s.createKey(session, 'quinn', { name: 'two' });
        const both = await raw({ authorization: `Bearer ${one.key}`, apikey: two.key });
        assert.equal(both.statusCode, 400);
        assert.equal(both.json().error.code, 'ambiguous_credentials');
        assert.match(both.json().error.message, /two different credentials/);
        assert.equal((await raw({ authorization: `Bearer ${one.key}`, apikey: one.key })).statusCode, 200);
      });

      test('Basic that is not base64, has no colon, or names another user is a 401 listing the accepted forms', async () => {
        const { key } = await s.createKey(session, 'quinn', { name: 'basic' });
        const b64 = (text: string) => Buffer.from(text).toString('base64');
        for (const authorization of [
          'Basic !!!notbase64',
          `Basic ${b64(key)}`,
          `Basic ${b64(`quinn:${key}`)}`,
          `Basic ${b64('apikey:')}`,
          'Token abc',
        ]) {
          const response = await raw({ authorization });
          assert.equal(response.statusCode, 401, authorization);
          assert.equal(response.json().error.code, 'invalid_credentials');
          assert.match(response.json().error.message, /Accepted: .*apikey/);
        }
      });

      test('Basic credentials are split on the first colon: a key as user name may carry any password', async () => {
        const { key } = await s.createKey(session, 'quinn', { name: 'colon' });
        const response = await raw({
          authorization: `Basic ${Buffer.from(`${key}:x:y`).toString('base64')}`,
        });
        assert.equal(response.statusCode, 200);
      });

      test('a key in the query string is never read, in any spelling', async () => {
        const { key } = await s.createKey(session, 'quinn', { name: 'query' });
        for (const name of ['apikey', 'api_key', 'key', 'access_token']) {
          const response = await curlJson([`${s.url}/v0/auth/whoami?${name}=${key}`]);
          assert.equal(response.status, 401);
          assert.equal(response.json?.error?.code, 'authentication_required');
        }
      });

      test('a session key is not listed among API keys, cannot create keys, and honours allow_session_keys', async () => {
        const own = await s.login(user.email);
        const { key } = (
          await s.app.inject({ method: 'POST', url: '/v0/auth/session-keys', headers: bearer(own) })
        ).json();
        const listed = await s.app.inject({
          method: 'GET',
          url: '/v0/users/quinn/keys?per_page=255',
          headers: bearer(own),
        });
        assert.ok(!listed.json().some((k: { start: string }) => k.start.startsWith('lk_sess_')));
        const adminList = await s.app.inject({
          method: 'GET',
          url: '/v0/admin/keys?per_page=255',
          headers: bearer(adminSession),
        });
        assert.ok(!adminList.json().some((k: { start: string }) => k.start.startsWith('lk_sess_')));
        const child = await s.app.inject({
          method: 'POST',
          url: '/v0/users/quinn/keys',
          headers: bearer(key),
          payload: { name: 'x' },
        });
        assert.equal(child.statusCode, 403);
        const fromKey = await s.app.inject({
          method: 'POST',
          url: '/v0/auth/session-keys',
          headers: bearer(key),
        });
        assert.equal(fromKey.statusCode, 403);
        await s.app.inject({
          method: 'PATCH',
          url: '/v0/admin/settings',
          headers: bearer(adminSession),
          payload: { allow_session_keys: false },
        });
        const off = await s.app.inject({
          method: 'POST',
          url: '/v0/auth/session-keys',
          headers: bearer(own),
        });
        assert.equal(off.statusCode, 403);
        assert.match(off.json().error.message, /allow_session_keys/);
        await s.app.inject({
          method: 'PATCH',
          url: '/v0/admin/settings',
          headers: bearer(adminSession),
          payload: { allow_session_keys: true },
        });
      });
    });
  });
}
