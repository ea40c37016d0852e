// An Express/Connect-style middleware on the verifier: (req, res, next), with req.latchkey set when allowed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VerifiedPrincipal } from './result.ts';
import type { Verifier, VerifyRequest } from './verifier.ts';

export type LatchkeyRequest = IncomingMessage & { latchkey?: VerifiedPrincipal };

export interface LatchkeyMiddlewareOptions {
  verifier: Verifier;
  decide?: (request: IncomingMessage) => VerifyRequest | undefined;
}

/** Refuses with Latchkey's JSON error (and WWW-Authenticate / Retry-After), or calls next() with req.latchkey set. */
export function latchkeyMiddleware(options: LatchkeyMiddlewareOptions) {
  return (request: LatchkeyRequest, response: ServerResponse, next: (error?: unknown) => void): void => {
    options.verifier.verify(request.headers, options.decide?.(request)).then(
      (answer) => {
        if (answer.ok) {
          request.latchkey = answer.principal;
          next();
          return;
        }
        const { refusal } = answer;
        if (refusal.challenge) response.setHeader('www-authenticate', refusal.challenge);
        if (refusal.retryAfter !== undefined) response.setHeader('retry-after', String(refusal.retryAfter));
        response.statusCode = refusal.status;
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }));
      },
      (error: unknown) => next(error),
    );
  };
}
