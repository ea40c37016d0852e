// POST /v0/security/leaked-credentials (GitHub's secret-scanning partner format) and POST /v0/credentials/revoke.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { anonymousOf } from '../../auth/actor.ts';
import type { AppContext, TypedApp } from '../../context.ts';
import { ApiError } from '../../lib/errors.ts';
import { ErrorBody } from '../../lib/schemas.ts';

/** A report larger than this is refused (413) before it is read further. */
export const MAX_REPORT_BYTES = 4 * 1024 * 1024;
const MAX_REPORT_TOKENS = 10_000;
export const MAX_SELF_REVOKE = 1000;
/** Self-revocation per client address: bursts of 10, then one request every 6 seconds. */
const SELF_REVOKE_BUDGET = { perSecond: 1 / 6, burst: 10 };

const Report = Type.Array(
  Type.Object({
    token: Type.String({ minLength: 1, maxLength: 1024 }),
    type: Type.String({ maxLength: 256 }),
    url: Type.Optional(Type.String({ maxLength: 4096 })),
    source: Type.Optional(Type.String({ maxLength: 256 })),
  }),
  { maxItems: MAX_REPORT_TOKENS, description: "GitHub's secret-scanning partner payload." },
);
const Feedback = Type.Array(
  Type.Object({
    token_hash: Type.String({ description: 'SHA-256 (hex) of the reported token.' }),
    token_type: Type.String(),
    label: Type.Union([Type.Literal('true_positive'), Type.Literal('false_positive')]),
  }),
);
const RevokeBody = Type.Object(
  {
    credentials: Type.Array(Type.String({ minLength: 1, maxLength: 256 }), {
      minItems: 1,
      maxItems: MAX_SELF_REVOKE,
      description: 'Latchkey credentials (lk_user_…, lk_sess_…, lk_secret_…) to revoke.',
    }),
  },
  { additionalProperties: false },
);

/** The exact bytes GitHub signed, kept beside the parsed body. */
const rawBodies = new WeakMap<FastifyRequest, Buffer>();

const unsigned = () =>
  new ApiError(
    'authentication_required',
    'A leak report must be signed: Github-Public-Key-Identifier and Github-Public-Key-Signature.',
  );
const badSignature = () =>
  new ApiError('bad_signature', 'The report’s signature does not verify with the published key it names.');

export function leaksRoutes(app: TypedApp, ctx: AppContext): void {
  // Its own scope: only this route parses JSON into a buffer (to verify) and then into the body.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: MAX_REPORT_BYTES },
      (request, body, done) => {
        const raw = body as Buffer;
        rawBodies.set(request, raw);
        try {
          done(null, JSON.parse(raw.toString('utf8')));
        } catch {
          done(new ApiError('invalid_request', 'body: not valid JSON.'), undefined);
        }
      },
    );
    scope.post(
      '/v0/security/leaked-credentials',
      {
        config: { auth: 'none' },
        schema: {
          tags: ['security'],
          operationId: 'reportLeakedCredentials',
          summary: 'Report leaked credentials (GitHub secret scanning partner endpoint)',
          description:
            'Signed by GitHub (ECDSA P-256, SHA-256, over the raw body). Every reported Latchkey credential is revoked at once.',
          headers: Type.Object({
            'github-public-key-identifier': Type.Optional(Type.String({ maxLength: 256 })),
            'github-public-key-signature': Type.Optional(Type.String({ maxLength: 512 })),
          }),
          body: Report,
          response: { 200: Feedback, 400: ErrorBody, 401: ErrorBody, 413: ErrorBody },
        },
        // The signature is checked on the raw bytes before anything in the body is looked at.
        preValidation: async (request) => {
          const identifier = request.headers['github-public-key-identifier'];
          const signature = request.headers['github-public-key-signature'];
          const raw = rawBodies.get(request);
          if (typeof identifier !== 'string' || typeof signature !== 'string' || !raw) throw unsigned();
          if (!(await ctx.leaks.keys.verify(identifier, signature, raw))) throw badSignature();
        },
      },
      async (request) => ctx.leaks.service.report(anonymousOf(request), request.body),
    );
  });

  app.post(
    '/v0/credentials/revoke',
    {
      config: { auth: { who: 'none', perAddress: SELF_REVOKE_BUDGET } },
      bodyLimit: 256 * 1024,
      schema: {
        tags: ['security'],
        operationId: 'revokeCredentials',
        description:
          'Revokes the Latchkey credentials in the request body, for whoever finds a leaked one. Public and rate limited per address; it always answers 202, so it says nothing about what matched.',
        summary: 'Revoke credentials you hold (public; answers 202 whatever matched)',
        body: RevokeBody,
        response: {
          202: Type.Object({
            received: Type.Integer({
              description: 'How many credentials were given (not how many matched).',
            }),
          }),
          400: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await ctx.leaks.service.report(
        anonymousOf(request),
        request.body.credentials.map((token) => ({
          token,
          type: 'latchkey_credential',
          source: 'self_revocation',
        })),
      );
      return reply.status(202).send({ received: request.body.credentials.length });
    },
  );
}
