// The OAuth endpoints' request shapes: form bodies (repeated parameters remembered) and client authentication.
import type { FastifyInstance } from 'fastify';

/** Names given more than once in the form; such a request is invalid (RFC 6749 §3.1, §3.2). */
export const REPEATED: unique symbol = Symbol('repeated form parameters');

export type FormParams = Record<string, string> & { [REPEATED]?: string[] };

export function parseForm(text: string): FormParams {
  const params: FormParams = Object.create(null);
  const repeated: string[] = [];
  for (const [name, value] of new URLSearchParams(text)) {
    if (Object.hasOwn(params, name)) repeated.push(name);
    else params[name] = value;
  }
  if (repeated.length > 0) params[REPEATED] = [...new Set(repeated)];
  return params;
}

/** Registers the form parser on an encapsulated scope: only the OAuth endpoints accept form bodies. */
export function acceptForms(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => done(null, parseForm(String(body))),
  );
}

export const isForm = (body: unknown): body is FormParams =>
  typeof body === 'object' && body !== null && !Array.isArray(body);

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

export type ClientCredentials =
  | { ok: true; method: ClientAuthMethod; clientId: string; secret: string }
  | { ok: true; method: 'none' }
  | { ok: false; error: 'invalid_request' | 'invalid_client'; description: string; usedBasic: boolean };

/** `application/x-www-form-urlencoded` decoding of the id and secret inside Basic (RFC 6749 §2.3.1). */
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Where the client put its credentials: the Basic header or the form, never both. */
export function clientCredentialsOf(authorization: string | undefined, form: FormParams): ClientCredentials {
  const bodySecret = form.client_secret;
  const bodyId = form.client_id;
  if (authorization !== undefined && authorization !== '') {
    const space = authorization.indexOf(' ');
    const scheme = (space === -1 ? authorization : authorization.slice(0, space)).toLowerCase();
    const value = space === -1 ? '' : authorization.slice(space + 1).trim();
    if (scheme !== 'basic') {
      return {
        ok: false,
        error: 'invalid_request',
        description:
          'Client authentication uses HTTP Basic (client_secret_basic) or the form body (client_secret_post).',
        usedBasic: false,
      };
    }
    if (bodySecret !== undefined) {
      return {
        ok: false,
        error: 'invalid_request',
        description:
          'The client authenticated twice (Authorization header and client_secret); use one method.',
        usedBasic: true,
      };
    }
    const decoded = BASE64.test(value) ? Buffer.from(value, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    const clientId = colon > 0 ? formDecode(decoded.slice(0, colon)) : undefined;
    const secret = colon > 0 ? formDecode(decoded.slice(colon + 1)) : undefined;
    if (!clientId || secret === undefined) {
      return {
        ok: false,
        error: 'invalid_client',
        description:
          'The Basic credentials are not base64 of client_id:client_secret (each form-urlencoded).',
        usedBasic: true,
      };
    }
    if (bodyId !== undefined && bodyId !== clientId) {
      return {
        ok: false,
        error: 'invalid_request',
        description: 'client_id in the body differs from the one in the Authorization header.',
        usedBasic: true,
      };
    }
    return { ok: true, method: 'client_secret_basic', clientId, secret };
  }
  if (bodyId === undefined && bodySecret === undefined) return { ok: true, method: 'none' };
  if (!bodyId || bodySecret === undefined) {
    return {
      ok: false,
      error: 'invalid_client',
      description: 'client_secret_post needs both client_id and client_secret.',
      usedBasic: false,
    };
  }
  return { ok: true, method: 'client_secret_post', clientId: bodyId, secret: bodySecret };
}
