// Step-up (proving the second factor again for sensitive changes), new recovery codes, and an
// administrator's reset of a user's factors.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIso } from '../../lib/clock.ts';
import { authErrors, ResourceRef, Timestamp } from '../../lib/schemas.ts';
import { FactorBody, factorAnswer } from './mfa.view.ts';

const tags = ['auth'];

const RecoveryCodes = Type.Object({
  recovery_codes: Type.Array(Type.String(), { description: 'Shown once; each works once.' }),
});

export const mfaPolicyRoutes: RoutesPlugin = (app, ctx) => {
  app.post(
    '/v0/auth/step-up',
    {
      // The route that proves the factor cannot itself demand a proved factor.
      config: { auth: { who: 'session', stepUp: false } },
      schema: {
        tags,
        operationId: 'stepUp',
        summary: 'Prove the second factor again, for sensitive changes',
        description:
          'With a current code (or an unused recovery code), the calling session may make sensitive changes (create keys or client secrets, administrator writes) for the site’s step_up_minutes. Wrong answers are 403 and count against the sign-in throttles.',
        body: FactorBody,
        response: {
          200: Type.Object({
            step_up_expiration: Timestamp,
          }),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const until = await ctx.sessions.stepUp(callerOf(request), factorAnswer(request.body));
      return { step_up_expiration: toIso(until) };
    },
  );

  app.post(
    '/v0/auth/mfa/recovery-codes',
    {
      config: { auth: { who: 'session', createsCredential: true } },
      schema: {
        tags,
        operationId: 'regenerateRecoveryCodes',
        summary: 'Replace the recovery codes with ten new ones',
        description:
          'Every earlier recovery code stops working. The new ones are shown only in this response (stored hashed). Needs a recent step-up.',
        response: { 200: RecoveryCodes, ...authErrors },
      },
    },
    async (request, reply) => {
      const codes = await ctx.mfaRecovery.regenerate(callerOf(request));
      reply.header('cache-control', 'no-store');
      return { recovery_codes: codes };
    },
  );

  app.delete(
    '/v0/users/:user/mfa',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['users'],
        operationId: 'resetUserMfa',
        summary: 'Reset a user’s second factors (they lost theirs)',
        description:
          'Removes the user’s TOTP factor, recovery codes and passkeys and ends every session they have. Audited (user.mfa_reset) and sent as the user.mfa_reset event. Administrators only, not on themselves.',
        params: Type.Object({ user: ResourceRef('user') }),
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.mfaRecovery.reset(callerOf(request), request.params.user);
      return reply.status(204).send(null);
    },
  );
};
