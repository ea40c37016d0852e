// What /v0/auth/verify tells a gateway: the identity headers for the upstream, the action, and the decision's path.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../../auth/principal.ts';
import { carriesAdministratorPower, type Does, READ_METHODS } from '../../auth/requirement.ts';
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

/** What the original request does, as the gateway describes it: the route's `doesOf` and the decision's action. */
export interface OriginalAction {
  /** From the original method: GET, HEAD and OPTIONS read, the rest write. */
  ofMethod(request: FastifyRequest): Does;
  /** `?action=` when given, otherwise the original method's. */
  ofQuery(request: FastifyRequest): Does;
}

/**
 * The original method is read from one header, the one the operator names (LATCHKEY_VERIFY_METHOD_HEADER):
 * a gateway overwrites its own header, but passes on any other the client sent. Without that header the
 * request's own method stands (Envoy forwards the original method itself).
 */
export function originalAction(methodHeader: string): OriginalAction {
  const name = methodHeader.toLowerCase();
  const ofMethod = (request: FastifyRequest): Does =>
    READ_METHODS.has((header(request, name) ?? request.method).trim().toUpperCase()) ? 'read' : 'write';
  return {
    ofMethod,
    ofQuery(request) {
      const action = (request.query as { action?: unknown } | undefined)?.action;
      return action === 'read' || action === 'write' ? action : ofMethod(request);
    },
  };
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
  // An administrator's restricted key is no administrator to the upstream: the API refuses it administrator changes.
  reply.header('x-latchkey-admin', carriesAdministratorPower(principal) ? 'true' : 'false');
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
