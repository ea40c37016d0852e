// /v0/auth: sign in, sign out, and who the caller is.
import { Type } from 'typebox';
import { principalOf } from '../../auth/plugin.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIso } from '../../lib/clock.ts';
import { authErrors, ErrorBody, Timestamp } from '../../lib/schemas.ts';
import { UserJson, userJson } from '../users/users.view.ts';

const Login = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

const Whoami = Type.Object({
  principal: Type.Object({
    type: Type.Literal('user'),
    uuid: Type.String(),
    slug: Type.String(),
    name: Type.String(),
    email: Type.String(),
    admin: Type.Boolean(),
  }),
  credential: Type.Object({
    kind: Type.Union([Type.Literal('session'), Type.Literal('user_key'), Type.Literal('oidc')]),
    uuid: Type.String({ description: 'The session id, the key id, or the identity provider id.' }),
    start: Type.Optional(Type.String({ description: 'The first characters of the key, for display.' })),
    issuer: Type.Optional(Type.String({ description: 'For an id token: its identity provider’s issuer.' })),
  }),
});

export const sessionsRoutes: RoutesPlugin = (app, ctx) => {
  app.post(
    '/v0/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: Login,
        response: {
          200: Type.Object({
            token: Type.String(),
            user: UserJson,
            creation: Timestamp,
            expiration: Timestamp,
          }),
          400: ErrorBody,
          401: ErrorBody,
        },
      },
    },
    async (request) => {
      const signedIn = await ctx.sessions.login(request.body.email, request.body.password);
      return {
        token: signedIn.token,
        user: userJson(signedIn.user),
        creation: toIso(signedIn.createdAt),
        expiration: toIso(signedIn.expiresAt),
      };
    },
  );

  app.post(
    '/v0/auth/logout',
    {
      config: { auth: 'any' },
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        security: [{ bearer: [] }],
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.sessions.logout(principalOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v0/auth/whoami',
    {
      config: { auth: 'any' },
      schema: {
        tags: ['auth'],
        summary: 'The caller and how it authenticated',
        security: [{ bearer: [] }],
        response: { 200: Whoami, ...authErrors },
      },
    },
    (request) => {
      // Answered from the resolved principal alone: a cached credential costs no database read.
      const { type, id, slug, name, email, isAdmin, credential } = principalOf(request);
      return {
        principal: { type, uuid: id, slug, name, email, admin: isAdmin },
        credential: {
          kind: credential.kind,
          uuid: credential.id,
          start: credential.start,
          issuer: credential.issuer,
        },
      };
    },
  );
};
