// /v0/auth/sso: the console's "Sign in with" buttons, the redirect to the provider and the way back.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { anonymousOf, originOf } from '../../auth/actor.ts';
import { cookieSessions, parseCookies } from '../../auth/cookie-session.ts';
import type { RoutesPlugin } from '../../context.ts';
import { ErrorBody } from '../../lib/schemas.ts';
import { CALLBACK_PATH, SsoRefused } from './sso.service.ts';

const tags = ['console'];

const Redirect = (description: string) =>
  Type.Null({
    description,
    headers: {
      Location: Type.String({ description: 'Where the browser goes next.' }),
      'Set-Cookie': Type.Union([Type.String(), Type.Array(Type.String())], {
        description: 'The sign-in attempt’s cookie (HttpOnly, SameSite=Lax); at the end, the session cookie.',
      }),
    },
  });

const Button = Type.Object({
  id: Type.String({ description: 'The identity provider’s UUID, for /v0/auth/sso/{provider}/start.' }),
  name: Type.String({ description: 'The name to show: “Sign in with {name}”.' }),
});

/** A short-lived cookie holding the state and the PKCE verifier for the browser's way back (Lax: the provider's redirect is a cross-site navigation). */
function attemptCookie(publicUrl: string) {
  const secure = new URL(publicUrl).protocol === 'https:';
  const name = secure ? '__Host-latchkey_sso' : 'latchkey_sso';
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return {
    set: (value: string, maxAge: number) => `${name}=${value}; Max-Age=${maxAge}; ${attributes}`,
    clear: () => `${name}=; Max-Age=0; ${attributes}`,
    read(request: FastifyRequest): { state: string; verifier: string } | undefined {
      const [state, verifier] = (parseCookies(request.headers.cookie).get(name) ?? '').split('.');
      return state && verifier ? { state, verifier } : undefined;
    },
  };
}

export const ssoRoutes: RoutesPlugin = (app, ctx) => {
  const cookies = cookieSessions(ctx.config.publicUrl);
  const attempt = attemptCookie(ctx.config.publicUrl);

  const refused = (reply: FastifyReply, error: SsoRefused) =>
    reply
      .header('cache-control', 'no-store')
      .header('set-cookie', attempt.clear())
      .redirect(`/console/?sso_error=${error.code}`, 302);

  app.get(
    '/v0/auth/sso/providers',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        operationId: 'listSignInProviders',
        summary: 'The identity providers people may sign in to the console through (names and ids only)',
        description: 'Public: the console’s sign-in page shows a “Sign in with” button for each.',
        response: { 200: Type.Array(Button), 429: ErrorBody },
      },
    },
    () => ctx.sso.buttons(),
  );

  app.get(
    '/v0/auth/sso/:provider/start',
    {
      config: { auth: 'none' },
      schema: {
        tags,
        operationId: 'startSingleSignOn',
        summary: 'Sign in to the console through an identity provider: redirects to it',
        description:
          'Redirects (302) to the provider’s authorization endpoint with PKCE (S256), `state` and `nonce`. A refusal (the provider is not enabled for sign-in or is unreachable) redirects to the console’s sign-in page with `sso_error`.',
        params: Type.Object({ provider: Type.String({ minLength: 1, maxLength: 64 }) }),
        querystring: Type.Object(
          {
            return_to: Type.Optional(
              Type.String({
                maxLength: 512,
                description:
                  'A path under /console/ to land on once signed in; anything else lands on /console/.',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          302: Redirect('To the provider, or back to the sign-in page with `sso_error`.'),
          400: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      try {
        const started = await ctx.sso.start(request.params.provider, request.query.return_to ?? '/console/');
        return reply
          .header('cache-control', 'no-store')
          .header('set-cookie', attempt.set(`${started.state}.${started.verifier}`, 600))
          .redirect(started.location, 302);
      } catch (error) {
        if (error instanceof SsoRefused) return refused(reply, error);
        throw error;
      }
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      config: { auth: 'none' },
      schema: {
        tags,
        operationId: 'finishSingleSignOn',
        summary: 'Where the identity provider sends the browser back: signs in to the console',
        description:
          'Register this URL (on LATCHKEY_PUBLIC_URL) as the redirect URI of Latchkey’s client at the provider. Exchanges the code, checks the id token, sets the console’s session cookie and redirects to the console; a refusal redirects to the sign-in page with `sso_error`.',
        querystring: Type.Object(
          {
            code: Type.Optional(Type.String({ maxLength: 2048 })),
            state: Type.Optional(Type.String({ maxLength: 512 })),
            iss: Type.Optional(Type.String({ maxLength: 2048 })),
            error: Type.Optional(Type.String({ maxLength: 256 })),
            error_description: Type.Optional(Type.String({ maxLength: 2048 })),
          },
          {
            description:
              'As the provider sends them (RFC 6749 §4.1.2, RFC 9207); other parameters are kept for the exchange.',
          },
        ),
        response: {
          302: Redirect('To the console, signed in, or to its sign-in page with `sso_error`.'),
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const query = request.query as Record<string, string>;
      try {
        const { signedIn, returnTo } = await ctx.sso.callback(
          query,
          attempt.read(request),
          anonymousOf(request),
        );
        const previous = cookies.tokenOf(request);
        if (previous !== undefined) await ctx.sessions.endReplaced(previous, originOf(request));
        const maxAge = Math.max(0, Math.floor((signedIn.expiresAt - ctx.clock.now()) / 1000));
        return reply
          .header('cache-control', 'no-store')
          .header('set-cookie', [attempt.clear(), cookies.setCookie(signedIn.token, maxAge)])
          .redirect(returnTo, 302);
      } catch (error) {
        if (error instanceof SsoRefused) return refused(reply, error);
        throw error;
      }
    },
  );
};
