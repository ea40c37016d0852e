// /v0/auth/mfa: the signed-in user's second factor: enrol (URI and QR code), confirm, read, remove.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIsoOrNull } from '../../lib/clock.ts';
import { authErrors, ErrorBody, NullableTimestamp } from '../../lib/schemas.ts';
import { FactorBody, factorAnswer } from './mfa.view.ts';

const tags = ['auth'];

// Only a signed-in session: a factor guards sign-in, so no key (made without it) may add or remove one.
// Open to a session that may only enrol (the site's require_mfa).
const enrols = { who: 'session', createsCredential: true, duringEnrolment: true } as const;

export const mfaRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/auth/mfa',
    {
      config: { auth: { who: 'session', duringEnrolment: true } },
      schema: {
        tags,
        operationId: 'getMfa',
        summary: 'The caller’s second factors',
        description:
          'Whether a TOTP factor guards the caller’s sign-in, and how many recovery codes are left.',
        response: {
          200: Type.Object({
            totp: Type.Boolean({ description: 'A confirmed TOTP factor guards sign-in.' }),
            confirmation: NullableTimestamp,
            recovery_codes_left: Type.Integer({ minimum: 0 }),
          }),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const status = await ctx.mfa.status(principalOf(request).id);
      return {
        totp: status.enrolled,
        confirmation: toIsoOrNull(status.confirmedAt),
        recovery_codes_left: status.recoveryCodesLeft,
      };
    },
  );

  app.post(
    '/v0/auth/mfa/totp',
    {
      config: { auth: enrols },
      schema: {
        tags,
        operationId: 'startTotpEnrolment',
        summary: 'Start TOTP enrolment: a new seed as an otpauth URI and a QR code',
        description:
          'Makes a new TOTP seed (SHA1, 6 digits, 30 s) for the signed-in user, replacing an unconfirmed one. It guards nothing until confirmed with a first code. Only from a signed-in session.',
        response: {
          200: Type.Object({
            otpauth_uri: Type.String({
              description: 'otpauth://totp/Latchkey:EMAIL?secret=…&issuer=Latchkey',
            }),
            qr_code: Type.String({ description: 'The URI as a QR code: a data:image/svg+xml URL.' }),
            secret: Type.String({ description: 'The base32 seed, for typing into an app that cannot scan.' }),
          }),
          ...authErrors,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const enrolment = await ctx.mfa.startEnrolment(callerOf(request));
      reply.header('cache-control', 'no-store');
      return { otpauth_uri: enrolment.uri, qr_code: enrolment.qrCode, secret: enrolment.seed };
    },
  );

  app.post(
    '/v0/auth/mfa/totp/confirm',
    {
      config: { auth: enrols },
      schema: {
        tags,
        operationId: 'confirmTotpEnrolment',
        summary: 'Confirm TOTP enrolment with a first code; answers the recovery codes, once',
        description:
          'From then on, sign-in needs a code. The ten recovery codes are each good for one sign-in and are shown only in this response (stored hashed).',
        body: Type.Object(
          {
            code: Type.String({
              minLength: 1,
              maxLength: 16,
              description: 'The app’s current 6-digit code.',
            }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ recovery_codes: Type.Array(Type.String(), { description: 'Shown once.' }) }),
          ...authErrors,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const codes = await ctx.mfa.confirmEnrolment(caller, request.body.code.trim());
      await ctx.sessions.factorsChanged(caller.principal.id, caller.principal.credential.id);
      reply.header('cache-control', 'no-store');
      return { recovery_codes: codes };
    },
  );

  app.delete(
    '/v0/auth/mfa/totp',
    {
      config: { auth: 'session' },
      schema: {
        tags,
        operationId: 'removeTotp',
        summary: 'Remove the TOTP factor and its recovery codes',
        description:
          'Needs a current code or an unused recovery code (failures count against the account’s sign-in throttle). Only from a signed-in session.',
        body: FactorBody,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await ctx.mfa.remove(caller, factorAnswer(request.body));
      await ctx.sessions.factorsChanged(caller.principal.id);
      return reply.status(204).send(null);
    },
  );
};
