// What every path answers beyond its routes: 405 with Allow for a wrong method (RFC 9110 §15.5.6), OPTIONS
// with Allow (§9.3.7), 404 for an unknown path, and CORS (the Fetch standard) for the origins a site lists.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ApiError } from '../lib/errors.ts';
import { sendError } from './error-handler.ts';
import { EXPIRATION_HEADER } from './expiration-header.ts';

/** Paths every origin may read (RFC 8414 discovery, the JWKS): no credential is involved. */
export const PUBLIC_PREFIX = '/.well-known/';

/** Headers a cross-origin script may read from an answer (the CORS-safelisted ones need no mention). */
const EXPOSED = [
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'retry-after',
  'link',
  'x-total-count',
  'www-authenticate',
  'etag',
  'x-request-id',
  'x-latchkey-remaining',
  EXPIRATION_HEADER,
].join(', ');

/** Request headers a cross-origin script may send: the four ways to present a credential, JSON, revalidation. */
const ALLOWED_HEADERS = 'authorization, apikey, content-type, if-none-match, x-request-id';

/** How long a browser may keep a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

interface RoutePattern {
  pattern: RegExp;
  methods: Set<string>;
}

/** A Fastify URL (`/v0/users/:user/keys`, `/console/*`) as a regular expression over request paths. */
function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z_][\w-]*|\*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** The methods a path answers, from every registered route (HEAD wherever GET, OPTIONS everywhere). */
export class MethodIndex {
  private readonly routes = new Map<string, RoutePattern>();

  add(url: string, methods: readonly string[]): void {
    let route = this.routes.get(url);
    if (!route) {
      route = { pattern: patternOf(url), methods: new Set() };
      this.routes.set(url, route);
    }
    for (const method of methods) route.methods.add(method.toUpperCase());
  }

  /** The Allow header's methods for `path`, sorted; empty when no route has the path. */
  allowed(path: string): string[] {
    const found = new Set<string>();
    for (const route of this.routes.values())
      if (route.pattern.test(path)) for (const method of route.methods) found.add(method);
    if (found.size === 0) return [];
    if (found.has('GET')) found.add('HEAD');
    found.add('OPTIONS');
    return [...found].sort();
  }
}

/** The CORS answer for a request's Origin: `*` on public paths, the origin itself when the site lists it. */
function allowOrigin(
  request: FastifyRequest,
  path: string,
  origins: ReadonlySet<string>,
): string | undefined {
  if (path.startsWith(PUBLIC_PREFIX)) return '*';
  const origin = request.headers.origin;
  return typeof origin === 'string' && origins.has(origin) ? origin : undefined;
}

/** What a request's path is, without its query. */
const pathOf = (request: FastifyRequest): string => request.url.split('?')[0] ?? request.url;

function answerOptions(
  request: FastifyRequest,
  reply: FastifyReply,
  allow: string[],
  origins: ReadonlySet<string>,
): FastifyReply {
  reply.header('allow', allow.join(', '));
  const allowed = allowOrigin(request, pathOf(request), origins);
  // A preflight: the browser asks whether a cross-origin request may be sent.
  if (allowed !== undefined && request.headers['access-control-request-method'] !== undefined) {
    reply.header('access-control-allow-origin', allowed);
    reply.header('access-control-allow-methods', allow.join(', '));
    reply.header('access-control-allow-headers', ALLOWED_HEADERS);
    reply.header('access-control-max-age', PREFLIGHT_MAX_AGE);
  }
  if (allowed !== '*') reply.header('vary', 'Origin');
  return reply.status(204).send();
}

/**
 * Registers, before any route, the index of methods and the answers for paths no route took: OPTIONS
 * (and CORS preflights), 405 with Allow, or 404. With `corsOrigins`, a request from one of them is
 * answered with its origin in Access-Control-Allow-Origin, never with credentials; without, no hook is added.
 */
export function registerHttpConventions(app: FastifyInstance, corsOrigins: readonly string[]): void {
  const index = new MethodIndex();
  app.addHook('onRoute', (route) => index.add(route.url, [route.method].flat()));
  const origins = new Set(corsOrigins);
  if (origins.size > 0)
    app.addHook('onRequest', (request, reply, done) => {
      const origin = request.headers.origin;
      reply.header('vary', 'Origin');
      if (typeof origin === 'string' && origins.has(origin)) {
        reply.header('access-control-allow-origin', origin);
        reply.header('access-control-expose-headers', EXPOSED);
      }
      done();
    });
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    const allow = index.allowed(path);
    if (allow.length > 0 && request.method === 'OPTIONS')
      return answerOptions(request, reply, allow, origins);
    if (allow.length > 0)
      return sendError(
        reply,
        request,
        new ApiError(
          'method_not_allowed',
          `${path} does not answer ${request.method}; it answers ${allow.join(', ')}.`,
          {
            allow: allow.join(', '),
          },
        ),
      );
    return sendError(reply, request, new ApiError('not_found', `No route ${request.method} ${path}`));
  });
}

/** The 304 of a public document, as its route declares it: no body. */
export const NOT_MODIFIED = Type.Null({ description: 'Not modified: the If-None-Match ETag is current.' });

/** A strong entity tag (RFC 9110 §8.8.3) for a representation's bytes. */
export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether If-None-Match names `etag` (weak comparison, RFC 9110 §13.1.2), or is `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * A document anyone may read and cache (RFC 8414 discovery, the JWKS): JSON text made once per content,
 * any origin may read it (no credential is involved), an ETag, and a 304 without a body when the
 * client's If-None-Match already names it.
 */
export class PublicDocument {
  private text = '';
  private etag = '';

  constructor(private readonly cacheControl: string) {}

  send(request: FastifyRequest, reply: FastifyReply, content: unknown): void {
    const text = JSON.stringify(content);
    // Made again only when the content changed (a JWKS after a rotation).
    if (text !== this.text) {
      this.text = text;
      this.etag = etagOf(text);
    }
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'etag');
    reply.header('cache-control', this.cacheControl);
    reply.header('etag', this.etag);
    if (matchesIfNoneMatch(request.headers['if-none-match'], this.etag)) reply.status(304).send();
    else reply.type('application/json; charset=utf-8').send(text);
  }
}
