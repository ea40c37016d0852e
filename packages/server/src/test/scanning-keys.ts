// A stand-in for GitHub's secret-scanning key server: ECDSA P-256 key pairs made here, published on loopback.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SigningKey {
  identifier: string;
  privateKey: KeyObject;
  publicPem: string;
}

export function makeSigningKey(identifier: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { identifier, privateKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** The signature GitHub sends: base64 of the DER ECDSA-SHA256 signature over the raw body. */
export const signReport = (key: SigningKey, body: string): string =>
  sign('sha256', Buffer.from(body), key.privateKey).toString('base64');

/** Serves `{public_keys: [...]}` in GitHub's shape and counts the fetches. */
export async function startKeyServer(keys: SigningKey[]) {
  let fetches = 0;
  const server = createServer((_request, response) => {
    fetches += 1;
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({
        public_keys: keys.map((key, index) => ({
          key_identifier: key.identifier,
          key: key.publicPem,
          is_current: index === keys.length - 1,
        })),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/meta/public_keys/secret_scanning`,
    keys,
    fetches: () => fetches,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
