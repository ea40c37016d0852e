// /v0/auth: sign in, sign out, and who the caller is.
import { Type } from 'typebox';
import { anonymousOf, callerOf, principalOf } from '../../auth/actor.ts';
import { REMAINING_HEADER } from '../../auth/limits.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIso } from '../../lib/clock.ts';
import { authErrors, component, ErrorBody, Timestamp } from '../../lib/schemas.ts';
import { factorAnswer, MfaRequired, mfaRequiredJson, SecondStep } from '../mfa/mfa.view.ts';
import { UserJson, userJson } from '../users/users.view.ts';
import type { SignedIn } from './sessions.service.ts';

const Login = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const LoginAnswer = Type.Object({
  token: Type.String(),
  user: UserJson,
  creation: Timestamp,
  expiration: Timestamp,
});

export const loginJson = (signedIn: SignedIn) => ({
  token: signedIn.token,
  user: userJson(signedIn.user),
  creation: toIso(signedIn.createdAt),
  expiration: toIso(signedIn.expiresAt),
});

const Whoami = component(
  'Whoami',
  Type.Object({
    principal: Type.Object({
      type: Type.Union([Type.Literal('user'), Type.Literal('app')]),
      uuid: Type.String(),
      slug: Type.String(),
      name: Type.String(),
      email: Type.Optional(Type.String({ description: 'Users only.' })),
      client_id: Type.Optional(Type.String({ description: 'Apps only: the public client id.' })),
      admin: Type.Boolean(),
    }),
    credential: Type.Object({
      kind: Type.Union([
        Type.Literal('session'),
        Type.Literal('user_key'),
        Type.Literal('session_key'),
        Type.Literal('app_token'),
        Type.Literal('oidc'),
        // Only at the OAuth endpoints (an app's secret, assertion or workload token) and at sign-in (a password);
        // never on whoami.
        Type.Literal('client_secret'),
        Type.Literal('client_assertion'),
        Type.Literal('password'),
        Type.Literal('federated'),
      ]),
      uuid: Type.String({
        description: 'The session id, the key id, the access token id (jti), or the identity provider id.',
      }),
      start: Type.Optional(Type.String({ description: 'The first characters of the key, for display.' })),
      issuer: Type.Optional(Type.String({ description: 'For an id token: its identity provider’s issuer.' })),
      remaining: Type.Optional(
        Type.Integer({ description: 'A key or app with a usage limit: the uses left after this request.' }),
      ),
    }),
  }),
);

export const sessionsRoutes: RoutesPlugin = (app, ctx) => {
  app.post(
    '/v0/auth/login',
    {
      config: { auth: { who: 'none', presents: 'password' } },
      schema: {
        tags: ['auth'],
        operationId: 'login',
        description:
          'Checks an email and password and starts a session, answering with its token (sent as Bearer) and expiry. When the user has a second factor, no session starts yet: the answer is `mfa_required` with a challenge for POST /v0/auth/login/mfa. Failed attempts are throttled per address and per account.',
        summary: 'Sign in with email and password',
        body: Login,
        response: {
          200: Type.Union([LoginAnswer, MfaRequired]),
          400: ErrorBody,
          401: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      // The pipeline checked the password (throttled per address like every credential, and per account).
      const signedIn = await ctx.sessions.signIn(callerOf(request));
      reply.header('cache-control', 'no-store');
      return 'mfaRequired' in signedIn ? mfaRequiredJson(signedIn) : loginJson(signedIn);
    },
  );

  app.post(
    '/v0/auth/login/mfa',
    {
      config: { auth: 'none' },
      schema: {
        tags: ['auth'],
        operationId: 'loginSecondFactor',
        description:
          'Completes a sign-in that answered `mfa_required`: the challenge with a current TOTP code or a recovery code starts the session. A challenge works once and for five minutes; wrong codes count against the account’s and the address’s sign-in throttles.',
        summary: 'Sign in, second step: the challenge and a code',
        body: SecondStep,
        response: { 200: LoginAnswer, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { challenge, ...answer } = request.body;
      const signedIn = await ctx.sessions.completeSignIn(
        challenge,
        factorAnswer(answer),
        anonymousOf(request),
      );
      reply.header('cache-control', 'no-store');
      return loginJson(signedIn);
    },
  );

  app.post(
    '/v0/auth/logout',
    {
      config: { auth: { who: 'any', duringEnrolment: true } },
      schema: {
        tags: ['auth'],
        operationId: 'logout',
        description:
          'Ends the session the request is authenticated with, and the session keys bound to it, on every instance.',
        summary: 'End the current session',
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.sessions.logout(callerOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v0/auth/session-keys',
    {
      config: { auth: { who: 'session', createsCredential: true } },
      schema: {
        tags: ['auth'],
        operationId: 'createSessionKey',
        description:
          'Creates an `lk_sess_` key bound to the calling session: it works in every form a key is accepted in, and stops working when the session ends. The key is shown only in this response.',
        summary: 'Create a session key: an lk_sess_ key that works while this session lives',
        response: {
          201: Type.Object({
            uuid: Type.String(),
            key: Type.String({ description: 'The plaintext session key. Shown once.' }),
            start: Type.String(),
            creation: Timestamp,
            expiration: Timestamp,
          }),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const created = await ctx.sessions.createSessionKey(callerOf(request));
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({
        uuid: created.id,
        key: created.plaintext,
        start: created.start,
        creation: toIso(created.createdAt),
        expiration: toIso(created.expiresAt),
      });
    },
  );

  app.get(
    '/v0/auth/whoami',
    {
      config: { auth: { who: 'any', aboutCaller: true, duringEnrolment: true } },
      schema: {
        tags: ['auth'],
        operationId: 'whoami',
        description:
          'Describes the caller: its principal (a user or an app) and the credential it came in with, never the secret. Any credential may call it, including a restricted key.',
        summary: 'The caller and how it authenticated',
        response: { 200: Whoami, ...authErrors },
      },
    },
    (request, reply) => {
      // Answered from the resolved principal alone: a cached credential costs no database read.
      const { type, id, slug, name, email, clientId, isAdmin, credential } = principalOf(request);
      // A limited credential's uses left, as the pipeline spent one for this request.
      const remaining = reply.getHeader(REMAINING_HEADER);
      return {
        principal: { type, uuid: id, slug, name, email, client_id: clientId, admin: isAdmin },
        credential: {
          kind: credential.kind,
          uuid: credential.id,
          start: credential.start,
          issuer: credential.issuer,
          remaining: remaining === undefined ? undefined : Number(remaining),
        },
      };
    },
  );
};
