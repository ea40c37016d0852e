// The authentication pipeline: refusals before any lookup, cache behaviour, and secrets kept out of logs.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { UserRow } from '../db/schema.ts';
import { generateSecret } from '../lib/crypto/secrets.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`authentication pipeline (${dialect})`, () => {
    let s: TestServer;
    let user: UserRow;
    let session: string;
    let lookups = 0;
    const logs: string[] = [];

    before(async () => {
      const logStream = new PassThrough();
      logStream.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
      s = await startTestServer(dialect, { logStream });
      user = await s.createUser({ slug: 'pat' });
      session = await s.login(user.email);
      const resolve = s.ctx.keys.resolve.bind(s.ctx.keys);
      s.ctx.keys.resolve = (hash, start) => {
        lookups++;
        return resolve(hash, start);
      };
    });
    after(() => s.close());

    const whoami = (headers: Record<string, string>) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers });

    test('a key-shaped value with a bad checksum is malformed_credential (401 invalid_token as Bearer, 400 otherwise), refused before any lookup', async () => {
      const { key } = await s.createKey(session, 'pat');
      const before = lookups;
      const last = key.at(-1) === 'a' ? 'b' : 'a';
      for (const bad of [`${key.slice(0, -1)}${last}`, key.slice(0, -3), `${key}==`]) {
        const response = await whoami(bearer(bad));
        assert.equal(response.statusCode, 401);
        assert.match(
          String(response.headers['www-authenticate']),
          /Bearer realm="latchkey", error="invalid_token"/,
        );
        assert.equal(response.json().error.code, 'malformed_credential');
        assert.match(response.json().error.message, /truncated or have extra characters/);
        const header = await whoami({ apikey: bad });
        assert.equal(header.statusCode, 400);
        assert.equal(header.json().error.code, 'malformed_credential');
      }
      assert.equal(lookups, before);
    });

    test('a forged key with a valid checksum is looked up once, refused as invalid_credentials', async () => {
      const forged = generateSecret('user').plaintext;
      const before = lookups;
      const response = await whoami(bearer(forged));
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().error.code, 'invalid_credentials');
      assert.match(String(response.headers['www-authenticate']), /Bearer realm="latchkey"/);
      assert.equal(lookups, before + 1);
    });

    test('a warm cache answers without a database lookup', async () => {
      const { key } = await s.createKey(session, 'pat');
      const before = lookups;
      for (let i = 0; i < 5; i++) assert.equal((await whoami(bearer(key))).statusCode, 200);
      assert.equal(lookups, before + 1);
    });

    test('an unknown scheme, an empty bearer and a random string are 401s that list the accepted forms', async () => {
      for (const authorization of ['Digest abc', 'Bearer ', 'Bearer not-a-key']) {
        const response = await whoami({ authorization });
        assert.equal(response.statusCode, 401, authorization);
        assert.ok(response.headers['www-authenticate']);
      }
      assert.match(
        (await whoami({ authorization: 'Digest abc' })).json().error.message,
        /Accepted: "Authorization: Bearer KEY"/,
      );
    });

    test('a key in the query string is never read', async () => {
      const { key } = await s.createKey(session, 'pat');
      for (const name of ['key', 'apikey', 'api_key', 'access_token', 'token']) {
        const response = await s.app.inject({ method: 'GET', url: `/v0/auth/whoami?${name}=${key}` });
        assert.equal(response.statusCode, 401);
      }
    });

    test('refusals are logged with their reason and the key start, never the secret', async () => {
      const { key, uuid } = await s.createKey(session, 'pat');
      await s.app.inject({ method: 'DELETE', url: `/v0/users/pat/keys/${uuid}`, headers: bearer(session) });
      logs.length = 0;
      await whoami(bearer(key));
      const refusal = logs
        .map((line) => JSON.parse(line))
        .find((entry) => entry.msg === 'authentication refused');
      assert.ok(refusal);
      assert.equal(refusal.auth.reason, 'revoked');
      assert.equal(refusal.auth.start, key.slice(0, 12));
      assert.ok(!logs.join('').includes(key.slice(12)), 'the secret part is never logged');
      assert.ok(!logs.join('').includes(session.split('.')[2] ?? 'none'), 'nor a session signature');
    });
  });
}

test('LATCHKEY_LOG_AUTH=debug logs every attempt, accepted ones too, without the secret', async () => {
  const lines: string[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  const s = await startTestServer('sqlite', { env: { LATCHKEY_LOG_AUTH: 'debug' }, logStream });
  try {
    const user = await s.createUser();
    const { key, uuid } = await s.createKey(await s.login(user.email), user.slug);
    lines.length = 0;
    await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: { apikey: key } });
    const accepted = lines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === 'authentication accepted');
    assert.ok(accepted, 'the accepted attempt is logged');
    assert.deepEqual(
      {
        kind: accepted.auth.kind,
        start: accepted.auth.start,
        principal: accepted.auth.principal,
        form: accepted.auth.form,
      },
      { kind: 'user_key', start: key.slice(0, 12), principal: user.id, form: 'apikey_header' },
    );
    assert.ok(!lines.join('').includes(key.slice(12)));
    assert.ok(uuid);
  } finally {
    await s.close();
  }
});
