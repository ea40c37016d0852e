// What /v0/auth/verify tells a gateway: the identity headers for the upstream, the action, and the decision's path.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../../auth/principal.ts';
import { type Does, READ_METHODS } from '../../auth/requirement.ts';
import type { Via } from '../access/access.check.ts';

/** Every header verify may set for the upstream; a gateway copies these (docs/gateways.md). */
export const IDENTITY_HEADERS = [
  'x-latchkey-principal',
  'x-latchkey-user',
  'x-latchkey-app',
  'x-latchkey-email',
  'x-latchkey-credential',
  'x-latchkey-admin',
  'x-latchkey-restrictions',
  'x-latchkey-via',
] as const;

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The original request's method: Traefik sends X-Forwarded-Method, nginx configurations X-Original-Method;
 * Envoy forwards the original method itself, so without either header the request's own method stands.
 */
export const originalMethod = (request: FastifyRequest): string =>
  (header(request, 'x-forwarded-method') ?? header(request, 'x-original-method') ?? request.method)
    .trim()
    .toUpperCase();

/** GET, HEAD and OPTIONS of the original request read, the rest write. */
export const methodAction = (request: FastifyRequest): Does =>
  READ_METHODS.has(originalMethod(request)) ? 'read' : 'write';

/** `?action=` when given, otherwise the original method's. */
export function actionOf(request: FastifyRequest): Does {
  const action = (request.query as { action?: unknown } | undefined)?.action;
  return action === 'read' || action === 'write' ? action : methodAction(request);
}

/** `read_only`, `projects=<uuid>,<uuid>`, or both separated by `; `; undefined for an unrestricted credential. */
export function restrictionsOf(principal: Principal): string | undefined {
  const restrictions = principal.restrictions;
  if (!restrictions) return undefined;
  const parts: string[] = [];
  if (restrictions.readOnly) parts.push('read_only');
  if (restrictions.projects !== null) parts.push(`projects=${restrictions.projects.join(',')}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The identity of an allowed request. Never the secret: the credential is named by its kind and id. */
export function setIdentity(reply: FastifyReply, principal: Principal): void {
  reply.header('x-latchkey-principal', `${principal.type}:${principal.id}`);
  if (principal.type === 'user') {
    reply.header('x-latchkey-user', principal.slug);
    if (principal.email !== undefined) reply.header('x-latchkey-email', principal.email);
  } else if (principal.clientId !== undefined) reply.header('x-latchkey-app', principal.clientId);
  reply.header('x-latchkey-credential', `${principal.credential.kind}:${principal.credential.id}`);
  reply.header('x-latchkey-admin', principal.isAdmin ? 'true' : 'false');
  const restrictions = restrictionsOf(principal);
  if (restrictions !== undefined) reply.header('x-latchkey-restrictions', restrictions);
}

/**
 * The access decision's paths, strongest first, one header line: `team:rockets=write, key_restriction=read`.
 * Slugs are [a-z0-9-] and kinds fixed words, so the value is always a valid header.
 */
export function viaOf(via: readonly Via[]): string {
  if (via.length === 0) return 'none';
  return via
    .map((path) => {
      const who =
        path.subject && path.subject.type !== 'key' ? `:${path.subject.slug ?? path.subject.uuid}` : '';
      const as = path.kind === 'direct' && path.subject ? `${path.subject.type}` : path.kind;
      return `${as}${who}=${path.policy ?? 'none'}`;
    })
    .join(', ');
}
