// The onRequest hook that authenticates every request, and the one mapping from a refusal to HTTP.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, type ErrorCode } from '../lib/errors.ts';
import type { Authenticate } from './authenticate.ts';
import { present } from './present.ts';
import type { AuthFailureReason, Principal } from './principal.ts';
import { INVALID_TOKEN_CHALLENGE, TOKEN_REFUSALS } from './token-refusals.ts';

/** What a route needs: nothing, any principal, a signed-in session, or an administrator. */
export type AuthRequirement = 'none' | 'any' | 'session' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRequirement;
  }
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

export const CHALLENGES = 'Bearer realm="latchkey"';

/** Reasons the caller may be told: they proved they hold a genuine secret. */
const DISCLOSED: Partial<Record<AuthFailureReason, { code: ErrorCode; message: string }>> = {
  expired: { code: 'credential_expired', message: 'This credential has expired. Create a new API key.' },
  revoked: {
    code: 'credential_revoked',
    message: 'This credential was revoked and can never be used again. Create a new API key.',
  },
  suspended: {
    code: 'user_suspended',
    message: 'The account this credential belongs to is suspended. Contact an administrator.',
  },
  session_ended: { code: 'session_ended', message: 'This session has ended. Sign in again.' },
};

export function refusal(reason: AuthFailureReason): ApiError {
  if (reason === 'malformed') {
    return new ApiError(
      'malformed_credential',
      'The credential is not a well-formed Latchkey key: it may be truncated or have extra characters. Copy the whole key again.',
    );
  }
  const disclosed = DISCLOSED[reason] ?? TOKEN_REFUSALS[reason];
  return new ApiError(
    disclosed?.code ?? 'invalid_credentials',
    disclosed?.message ??
      'The credential was not accepted. Check that it was copied whole and has not been revoked or expired.',
    { 'www-authenticate': INVALID_TOKEN_CHALLENGE },
  );
}

export interface AuthPluginOptions {
  authenticate: Authenticate;
  logAttempts: 'refusals' | 'debug';
}

export function registerAuth(app: FastifyInstance, options: AuthPluginOptions): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    const requirement = request.routeOptions.config.auth ?? 'none';
    if (requirement === 'none') return;
    const presentation = present(request.headers);
    if (!presentation.ok) {
      request.log.info({ auth: { outcome: 'refused', reason: 'unreadable' } }, 'authentication refused');
      throw new ApiError(
        presentation.status === 400 ? 'ambiguous_credentials' : 'invalid_credentials',
        presentation.message,
        {
          'www-authenticate': CHALLENGES,
        },
      );
    }
    if (!presentation.presented) {
      throw new ApiError('authentication_required', 'This endpoint requires a credential.', {
        'www-authenticate': CHALLENGES,
      });
    }
    const result = await options.authenticate(presentation.presented);
    if (!result.ok) {
      request.log.info(
        {
          auth: {
            outcome: 'refused',
            reason: result.reason,
            start: result.start,
            form: presentation.presented.form,
          },
        },
        'authentication refused',
      );
      throw refusal(result.reason);
    }
    if (options.logAttempts === 'debug') {
      const { credential } = result.principal;
      request.log.info(
        {
          auth: {
            outcome: 'accepted',
            kind: credential.kind,
            start: credential.start,
            principal: result.principal.id,
          },
        },
        'authentication accepted',
      );
    }
    request.principal = result.principal;
    if (requirement === 'session' && result.principal.credential.kind !== 'session') {
      throw new ApiError('forbidden', 'This endpoint requires a signed-in session, not an API key.');
    }
    if (requirement === 'admin' && !result.principal.isAdmin) {
      throw new ApiError('forbidden', 'This endpoint requires an administrator.');
    }
  });
}

/** The caller of a route declared with auth other than 'none'. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = request.principal;
  if (!principal)
    throw new ApiError('authentication_required', 'This endpoint requires a credential.', {
      'www-authenticate': CHALLENGES,
    });
  return principal;
}
