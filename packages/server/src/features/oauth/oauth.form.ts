// The OAuth endpoints' bodies: only they accept application/x-www-form-urlencoded.
import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../lib/form.ts';

/** Registers the form parser on an encapsulated scope: only the OAuth endpoints accept form bodies. */
export function acceptForms(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => done(null, parseForm(String(body))),
  );
}
