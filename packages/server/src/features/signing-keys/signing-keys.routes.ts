// The published JWKS and signing-key rotation (administrators).
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { NOT_MODIFIED, PublicDocument } from '../../http/http-conventions.ts';
import { authErrors } from '../../lib/schemas.ts';

const Jwk = Type.Object({
  kty: Type.String(),
  crv: Type.String(),
  x: Type.String(),
  y: Type.String(),
  kid: Type.String(),
  alg: Type.String(),
  use: Type.String(),
});

export const signingKeysRoutes: RoutesPlugin = (app, ctx) => {
  // Short: a rotated key must reach verifiers soon, and an unknown kid makes good clients refetch anyway.
  const jwks = new PublicDocument('public, max-age=60');
  app.get(
    '/.well-known/jwks.json',
    {
      config: { auth: 'none' },
      schema: {
        tags: ['oauth'],
        operationId: 'getJwks',
        description:
          'The public keys (RFC 7517) that verify the access tokens this server signs, including keys being rotated in or out. Public; resource servers fetch and cache it. Readable from any origin (CORS), with an ETag: a request whose If-None-Match names it is answered 304 without a body.',
        summary: 'The public keys that verify our access tokens (JWKS)',
        response: { 200: Type.Object({ keys: Type.Array(Jwk) }), 304: NOT_MODIFIED },
      },
    },
    (request, reply) => {
      jwks.send(request, reply, { keys: ctx.signingKeys.jwks() });
    },
  );

  app.post(
    '/v0/admin/signing-keys/rotate',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['oauth'],
        operationId: 'rotateSigningKey',
        summary: 'Rotate the token signing key (administrators)',
        description:
          'A new key signs from now on. The previous key stays published and verifying until the last token it signed has expired, then disappears.',
        response: {
          200: Type.Object({
            kid: Type.String({ description: 'The new signing key.' }),
            retired: Type.Array(Type.String(), { description: 'Keys that no longer sign.' }),
          }),
          ...authErrors,
        },
      },
    },
    (request) => ctx.signingKeys.rotate(callerOf(request)),
  );
};
