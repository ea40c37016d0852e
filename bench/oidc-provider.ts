// The token-endpoint reference: oidc-provider's client-credentials grant, issuing ES256 JWT access tokens like ours.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const CLIENT = {
  id: process.env.BENCH_CLIENT_ID ?? 'bench',
  secret: process.env.BENCH_CLIENT_SECRET ?? 'bench',
};

const port = Number(process.env.PORT ?? 0);
const issuer = `http://127.0.0.1:${port}`;
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'bench-1', alg: 'ES256', use: 'sig' };
const resource = `${issuer}/api`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT.id,
      client_secret: CLIENT.secret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'ES256',
    },
  ],
  jwks: { keys: [jwk as never] },
  cookies: { keys: ['bench-cookie-key-not-used-by-this-grant'] },
  ttl: { ClientCredentials: 900 },
  scopes: ['api'],
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => resource,
      useGrantedResource: () => true,
      // The same token as ours: an RFC 9068 JWT signed with ES256, 900 s.
      getResourceServerInfo: () => ({
        scope: 'api',
        audience: resource,
        accessTokenTTL: 900,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES256' } },
      }),
    },
  },
});
provider.proxy = false;
const server = provider.listen(port, '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
