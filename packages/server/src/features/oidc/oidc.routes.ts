// /v0/admin/identity-providers: administrators manage the OpenID Connect providers whose id tokens are trusted.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, ErrorBody } from '../../lib/schemas.ts';
import { ProviderJson, providerJson } from './oidc.view.ts';

/** Asymmetric JWS algorithms only: `none` and HS* (which would turn a public key into a shared secret) cannot be chosen. */
export const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

const Printable = (max: number, description: string) =>
  Type.String({
    minLength: 1,
    maxLength: max,
    pattern: '^[\\x21-\\x7e]+$',
    description: `${description} 1 to ${max} printable ASCII characters, no spaces.`,
  });

const Audience = Printable(512, 'The client id id tokens must be issued to (their `aud`).');
const EmailClaim = Printable(255, 'The claim that holds the user’s email; default `email`.');
const Algorithms = Type.Array(Type.Union(ALGORITHMS.map((alg) => Type.Literal(alg))), {
  minItems: 1,
  maxItems: ALGORITHMS.length,
  uniqueItems: true,
  description: 'Accepted JWS algorithms; default ["RS256"].',
});
const Enabled = Type.Boolean({ description: 'Whether its id tokens are accepted; default true.' });

const signInFields = {
  sign_in: Type.Optional(
    Type.Boolean({
      description:
        'Whether people may sign in to the console through it (needs client_id and client_secret); default false.',
    }),
  ),
  display_name: Type.Optional(
    Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], {
      description: 'The name on the console’s “Sign in with” button; null shows the issuer’s host.',
    }),
  ),
  client_id: Type.Optional(
    Type.Union([Printable(512, 'The client registered for Latchkey at the provider.'), Type.Null()]),
  ),
  client_secret: Type.Optional(
    Type.Union([Type.String({ minLength: 1, maxLength: 1024 }), Type.Null()], {
      description:
        'That client’s secret: sealed at rest, never answered back (answers say client_secret_set).',
    }),
  ),
  jit_domains: Type.Optional(
    Type.Array(
      Type.String({
        minLength: 3,
        maxLength: 253,
        pattern: '^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$',
        description: 'A domain name such as example.com.',
      }),
      {
        maxItems: 50,
        description:
          'Email domains whose people get a user created at their first sign-in (a verified email only); default none.',
      },
    ),
  ),
};

/** The request's sign-in fields, as the service takes them. */
const signInInput = (body: {
  sign_in?: boolean;
  display_name?: string | null;
  client_id?: string | null;
  client_secret?: string | null;
  jit_domains?: string[];
}) => ({
  signIn: body.sign_in,
  displayName: body.display_name,
  clientId: body.client_id,
  clientSecret: body.client_secret,
  jitDomains: body.jit_domains,
});

const CreateBody = Type.Object(
  {
    issuer: Type.String({
      minLength: 1,
      maxLength: 2048,
      description:
        'The issuer URL, exactly as its tokens’ `iss`; `{issuer}/.well-known/openid-configuration` must name it.',
    }),
    audience: Audience,
    email_claim: Type.Optional(EmailClaim),
    algorithms: Type.Optional(Algorithms),
    enabled: Type.Optional(Enabled),
    ...signInFields,
  },
  { additionalProperties: false },
);

const PatchBody = Type.Object(
  {
    audience: Type.Optional(Audience),
    email_claim: Type.Optional(EmailClaim),
    algorithms: Type.Optional(Algorithms),
    enabled: Type.Optional(Enabled),
    ...signInFields,
  },
  { additionalProperties: false, description: 'The issuer cannot change: add a new provider instead.' },
);

const ListQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(
      Type.Union([Type.Literal('issuer'), Type.Literal('creation')], { default: 'issuer' }),
    ),
    enabled: Type.Optional(
      Type.Boolean({ description: 'Only enabled (true) or disabled (false) providers.' }),
    ),
  },
  { additionalProperties: false },
);

const Params = Type.Object({
  provider: Type.String({ minLength: 1, maxLength: 64, description: 'The UUID of the identity provider.' }),
});

const tags = ['identity providers'];
const PATH = '/v0/admin/identity-providers';

export const oidcRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    PATH,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listIdentityProviders',
        description:
          'Lists the OpenID Connect providers whose id tokens are accepted as Bearer credentials, with their issuer, audience and claim settings. Administrators only.',
        summary: 'List trusted OpenID Connect providers (administrators)',
        querystring: ListQuery,
        response: { 200: Type.Array(ProviderJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.oidc.list(page, {
        sort: request.query.sort ?? 'issuer',
        enabled: request.query.enabled,
      });
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(providerJson);
    },
  );

  app.post(
    PATH,
    {
      config: { auth: { who: 'admin', createsCredential: true } },
      schema: {
        tags,
        operationId: 'createIdentityProvider',
        summary: 'Trust an OpenID Connect provider (administrators)',
        description:
          'Fetches the provider’s discovery document and refuses a provider whose document is missing, unreachable or names another issuer.',
        body: CreateBody,
        response: { 201: ProviderJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { issuer, audience, email_claim, algorithms, enabled } = request.body;
      const row = await ctx.oidc.create(callerOf(request), {
        issuer,
        audience,
        emailClaim: email_claim,
        algorithms,
        enabled,
        ...signInInput(request.body),
      });
      return reply.status(201).send(providerJson(row));
    },
  );

  app.get(
    `${PATH}/:provider`,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'getIdentityProvider',
        description: 'Shows one trusted OpenID Connect provider and its settings. Administrators only.',
        summary: 'View a trusted OpenID Connect provider (administrators)',
        params: Params,
        response: { 200: ProviderJson, ...authErrors },
      },
    },
    async (request) => providerJson(await ctx.oidc.get(request.params.provider)),
  );

  app.patch(
    `${PATH}/:provider`,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'updateIdentityProvider',
        description:
          'Changes a trusted OpenID Connect provider’s settings, or disables it so its id tokens are refused. Administrators only.',
        summary: 'Change or disable a trusted OpenID Connect provider (administrators)',
        params: Params,
        body: PatchBody,
        response: { 200: ProviderJson, ...authErrors },
      },
    },
    async (request) => {
      const { audience, email_claim, algorithms, enabled } = request.body;
      return providerJson(
        await ctx.oidc.update(callerOf(request), request.params.provider, {
          audience,
          emailClaim: email_claim,
          algorithms,
          enabled,
          ...signInInput(request.body),
        }),
      );
    },
  );

  app.delete(
    `${PATH}/:provider`,
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deleteIdentityProvider',
        description:
          'Removes an OpenID Connect provider: its id tokens are refused from then on. Administrators only.',
        summary: 'Stop trusting an OpenID Connect provider (administrators)',
        params: Params,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.oidc.remove(callerOf(request), request.params.provider);
      return reply.status(204).send(null);
    },
  );
};
