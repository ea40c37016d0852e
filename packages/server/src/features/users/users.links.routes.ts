// One-time password links: administrators issue invitations and resets; the link's holder reads and redeems it.
import { Type } from 'typebox';
import { anonymousOf, callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { toIso } from '../../lib/clock.ts';
import { notFound } from '../../lib/errors.ts';
import { authErrors, component, ErrorBody, ResourceRef, Timestamp } from '../../lib/schemas.ts';
import type { IssuedLink, LinkDetails, LinkPurpose } from './users.links.ts';

/** Public and per address: a link's 256 bits cannot be guessed, but nothing public is unmetered. */
const LINK_BUDGET = { perSecond: 1 / 6, burst: 10 };

const Purpose = Type.Union([Type.Literal('invitation'), Type.Literal('password_reset')]);

export const LinkJson = component(
  'PasswordLink',
  Type.Object({
    purpose: Purpose,
    url: Type.Optional(
      Type.String({
        description:
          'The one-time link, shown only in this answer, when it was not emailed (no LATCHKEY_SMTP_URL, or sending failed). Give it to the user privately.',
      }),
    ),
    emailed: Type.Boolean({ description: 'The link was emailed to the user (LATCHKEY_SMTP_URL).' }),
    expiration: Timestamp,
  }),
);

export const linkJson = (link: IssuedLink) => ({
  purpose: link.purpose,
  ...(link.url === undefined ? {} : { url: link.url }),
  emailed: link.emailed,
  expiration: toIso(link.expiresAt),
});

const Details = Type.Object({
  purpose: Purpose,
  email: Type.String(),
  name: Type.String(),
  expiration: Timestamp,
});
const detailsJson = (details: LinkDetails) => ({
  purpose: details.purpose,
  email: details.email,
  name: details.name,
  expiration: toIso(details.expiresAt),
});

const Token = Type.String({
  minLength: 1,
  maxLength: 128,
  description: 'The token from the link (after #token=).',
});
const linkErrors = { 400: ErrorBody, 404: ErrorBody, 410: ErrorBody, 429: ErrorBody };

export const userLinksRoutes: RoutesPlugin = (app, ctx) => {
  const issue = (
    purpose: LinkPurpose,
    path: string,
    operationId: string,
    summary: string,
    description: string,
  ) =>
    app.post(
      path,
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['users'],
          operationId,
          summary,
          description,
          params: Type.Object({ user: ResourceRef('user') }),
          response: { 201: LinkJson, ...authErrors, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const user = await ctx.users.findByRef(request.params.user);
        if (!user) throw notFound('User');
        const link = await ctx.userLinks.issue(caller, user, purpose);
        reply.header('cache-control', 'no-store');
        return reply.status(201).send(linkJson(link));
      },
    );
  issue(
    'invitation',
    '/v0/users/:user/invitation',
    'inviteUser',
    'Issue a new invitation link to a user without a password (administrators)',
    'A one-time link, valid 7 days, to the console page where the user chooses their password. Earlier invitations stop working. Emailed with LATCHKEY_SMTP_URL; otherwise answered once. 409 when the user has a password.',
  );
  issue(
    'password_reset',
    '/v0/users/:user/password-reset',
    'issuePasswordReset',
    'Issue a one-time password reset link (administrators)',
    'A one-time link, valid 1 day, to the console page where the user chooses a new password; using it ends their sessions. Earlier reset links stop working. Emailed with LATCHKEY_SMTP_URL; otherwise answered once.',
  );

  app.post(
    '/v0/auth/password-links/inspect',
    {
      config: { auth: { who: 'none', perAddress: LINK_BUDGET } },
      schema: {
        tags: ['auth'],
        operationId: 'inspectPasswordLink',
        summary: 'What a password link is for (public)',
        description:
          'The account and purpose of an invitation or reset link, without using it up. 404 link_invalid, 410 link_used or link_expired.',
        body: Type.Object({ token: Token }, { additionalProperties: false }),
        response: { 200: Details, ...linkErrors },
      },
    },
    async (request) => detailsJson(await ctx.userLinks.inspect(request.body.token)),
  );

  app.post(
    '/v0/auth/password-links/redeem',
    {
      config: { auth: { who: 'none', perAddress: LINK_BUDGET } },
      schema: {
        tags: ['auth'],
        operationId: 'redeemPasswordLink',
        summary: 'Set a password with an invitation or reset link (public)',
        description:
          'Sets the account’s password and uses the link up; a reset also ends every session of the account. Then sign in as usual. Errors change nothing: 400 naming password (too short or too easy to guess), 404 link_invalid, 410 link_used or link_expired.',
        body: Type.Object(
          {
            token: Token,
            password: Type.String({ minLength: 12, maxLength: 1024, description: 'At least 12 characters.' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Details, ...linkErrors },
      },
    },
    async (request) =>
      detailsJson(
        await ctx.userLinks.redeem(request.body.token, request.body.password, anonymousOf(request)),
      ),
  );
};
