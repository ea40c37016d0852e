// Forged, tampered and replayed-elsewhere id tokens, key rotation, a provider that is down and a random-kid flood.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { bearer, DIALECTS, LOOPBACK_OUTBOUND, startTestServer, type TestServer } from '../../test/harness.ts';
import {
  claimsOf,
  generateRsaJwk,
  IDP_CLIENT_ID,
  signHs256,
  signRs256,
  TestIdp,
  withHeader,
} from '../../test/idp.ts';

const QUICK_COOLDOWN_MS = 200;

async function trust(s: TestServer, idp: TestIdp): Promise<void> {
  const admin = await s.createUser({ admin: true });
  const response = await s.app.inject({
    method: 'POST',
    url: '/v0/admin/identity-providers',
    headers: bearer(await s.login(admin.email)),
    payload: { issuer: idp.issuer, audience: IDP_CLIENT_ID },
  });
  assert.equal(response.statusCode, 201, response.body);
}

const randomKid = () => randomBytes(12).toString('base64url');

for (const dialect of DIALECTS) {
  describe(`OIDC id token security (${dialect})`, () => {
    /** Default 30 s JWKS cooldown. */
    let s: TestServer;
    /** A short cooldown, so rotation and outages can be watched in real time. */
    let quick: TestServer;
    const quickLog: string[] = [];
    const presented: string[] = [];
    let idp: TestIdp;
    const email = 'alice@example.com';

    before(async () => {
      // These tests count JWKS fetches under a flood; the per-address failure throttle is tested elsewhere.
      s = await startTestServer(dialect, {
        env: { ...LOOPBACK_OUTBOUND, LATCHKEY_AUTH_FAILURE_LIMIT: '0' },
      });
      quick = await startTestServer(dialect, {
        env: {
          ...LOOPBACK_OUTBOUND,
          LATCHKEY_OIDC_JWKS_COOLDOWN_MS: String(QUICK_COOLDOWN_MS),
          LATCHKEY_AUTH_FAILURE_LIMIT: '0',
        },
        logStream: new Writable({
          write(chunk, _encoding, done) {
            quickLog.push(String(chunk));
            done();
          },
        }),
      });
      idp = await TestIdp.start();
      await trust(s, idp);
      await s.createUser({ email });
      await quick.createUser({ email });
    });
    after(async () => {
      await Promise.all([s.close(), quick.close(), idp.stop()]);
    });
    beforeEach(() => {
      s.clock.set(Date.now());
      quick.clock.set(Date.now());
    });

    const whoami = (server: TestServer, token: string) => {
      presented.push(token);
      return server.app.inject({ method: 'GET', url: '/v0/auth/whoami', headers: bearer(token) });
    };
    const expectCode = async (server: TestServer, token: string, code: string) => {
      const response = await whoami(server, token);
      assert.equal(response.statusCode, 401, response.body);
      assert.equal(response.json().error.code, code);
      return response.json().error.message as string;
    };
    const accepted = async (server: TestServer, token: string) => {
      const response = await whoami(server, token);
      assert.equal(response.statusCode, 200, response.body);
    };
    /** Valid claims for `idp`, to sign by hand. */
    const claims = (issuer = idp.issuer) => {
      const now = Math.floor(Date.now() / 1000);
      return { iss: issuer, aud: IDP_CLIENT_ID, sub: `sub-${email}`, email, iat: now, exp: now + 600 };
    };

    describe('forgeries', () => {
      test('a tampered signature or payload is refused with bad_signature', async () => {
        const token = await idp.mint({ email });
        await accepted(s, token);
        const [head, payload, signature = ''] = token.split('.');
        const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
        await expectCode(s, `${head}.${payload}.${flipped}`, 'bad_signature');
        const admin = await s.createUser({ email: 'boss@example.com', admin: true });
        const raised = Buffer.from(
          JSON.stringify({ ...claimsOf(token), email: admin.email, sub: `sub-${admin.email}` }),
        ).toString('base64url');
        await expectCode(s, `${head}.${raised}.${signature}`, 'bad_signature');
      });

      test('HS256 signed with the provider’s public key, and alg none, are refused without touching its keys', async () => {
        const before = idp.jwksRequests;
        const publicJwk = idp.publicJwks().keys[0];
        for (const secret of [JSON.stringify(publicJwk), String(publicJwk?.n)]) {
          const forged = signHs256(secret, { alg: 'HS256', typ: 'JWT', kid: idp.currentKid }, claims());
          await expectCode(s, forged, 'bad_signature');
        }
        const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
        await expectCode(s, `${part({ alg: 'none', typ: 'JWT' })}.${part(claims())}.`, 'bad_signature');
        await expectCode(s, `${part({ alg: 'none' })}.${part(claims())}.c2ln`, 'bad_signature');
        assert.equal(idp.jwksRequests, before);
      });

      test('a key named by jku or x5u is never fetched; a foreign key under a known kid is refused', async () => {
        let attackerRequests = 0;
        const attackerKey = generateRsaJwk();
        const attacker: Server = createServer((_request, response) => {
          attackerRequests++;
          const { kty, kid, alg, use, n, e } = attackerKey;
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ keys: [{ kty, kid, alg, use, n, e }] }));
        });
        await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
        const base = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
        try {
          for (const kid of [attackerKey.kid, idp.currentKid]) {
            const header = { alg: 'RS256', typ: 'JWT', kid, jku: `${base}/jwks`, x5u: `${base}/cert.pem` };
            await expectCode(s, signRs256(attackerKey, header, claims()), 'bad_signature');
          }
          assert.equal(attackerRequests, 0);
        } finally {
          attacker.closeAllConnections();
          await new Promise((resolve) => attacker.close(resolve));
        }
      });

      test('a provider’s access or logout token is not an id token, even with the right key and audience', async () => {
        for (const typ of ['at+jwt', 'application/at+jwt', 'logout+jwt']) {
          const token = signRs256(idp.privateJwk(), { alg: 'RS256', typ, kid: idp.currentKid }, claims());
          await expectCode(s, token, 'invalid_id_token');
        }
        const plain = signRs256(idp.privateJwk(), { alg: 'RS256', kid: idp.currentKid }, claims());
        await accepted(s, plain);
      });

      test('a token naming our own issuer is never verified with a provider’s keys', async () => {
        const own = claims(s.config.publicUrl);
        const asIdToken = signRs256(idp.privateJwk(), { alg: 'RS256', typ: 'JWT', kid: idp.currentKid }, own);
        await expectCode(s, asIdToken, 'untrusted_issuer');
        const asSession = signRs256(
          idp.privateJwk(),
          { alg: 'RS256', typ: 'session+jwt', kid: idp.currentKid },
          { ...own, aud: s.config.publicUrl, jti: randomBytes(8).toString('hex') },
        );
        await expectCode(s, asSession, 'bad_signature');
        // And our own session tokens are still sessions, whoever else is trusted.
        const session = await s.login(email);
        const response = await whoami(s, session);
        assert.equal(response.json().credential.kind, 'session');
      });
    });

    describe('keys', () => {
      test('a flood of random kids causes at most one JWKS fetch per cooldown', async () => {
        const flooded = await TestIdp.start();
        try {
          await trust(s, flooded);
          assert.equal(flooded.jwksRequests, 0, 'adding a provider reads only its discovery document');
          const genuine = await flooded.mint({ email });
          const forged = () => withHeader(genuine, { alg: 'RS256', typ: 'JWT', kid: randomKid() });
          const burst = await Promise.all(Array.from({ length: 50 }, () => whoami(s, forged())));
          for (const response of burst) assert.equal(response.json().error.code, 'bad_signature');
          for (let i = 0; i < 50; i++) await expectCode(s, forged(), 'bad_signature');
          assert.equal(flooded.jwksRequests, 1);
          await accepted(s, genuine);
          assert.equal(flooded.jwksRequests, 1);
        } finally {
          await flooded.stop();
        }
      });

      test('a rotated key is fetched once, then cached; the old key keeps working', async () => {
        const rotating = await TestIdp.start();
        try {
          await trust(quick, rotating);
          const old = await rotating.mint({ email });
          await accepted(quick, old);
          assert.equal(rotating.jwksRequests, 1);
          const newKid = rotating.rotate();
          await sleep(QUICK_COOLDOWN_MS + 50);
          const rotated = await rotating.mint({ email });
          assert.equal(
            JSON.parse(Buffer.from(rotated.split('.')[0] ?? '', 'base64url').toString()).kid,
            newKid,
          );
          await accepted(quick, rotated);
          assert.equal(rotating.jwksRequests, 2);
          await sleep(QUICK_COOLDOWN_MS + 50);
          for (let i = 0; i < 5; i++) await accepted(quick, await rotating.mint({ email }));
          const oldKeyToken = signRs256(
            rotating.privateJwkAt(1),
            { alg: 'RS256', typ: 'JWT', kid: rotating.privateJwkAt(1).kid },
            { ...claims(rotating.issuer), jti: randomBytes(8).toString('hex') },
          );
          await accepted(quick, oldKeyToken);
          assert.equal(rotating.jwksRequests, 2);
        } finally {
          await rotating.stop();
        }
      });

      test('with the provider down, known keys keep working and a new kid fails closed with idp_unavailable', async () => {
        const down = await TestIdp.start();
        try {
          await trust(quick, down);
          const beforeOutage = await Promise.all(Array.from({ length: 4 }, () => down.mint({ email })));
          await accepted(quick, beforeOutage[0] ?? '');
          await down.stop();
          down.rotate();
          await sleep(QUICK_COOLDOWN_MS + 50);
          await accepted(quick, beforeOutage[1] ?? '');
          const message = await expectCode(quick, await down.mint({ email }), 'idp_unavailable');
          assert.match(message, /signing keys could not be fetched/);
          // Answered from the keys fetched before the outage.
          await accepted(quick, beforeOutage[2] ?? '');
          assert.ok(quickLog.some((line) => line.includes('identity provider keys could not be fetched')));
          await down.restart();
          quick.clock.advance(QUICK_COOLDOWN_MS + 1);
          const jwksBefore = down.jwksRequests;
          await accepted(quick, await down.mint({ email }));
          assert.equal(down.jwksRequests, jwksBefore + 1);
          await accepted(quick, beforeOutage[3] ?? '');
        } finally {
          await down.stop();
        }
      });

      test('while the provider fails, a flood of new kids is not retried against it on every request', async () => {
        const failing = await TestIdp.start();
        try {
          await trust(quick, failing);
          await accepted(quick, await failing.mint({ email }));
          failing.failing = true;
          await sleep(QUICK_COOLDOWN_MS + 50);
          const genuine = await failing.mint({ email });
          const before = failing.jwksRequests;
          for (let i = 0; i < 30; i++) {
            const forged = withHeader(genuine, { alg: 'RS256', typ: 'JWT', kid: randomKid() });
            await expectCode(quick, forged, 'idp_unavailable');
          }
          assert.equal(failing.jwksRequests - before, 1);
        } finally {
          await failing.stop();
        }
      });
    });

    test('no token reaches the logs', () => {
      assert.ok(presented.length > 100);
      const log = quickLog.join('');
      for (const token of presented) {
        const signature = token.split('.')[2];
        if (signature) assert.ok(!log.includes(signature));
        assert.ok(!log.includes(token));
      }
    });
  });
}
