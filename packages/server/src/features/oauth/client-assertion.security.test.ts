// private_key_jwt refused: forged, foreign keys, alg none, HMAC with the public key, replayed (across instances), expired, too long, wrong aud.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  assertion,
  assertionForm,
  registerKeys,
  type TestKey,
  testKey,
} from '../../test/app-keys-helpers.ts';
import {
  type CreatedApp,
  createApp,
  createSecret,
  oauthPost,
  startListening,
} from '../../test/apps-helpers.ts';
import {
  bearer,
  DIALECTS,
  POSTGRES_URL,
  secondInstance,
  startTestServer,
  type TestServer,
} from '../../test/harness.ts';
import { REDIS_URL, redisAnswers } from '../../test/redis.ts';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT with the given header, signed by `sign` over its signing input (or unsigned). */
function handMade(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  sign?: (input: string) => Buffer,
) {
  const input = `${b64url(header)}.${b64url(claims)}`;
  return `${input}.${sign ? sign(input).toString('base64url') : ''}`;
}

const refusal = (response: { statusCode: number; json(): { error: string; error_description: string } }) => {
  assert.equal(response.statusCode, 401, JSON.stringify(response.json()));
  assert.equal(response.json().error, 'invalid_client');
  return response.json().error_description;
};

for (const dialect of DIALECTS) {
  describe(`private_key_jwt refusals (${dialect})`, () => {
    let s: TestServer;
    let admin: string;
    let app: CreatedApp;
    let key: TestKey;
    const claimsOf = (extra: Record<string, unknown> = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return {
        iss: app.client_id,
        sub: app.client_id,
        aud: s.url,
        jti: randomUUID(),
        iat: now,
        exp: now + 60,
        ...extra,
      };
    };

    before(async () => {
      s = await startListening(dialect);
      admin = await s.login((await s.createUser({ admin: true })).email);
      app = await createApp(s, admin, { name: 'Target' });
      key = await testKey('ES256', 'k1');
      assert.equal(
        (await registerKeys(s, admin, app.slug, { jwks: { keys: [key.publicJwk] } })).statusCode,
        201,
      );
    });
    after(() => s.close());

    test('a forged signature (another key under the registered kid) is refused', async () => {
      const forger = await testKey('ES256', 'k1');
      assert.match(
        refusal(await oauthPost(s, assertionForm(await assertion(forger, app.client_id, s.url)))),
        /signature/,
      );
    });

    test('a key that is not in the JWKS is refused', async () => {
      const stranger = await testKey('ES256', 'not-registered');
      assert.match(
        refusal(await oauthPost(s, assertionForm(await assertion(stranger, app.client_id, s.url)))),
        /signature/,
      );
    });

    test('alg none is refused, naming the algorithm', async () => {
      const unsigned = handMade({ alg: 'none', kid: 'k1' }, claimsOf());
      assert.match(refusal(await oauthPost(s, assertionForm(unsigned))), /alg none is not allowed/);
    });

    test('HS256 signed with the registered public key is refused', async () => {
      for (const secret of [JSON.stringify(key.publicJwk), String(key.publicJwk.x)]) {
        const forged = handMade({ alg: 'HS256', kid: 'k1' }, claimsOf(), (input) =>
          createHmac('sha256', secret).update(input).digest(),
        );
        assert.match(refusal(await oauthPost(s, assertionForm(forged))), /alg HS256 is not allowed/);
      }
    });

    test('a replayed assertion is refused the second time', async () => {
      const signed = await assertion(key, app.client_id, s.url);
      assert.equal((await oauthPost(s, assertionForm(signed))).statusCode, 200);
      assert.match(refusal(await oauthPost(s, assertionForm(signed))), /jti was used already/);
    });

    test('an expired assertion is refused', async () => {
      const now = Math.floor(Date.now() / 1000);
      const signed = await assertion(key, app.client_id, s.url, {
        claims: { iat: now - 600, exp: now - 300 },
      });
      assert.match(refusal(await oauthPost(s, assertionForm(signed))), /expired/);
    });

    test('an exp more than five minutes ahead is refused', async () => {
      const now = Math.floor(Date.now() / 1000);
      const signed = await assertion(key, app.client_id, s.url, { claims: { exp: now + 600 } });
      assert.match(refusal(await oauthPost(s, assertionForm(signed))), /more than 300 seconds ahead/);
    });

    test('a wrong aud is refused, naming the two accepted', async () => {
      for (const aud of ['https://elsewhere.example', `${s.url}/v0/oauth/introspect/x`]) {
        const signed = await assertion(key, app.client_id, aud);
        assert.match(refusal(await oauthPost(s, assertionForm(signed))), /aud must be the token endpoint/);
      }
    });

    test('sub other than iss, a client_id other than iss, no jti: each refused', async () => {
      const other = await assertion(key, app.client_id, s.url, { claims: { sub: 'someone' } });
      assert.match(refusal(await oauthPost(s, assertionForm(other))), /sub must equal its iss/);
      const signed = await assertion(key, app.client_id, s.url);
      const wrongId = await oauthPost(
        s,
        assertionForm(signed, { client_id: 'app_00000000000000000000000000000000' }),
      );
      assert.match(refusal(wrongId), /client_id differs/);
      const noJti = await assertion(key, app.client_id, s.url, { claims: { jti: undefined } });
      assert.match(refusal(await oauthPost(s, assertionForm(noJti))), /jti/);
    });

    test('another app’s key does not sign for this app', async () => {
      const neighbour = await createApp(s, admin, { name: 'Neighbour' });
      const theirs = await testKey('ES256', 'theirs');
      await registerKeys(s, admin, neighbour.slug, { jwks: { keys: [theirs.publicJwk] } });
      assert.match(
        refusal(await oauthPost(s, assertionForm(await assertion(theirs, app.client_id, s.url)))),
        /signature/,
      );
    });

    test('a client secret and an assertion together are refused as two methods', async () => {
      const secret = await createSecret(s, admin, app.slug);
      const response = await oauthPost(s, {
        ...assertionForm(await assertion(key, app.client_id, s.url)),
        client_id: app.client_id,
        client_secret: secret,
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().error, 'invalid_request');
      const wrongType = await oauthPost(s, {
        ...assertionForm(await assertion(key, app.client_id, s.url)),
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:saml2-bearer',
      });
      assert.match(refusal(wrongType), /client_assertion_type must be/);
    });

    test('a refusal is audited without the assertion; an assertion is no credential for the API', async () => {
      const signed = await assertion(key, app.client_id, 'https://elsewhere.example');
      refusal(await oauthPost(s, assertionForm(signed)));
      const audit = await s.call('GET', `/v0/admin/audit?action=app.client_auth_failed&per_page=50`, admin);
      const text = audit.body;
      assert.equal(audit.statusCode, 200, text);
      assert.ok(
        audit
          .json()
          .some((event: { changes?: { method?: string } }) => event.changes?.method === 'client_assertion'),
      );
      assert.equal(text.includes(signed.split('.')[2] as string), false);
      const asBearer = await s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(signed) });
      assert.equal(asBearer.statusCode, 401);
    });

    test('keys that are not public signature keys, and jwks_uri on private addresses, are refused at registration', async () => {
      const hmac = { kty: 'oct', k: Buffer.from('a shared secret of some length').toString('base64url') };
      const withPrivate = { ...key.publicJwk, d: 'AAAA' };
      for (const [jwk, rule] of [
        [hmac, /symmetric key/],
        [withPrivate, /private member \(d\)/],
        [{ ...key.publicJwk, alg: 'HS256' }, /ES256, RS256 or EdDSA only/],
      ] as const) {
        const response = await registerKeys(s, admin, app.slug, { jwks: { keys: [jwk] } });
        assert.equal(response.statusCode, 400);
        assert.match(response.json().error.message, rule);
      }
      for (const uri of [
        'https://10.0.0.7/jwks.json',
        'https://169.254.169.254/jwks.json',
        'https://[fe80::1]/jwks.json',
        'http://127.0.0.1:9/jwks.json',
        'https://192.168.1.1/jwks.json',
      ]) {
        const response = await registerKeys(s, admin, app.slug, { jwks_uri: uri });
        assert.equal(response.statusCode, 400, uri);
        assert.match(response.json().error.message, /jwks_uri/);
      }
      const both = await registerKeys(s, admin, app.slug, {
        jwks: { keys: [key.publicJwk] },
        jwks_uri: 'https://keys.example/jwks',
      });
      assert.match(both.json().error.message, /exactly one of jwks and jwks_uri/);
    });

    test('a second instance on the same database refuses an assertion the first accepted', async () => {
      const other = await secondInstance(s);
      try {
        const signed = await assertion(key, app.client_id, s.url);
        assert.equal((await oauthPost(s, assertionForm(signed))).statusCode, 200);
        const replayed = await other.app.inject({
          method: 'POST',
          url: '/v0/oauth/token',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(assertionForm(signed)).toString(),
        });
        assert.equal(replayed.statusCode, 401);
        assert.match(replayed.json().error_description, /jti was used already/);
      } finally {
        await other.app.close();
      }
    });
  });
}

describe('the jti replay check on PostgreSQL with Redis, across two instances', async () => {
  const skip = !POSTGRES_URL
    ? 'LATCHKEY_TEST_POSTGRES_URL is not set'
    : (await redisAnswers())
      ? false
      : `no Redis at ${REDIS_URL}`;
  test('an assertion accepted by one instance is refused by the other, and neither stores it in the database', {
    skip,
  }, async () => {
    const prefix = `latchkey-test:${randomUUID().slice(0, 8)}:`;
    const s = await startTestServer('postgres', {
      env: {
        LATCHKEY_REDIS_URL: REDIS_URL,
        LATCHKEY_REDIS_PREFIX: prefix,
        LATCHKEY_PUBLIC_URL: 'https://latchkey.example',
      },
    });
    s.clock.set(Date.now());
    const other = await secondInstance(s);
    try {
      const admin = await s.login((await s.createUser({ admin: true })).email);
      const app = await createApp(s, admin, { name: 'Twice' });
      const key = await testKey('EdDSA');
      assert.equal(
        (await registerKeys(s, admin, app.slug, { jwks: { keys: [key.publicJwk] } })).statusCode,
        201,
      );
      const signed = await assertion(key, app.client_id, 'https://latchkey.example');
      const post = (instance: { app: TestServer['app'] }) =>
        instance.app.inject({
          method: 'POST',
          url: '/v0/oauth/token',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(assertionForm(signed)).toString(),
        });
      const [first, second] = await Promise.all([post(s), post(other)]);
      const statuses = [first.statusCode, second.statusCode].sort();
      assert.deepEqual(statuses, [200, 401]);
      assert.equal((await post(other)).statusCode, 401);
      assert.equal((await post(s)).statusCode, 401);
      const rows = await s.ctx.db.selectFrom('clientAssertions').selectAll().execute();
      assert.equal(rows.length, 0, 'with Redis configured, the database holds no assertion');
    } finally {
      await other.app.close();
      await s.close();
    }
  });
});
