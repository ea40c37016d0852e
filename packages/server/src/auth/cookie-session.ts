// The console's cookie session: the cookie, its CSRF token, and reading it as the request's credential.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../lib/errors.ts';
import { type PresentResult, present } from './present.ts';

/** Over https the `__Host-` prefix pins the cookie to this host, Secure, Path=/ (RFC 6265bis §4.1.3.2). */
const SECURE_NAME = '__Host-latchkey_session';
const PLAIN_NAME = 'latchkey_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that change nothing; every other method carrying the cookie needs the Origin and the token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_LABEL = 'latchkey console csrf v1';

export interface CookieSessions {
  /** The cookie's name: `__Host-latchkey_session` when the public URL is https. */
  readonly name: string;
  /** Set-Cookie for a new session holding `token` (the session JWT) for `maxAgeSeconds`. */
  setCookie(token: string, maxAgeSeconds: number): string;
  /** Set-Cookie that removes the cookie. */
  clearCookie(): string;
  /** The session JWT the request's cookie holds, if any. */
  tokenOf(request: FastifyRequest): string | undefined;
  /** The credential the headers present or, when they present none, the cookie's (after the CSRF checks). */
  present(request: FastifyRequest): PresentResult;
  /** Throws 403 unless the request's Origin is this server's. */
  checkOrigin(request: FastifyRequest): void;
}

/**
 * The CSRF token of a session: an HMAC keyed with the session's own token, which only the holder of the
 * cookie (and the server, which reads it from the cookie) can compute. Nothing to store, and it works on
 * every instance; a cross-site page can neither read the HttpOnly cookie nor this token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update(CSRF_LABEL).digest('base64url');
}

/** A session JWT's `exp` in ms, read after the pipeline verified it (the console shows it). */
export function expiryOf(sessionToken: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(sessionToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (name !== '' && !cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

const sameBytes = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

const crossSite = (why: string) =>
  new ApiError(
    'forbidden',
    `Cross-site request refused: ${why}. The console sends its requests from this server's own pages.`,
  );

export function cookieSessions(publicUrl: string): CookieSessions {
  const publicOrigin = new URL(publicUrl).origin;
  const secure = publicOrigin.startsWith('https:');
  const name = secure ? SECURE_NAME : PLAIN_NAME;
  const attributes = `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;

  const tokenOf = (request: FastifyRequest) => {
    const value = parseCookies(request.headers.cookie).get(name);
    return value === undefined || value === '' ? undefined : value;
  };

  // This server as the browser reached it: the scheme as the trusted proxies resolve it, and the Host it sent.
  const ownOrigin = (request: FastifyRequest) => {
    const host = request.headers.host;
    if (host === undefined || host === '') return undefined;
    try {
      return new URL(`${request.protocol}://${host}`).origin;
    } catch {
      return undefined;
    }
  };

  const checkOrigin = (request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (origin === undefined || origin === '' || origin === 'null') {
      throw crossSite('the request has no Origin header');
    }
    const shown = origin.slice(0, 200);
    let serialized: string;
    try {
      serialized = new URL(origin).origin;
    } catch {
      throw crossSite('its Origin header is not a URL');
    }
    // A browser sends an origin exactly as it serializes one: scheme, host and port, no user-info, no path.
    if (serialized !== origin) throw crossSite(`its Origin (${shown}) is not a serialized origin`);
    // Scheme, host and port all count: the public URL's origin, or this server as the request reached it.
    if (origin !== publicOrigin && origin !== ownOrigin(request)) {
      throw crossSite(`its Origin (${shown}) is not this server`);
    }
  };

  return {
    name,
    setCookie: (token, maxAgeSeconds) => `${name}=${token}; Max-Age=${maxAgeSeconds}; ${attributes}`,
    clearCookie: () => `${name}=; Max-Age=0; ${attributes}`,
    tokenOf,
    checkOrigin,
    present(request) {
      const fromHeaders = present(request.headers);
      // A credential in the headers wins: the cookie is then not used, so it cannot be abused either.
      if (!fromHeaders.ok || fromHeaders.presented) return fromHeaders;
      const token = tokenOf(request);
      if (token === undefined) return fromHeaders;
      if (!SAFE_METHODS.has(request.method)) {
        checkOrigin(request);
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || sent === '') {
          throw crossSite(`the ${CSRF_HEADER} header is missing`);
        }
        if (!sameBytes(sent, csrfTokenFor(token))) {
          throw crossSite(`the ${CSRF_HEADER} header does not belong to this session; reload the console`);
        }
      }
      return { ok: true, presented: { form: 'cookie', secret: token } };
    },
  };
}
