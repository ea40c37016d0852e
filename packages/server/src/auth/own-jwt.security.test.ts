// Our own JWTs, access tokens and sessions alike, given the same forged, malformed and mis-dated tokens: the same refusals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CLOCK_SKEW_SECONDS, generateSigningKeyPem, loadKey, signJwt } from '../lib/crypto/jwt.ts';
import { basicAuth, createApp, createSecret, oauthPost, obtainToken } from '../test/apps-helpers.ts';
import { bearer, DIALECTS, startTestServer, type TestServer } from '../test/harness.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const segments = (token: string) => token.split('.') as [string, string, string];
const part = (token: string, index: 0 | 1): Record<string, unknown> =>
  JSON.parse(Buffer.from(segments(token)[index], 'base64url').toString('utf8'));
// The first character's six bits are all signature bits.
const flip = (segment: string) => (segment.startsWith('A') ? 'B' : 'A') + segment.slice(1);
const without = (claims: Record<string, unknown>, name: string) =>
  Object.fromEntries(Object.entries(claims).filter(([key]) => key !== name));

/** One kind of our tokens: a genuine one, and what its expiry is called (as when a cached one expires). */
interface Kind {
  name: 'access token' | 'session';
  typ: string;
  token: string;
  expiredCode: string;
}

for (const dialect of DIALECTS) {
  describe(`our own JWTs, access tokens and sessions alike (${dialect})`, () => {
    let s: TestServer;
    let kinds: Kind[];
    let client: string;

    before(async () => {
      // Two dozen refusals from one address: the failure throttle is not what this suite is about.
      s = await startTestServer(dialect, { env: { LATCHKEY_AUTH_FAILURE_LIMIT: '1000' } });
      const admin = await s.createUser({ slug: 'root', admin: true });
      const adminSession = await s.login(admin.email);
      const app = await createApp(s, adminSession, { name: 'Both' });
      const secret = await createSecret(s, adminSession, app.slug);
      client = basicAuth(app.client_id, secret);
      const user = await s.createUser({ slug: 'dana' });
      kinds = [
        {
          name: 'access token',
          typ: 'at+jwt',
          token: await obtainToken(s, app.client_id, secret),
          expiredCode: 'token_expired',
        },
        {
          name: 'session',
          typ: 'session+jwt',
          token: await s.login(user.email),
          expiredCode: 'session_ended',
        },
      ];
    });
    after(() => s.close());

    const whoami = (credential: string) =>
      s.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(credential) });
    const nowSeconds = () => Math.floor(s.clock.now() / 1000);
    /** The genuine token's claims, changed, signed again with our current key under the kind's typ (or another). */
    const resigned = (
      kind: Kind,
      change: (claims: Record<string, unknown>) => Record<string, unknown>,
      typ = kind.typ,
    ) => signJwt(s.ctx.signingKeys.current(), typ, change(part(kind.token, 1)));

    /** Each case: the token made from a genuine one of the kind, and the error code both kinds answer with. */
    const cases: [string, (kind: Kind) => string | Promise<string>, (kind: Kind) => string][] = [
      [
        'a changed signature',
        (k) => `${segments(k.token)[0]}.${segments(k.token)[1]}.${flip(segments(k.token)[2])}`,
        () => 'bad_signature',
      ],
      [
        'a changed claim',
        (k) =>
          `${segments(k.token)[0]}.${b64({ ...part(k.token, 1), sub: 'someone-else' })}.${segments(k.token)[2]}`,
        () => 'bad_signature',
      ],
      [
        'alg none',
        (k) => `${b64({ ...part(k.token, 0), alg: 'none' })}.${segments(k.token)[1]}.`,
        () => 'bad_signature',
      ],
      [
        'a foreign key under our kid',
        (k) =>
          signJwt(
            loadKey({ kid: String(part(k.token, 0).kid), privateKeyPem: generateSigningKeyPem() }),
            k.typ,
            part(k.token, 1),
          ),
        () => 'bad_signature',
      ],
      [
        'an unknown kid',
        (k) =>
          signJwt(
            loadKey({ kid: 'no-such-key', privateKeyPem: generateSigningKeyPem() }),
            k.typ,
            part(k.token, 1),
          ),
        () => 'bad_signature',
      ],
      // No verifier claims a token of another typ or issuer: none of ours is asked, whichever kind it was.
      ['typ JWT', (k) => resigned(k, (c) => c, 'JWT'), () => 'untrusted_issuer'],
      [
        'another issuer',
        (k) => resigned(k, (c) => ({ ...c, iss: 'https://evil.example' })),
        () => 'untrusted_issuer',
      ],
      // An access token may be for resource servers (RFC 8707): one that is not for Latchkey says so.
      [
        'another audience',
        (k) => resigned(k, (c) => ({ ...c, aud: 'https://other.example' })),
        (k) => (k.name === 'access token' ? 'wrong_audience' : 'invalid_credentials'),
      ],
      ...(['jti', 'sub', 'exp', 'iat'] as const).map(
        (claim) =>
          [
            `no ${claim}`,
            (k: Kind) => resigned(k, (c) => without(c, claim)),
            () => 'invalid_credentials',
          ] as [string, (kind: Kind) => Promise<string>, () => string],
      ),
      [
        'exp as a string',
        (k) => resigned(k, (c) => ({ ...c, exp: String(c.exp) })),
        () => 'invalid_credentials',
      ],
      [
        'exp passed',
        (k) => resigned(k, (c) => ({ ...c, iat: nowSeconds() - 120, exp: nowSeconds() - 1 })),
        (k) => k.expiredCode,
      ],
      ['exp now', (k) => resigned(k, (c) => ({ ...c, exp: nowSeconds() })), (k) => k.expiredCode],
      [
        'iat in the future beyond the skew',
        (k) => resigned(k, (c) => ({ ...c, iat: nowSeconds() + CLOCK_SKEW_SECONDS + 5 })),
        () => 'token_not_yet_valid',
      ],
      [
        'nbf in the future beyond the skew',
        (k) => resigned(k, (c) => ({ ...c, nbf: nowSeconds() + CLOCK_SKEW_SECONDS + 5 })),
        () => 'token_not_yet_valid',
      ],
      ['nbf not a number', (k) => resigned(k, (c) => ({ ...c, nbf: 'soon' })), () => 'invalid_credentials'],
      // The claims of one kind under the other's typ, genuinely signed: neither resolver takes the other's token.
      [
        'the other kind’s typ',
        (k) => resigned(k, (c) => c, k.typ === 'at+jwt' ? 'session+jwt' : 'at+jwt'),
        () => 'invalid_credentials',
      ],
    ];

    test('an audience list: a session has one audience; an access token for Latchkey among others is accepted', async () => {
      const [access, session] = kinds as [Kind, Kind];
      const refused = await whoami(await resigned(session, (c) => ({ ...c, aud: [c.aud] })));
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'invalid_credentials');
      const both = await whoami(
        await resigned(access, (c) => ({ ...c, aud: [c.aud, 'https://orders.example'] })),
      );
      assert.equal(both.statusCode, 200, both.body);
      const others = await whoami(await resigned(access, (c) => ({ ...c, aud: ['https://orders.example'] })));
      assert.equal(others.statusCode, 401);
      assert.equal(others.json().error.code, 'wrong_audience');
    });

    for (const [what, make, expected] of cases) {
      test(`${what}: refused the same way as an access token and as a session`, async () => {
        for (const kind of kinds) {
          const response = await whoami(await make(kind));
          assert.equal(response.statusCode, 401, `${what} (${kind.name})`);
          assert.equal(response.json().error.code, expected(kind), `${what} (${kind.name})`);
          assert.match(
            String(response.headers['www-authenticate']),
            /error="invalid_token"/,
            `${what} (${kind.name})`,
          );
        }
      });
    }

    test('iat and nbf within the clock skew are accepted by both', async () => {
      for (const kind of kinds) {
        const ahead = nowSeconds() + CLOCK_SKEW_SECONDS - 5;
        const response = await whoami(await resigned(kind, (c) => ({ ...c, iat: ahead, nbf: ahead })));
        assert.equal(response.statusCode, 200, kind.name);
      }
    });

    test('a session is not an access token at introspection, nor is a re-typed one', async () => {
      const [access, session] = kinds as [Kind, Kind];
      const introspect = (token: string) =>
        oauthPost(s, { token }, { authorization: client }, { url: '/v0/oauth/introspect' });
      assert.equal((await introspect(access.token)).json().active, true, 'the genuine access token');
      assert.equal((await introspect(session.token)).json().active, false, 'a session');
      const retyped = await resigned(session, (c) => c, 'at+jwt');
      assert.equal((await introspect(retyped)).json().active, false, 'a session re-signed as at+jwt');
      const future = await resigned(access, (c) => ({ ...c, iat: nowSeconds() + CLOCK_SKEW_SECONDS + 5 }));
      assert.equal((await introspect(future)).json().active, false, 'iat in the future');
    });
  });
}
