// A Fastify plugin on the verifier: every route of the scope it is registered in needs a Latchkey credential.
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import type { Refusal, VerifiedPrincipal } from './result.ts';
import type { Verifier, VerifyRequest } from './verifier.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the Latchkey plugin on the routes it protects. */
    latchkey: VerifiedPrincipal | null;
  }
}

export interface LatchkeyFastifyOptions {
  verifier: Verifier;
  /** An access decision per request (the project it is about, read or write); none by default. */
  decide?: (request: FastifyRequest) => VerifyRequest | undefined;
}

/** The refusal as JSON in Latchkey's error shape, with WWW-Authenticate or Retry-After when they apply. */
export function sendRefusal(reply: FastifyReply, refusal: Refusal): FastifyReply {
  if (refusal.challenge) reply.header('www-authenticate', refusal.challenge);
  if (refusal.retryAfter !== undefined) reply.header('retry-after', String(refusal.retryAfter));
  return reply.code(refusal.status).send({ error: { code: refusal.code, message: refusal.message } });
}

/**
 * `app.register(latchkeyFastify, { verifier })` inside a scope: its routes answer 401/403/429 for a
 * refused credential and see `request.latchkey` (the principal) otherwise. Fastify's own encapsulation
 * keeps routes outside the scope public.
 */
const plugin: FastifyPluginCallback<LatchkeyFastifyOptions> = (instance, options, done) => {
  if (!instance.hasRequestDecorator('latchkey')) instance.decorateRequest('latchkey', null);
  instance.addHook('onRequest', async (request, reply) => {
    const answer = await options.verifier.verify(request.headers, options.decide?.(request));
    if (!answer.ok) return sendRefusal(reply, answer.refusal);
    request.latchkey = answer.principal;
  });
  done();
};

/** What fastify-plugin does: the hook applies to the scope that registers the plugin, not a child of it. */
export const latchkeyFastify = Object.assign(plugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'latchkey',
});
