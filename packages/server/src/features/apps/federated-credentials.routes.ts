// /v0/apps/{app}/federated-credentials: the workload identities an app trusts instead of a client secret.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import type { FederatedCredentialRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import {
  authErrors,
  component,
  DisplayName,
  ErrorBody,
  ResourceRef,
  Timestamp,
  Uuid,
} from '../../lib/schemas.ts';
import { claimsOf, MAX_CLAIMS } from './federated-credentials.service.ts';

const Text = (description: string) =>
  Type.String({ minLength: 1, maxLength: 512, pattern: '^[^\\x00-\\x1f\\x7f]+$', description });
const Issuer = Type.String({
  minLength: 1,
  maxLength: 512,
  description:
    'The workload platform’s OIDC issuer (`iss`), e.g. `https://token.actions.githubusercontent.com`. Its discovery document and JWKS are fetched under the outbound policy: an issuer on a private, loopback or link-local address is refused.',
});
const Audience = Text('The `aud` the workload token must carry (one of its audiences).');
const Subject = Type.Union(
  [
    Text('The `sub` the token must have: exactly, or a glob where `*` matches any run of characters.'),
    Type.Null(),
  ],
  {
    description: 'The `sub` the token must have (exactly, or a glob with `*`); null or absent: any subject.',
  },
);
const Claims = Type.Record(
  Type.String({ minLength: 1, maxLength: 128, pattern: '^[^\\x00-\\x1f\\x7f]+$' }),
  Type.String({ minLength: 1, maxLength: 512, pattern: '^[^\\x00-\\x1f\\x7f]+$' }),
  {
    maxProperties: MAX_CLAIMS,
    description:
      'Claims the token must have, by name, each equal to the value given; a `*` in a value matches any run of characters, slashes included (`"ref": "refs/heads/*"`). A name with `/` reaches into an object claim (`kubernetes.io/namespace`). iss, aud, sub, exp, nbf, iat and jti are not listed here.',
  },
);
const CreateBody = Type.Object(
  {
    name: DisplayName(),
    issuer: Issuer,
    audience: Audience,
    subject: Type.Optional(Subject),
    claims: Type.Optional(Claims),
  },
  { additionalProperties: false },
);
const PatchBody = Type.Object(
  {
    name: Type.Optional(DisplayName()),
    issuer: Type.Optional(Issuer),
    audience: Type.Optional(Audience),
    subject: Type.Optional(Subject),
    claims: Type.Optional(Claims),
  },
  { additionalProperties: false },
);
const FederatedCredentialJson = component(
  'FederatedCredential',
  Type.Object({
    uuid: Uuid,
    name: Type.String(),
    issuer: Type.String(),
    audience: Type.String(),
    subject: Type.Union([Type.String(), Type.Null()]),
    claims: Type.Record(Type.String(), Type.String()),
    creator: Type.Union([Uuid, Type.Null()]),
    creation: Timestamp,
    modified: Timestamp,
  }),
);
const AppParams = Type.Object({ app: ResourceRef('app (or its client id)') });
const Params = Type.Object({
  app: ResourceRef('app (or its client id)'),
  credential: ResourceRef('federated credential (or its name)'),
});

const federatedCredentialJson = (row: FederatedCredentialRow) => ({
  uuid: row.id,
  name: row.name,
  issuer: row.issuer,
  audience: row.audience,
  subject: row.subject,
  claims: claimsOf(row),
  creator: row.createdBy,
  creation: toIso(row.createdAt),
  modified: toIso(row.updatedAt),
});

const tags = ['apps'];

export const federatedCredentialsRoutes: RoutesPlugin = (root, ctx) => {
  const app = root.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/v0/apps/:app/federated-credentials';

  app.get(
    base,
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'listFederatedCredentials',
        summary: 'List an app’s federated credentials',
        description:
          'The workload identities whose own tokens the app accepts at the token endpoint instead of its secret. The app’s creator (with the developer capability) or an administrator.',
        params: AppParams,
        response: { 200: Type.Array(FederatedCredentialJson), ...authErrors },
      },
    },
    async (request) =>
      (await ctx.federatedCredentials.list(principalOf(request), request.params.app)).map(
        federatedCredentialJson,
      ),
  );

  app.post(
    base,
    {
      // A way to obtain the app's tokens, as a new secret is: only a signed-in session adds one.
      config: { auth: { who: 'any', createsCredential: true } },
      schema: {
        tags,
        operationId: 'addFederatedCredential',
        summary: 'Trust a workload identity (GitHub Actions, Kubernetes, any OIDC issuer)',
        description:
          'From now on a token from `issuer` whose `aud`, `sub` and claims match is exchanged at the token endpoint for the app’s access token (RFC 8693 token exchange, or client_credentials with it as a jwt-bearer client_assertion). Audited. At most 20 per app.',
        params: AppParams,
        body: CreateBody,
        response: { 201: FederatedCredentialJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          federatedCredentialJson(
            await ctx.federatedCredentials.add(callerOf(request), request.params.app, request.body),
          ),
        ),
  );

  app.get(
    `${base}/:credential`,
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'getFederatedCredential',
        summary: 'View one of an app’s federated credentials',
        description:
          'One federated credential, by UUID or name. The app’s creator (with the developer capability) or an administrator.',
        params: Params,
        response: { 200: FederatedCredentialJson, ...authErrors },
      },
    },
    async (request) =>
      federatedCredentialJson(
        await ctx.federatedCredentials.get(
          principalOf(request),
          request.params.app,
          request.params.credential,
        ),
      ),
  );

  app.patch(
    `${base}/:credential`,
    {
      config: { auth: { who: 'any', createsCredential: true } },
      schema: {
        tags,
        operationId: 'updateFederatedCredential',
        summary: 'Change one of an app’s federated credentials',
        description: 'The fields given replace the ones stored (`claims` as a whole). Audited.',
        params: Params,
        body: PatchBody,
        response: { 200: FederatedCredentialJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request) =>
      federatedCredentialJson(
        await ctx.federatedCredentials.update(
          callerOf(request),
          request.params.app,
          request.params.credential,
          request.body,
        ),
      ),
  );

  app.delete(
    `${base}/:credential`,
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'removeFederatedCredential',
        summary: 'Stop trusting a workload identity',
        description:
          'Tokens from it are refused from now on; access tokens already issued through it stay valid until they expire (at most the access-token lifetime) unless revoked. Audited.',
        params: Params,
        response: { 200: FederatedCredentialJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request) =>
      federatedCredentialJson(
        await ctx.federatedCredentials.remove(
          callerOf(request),
          request.params.app,
          request.params.credential,
        ),
      ),
  );
};
