// /v0/auth/passkeys: the signed-in user's passkeys (register, list, remove), and /v0/auth/login/passkey:
// a password-less sign-in with one.
import { Type } from 'typebox';
import { anonymousOf, callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { authErrors, ErrorBody } from '../../lib/schemas.ts';
import { LoginAnswer, loginJson } from '../sessions/sessions.routes.ts';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from './passkeys.service.ts';
import {
  Passkey,
  PasskeyAssertion,
  PasskeyCreationOptions,
  PasskeyRegistration,
  PasskeyRequestOptions,
  passkeyJson,
} from './passkeys.view.ts';

const tags = ['auth'];

// Only a signed-in session: a passkey signs its user in, so no key (made without one) may add one. A user
// the policy sends to enrolment may make a passkey their factor, as they may an authenticator app.
const enrols = { who: 'session', createsCredential: true, duringEnrolment: true } as const;

const Params = Type.Object({ passkey: Type.String({ description: 'The UUID of the passkey.' }) });

/** A password-less sign-in's body, for the API and the console alike. */
export const SignInWithPasskey = Type.Object(
  { credential: PasskeyAssertion },
  { additionalProperties: false },
);

/** The body's shape was checked by its schema; @simplewebauthn/server checks everything in it. */
export const assertionOf = (body: { credential: object }) => body.credential as AuthenticationResponseJSON;

export const passkeysRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/auth/passkeys',
    {
      config: { auth: { who: 'session', duringEnrolment: true } },
      schema: {
        tags,
        operationId: 'listPasskeys',
        summary: 'The caller’s passkeys',
        description:
          'The passkeys registered to the signed-in user, oldest first. Only from a signed-in session.',
        response: { 200: Type.Array(Passkey), ...authErrors },
      },
    },
    async (request) => (await ctx.passkeys.list(principalOf(request).id)).map(passkeyJson),
  );

  app.post(
    '/v0/auth/passkeys/options',
    {
      config: { auth: enrols },
      schema: {
        tags,
        operationId: 'startPasskeyRegistration',
        summary: 'Start registering a passkey: the options for navigator.credentials.create()',
        description:
          'A registration challenge for the signed-in user (single use, five minutes), with the relying party id and origin taken from LATCHKEY_PUBLIC_URL. The passkeys already registered are excluded. Only from a signed-in session.',
        response: { 200: PasskeyCreationOptions, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return ctx.passkeys.registrationOptions(callerOf(request));
    },
  );

  app.post(
    '/v0/auth/passkeys',
    {
      config: { auth: enrols },
      schema: {
        tags,
        operationId: 'registerPasskey',
        summary: 'Register a passkey: the authenticator’s answer to the registration challenge',
        description:
          'Verifies the new credential against the challenge (used up either way), the origin and the relying party id, and keeps its public key. From then on a password sign-in of this user needs a second factor, which the passkey can be, and the passkey alone can sign in (POST /v0/auth/login/passkey). Only from a signed-in session.',
        body: Type.Object(
          {
            name: Type.Optional(
              Type.String({
                maxLength: 100,
                description: 'A name to tell passkeys apart; default "Passkey".',
              }),
            ),
            credential: PasskeyRegistration,
          },
          { additionalProperties: false },
        ),
        response: { 201: Passkey, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const row = await ctx.passkeys.register(
        caller,
        request.body.name ?? '',
        request.body.credential as RegistrationResponseJSON,
      );
      // As at an authenticator app's enrolment: the session that made it has proved it, and the user's
      // sessions are re-read (one that could only enrol is open now).
      await ctx.sessions.factorsChanged(caller.principal.id, caller.principal.credential.id);
      return reply.status(201).send(passkeyJson(row));
    },
  );

  app.delete(
    '/v0/auth/passkeys/:passkey',
    {
      config: { auth: 'session' },
      schema: {
        tags,
        operationId: 'removePasskey',
        summary: 'Remove one of the caller’s passkeys',
        description: 'It no longer signs in nor counts as a second factor. Only from a signed-in session.',
        params: Params,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await ctx.passkeys.remove(caller, request.params.passkey);
      await ctx.sessions.factorsChanged(caller.principal.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v0/auth/login/passkey/options',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        operationId: 'startPasskeySignIn',
        summary: 'Start a password-less sign-in: the options for navigator.credentials.get()',
        description:
          'A sign-in challenge (single use, five minutes) with no credentials listed: the authenticator offers the passkeys it holds for this site. User verification is required.',
        response: { 200: PasskeyRequestOptions, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return ctx.passkeys.authenticationOptions('sign_in', null);
    },
  );

  app.post(
    '/v0/auth/login/passkey',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        operationId: 'loginWithPasskey',
        summary: 'Sign in with a passkey (no password)',
        description:
          'The assertion over a challenge from POST /v0/auth/login/passkey/options starts a session. The challenge works once; the origin, relying party id, signature and signature counter are checked. Failures count against the address’s sign-in throttle and the passkey owner’s account throttle.',
        body: SignInWithPasskey,
        response: { 200: LoginAnswer, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const signedIn = await ctx.sessions.signInWithPasskey(assertionOf(request.body), anonymousOf(request));
      reply.header('cache-control', 'no-store');
      return loginJson(signedIn);
    },
  );
};
