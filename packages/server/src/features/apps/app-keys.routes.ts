// /v0/apps/{app}/public-keys: the public keys an app signs its client assertions with (private_key_jwt).
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { authErrors, DisplayName, ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import { MAX_KEYS } from './app-keys.service.ts';
import { AppKeyJson, appKeyJson } from './app-keys.view.ts';

const AppParams = Type.Object({ app: ResourceRef('app') });
const KeyParams = Type.Object({
  app: ResourceRef('app'),
  key: Type.String({ minLength: 1, maxLength: 64, description: 'The UUID of the key registration.' }),
});
const tags = ['apps'];

const AddBody = Type.Object(
  {
    name: Type.Optional(DisplayName(100)),
    jwks: Type.Optional(
      Type.Object(
        {
          keys: Type.Array(Type.Record(Type.String(), Type.Unknown()), {
            minItems: 1,
            maxItems: MAX_KEYS,
            description:
              'Public JWKs: EC P-256 (ES256), RSA of 2048 bits or more (RS256), OKP Ed25519 (EdDSA).',
          }),
        },
        { description: 'An inline JWK Set (RFC 7517) of public keys.' },
      ),
    ),
    jwks_uri: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2048,
        description:
          'An https URL where the app publishes its JWKS; fetched under the outbound URL policy (no private, link-local or loopback addresses unless the site allows them).',
      }),
    ),
  },
  { additionalProperties: false, description: 'Exactly one of jwks and jwks_uri.' },
);

export const appKeysRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/apps/:app/public-keys',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'listAppKeys',
        summary: 'List an app’s public keys (private_key_jwt)',
        description:
          'The key registrations the app’s client assertions (RFC 7523 §2.2) are verified with: inline JWKS and jwks_uri.',
        params: AppParams,
        response: { 200: Type.Array(AppKeyJson), ...authErrors },
      },
    },
    async (request) => (await ctx.appKeys.list(callerOf(request), request.params.app)).map(appKeyJson),
  );

  app.post(
    '/v0/apps/:app/public-keys',
    {
      config: { auth: { who: 'any', createsCredential: true } },
      schema: {
        tags,
        operationId: 'addAppKey',
        summary: 'Register public keys for an app (private_key_jwt)',
        description:
          'The app may then authenticate at the token, introspection and revocation endpoints with a client_assertion signed by one of these keys, instead of a client secret. The app’s creator (a developer) or an administrator. Audited.',
        params: AppParams,
        body: AddBody,
        response: { 201: AppKeyJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { name, jwks, jwks_uri } = request.body;
      const row = await ctx.appKeys.add(callerOf(request), request.params.app, {
        name,
        jwks,
        jwksUri: jwks_uri,
      });
      return reply.status(201).send(appKeyJson(row));
    },
  );

  app.delete(
    '/v0/apps/:app/public-keys/:key',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'removeAppKey',
        summary: 'Remove an app’s key registration',
        description:
          'Assertions signed with its keys are refused from then on, on every instance. The app’s creator (a developer) or an administrator. Audited.',
        params: KeyParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.appKeys.remove(callerOf(request), request.params.app, request.params.key);
      return reply.status(204).send(null);
    },
  );
};
