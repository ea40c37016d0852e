// /v0/console/session: the console signs in with a cookie (never a token in the page), reads it back, signs out.
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { Type } from 'typebox';
import { anonymousOf, callerOf, originOf, principalOf } from '../../auth/actor.ts';
import { CSRF_HEADER, cookieSessions, csrfTokenFor, expiryOf } from '../../auth/cookie-session.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIso } from '../../lib/clock.ts';
import { ApiError } from '../../lib/errors.ts';
import { authErrors, ErrorBody, Timestamp } from '../../lib/schemas.ts';
import { factorAnswer, MfaRequired, mfaRequiredJson, SecondStep } from '../mfa/mfa.view.ts';
import { assertionOf, SignInWithPasskey } from '../passkeys/passkeys.routes.ts';
import type { SignedIn } from '../sessions/sessions.service.ts';
import { UserJson, userJson } from '../users/users.view.ts';

const tags = ['console'];

const SignIn = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

const CsrfToken = Type.String({
  description: `Send it back in the ${CSRF_HEADER} header of every request that changes something.`,
});

/** The session cookie: set at sign-in, cleared at sign-out. */
const setCookie = (what: string) => ({
  'Set-Cookie': Type.String({ description: `${what} (HttpOnly, SameSite=Strict, Secure over HTTPS).` }),
});

const ConsoleSession = Type.Object({
  user: UserJson,
  csrf_token: CsrfToken,
  expiration: Timestamp,
});

const SessionCheck = Type.Union(
  [
    Type.Object({
      signed_in: Type.Literal(true),
      ...ConsoleSession.properties,
      enrolment_required: Type.Boolean({
        description:
          'The site’s require_mfa covers this user, who has no second factor yet: until one is enrolled the session may only enrol it.',
      }),
    }),
    Type.Object({ signed_in: Type.Literal(false) }),
  ],
  { description: 'Signed in with the session it names, or not signed in (no cookie was sent).' },
);

const KeyPolicy = Type.Object({
  allow_user_keys: Type.Boolean(),
  key_max_lifetime: Type.String({ description: 'never, 7d, 30d, 90d, 180d or 365d.' }),
  allow_session_keys: Type.Boolean(),
});

const cookieOnly = 'The session token is in an HttpOnly cookie, never in the body.';

export const consoleRoutes: RoutesPlugin = (app, ctx) => {
  const cookies = cookieSessions(ctx.config.publicUrl);

  // A cross-site form must not sign the browser in to someone else's account (login CSRF): refused
  // before the password or the code is even checked.
  const sameOrigin = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    try {
      cookies.checkOrigin(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  };

  /** Sets the session's cookie; signing in again in the same browser ends the session its cookie held. */
  const startConsoleSession = async (request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn) => {
    const previous = cookies.tokenOf(request);
    if (previous !== undefined) await ctx.sessions.endReplaced(previous, originOf(request));
    const maxAge = Math.max(0, Math.floor((signedIn.expiresAt - ctx.clock.now()) / 1000));
    reply.header('set-cookie', cookies.setCookie(signedIn.token, maxAge));
    reply.header('cache-control', 'no-store');
    return {
      user: userJson(signedIn.user),
      csrf_token: csrfTokenFor(signedIn.token),
      expiration: toIso(signedIn.expiresAt),
    };
  };

  app.post(
    '/v0/console/session',
    {
      // The pipeline checks the email and password, throttled per address and per account.
      config: { auth: { who: 'none', presents: 'password' } },
      preValidation: sameOrigin,
      schema: {
        tags,
        operationId: 'signInToConsole',
        summary: 'Sign in to the console: sets an HttpOnly, SameSite=Strict session cookie',
        description: `${cookieOnly} Only from this server's own pages (the Origin header is checked). When the user has a second factor, no cookie is set yet: the answer is \`mfa_required\` with a challenge for POST /v0/console/session/mfa.`,
        body: SignIn,
        response: {
          200: {
            ...Type.Union([ConsoleSession, MfaRequired]),
            headers: setCookie('The session cookie, once no second factor is owed'),
          },
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const signedIn = await ctx.sessions.signIn(callerOf(request));
      if ('mfaRequired' in signedIn) {
        reply.header('cache-control', 'no-store');
        return mfaRequiredJson(signedIn);
      }
      return startConsoleSession(request, reply, signedIn);
    },
  );

  app.post(
    '/v0/console/session/mfa',
    {
      config: { auth: 'none' },
      preValidation: sameOrigin,
      schema: {
        tags,
        operationId: 'signInToConsoleSecondFactor',
        summary: 'Sign in to the console, second step: the challenge and a code set the session cookie',
        description: `${cookieOnly} Completes a console sign-in that answered \`mfa_required\`, as POST /v0/auth/login/mfa does for the API.`,
        body: SecondStep,
        response: {
          200: { ...ConsoleSession, headers: setCookie('The session cookie') },
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { challenge, ...answer } = request.body;
      const signedIn = await ctx.sessions.completeSignIn(
        challenge,
        factorAnswer(answer),
        anonymousOf(request),
      );
      return startConsoleSession(request, reply, signedIn);
    },
  );

  app.post(
    '/v0/console/session/passkey',
    {
      config: { auth: 'none' },
      preValidation: sameOrigin,
      schema: {
        tags,
        operationId: 'signInToConsoleWithPasskey',
        summary: 'Sign in to the console with a passkey: sets the session cookie',
        description: `${cookieOnly} A password-less sign-in, as POST /v0/auth/login/passkey does for the API.`,
        body: SignInWithPasskey,
        response: {
          200: { ...ConsoleSession, headers: setCookie('The session cookie') },
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const signedIn = await ctx.sessions.signInWithPasskey(assertionOf(request.body), anonymousOf(request));
      return startConsoleSession(request, reply, signedIn);
    },
  );

  app.get(
    '/v0/console/session',
    {
      // "Not signed in" is an answer, not a 401: the console asks on every page load. A cookie that is
      // sent is authenticated as usual (an ended session is still 401).
      config: { auth: { who: 'session', optional: true, duringEnrolment: true } },
      schema: {
        tags,
        operationId: 'getConsoleSession',
        summary: 'The console session: whether one is signed in, who, and the CSRF token for this session',
        description: `${cookieOnly} With no cookie (and no other credential) the answer is 200 \`{"signed_in": false}\`.`,
        response: { 200: SessionCheck, ...authErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (request.principal === undefined) return { signed_in: false as const };
      const token = cookies.tokenOf(request);
      // Only the cookie's own session gets its token, not a caller that sent another credential.
      const fromHeaders = request.headers.authorization !== undefined || request.headers.apikey !== undefined;
      if (token === undefined || fromHeaders) {
        throw new ApiError(
          'invalid_request',
          'This endpoint answers the console, signed in with its cookie.',
        );
      }
      const principal = principalOf(request);
      const user = await ctx.users.findById(principal.id);
      if (!user) throw new ApiError('session_ended', 'This session has ended. Sign in again.');
      return {
        signed_in: true as const,
        user: userJson(user),
        csrf_token: csrfTokenFor(token),
        expiration: toIso(expiryOf(token) ?? ctx.clock.now()),
        enrolment_required: principal.factor?.enrolmentRequired === true,
      };
    },
  );

  app.get(
    '/v0/console/key-policy',
    {
      config: { auth: 'session' },
      schema: {
        tags,
        operationId: 'getConsoleKeyPolicy',
        summary: 'The site key policy as the console shows it to everyone who creates keys',
        description: 'What GET /v0/admin/settings answers administrators, readable by every signed-in user.',
        response: { 200: KeyPolicy, ...authErrors },
      },
    },
    () => ctx.settings.policy(),
  );

  app.delete(
    '/v0/console/session',
    {
      config: { auth: { who: 'session', duringEnrolment: true } },
      schema: {
        tags,
        operationId: 'signOutOfConsole',
        description:
          'Ends the console’s session on the server and clears its cookie. Called by the web console; needs its CSRF header.',
        summary: 'Sign out of the console: ends the session on the server and clears the cookie',
        response: { 204: Type.Null({ headers: setCookie('The session cookie, cleared') }), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.sessions.logout(callerOf(request));
      reply.header('set-cookie', cookies.clearCookie());
      return reply.status(204).send(null);
    },
  );
};
