// The OAuth2 endpoints: token (client credentials), introspection, revocation and RFC 8414 metadata.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { anonymousOf, originOf } from '../../auth/actor.ts';
import { present } from '../../auth/present.ts';
import type { Principal } from '../../auth/principal.ts';
import type { RoutesPlugin } from '../../context.ts';
import { describeValidation } from '../../lib/error-handler.ts';
import { ApiError } from '../../lib/errors.ts';
import { chargePrincipal } from '../../auth/ratelimit/ratelimit.ts';
import {
  acceptForms,
  type ClientCredentials,
  clientCredentialsOf,
  type FormParams,
  isForm,
  REPEATED,
} from './oauth.form.ts';
import type { AuthenticatedClient, TokenCaller } from './oauth.service.ts';

const OAuthErrorBody = Type.Object({
  error: Type.String({ description: 'An RFC 6749 §5.2 error code.' }),
  error_description: Type.Optional(Type.String()),
});
const TokenResponse = Type.Object({
  access_token: Type.String({ description: 'An RFC 9068 JWT (ES256, typ at+jwt).' }),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer(),
  scope: Type.Optional(Type.String()),
});
const ClientAuthFields = {
  client_id: Type.Optional(Type.String({ description: 'client_secret_post only.' })),
  client_secret: Type.Optional(Type.String({ description: 'client_secret_post only.' })),
};
const TokenForm = Type.Object({
  grant_type: Type.Optional(Type.String({ description: 'client_credentials' })),
  scope: Type.Optional(
    Type.String({ description: 'Space-delimited scopes; by default all the app may have.' }),
  ),
  ...ClientAuthFields,
});
const TokenForm2 = Type.Object({
  token: Type.Optional(Type.String()),
  token_type_hint: Type.Optional(Type.String()),
  ...ClientAuthFields,
});
const Introspection = Type.Object({
  active: Type.Boolean(),
  scope: Type.Optional(Type.String()),
  client_id: Type.Optional(Type.String()),
  token_type: Type.Optional(Type.String()),
  exp: Type.Optional(Type.Integer()),
  iat: Type.Optional(Type.Integer()),
  sub: Type.Optional(Type.String()),
  aud: Type.Optional(Type.String()),
  iss: Type.Optional(Type.String()),
  jti: Type.Optional(Type.String()),
});

const tags = ['oauth'];
const FORM = ['application/x-www-form-urlencoded'];
const BASIC_CHALLENGE = 'Basic realm="latchkey", charset="UTF-8"';

type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'temporarily_unavailable'
  | 'server_error';

const flatHeaders = (headers: Record<string, string | string[]>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));

function oauthError(
  reply: FastifyReply,
  status: number,
  error: OAuthErrorCode,
  description: string,
  headers: Record<string, string> = {},
) {
  return reply
    .status(status)
    .headers({ 'cache-control': 'no-store', pragma: 'no-cache', ...headers })
    .send({ error, error_description: description });
}

export const oauthRoutes: RoutesPlugin = (root, ctx) => {
  const issuer = ctx.config.publicUrl;
  const throttle = ctx.throttle;

  root.get(
    '/.well-known/oauth-authorization-server',
    {
      schema: {
        tags,
        summary: 'Authorization server metadata (RFC 8414)',
        response: { 200: Type.Record(Type.String(), Type.Unknown()) },
      },
    },
    () => ({
      issuer,
      token_endpoint: `${issuer}/v0/oauth/token`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      introspection_endpoint: `${issuer}/v0/oauth/introspect`,
      revocation_endpoint: `${issuer}/v0/oauth/revoke`,
      grant_types_supported: ['client_credentials'],
      response_types_supported: [],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      token_endpoint_auth_signing_alg_values_supported: [],
      scopes_supported: ['api'],
      service_documentation: `${issuer}/v0/docs`,
    }),
  );

  void root.register(async (scoped) => {
    const app = scoped.withTypeProvider<TypeBoxTypeProvider>();
    acceptForms(scoped);
    // A missing body is answered by the handler (it names the media type), not by schema validation.
    app.addHook('preValidation', (request, _reply, done) => {
      request.body ??= {};
      done();
    });
    // RFC 6749 §5.2 bodies here, whatever went wrong (a wrong media type, an oversized or unreadable body).
    app.setErrorHandler((error: FastifyError, request, reply) => {
      // The rate limiter's refusal (chargePrincipal): the same 429 and headers, in the RFC 6749 form.
      if (error instanceof ApiError && error.code === 'rate_limited') {
        return oauthError(reply, 429, 'temporarily_unavailable', error.message, flatHeaders(error.headers));
      }
      const status =
        error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) {
        request.log.error({ err: error }, 'unhandled error');
        return oauthError(reply, 500, 'server_error', 'An unexpected error occurred; it has been logged.');
      }
      const description = error.validation
        ? describeValidation(error.validationContext, error.validation)
        : error.message;
      return oauthError(reply, status, 'invalid_request', description);
    });

    /** The form, or an invalid_request answer naming the problem. */
    const formOf = (request: FastifyRequest, reply: FastifyReply): FormParams | undefined => {
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase();
      if (type !== 'application/x-www-form-urlencoded' || !isForm(request.body)) {
        void oauthError(reply, 400, 'invalid_request', 'The body must be application/x-www-form-urlencoded.');
        return undefined;
      }
      const repeated = request.body[REPEATED];
      if (repeated) {
        void oauthError(
          reply,
          400,
          'invalid_request',
          `Parameters given more than once: ${repeated.join(', ')}.`,
        );
        return undefined;
      }
      return request.body;
    };

    /** Charges an authenticated caller's own budget, as the auth hook does elsewhere; throws the 429. */
    const charge = async (reply: FastifyReply, principal: Principal): Promise<void> => {
      if (ctx.rateLimits) await chargePrincipal(ctx.rateLimits, principal, reply);
    };

    /** Client authentication with the failure throttle; an answer has been sent when it returns undefined. */
    const clientOf = async (
      request: FastifyRequest,
      reply: FastifyReply,
      credentials: Extract<
        ClientCredentials,
        { ok: true; method: 'client_secret_basic' | 'client_secret_post' }
      >,
    ): Promise<AuthenticatedClient | undefined> => {
      const verdict = throttle.state(request.ip);
      if (verdict.blocked) {
        void oauthError(
          reply,
          429,
          'temporarily_unavailable',
          'Too many failed client authentications; try later.',
          {
            'retry-after': String(verdict.retryAfterSeconds),
          },
        );
        return undefined;
      }
      const auth = await ctx.oauth.authenticateClient(credentials.clientId, credentials.secret);
      if (!auth.ok) {
        throttle.recordFailure(request.ip);
        await ctx.oauth.clientAuthenticationFailed(
          anonymousOf(request),
          credentials.clientId,
          credentials.method,
        );
        request.log.info(
          { auth: { outcome: 'refused', reason: 'invalid_client', method: credentials.method } },
          'client authentication refused',
        );
        void oauthError(
          reply,
          401,
          'invalid_client',
          'Client authentication failed: unknown client, wrong or replaced secret, or archived app.',
          credentials.method === 'client_secret_basic' ? { 'www-authenticate': BASIC_CHALLENGE } : {},
        );
        return undefined;
      }
      // The app proved who it is: the request is charged to the app's own budget, as its API calls are.
      await charge(reply, auth.app.principal);
      return auth.app;
    };

    const refuseCredentials = (reply: FastifyReply, credentials: Extract<ClientCredentials, { ok: false }>) =>
      oauthError(
        reply,
        credentials.error === 'invalid_client' ? 401 : 400,
        credentials.error,
        credentials.description,
        credentials.usedBasic && credentials.error === 'invalid_client'
          ? { 'www-authenticate': BASIC_CHALLENGE }
          : {},
      );

    app.post(
      '/v0/oauth/token',
      {
        schema: {
          tags,
          summary: 'Obtain an access token (client credentials grant, RFC 6749 §4.4)',
          consumes: FORM,
          body: TokenForm,
          response: { 200: TokenResponse, 400: OAuthErrorBody, 401: OAuthErrorBody, 429: OAuthErrorBody },
        },
      },
      async (request, reply) => {
        const form = formOf(request, reply);
        if (!form) return reply;
        if (form.grant_type === undefined)
          return oauthError(reply, 400, 'invalid_request', 'grant_type is required.');
        const credentials = clientCredentialsOf(request.headers.authorization, form);
        if (!credentials.ok) return refuseCredentials(reply, credentials);
        if (credentials.method === 'none') {
          return oauthError(
            reply,
            401,
            'invalid_client',
            'Client authentication is required (Basic or client_secret_post).',
            {
              'www-authenticate': BASIC_CHALLENGE,
            },
          );
        }
        if (form.grant_type !== 'client_credentials') {
          return oauthError(
            reply,
            400,
            'unsupported_grant_type',
            'Only grant_type=client_credentials is supported.',
          );
        }
        const client = await clientOf(request, reply, credentials);
        if (!client) return reply;
        const outcome = await ctx.oauth.issue(client, form.scope);
        if (!outcome.ok) return oauthError(reply, 400, outcome.error, outcome.description);
        return reply.headers({ 'cache-control': 'no-store', pragma: 'no-cache' }).send({
          access_token: outcome.accessToken,
          token_type: 'Bearer' as const,
          expires_in: outcome.expiresIn,
          scope: outcome.scope,
        });
      },
    );

    /** Introspection and revocation callers: a client (Basic or post), or an administrator's Bearer credential. */
    const callerOf = async (
      request: FastifyRequest,
      reply: FastifyReply,
      form: FormParams,
    ): Promise<TokenCaller | undefined> => {
      const authorization = request.headers.authorization;
      if (authorization?.toLowerCase().startsWith('bearer ')) {
        const presented = present(request.headers);
        const result =
          presented.ok && presented.presented ? await ctx.authenticate(presented.presented) : undefined;
        if (!result?.ok || !result.principal.isAdmin) {
          void oauthError(
            reply,
            401,
            'invalid_client',
            'Only a client (for its own tokens) or an administrator may call this.',
            {
              'www-authenticate': 'Bearer realm="latchkey"',
            },
          );
          return undefined;
        }
        await charge(reply, result.principal);
        return { principal: result.principal, origin: originOf(request) };
      }
      const credentials = clientCredentialsOf(authorization, form);
      if (!credentials.ok) {
        void refuseCredentials(reply, credentials);
        return undefined;
      }
      if (credentials.method === 'none') {
        void oauthError(reply, 401, 'invalid_client', 'Client authentication is required.', {
          'www-authenticate': BASIC_CHALLENGE,
        });
        return undefined;
      }
      const client = await clientOf(request, reply, credentials);
      return client
        ? { principal: client.principal, origin: originOf(request), clientId: client.clientId }
        : undefined;
    };

    app.post(
      '/v0/oauth/introspect',
      {
        schema: {
          tags,
          summary: 'Introspect an access token (RFC 7662): a client its own tokens, an administrator any',
          consumes: FORM,
          body: TokenForm2,
          response: { 200: Introspection, 400: OAuthErrorBody, 401: OAuthErrorBody, 429: OAuthErrorBody },
        },
      },
      async (request, reply) => {
        const form = formOf(request, reply);
        if (!form) return reply;
        const caller = await callerOf(request, reply, form);
        if (!caller) return reply;
        if (!form.token) return oauthError(reply, 400, 'invalid_request', 'token is required.');
        reply.headers({ 'cache-control': 'no-store', pragma: 'no-cache' });
        return ctx.oauth.introspect(form.token, caller);
      },
    );

    app.post(
      '/v0/oauth/revoke',
      {
        schema: {
          tags,
          summary: 'Revoke an access token (RFC 7009): refused until its expiry, on every instance',
          consumes: FORM,
          body: TokenForm2,
          response: { 200: Type.Null(), 400: OAuthErrorBody, 401: OAuthErrorBody, 429: OAuthErrorBody },
        },
      },
      async (request, reply) => {
        const form = formOf(request, reply);
        if (!form) return reply;
        const caller = await callerOf(request, reply, form);
        if (!caller) return reply;
        if (!form.token) return oauthError(reply, 400, 'invalid_request', 'token is required.');
        await ctx.oauth.revoke(form.token, caller);
        return reply.status(200).send(null);
      },
    );
  });
};
