// The OAuth2 endpoints: token (client credentials, device), device authorization, introspection, revocation, RFC 8414 metadata.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { anonymousOf, originOf, principalOf } from '../../auth/actor.ts';
import { carriesWorkloadToken, TOKEN_EXCHANGE_GRANT } from '../../auth/client-assertion.ts';
import { isClientAuthentication } from '../../auth/principal.ts';
import type { RoutesPlugin } from '../../context.ts';
import { NOT_MODIFIED, PublicDocument } from '../../http/http-conventions.ts';
import { type FormParams, isForm, REPEATED, valuesOf } from '../../lib/form.ts';
import { component } from '../../lib/schemas.ts';
import { ASSERTION_ALGORITHMS } from '../apps/app-keys.service.ts';
import { CLI_CLIENT_ID, DEVICE_GRANT } from '../device/device.service.ts';
import {
  GRANT_TYPES,
  OAUTH_ERROR_CODES,
  type OAuthErrorCode,
  OAuthFailure,
  oauthErrorHandler,
} from './oauth.errors.ts';
import { acceptForms } from './oauth.form.ts';
import type { TokenCaller } from './oauth.service.ts';
import { WorkloadTokenFields } from './token-exchange.ts';

const OAuthErrorBody = component(
  'OAuthError',
  Type.Object(
    {
      error: Type.Unsafe<OAuthErrorCode>({
        type: 'string',
        enum: [...OAUTH_ERROR_CODES],
        description:
          'An RFC 6749 §5.2 error code (invalid_grant: a device code that is unknown or was used already); RFC 8628 §3.5 authorization_pending, slow_down, expired_token and access_denied for the device grant; RFC 6750 §3.1 invalid_token and insufficient_scope for a bearer token that was refused or may not call the endpoint; and, as the endpoints’ answer to a spent budget (429) and an unexpected failure (500), RFC 6749 §4.1.2.1 temporarily_unavailable and server_error.',
      }),
      error_description: Type.Optional(Type.String({ description: 'What went wrong, for a person.' })),
    },
    { description: 'The errors of the OAuth endpoints, in RFC 6749 form.' },
  ),
);
const TokenResponse = component(
  'TokenResponse',
  Type.Object({
    access_token: Type.String({
      description:
        'Client credentials: an RFC 9068 JWT (ES256, typ at+jwt). Device grant: a session of the user who approved, as POST /v0/auth/login gives.',
    }),
    token_type: Type.Literal('Bearer'),
    expires_in: Type.Integer({ description: 'Seconds until the token expires.' }),
    scope: Type.Optional(Type.String()),
    issued_token_type: Type.Optional(
      Type.String({ description: 'Token exchange (RFC 8693 §2.2.1): what was issued, an access token.' }),
    ),
  }),
);
const ClientAuthFields = {
  client_id: Type.Optional(
    Type.String({
      description: `client_secret_post; or, alone, the public client \`${CLI_CLIENT_ID}\` (device grant).`,
    }),
  ),
  client_secret: Type.Optional(Type.String({ description: 'client_secret_post only.' })),
  client_assertion_type: Type.Optional(
    Type.Literal('urn:ietf:params:oauth:client-assertion-type:jwt-bearer', {
      description: 'private_key_jwt (RFC 7523 §2.2): with client_assertion.',
    }),
  ),
  client_assertion: Type.Optional(
    Type.String({
      description:
        'private_key_jwt: a JWT signed (ES256, RS256 or EdDSA) with a key registered for the app (POST /v0/apps/{app}/public-keys); iss and sub the client id, aud the token endpoint or the issuer, exp at most 300 seconds ahead, a jti used once.',
    }),
  ),
};
const TokenForm = Type.Object({
  grant_type: Type.Unsafe<(typeof GRANT_TYPES)[number]>({
    type: 'string',
    enum: [...GRANT_TYPES],
    description:
      'client_credentials for an app, the device grant (RFC 8628) for the CLI, or the token exchange (RFC 8693) of a workload token for an app with federated credentials. Missing: invalid_request; any other grant: unsupported_grant_type (RFC 6749 §5.2).',
  }),
  device_code: Type.Optional(Type.String({ description: 'Device grant: the device_code it was given.' })),
  scope: Type.Optional(
    Type.String({
      description:
        'Space-delimited scopes: the app’s own (by default all of them), and permission names from the catalogue (RFC 6749 §3.3). A permission is granted when the app holds it by a role assignment and its ceiling allows it; one it lacks is dropped, and the answer’s `scope` says what was granted. Without a permission in it, a token carries none.',
    }),
  ),
  resource: Type.Optional(
    Type.String({
      description:
        'RFC 8707, repeatable: a registered resource server (its identifier URI) the token is for; the token’s `aud` names each one. Unknown, or not allowed for the app: invalid_target. Without it the token is for Latchkey’s own API, as before.',
    }),
  ),
  ...ClientAuthFields,
  ...WorkloadTokenFields,
});
const TokenForm2 = Type.Object({
  token: Type.Optional(Type.String()),
  token_type_hint: Type.Optional(Type.String()),
  ...ClientAuthFields,
});
const Introspection = component(
  'Introspection',
  Type.Object({
    active: Type.Boolean(),
    scope: Type.Optional(Type.String()),
    client_id: Type.Optional(Type.String()),
    token_type: Type.Optional(Type.String()),
    exp: Type.Optional(Type.Integer()),
    iat: Type.Optional(Type.Integer()),
    sub: Type.Optional(Type.String()),
    aud: Type.Optional(
      Type.Union([Type.String(), Type.Array(Type.String())], {
        description: 'The issuer, or the resource servers the token was issued for (RFC 8707).',
      }),
    ),
    iss: Type.Optional(Type.String()),
    jti: Type.Optional(Type.String()),
  }),
);

const DeviceAuthorizationForm = Type.Object({
  client_id: Type.String({ description: `The public client: \`${CLI_CLIENT_ID}\`.` }),
  scope: Type.Optional(
    Type.String({ description: 'Ignored: the device receives a session of the approving user.' }),
  ),
});
const DeviceAuthorization = component(
  'DeviceAuthorization',
  Type.Object({
    device_code: Type.String({ description: 'What the device polls the token endpoint with; secret.' }),
    user_code: Type.String({ description: 'What the person enters in the console, e.g. `BCDF-GHJK`.' }),
    verification_uri: Type.String({ description: 'The console page where the code is entered.' }),
    verification_uri_complete: Type.String({ description: 'The same page with the code filled in.' }),
    expires_in: Type.Integer({ description: 'Seconds the codes stay valid.' }),
    interval: Type.Integer({ description: 'Seconds to wait between polls.' }),
  }),
);
/** Device requests per client address: a person signs in from a terminal now and then. */
const DEVICE_BUDGET = { perSecond: 1 / 6, burst: 10 };

const tags = ['oauth'];
const FORM = ['application/x-www-form-urlencoded'];
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/** The form body (the scope's preValidation hook made sure there is one). */
const formOf = (request: FastifyRequest): FormParams => request.body as FormParams;

/** Introspection and revocation callers: a client (its own tokens), or an administrator. */
const tokenCallerOf = (request: FastifyRequest): TokenCaller => {
  const principal = principalOf(request);
  return isClientAuthentication(principal.credential.kind)
    ? { principal, origin: originOf(request), clientId: principal.clientId }
    : { principal, origin: originOf(request) };
};

export const oauthRoutes: RoutesPlugin = (root, ctx) => {
  const issuer = ctx.config.publicUrl;
  const clientAuthentication = ['client_secret_basic', 'client_secret_post', 'private_key_jwt'];
  const metadata = {
    issuer,
    token_endpoint: `${issuer}/v0/oauth/token`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    introspection_endpoint: `${issuer}/v0/oauth/introspect`,
    revocation_endpoint: `${issuer}/v0/oauth/revoke`,
    device_authorization_endpoint: `${issuer}/v0/oauth/device_authorization`,
    grant_types_supported: ['client_credentials', DEVICE_GRANT, TOKEN_EXCHANGE_GRANT],
    response_types_supported: [],
    // `none`: the CLI, a public client, for the device grant only.
    token_endpoint_auth_methods_supported: [...clientAuthentication, 'none'],
    token_endpoint_auth_signing_alg_values_supported: [...ASSERTION_ALGORITHMS],
    introspection_endpoint_auth_methods_supported: clientAuthentication,
    introspection_endpoint_auth_signing_alg_values_supported: [...ASSERTION_ALGORITHMS],
    revocation_endpoint_auth_methods_supported: clientAuthentication,
    revocation_endpoint_auth_signing_alg_values_supported: [...ASSERTION_ALGORITHMS],
    // RFC 8707 needs no metadata of its own; RFC 9728 resource metadata is the resource server's.
    scopes_supported: ['api'],
    service_documentation: `${issuer}/v0/docs`,
  };
  // Changes only with the configuration: an hour.
  const discovery = new PublicDocument('public, max-age=3600');

  root.get(
    '/.well-known/oauth-authorization-server',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        operationId: 'getAuthorizationServerMetadata',
        description:
          'The RFC 8414 metadata of this authorization server: its issuer, token, introspection and revocation endpoints, the JWKS URL and what each supports. Public, readable from any origin (CORS), with an ETag: a request whose If-None-Match names it is answered 304 without a body.',
        summary: 'Authorization server metadata (RFC 8414)',
        response: { 200: Type.Record(Type.String(), Type.Unknown()), 304: NOT_MODIFIED },
      },
    },
    (request, reply) => {
      discovery.send(request, reply, metadata);
    },
  );

  void root.register(async (scoped) => {
    const app = scoped.withTypeProvider<TypeBoxTypeProvider>();
    acceptForms(scoped);
    // Before the pipeline reads the client's credentials from it: a form body, each parameter once.
    app.addHook('preValidation', (request, _reply, done) => {
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase();
      request.body ??= {};
      if (type !== 'application/x-www-form-urlencoded' || !isForm(request.body)) {
        done(new OAuthFailure('invalid_request', 'The body must be application/x-www-form-urlencoded.'));
        return;
      }
      // RFC 8707 §2: `resource` may be given more than once; no other parameter may.
      const repeated = request.body[REPEATED]?.filter((name) => name !== 'resource');
      if (repeated && repeated.length > 0) {
        done(new OAuthFailure('invalid_request', `Parameters given more than once: ${repeated.join(', ')}.`));
        return;
      }
      done();
    });
    app.setErrorHandler(oauthErrorHandler);

    app.post(
      '/v0/oauth/device_authorization',
      {
        config: { auth: { who: 'none', perAddress: DEVICE_BUDGET } },
        schema: {
          tags,
          operationId: 'requestDeviceAuthorization',
          description: `RFC 8628 §3.1: the CLI (public client \`${CLI_CLIENT_ID}\`) asks to sign someone in. The answer's user code is entered at verification_uri by a signed-in person, who approves or denies; the device polls the token endpoint with the device grant meanwhile. Errors are RFC 6749 §5.2 bodies.`,
          summary: 'Start a device sign-in (RFC 8628)',
          consumes: FORM,
          body: DeviceAuthorizationForm,
          response: {
            200: DeviceAuthorization,
            400: OAuthErrorBody,
            401: OAuthErrorBody,
            429: OAuthErrorBody,
          },
        },
      },
      async (request, reply) => {
        const form = formOf(request);
        if (form.client_id !== CLI_CLIENT_ID)
          throw new OAuthFailure(
            'invalid_client',
            `The device grant is only for the client ${CLI_CLIENT_ID}.`,
          );
        const asked = await ctx.device.authorize({
          address: request.ip,
          agent: request.headers['user-agent'],
        });
        const page = `${issuer}/console/device`;
        return reply.headers(NO_STORE).send({
          device_code: asked.deviceCode,
          user_code: asked.userCode,
          verification_uri: page,
          verification_uri_complete: `${page}?user_code=${encodeURIComponent(asked.userCode)}`,
          expires_in: asked.expiresIn,
          interval: asked.interval,
        });
      },
    );

    app.post(
      '/v0/oauth/token',
      {
        // The device grant's public client presents no credential (auth/present.ts lets it through).
        config: { auth: 'client' },
        schema: {
          tags,
          operationId: 'requestToken',
          description:
            'Exchanges an app’s client id and secret (HTTP Basic or the form body), or a client_assertion signed with one of its registered keys (private_key_jwt), for a short-lived access token, an RFC 9068 JWT (its aud the resources named by `resource=`, RFC 8707, else the issuer); or a workload’s own token matching one of the app’s federated credentials (RFC 8693 token exchange, or client_credentials with it as a jwt-bearer client_assertion), for the same token with an `act` claim naming the workload; or, with the device grant (RFC 8628 §3.4), the CLI’s approved device code for a session. Errors are RFC 6749 §5.2 bodies.',
          summary: 'Obtain an access token (client credentials, RFC 6749 §4.4; device grant, RFC 8628)',
          consumes: FORM,
          body: TokenForm,
          response: { 200: TokenResponse, 400: OAuthErrorBody, 401: OAuthErrorBody, 429: OAuthErrorBody },
        },
      },
      async (request, reply) => {
        const form = formOf(request);
        if (form.grant_type === DEVICE_GRANT) {
          if (request.principal !== undefined || form.client_id !== CLI_CLIENT_ID)
            throw new OAuthFailure(
              'unauthorized_client',
              `The device grant is only for the public client ${CLI_CLIENT_ID}.`,
            );
          if (!form.device_code) throw new OAuthFailure('invalid_request', 'device_code is required.');
          const polled = await ctx.device.poll(form.device_code, anonymousOf(request));
          if (!polled.ok) throw new OAuthFailure(polled.error, polled.description);
          const { signedIn } = polled;
          return reply.headers(NO_STORE).send({
            access_token: signedIn.token,
            token_type: 'Bearer' as const,
            expires_in: Math.max(0, Math.floor((signedIn.expiresAt - ctx.clock.now()) / 1000)),
          });
        }
        // A workload's own token against the app's federated credentials (features/oauth/token-exchange.ts).
        if (carriesWorkloadToken(form))
          return reply.headers(NO_STORE).send(await ctx.tokenExchange.answer(request, reply));
        const outcome = await ctx.oauth.issue(principalOf(request), form.scope, valuesOf(form, 'resource'));
        if (!outcome.ok) throw new OAuthFailure(outcome.error, outcome.description);
        return reply.headers(NO_STORE).send({
          access_token: outcome.accessToken,
          token_type: 'Bearer' as const,
          expires_in: outcome.expiresIn,
          scope: outcome.scope,
        });
      },
    );

    app.post(
      '/v0/oauth/introspect',
      {
        config: { auth: { who: 'client_or_admin', does: 'read' } },
        schema: {
          tags,
          operationId: 'introspectToken',
          description:
            'Says whether an access token is active and, if so, its claims (RFC 7662). A client may introspect its own tokens; an administrator any.',
          summary: 'Introspect an access token (RFC 7662): a client its own tokens, an administrator any',
          consumes: FORM,
          body: TokenForm2,
          response: { 200: Introspection, 400: OAuthErrorBody, 401: OAuthErrorBody, 429: OAuthErrorBody },
        },
      },
      async (request, reply) => {
        const form = formOf(request);
        if (!form.token) throw new OAuthFailure('invalid_request', 'token is required.');
        reply.headers(NO_STORE);
        return ctx.oauth.introspect(form.token, tokenCallerOf(request));
      },
    );

    app.post(
      '/v0/oauth/revoke',
      {
        config: { auth: 'client_or_admin' },
        schema: {
          tags,
          operationId: 'revokeToken',
          description:
            'Revokes an access token (RFC 7009): it is refused on every instance until it would have expired. Answers 200 for an unknown or already invalid token, as the RFC asks.',
          summary: 'Revoke an access token (RFC 7009): refused until its expiry, on every instance',
          consumes: FORM,
          body: TokenForm2,
          response: {
            200: Type.Null({
              description: 'Revoked, or the token was unknown or already invalid; there is no body.',
            }),
            400: OAuthErrorBody,
            401: OAuthErrorBody,
            429: OAuthErrorBody,
          },
        },
      },
      async (request, reply) => {
        const form = formOf(request);
        if (!form.token) throw new OAuthFailure('invalid_request', 'token is required.');
        await ctx.oauth.revoke(form.token, tokenCallerOf(request));
        // RFC 7009 §2.2: only the status says it worked; the body is empty (send() without a payload,
        // where the declared `null` type would have it send the JSON text null).
        return reply.status(200).send(undefined as never);
      },
    );
  });
};
