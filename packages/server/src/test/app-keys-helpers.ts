// Test helpers for private_key_jwt: key pairs, a JWKS served on loopback, registrations and signed assertions.
import { randomUUID, type webcrypto } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { bearer, type TestServer } from './harness.ts';

export type Alg = 'ES256' | 'RS256' | 'EdDSA';

export interface TestKey {
  alg: Alg;
  kid: string;
  privateKey: webcrypto.CryptoKey;
  publicJwk: JWK;
}

export async function testKey(alg: Alg = 'ES256', kid = `k-${randomUUID().slice(0, 8)}`): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}),
  });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { alg, kid, privateKey: privateKey as webcrypto.CryptoKey, publicJwk };
}

/** POST /v0/apps/{app}/public-keys; the response. */
export const registerKeys = (s: TestServer, session: string, app: string, body: Record<string, unknown>) =>
  s.app.inject({
    method: 'POST',
    url: `/v0/apps/${app}/public-keys`,
    headers: bearer(session),
    payload: body,
  });

/** A client assertion as RFC 7523 §2.2 describes it; `claims` and `header` override the defaults. */
export async function assertion(
  key: TestKey,
  clientId: string,
  audience: string,
  options: { claims?: Record<string, unknown>; header?: Record<string, unknown>; now?: number } = {},
): Promise<string> {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({
    iss: clientId,
    sub: clientId,
    aud: audience,
    jti: randomUUID(),
    iat: now,
    exp: now + 60,
    ...options.claims,
  })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, ...options.header })
    .sign(key.privateKey);
}

/** The form of a client-credentials request authenticated by an assertion. */
export const assertionForm = (token: string, extra: Record<string, string> = {}) => ({
  grant_type: 'client_credentials',
  client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
  client_assertion: token,
  ...extra,
});

/** A JWKS served at http://127.0.0.1:PORT/jwks.json, whose keys a test may change. */
export async function jwksServer(
  keys: JWK[],
): Promise<{ url: string; keys: JWK[]; requests: number; close(): Promise<void> }> {
  const state = { keys, requests: 0 };
  const server: Server = createServer((request, response) => {
    state.requests++;
    if (request.url !== '/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: state.keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    get keys() {
      return state.keys;
    },
    set keys(value) {
      state.keys = value;
    },
    get requests() {
      return state.requests;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
